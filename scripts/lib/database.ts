// The shared `Database` interface over a Node SqlClient (PGlite or one pg connection). PGlite has
// a single connection, so transactions are queued one after another.
import type { Database, Sql } from '../../shared/db/sql.ts';
import type { SqlClient } from './db.ts';

export function clientDatabase(client: SqlClient): Database {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    asServiceRole<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
      const run = async () => {
        await client.exec('begin; set local role service_role');
        try {
          const result = await fn({ query: (text, params) => client.query(text, params) });
          await client.exec('commit');
          return result;
        } catch (error) {
          await client.exec('rollback');
          throw error;
        }
      };
      const next = queue.then(run, run);
      queue = next.catch(() => {});
      return next;
    },
  };
}
