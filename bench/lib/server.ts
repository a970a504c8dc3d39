// The PostgreSQL the benchmark runs on: DATABASE_URL when set, else a throwaway server started
// with scripts/postgres-local.sh on its own port (CIS_BENCH_PG_PORT, 55450) and stopped at the end.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/migrate.ts';
import type { Progress } from './progress.ts';

export interface BenchServer {
  /** A superuser (or owner) URL; the benchmark creates and drops its own databases there. */
  adminUrl: string;
  /** Whether the benchmark started this server (and so may assume a local superuser). */
  throwaway: boolean;
  stop(): void;
}

const script = join(repoRoot, 'scripts', 'postgres-local.sh');

export function openServer(progress: Progress): BenchServer {
  const url = process.env.DATABASE_URL;
  if (url) return { adminUrl: url, throwaway: false, stop() {} };

  const port = process.env.CIS_BENCH_PG_PORT ?? '55450';
  const env = { ...process.env, CIS_PG_PORT: port, CIS_PG_DIR: `/tmp/cis-bench-pg-${port}` };
  progress.step(`DATABASE_URL not set: starting a throwaway PostgreSQL on 127.0.0.1:${port}`);
  const out = execFileSync(script, ['start'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const match = /DATABASE_URL=(\S+)/.exec(out);
  if (!match) throw new Error(`postgres-local.sh printed no DATABASE_URL: ${out}`);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    execFileSync(script, ['stop'], { env, stdio: 'ignore' });
  };
  return { adminUrl: match[1], throwaway: true, stop };
}
