// `npm start --silent -- --once --json` (README "Commands") writes the reports as valid JSON on
// stdout and its progress on stderr: the whole demo, on a small month, through Deno and PGlite.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const repoRoot = new URL('../../../', import.meta.url).pathname;

describe('npm start --json', () => {
  it('prints one report per client as JSON on stdout, progress on stderr', () => {
    const run = spawnSync('npm', ['start', '--silent', '--', '--once', '--json', '--memory', '--leads', '300', '--port', '54391'], {
      cwd: repoRoot, encoding: 'utf8', timeout: 110_000, env: { ...process.env, DATABASE_URL: '', NO_COLOR: '1' },
    });
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const reports = JSON.parse(run.stdout) as { client: { name: string }; questions: unknown[] }[];
    expect(reports.map((r) => r.client.name).sort()).toEqual(['Fernhill Logistics', 'Kestrel Security', 'Northwind Analytics']);
    for (const r of reports) expect(r.questions).toHaveLength(8);
    expect(run.stderr).toMatch(/database and migrations/);
  }, 120_000);
});
