// Applies supabase/migrations in order, recording each in the same history table the Supabase CLI
// uses (supabase_migrations.schema_migrations), so `supabase db push` later sees them as applied,
// and the SHA-256 of each applied file beside it (supabase_migrations.cis_migration_checksums).
// Unreleased migrations are edited in place (supabase/RELEASED), so a database built from an older
// checkout can hold a schema the files no longer describe: such a database is refused, never
// silently run on a stale schema.
import { createHash } from 'node:crypto';
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
  );
  create table if not exists supabase_migrations.cis_migration_checksums (
    version text primary key,
    name text not null,
    sha256 text not null,
    applied_at timestamptz not null default now()
  );`;

export const sha256Of = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The database holds migrations the files no longer describe; `problems` says which and how. */
export class StaleSchemaError extends Error {
  constructor(readonly problems: string[], rebuild: string) {
    super(
      `this database was built from other migration files than this checkout's:\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        `\nUnreleased migrations are edited in place, so the database must be rebuilt, not migrated:\n  ${rebuild}`,
    );
    this.name = 'StaleSchemaError';
  }
}

interface Applied {
  version: string;
  name: string | null;
  sha256: string | null;
}

/** What differs between the applied history and the files (empty when the database is current). */
export function staleness(applied: Applied[], files: Migration[]): string[] {
  const byVersion = new Map(files.map((m) => [m.version, m]));
  const problems: string[] = [];
  for (const a of applied) {
    const file = byVersion.get(a.version);
    const label = `${a.version}_${a.name ?? '?'}`;
    if (!file) problems.push(`applied migration ${label} is no longer in supabase/migrations`);
    else if (a.name !== null && a.name !== file.name) problems.push(`applied migration ${label} is now ${file.version}_${file.name}`);
    else if (a.sha256 !== null && a.sha256 !== sha256Of(readFileSync(file.file, 'utf8'))) {
      problems.push(`${file.version}_${file.name}.sql changed since it was applied (sha256 ${a.sha256.slice(0, 12)}… then, ${sha256Of(readFileSync(file.file, 'utf8')).slice(0, 12)}… now)`);
    }
  }
  const last = applied.map((a) => a.version).sort((x, y) => x.localeCompare(y, 'en', { numeric: true })).at(-1);
  const done = new Set(applied.map((a) => a.version));
  for (const file of files) {
    if (last !== undefined && !done.has(file.version) && file.version.localeCompare(last, 'en', { numeric: true }) < 0) {
      problems.push(`${file.version}_${file.name}.sql is new but sorts before the applied ${last}: it would run after the files that follow it`);
    }
  }
  return problems;
}

/** The command that rebuilds a database, for the stale-schema message. */
export function rebuildHint(where: { dataDir?: string; url?: string }): string {
  if (where.dataDir) return `rm -rf '${where.dataDir}'   # then run the command again: it builds a fresh database`;
  if (where.url) {
    const url = new URL(where.url);
    const name = url.pathname.replace(/^\//, '') || 'postgres';
    return `drop and recreate the database ${name} at ${url.host} (e.g. dropdb -h ${url.hostname} -p ${url.port || 5432} -U ${url.username || 'postgres'} ${name} && createdb -h ${url.hostname} -p ${url.port || 5432} -U ${url.username || 'postgres'} ${name}), then run the command again`;
  }
  return 'start from a fresh database, then run the command again';
}

export interface MigrateOptions {
  /** How to rebuild this database, shown when it is refused as stale. */
  rebuild?: string;
}

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
  options: MigrateOptions = {},
): Promise<MigrateResult> {
  await db.exec(HISTORY_TABLE);
  const applied = await db.query<Applied>(
    `select m.version, m.name, c.sha256
     from supabase_migrations.schema_migrations m
     left join supabase_migrations.cis_migration_checksums c on c.version = m.version`,
  );
  const files = listMigrations();
  const problems = staleness(applied, files);
  if (problems.length > 0) throw new StaleSchemaError(problems, options.rebuild ?? rebuildHint({}));
  const done = new Set(applied.map((row) => row.version));
  const result: MigrateResult = { applied: [], skipped: [] };
  for (const migration of files) {
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
      await db.query(
        `insert into supabase_migrations.cis_migration_checksums (version, name, sha256) values ($1, $2, $3)
         on conflict (version) do update set name = excluded.name, sha256 = excluded.sha256, applied_at = now()`,
        [migration.version, migration.name, sha256Of(sql)],
      );
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
