// Where CIS's Node tools find their database: DATABASE_URL when set (a real PostgreSQL or Supabase),
// else embedded PGlite kept in .cis-data/pglite (or in memory). Either way the schema is brought
// up to date first, so every command works on a fresh machine — and a database built from other
// migration files than this checkout's is refused with the command that rebuilds it.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openPostgres, pgliteParsers, wrapPglite, type SqlClient } from './db.ts';
import { loadSupabaseStandin, migrate, rebuildHint, repoRoot, type Migration } from './migrate.ts';

export const defaultDataDir = join(repoRoot, '.cis-data', 'pglite');

export interface ConnectOptions {
  memory?: boolean;
  dataDir?: string;
  onMigration?: (migration: Migration) => void;
}

export interface Connection {
  db: SqlClient;
  where: string;
  applied: Migration[];
}

/** Loads the Supabase stand-in where needed and applies the migrations (refusing a stale schema). */
async function prepare(db: SqlClient, rebuild: string, onMigration?: (m: Migration) => void): Promise<Migration[]> {
  // Supabase already has roles and the auth schema; only a bare Postgres or PGlite gets the stand-in.
  const [{ has_auth }] = await db.query<{ has_auth: boolean }>(
    `select exists (select 1 from pg_namespace where nspname = 'auth') as has_auth`,
  );
  if (!has_auth) await loadSupabaseStandin(db);
  return (await migrate(db, onMigration, { rebuild })).applied;
}

export interface Embedded {
  pglite: PGlite;
  db: SqlClient;
  where: string;
  applied: Migration[];
}

/** Embedded PGlite (in `dataDir`, or in memory), migrated; the caller may also serve it over the wire. */
export async function openEmbedded(options: ConnectOptions = {}): Promise<Embedded> {
  const dataDir = options.memory ? undefined : (options.dataDir ?? defaultDataDir);
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const fresh = dataDir ? !existsSync(join(dataDir, 'PG_VERSION')) : true;
  const pglite = new PGlite(dataDir ? { dataDir, parsers: pgliteParsers } : { parsers: pgliteParsers });
  await pglite.waitReady;
  const db = wrapPglite(pglite);
  try {
    const applied = await prepare(db, rebuildHint({ dataDir }), options.onMigration);
    const where = dataDir ? `embedded PGlite in ${dataDir}${fresh ? ' (new)' : ''}` : 'embedded PGlite (in memory)';
    return { pglite, db, where, applied };
  } catch (error) {
    await db.close();
    throw error;
  }
}

export async function connect(options: ConnectOptions = {}): Promise<Connection> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const { db, where, applied } = await openEmbedded(options);
    return { db, where, applied };
  }
  const db = await openPostgres(url);
  try {
    const applied = await prepare(db, rebuildHint({ url }), options.onMigration);
    return { db, where: `PostgreSQL at ${new URL(url).host}${new URL(url).pathname}`, applied };
  } catch (error) {
    await db.close();
    throw error;
  }
}
