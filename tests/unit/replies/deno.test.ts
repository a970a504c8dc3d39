// The edge function runs the analyser under Deno: the shipped model (a generated .ts module, no
// JSON import attributes) must load there without network and give the same analysis as Node.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeOffline } from '../../../shared/replies/offline.ts';
import { repoRoot } from './fixtures.ts';

const deno = join(repoRoot, 'node_modules', '.bin', 'deno');
const REPLIES = [
  { text: 'pls remvoe me from ur list', channel: 'sms' },
  { text: 'Interesting. How much does it cost per seat?', channel: 'linkedin' },
  { text: 'Closed for the holidays until Jan 3rd. Happy new year!', channel: 'email' },
] as const;

describe('the offline analyser under Deno', () => {
  it('loads the shipped model with --no-remote and agrees with Node on every field', () => {
    expect(existsSync(deno)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'cis-replies-deno-'));
    try {
      const script = join(dir, 'analyse.ts');
      writeFileSync(script, [
        `import { analyzeOffline } from ${JSON.stringify(join(repoRoot, 'shared/replies/offline.ts'))};`,
        `const replies = ${JSON.stringify(REPLIES)};`,
        `const now = new Date('2025-03-05T12:00:00Z');`,
        'console.log(JSON.stringify(replies.map((r) => analyzeOffline(r, { now }))));',
      ].join('\n'));
      const run = spawnSync(deno, ['run', '--no-remote', '--no-prompt', '--config', join(repoRoot, 'deno.json'), script], { encoding: 'utf8', cwd: repoRoot });
      expect(run.stderr).toBe('');
      const now = new Date('2025-03-05T12:00:00Z');
      expect(JSON.parse(run.stdout)).toEqual(REPLIES.map((r) => analyzeOffline(r, { now })));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
