// Where CIS's Node tools find their database: DATABASE_URL when set (a real PostgreSQL or Supabase),
// else embedded PGlite kept in .cis-data/pglite (or in memory). Either way the schema is brought
// up to date first, so every command works on a fresh machine.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openPglite, openPostgres, type SqlClient } from './db.ts';
import { loadSupabaseStandin, migrate, repoRoot, type Migration } from './migrate.ts';

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

export async function connect(options: ConnectOptions = {}): Promise<Connection> {
  let db: SqlClient;
  let where: string;
  const url = process.env.DATABASE_URL;
  if (url) {
    db = await openPostgres(url);
    where = `PostgreSQL at ${new URL(url).host}${new URL(url).pathname}`;
  } else if (options.memory) {
    db = await openPglite();
    where = 'embedded PGlite (in memory)';
  } else {
    const dataDir = options.dataDir ?? defaultDataDir;
    const fresh = !existsSync(dataDir);
    mkdirSync(dataDir, { recursive: true });
    db = await openPglite({ dataDir });
    where = `embedded PGlite in ${dataDir}${fresh ? ' (new)' : ''}`;
  }
  // Supabase already has roles and the auth schema; only a bare Postgres or PGlite gets the stand-in.
  const [{ has_auth }] = await db.query<{ has_auth: boolean }>(
    `select exists (select 1 from pg_namespace where nspname = 'auth') as has_auth`,
  );
  if (!has_auth) await loadSupabaseStandin(db);
  const { applied } = await migrate(db, options.onMigration);
  return { db, where, applied };
}
