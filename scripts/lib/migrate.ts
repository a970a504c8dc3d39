// Applies supabase/migrations in order, recording each in the same history table the Supabase CLI
// uses (supabase_migrations.schema_migrations), so `supabase db push` later sees them as applied.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlClient } from './db.ts';

export const repoRoot = new URL('../../', import.meta.url).pathname;
export const migrationsDir = join(repoRoot, 'supabase', 'migrations');
export const standinPath = join(repoRoot, 'tests', 'helpers', 'supabase-standin.sql');

export interface Migration {
  version: string;
  name: string;
  file: string;
}

const MIGRATION_FILE = /^(\d+)_(.+)\.sql$/;

export function listMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .map((file) => ({ file, match: MIGRATION_FILE.exec(file) }))
    .filter((entry) => entry.match !== null)
    .map(({ file, match }) => ({ version: match![1], name: match![2], file: join(dir, file) }))
    .sort((a, b) => a.version.localeCompare(b.version, 'en', { numeric: true }));
}

const HISTORY_TABLE = `
  create schema if not exists supabase_migrations;
  create table if not exists supabase_migrations.schema_migrations (
    version text primary key,
    statements text[],
    name text
  );`;

/** Loads the Supabase stand-in (roles, auth schema); only for databases that are not Supabase. */
export async function loadSupabaseStandin(db: SqlClient): Promise<void> {
  await db.exec(readFileSync(standinPath, 'utf8'));
}

export interface MigrateResult {
  applied: Migration[];
  skipped: Migration[];
}

export async function migrate(
  db: SqlClient,
  onProgress: (migration: Migration) => void = () => {},
): Promise<MigrateResult> {
  await db.exec(HISTORY_TABLE);
  const done = new Set(
    (await db.query<{ version: string }>('select version from supabase_migrations.schema_migrations')).map(
      (row) => row.version,
    ),
  );
  const result: MigrateResult = { applied: [], skipped: [] };
  for (const migration of listMigrations()) {
    if (done.has(migration.version)) {
      result.skipped.push(migration);
      continue;
    }
    onProgress(migration);
    const sql = readFileSync(migration.file, 'utf8');
    await db.exec('begin');
    try {
      await db.exec(sql);
      await db.query('insert into supabase_migrations.schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      await db.exec('commit');
    } catch (error) {
      await db.exec('rollback');
      throw new Error(`migration ${migration.version}_${migration.name} failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
    result.applied.push(migration);
  }
  return result;
}
