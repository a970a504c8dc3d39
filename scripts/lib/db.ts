// One small interface over the two databases CIS runs on from Node: embedded PGlite (no install,
// PostgreSQL 18 in WASM) and a real PostgreSQL server reached through DATABASE_URL.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface SqlClient {
  readonly kind: 'pglite' | 'postgres';
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs one or more statements without parameters (migrations, scripts). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

// Postgres returns bigint and numeric as strings so no precision is lost silently; CIS counts fit
// in a double, so both drivers hand them to JS as numbers.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function wrapPglite(db: PGlite): SqlClient {
  return {
    kind: 'pglite',
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await db.query<T>(sql, params);
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    close: () => db.close(),
  };
}

export function wrapPg(client: pg.Client): SqlClient {
  return {
    kind: 'postgres',
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params as unknown[]);
      return result.rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    close: () => client.end(),
  };
}

export const pgliteParsers = {
  20: (v: string) => Number(v),
  1700: (v: string) => Number(v),
};

/** Opens embedded PGlite: in memory without `dataDir`, else kept in that folder. */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<SqlClient> {
  const db = new PGlite({ ...options, parsers: pgliteParsers });
  await db.waitReady;
  return wrapPglite(db);
}

export async function openPostgres(connectionString: string): Promise<SqlClient> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return wrapPg(client);
}
