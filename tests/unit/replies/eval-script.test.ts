// `npm run eval:replies -- --json` keeps the shape reports and CI read (offline.intent.macroF1,
// offline.unsubscribe_recall, missed_floors, vader_tweets, ...) and adds every set side by side.
// It never touches the final blind set unless asked.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OFFLINE_RULES_VERSION } from '../../../shared/replies/offline.ts';
import { repoRoot } from './fixtures.ts';

describe('eval:replies --json', () => {
  let run: SpawnSyncReturns<string>;
  let out: Record<string, any>;
  beforeAll(() => {
    run = spawnSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['scripts/eval-replies.ts', '--json'], {
      cwd: repoRoot, encoding: 'utf8', env: { ...process.env, OPENAI_API_KEY: '', CIS_REPLY_GOLD: join(repoRoot, 'data/replies/fresh-holdout.jsonl') },
    });
    out = JSON.parse(run.stdout) as Record<string, any>;
  });

  it('scores the custom set as the primary set, in the shape it always had', () => {
    expect(run.status).toBe(0);
    expect(out.gold).toBe(join(repoRoot, 'data/replies/fresh-holdout.jsonl'));
    expect(out.offline.intent.macroF1).toBeGreaterThan(0);
    expect(out.offline.unsubscribe_recall).toBeGreaterThanOrEqual(0);
    expect(Array.isArray(out.offline.missed_floors)).toBe(true);
    expect(out.floors.intentMacroF1).toBe(0.9);
    expect(out.openai).toBeNull();
  });

  it('reports both dev sets, old gold, fresh-holdout and cross-validation side by side, but not the final set', () => {
    expect(Object.keys(out.sets).sort()).toEqual(['custom', 'dev', 'dev_2', 'fresh_holdout', 'old_gold']);
    expect(out.sets.dev.n).toBe(400);
    expect(out.sets.dev_2.n).toBe(300);
    expect(out.cross_validation.folds).toBeGreaterThanOrEqual(5);
    expect(out.model).toBe(OFFLINE_RULES_VERSION);
  });
});

describe('eval:replies --check', () => {
  it('scores the final set but prints only its figures, never which replies it missed', () => {
    const run = spawnSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['scripts/eval-replies.ts', '--check'], {
      cwd: repoRoot, encoding: 'utf8', env: { ...process.env, OPENAI_API_KEY: '' },
    });
    expect(run.stdout).toMatch(/^intent macro-F1\s+\d\.\d{3}/m);
    expect(run.stdout).toContain('final: per-label report and confusion matrix withheld');
    expect(run.stdout).not.toContain('gold \\ predicted');
    expect(run.stdout).toMatch(/floors (?:MISSED )?on final/);
    expect(run.stdout).toMatch(/label audit of final: a blind reader agreed with the writer on intent \d+ of 400; \d+ overturned by two/);
  });
});
