// The database as handlers see it (shared/db/sql.ts) on a real server: statement() — one round
// trip, the receipt writer's path — runs as service_role like asServiceRole, in a transaction of
// its own, and a lost connection is a 503-shaped error the next call recovers from.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, oneStatement, poolDatabase, type Database } from '../../shared/db/sql.ts';
import { openMigratedDb } from '../helpers/db.ts';

describe('poolDatabase.statement (PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof openMigratedDb>> & { url?: string };
  let pool: pg.Pool;
  let database: Database;

  beforeAll(async () => {
    db = await openMigratedDb();
    pool = new pg.Pool({ connectionString: db.url, max: 1 });
    database = poolDatabase(pool);
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  it('runs as service_role, whoever the connection logged in as', async () => {
    const [row] = await oneStatement<{ role: string; login: string }>(database, 'select current_user as role, session_user as login');
    expect(row.role).toBe('service_role');
    expect(row.login).not.toBe('service_role');
    // Its privileges are service_role's, not the login's: reading server files is refused.
    await expect(database.statement!(`select pg_read_file('PG_VERSION')`)).rejects.toMatchObject({ code: '42501' });
  });

  it('commits each statement on its own and leaves no transaction open after a failure', async () => {
    await database.statement!('create temporary table if not exists t_once (n integer)');
    await expect(database.statement!('insert into t_once values (1), (1 / 0)')).rejects.toMatchObject({ code: '22012' });
    const [state] = await database.statement!<{ open: boolean }>(
      `select (select count(*) from t_once) = 0 and now() = statement_timestamp() as open`);
    // Nothing of the failed insert stayed, and the next statement started a transaction of its own.
    expect(state.open).toBe(true);
  });

  it('answers a connection terminated mid-statement with DatabaseUnavailableError, and the next call works', async () => {
    const [{ pid }] = await database.statement!<{ pid: number }>('select pg_backend_pid() as pid');
    const inFlight = expect(database.statement!('select pg_sleep(5)')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    await admin.query(`select pg_sleep(0.2); select pg_terminate_backend(${Number(pid)})`);
    await admin.end();
    await inFlight;
    // A new connection, set up again.
    const [row] = await database.statement!<{ role: string; pid: number }>('select current_user as role, pg_backend_pid() as pid');
    expect(row).toMatchObject({ role: 'service_role' });
    expect(row.pid).not.toBe(pid);
  });
});
