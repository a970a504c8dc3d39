// The training side: it reads only data/replies/train/, makes the same variants from the same rows
// every time (so the same data gives the same weights), keeps labels with their variants, and folds
// by the hand-written row a variant came from.
import { describe, expect, it } from 'vitest';
import { augment, prng, typo, vary, type TrainRow } from '../../../scripts/replies/augment.ts';
import { asTrainRow, foldOf, loadTrainingSet } from '../../../scripts/replies/training-data.ts';
import { worldReplies } from '../../../scripts/replies/world-replies.ts';
import { repoRoot } from './fixtures.ts';

const row = (id: string, text: string, patch: Partial<TrainRow> = {}): TrainRow => ({
  id, sources: [id], channel: 'email', text, intent: 'objection', sentiment: 'neutral', objection_type: 'budget', rejection_reason: 'budget_constraints', weight: 1, ...patch,
});

describe('loadTrainingSet', () => {
  const set = loadTrainingSet(repoRoot);

  it('reads every training file and nothing from the evaluation sets', () => {
    expect(set.files.map((f) => f.file)).toEqual([
      'data/replies/train/absence-and-lookalikes.jsonl',
      'data/replies/train/absence-boundary.jsonl',
      'data/replies/train/absence-lookalikes.jsonl',
      'data/replies/train/absence-mixed-2.jsonl',
      'data/replies/train/absence-mixed.jsonl',
      'data/replies/train/auto-and-edge.jsonl',
      'data/replies/train/auto-and-mixed-wild.jsonl',
      'data/replies/train/contact-hostility.jsonl',
      'data/replies/train/english-lookalikes.jsonl',
      'data/replies/train/long-email.jsonl',
      'data/replies/train/mixed-signals.jsonl',
      'data/replies/train/new-voices.jsonl',
      'data/replies/train/opt-out-hard.jsonl',
      'data/replies/train/opt-out-indirect-2.jsonl',
      'data/replies/train/opt-out-indirect-3.jsonl',
      'data/replies/train/opt-out-indirect-4.jsonl',
      'data/replies/train/opt-out-indirect.jsonl',
      'data/replies/train/opt-out-pointers.jsonl',
      'data/replies/train/opt-out-statements.jsonl',
      'data/replies/train/opt-out-wild.jsonl',
      'data/replies/train/redirects.jsonl',
      'data/replies/train/short-mobile.jsonl',
      'data/replies/train/world-languages-a.jsonl',
      'data/replies/train/world-languages-b.jsonl',
      'data/replies/train/world-languages-c.jsonl',
      'data/replies/train/world-languages-d.jsonl',
      'data/replies/train/world-lookalikes.jsonl',
      'data/replies/train/world-referral-opt-out-check-2.jsonl',
      'data/replies/train/world-referral-opt-out-check.jsonl',
    ]);
    expect(set.rows.length).toBe(set.files.reduce((s, f) => s + f.rows, 0));
    expect(set.rows.some((r) => /^(?:dev\d*|final\d*|g|fh)-/.test(r.id))).toBe(false);
  });

  it('holds several thousand replies covering every intent', () => {
    expect(set.rows.length).toBeGreaterThanOrEqual(3000);
    expect(new Set(set.rows.map((r) => r.intent)).size).toBe(8);
  });
});

describe('augment', () => {
  const rows = [row('a', 'We do not have the budget for this right now.'), row('b', 'Budget is frozen until Q3.'), row('c', 'Too pricey for us.')];

  it('makes the same variants from the same rows, byte for byte', () => {
    expect(augment(rows, 2, 0.5)).toEqual(augment(rows, 2, 0.5));
  });

  it('keeps every label on its variants, at the variant weight, and remembers the source rows', () => {
    const out = augment(rows, 2, 0.5).slice(rows.length);
    expect(out.length).toBeGreaterThan(0);
    for (const v of out) {
      expect(v).toMatchObject({ intent: 'objection', objection_type: 'budget', rejection_reason: 'budget_constraints', weight: 0.5 });
      expect(v.sources.every((s) => ['a', 'b', 'c'].includes(s))).toBe(true);
    }
  });

  it('recombines two short replies only when every label agrees', () => {
    const mixed = [...rows, row('d', 'Not interested.', { intent: 'not_interested', objection_type: null, rejection_reason: 'not_interested_generic' })];
    const joined = augment(mixed, 0, 0.5).filter((v) => v.sources.length === 2);
    expect(joined.length).toBeGreaterThan(0);
    expect(joined.every((v) => !v.sources.includes('d'))).toBe(true);
  });

  it('writes one keyboard slip per typo, keeping the first letter', () => {
    const word = typo('unsubscribe', prng('seed'));
    expect(word).not.toBe('unsubscribe');
    expect(word[0]).toBe('u');
    expect(Math.abs(word.length - 'unsubscribe'.length)).toBeLessThanOrEqual(1);
  });

  it('returns null when no transformation changed the text', () => {
    expect(vary({ text: '', channel: 'sms' }, () => 0.45)).toBeNull();
  });
});

describe('foldOf', () => {
  it('puts a row in the same fold whatever else is in the data', () => {
    expect(foldOf('tm-0001', 5)).toBe(foldOf('tm-0001', 5));
    const counts = [0, 0, 0, 0, 0];
    for (const r of loadTrainingSet(repoRoot).rows) counts[foldOf(r.id, 5)]++;
    expect(Math.min(...counts)).toBeGreaterThan(500);
  });
});

describe('worldReplies', () => {
  it('writes the same demo-world replies every time, with the world\'s intent and no sentiment', () => {
    const a = worldReplies(16, 0.5);
    expect(a).toEqual(worldReplies(16, 0.5));
    expect(new Set(a.map((r) => r.intent)).size).toBe(8);
    expect(a.every((r) => r.sentiment === null && r.weight === 0.5)).toBe(true);
  });
});

describe('asTrainRow', () => {
  it('keeps a hand-written row at full weight, as its own source', () => {
    const [first] = loadTrainingSet(repoRoot).rows;
    expect(asTrainRow(first)).toMatchObject({ id: first.id, sources: [first.id], weight: 1, intent: first.intent });
  });
});
