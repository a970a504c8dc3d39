// The shared `Database` interface over a test database that is already inside the test's
// transaction: each call runs in a savepoint as service_role, like an edge function's transaction.
import type { Database, Sql } from '../../shared/db/sql.ts';
import type { TestDb } from './db.ts';

export function testDatabase(db: TestDb): Database {
  return {
    async asServiceRole<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
      await db.exec('savepoint service_call; set local role service_role');
      try {
        const result = await fn({ query: (text, params) => db.query(text, params) });
        await db.exec('release savepoint service_call; reset role');
        return result;
      } catch (error) {
        await db.exec('rollback to savepoint service_call; reset role');
        throw error;
      }
    },
  };
}
