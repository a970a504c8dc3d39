// Connection for edge functions under Deno: Supabase gives every function SUPABASE_DB_URL; local
// `npm run serve` passes DATABASE_URL. A small pool per function instance.
import pg from 'pg';
import { poolDatabase, type Database } from '../db/sql.ts';

export function databaseFromEnv(env: { get(name: string): string | undefined }): Database {
  const connectionString = env.get('SUPABASE_DB_URL') ?? env.get('DATABASE_URL');
  if (!connectionString) throw new Error('SUPABASE_DB_URL or DATABASE_URL must be set');
  const pool = new pg.Pool({
    connectionString,
    max: Number(env.get('CIS_DB_POOL_SIZE') ?? 5),
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its connection must not crash the function.
  pool.on('error', () => {});
  return poolDatabase(pool);
}
