// The SQL test harness. `useDb()` inside a describe block gives each test file a freshly migrated
// database — on PostgreSQL 15 (CIS_TEST_TARGET=postgres) its own copy of the migrated template; on
// embedded PGlite one migrated instance per worker, shared by the files that worker runs one after
// another (booting PGlite from the snapshot costs seconds, most of a small file's time) — and wraps
// every test in a transaction that is rolled back, so tests never see each other's rows. A file
// that needs a database of its own, outside any transaction, uses openMigratedDb().
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { openPglite, openPostgres, type SqlClient } from '../../scripts/lib/db.ts';
import { databaseUrlFor, requireDatabaseUrl } from './postgres-url.ts';

export type TestDb = Pick<SqlClient, 'query' | 'exec' | 'kind'>;

export const testTarget = (): 'pglite' | 'postgres' =>
  process.env.CIS_TEST_TARGET === 'postgres' ? 'postgres' : 'pglite';

/** A migrated database of its own, not wrapped in a transaction; the caller closes it. */
export async function openMigratedDb(): Promise<SqlClient & { drop(): Promise<void> }> {
  if (testTarget() === 'pglite') {
    const snapshot = new Blob([readFileSync(inject('pgliteSnapshot'))]);
    const db = await openPglite({ loadDataDir: snapshot });
    return { ...db, drop: () => db.close() };
  }
  const adminUrl = requireDatabaseUrl();
  const name = `cis_test_${randomUUID().replaceAll('-', '')}`;
  const admin = await openPostgres(adminUrl);
  await admin.exec(`create database ${name} template ${inject('postgresTemplate')}`);
  const url = databaseUrlFor(adminUrl, name);
  const db = await openPostgres(url);
  return {
    ...db,
    url,
    async drop() {
      await db.close();
      // A pool's end() resolves before the server has seen every goodbye; forcing the drop while
      // a session is still closing makes that client raise an unhandled 57P01. Let them leave.
      await waitForSessionsToLeave(admin, name);
      await admin.exec(`drop database if exists ${name} with (force)`);
      await admin.close();
    },
  } as SqlClient & { drop(): Promise<void>; url: string };
}

async function waitForSessionsToLeave(admin: SqlClient, database: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [{ n }] = await admin.query<{ n: number }>(
      'select count(*)::integer as n from pg_stat_activity where datname = $1', [database]);
    if (n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface UseDbOptions {
  /**
   * Rows every test of the file reads: written once in beforeAll inside an outer transaction;
   * each test then runs in a savepoint rolled back after it, and the outer transaction is rolled
   * back after the file.
   */
  setup?: (db: TestDb) => Promise<void>;
}

// One per worker: the sql:pglite project runs without module isolation (vitest.config.ts), so this
// survives from one test file to the next in the same worker.
let sharedPglite: Promise<SqlClient & { drop(): Promise<void> }> | undefined;

/** The worker's shared PGlite, with whatever a previous file left in its session cleared. */
async function sharedDb(): Promise<SqlClient & { drop(): Promise<void> }> {
  sharedPglite ??= openMigratedDb();
  const db = await sharedPglite;
  // A file's rows were rolled back with its transactions; settings and role it set are reset
  // here, so every file starts from the migrated state whichever file ran before it.
  await db.exec('rollback; reset all; reset role; discard temp');
  return { ...db, drop: async () => {} };
}

export function useDb(options: UseDbOptions = {}): TestDb {
  let db: Awaited<ReturnType<typeof openMigratedDb>> | undefined;
  const handle: TestDb = {
    get kind() {
      return db!.kind;
    },
    query: (sql, params) => db!.query(sql, params),
    exec: (sql) => db!.exec(sql),
  };
  beforeAll(async () => {
    db = testTarget() === 'pglite' ? await sharedDb() : await openMigratedDb();
    if (options.setup) {
      await db.exec('begin');
      await options.setup(handle);
    }
  });
  beforeEach(async () => {
    await db!.exec(options.setup ? 'savepoint test_case' : 'begin');
  });
  afterEach(async () => {
    await db!.exec(options.setup ? 'rollback to savepoint test_case' : 'rollback');
  });
  afterAll(async () => {
    if (options.setup) await db?.exec('rollback');
    await db?.drop();
  });
  return handle;
}

/**
 * Runs `fn` the way PostgREST would serve a request: as `role`, with the JWT claims a signed-in
 * user (or anon) would carry, then returns to the owner role. Must be called inside a test (the
 * surrounding transaction scopes the settings).
 */
export async function asRole<T>(
  db: TestDb,
  role: 'anon' | 'authenticated' | 'service_role',
  userId: string | null,
  fn: () => Promise<T>,
): Promise<T> {
  const claims = JSON.stringify(userId ? { sub: userId, role } : { role });
  await db.exec('savepoint as_role');
  await db.query(`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`, [role, claims]);
  try {
    const result = await fn();
    await db.exec('release savepoint as_role');
    await db.exec('reset role');
    await db.query(`select set_config('request.jwt.claims', '', true)`);
    return result;
  } catch (error) {
    await db.exec('rollback to savepoint as_role');
    await db.exec('reset role');
    throw error;
  }
}

/**
 * Runs `fn` in a savepoint and returns the SQLSTATE it failed with, or null if it succeeded;
 * the surrounding test transaction stays usable either way.
 */
export async function sqlState(db: TestDb, fn: () => Promise<unknown>): Promise<string | null> {
  await db.exec('savepoint sql_state');
  try {
    await fn();
    await db.exec('release savepoint sql_state');
    return null;
  } catch (error) {
    await db.exec('rollback to savepoint sql_state');
    return (error as { code?: string }).code ?? 'unknown';
  }
}
