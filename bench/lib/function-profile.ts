// Where the time goes: PostgreSQL's own per-function timing (track_functions = all) over a timed
// phase, each function named with the migration that last defined it, so a slow trigger points
// at the file to fix. Needs a superuser (the throwaway server's); otherwise it is skipped.
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { listMigrations } from '../../scripts/lib/migrate.ts';

export interface FunctionTime {
  function: string;
  migration: string;
  calls: number;
  /** Milliseconds in the function itself, functions it called excluded (their own rows). */
  self_ms: number;
  total_ms: number;
}

/** Resets the database's counters and turns timing on for this session; false if not allowed. */
export async function startFunctionProfile(client: pg.Client): Promise<boolean> {
  try {
    await client.query(`set track_functions = 'all'`);
    await client.query('select pg_stat_reset()');
    return true;
  } catch {
    return false;
  }
}

let definedIn: Map<string, string> | undefined;
function migrationOf(name: string): string {
  if (!definedIn) {
    definedIn = new Map();
    const pattern = /create\s+(?:or\s+replace\s+)?function\s+(\w+\.\w+)\s*\(/gi;
    for (const m of listMigrations()) {
      for (const match of readFileSync(m.file, 'utf8').matchAll(pattern)) definedIn.set(match[1].toLowerCase(), `${m.version}_${m.name}`);
    }
  }
  return definedIn.get(name) ?? '?';
}

export async function readFunctionProfile(client: pg.Client, top = 12): Promise<FunctionTime[]> {
  // Statistics reach the shared counters when a transaction ends, at most once a second unless
  // forced.
  await client.query('select pg_stat_force_next_flush()');
  await client.query('select 1');
  const { rows } = await client.query<{ name: string; calls: number; self_ms: number; total_ms: number }>(`
    select schemaname || '.' || funcname as name, calls::float8 as calls, self_time as self_ms, total_time as total_ms
    from pg_stat_user_functions order by self_time desc limit $1`, [top]);
  return rows.map((r) => ({
    function: r.name, migration: migrationOf(r.name), calls: Number(r.calls),
    self_ms: Math.round(Number(r.self_ms)), total_ms: Math.round(Number(r.total_ms)),
  }));
}
