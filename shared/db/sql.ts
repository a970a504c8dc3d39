// The database as edge-function handlers see it: parameterised queries, and transactions that run
// as `service_role` — the role every write from the outside world goes through, so table grants
// and the catalog lint apply to webhooks exactly as to everyone else.

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Database {
  /** Runs `fn` in one transaction as service_role; commits when it resolves, rolls back when it throws. */
  asServiceRole<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
}

/** Raised when the database cannot be reached: handlers answer 503 so the sender retries. */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('database unavailable', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

// SQLSTATE classes that mean "could not talk to the server" rather than "the query was wrong".
const UNAVAILABLE_STATES = /^(08|53|57P0[1-3])/;
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH']);

export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string') {
    const message = String((error as { message?: unknown })?.message ?? '');
    return /connect|Connection terminated|timeout/i.test(message);
  }
  return UNAVAILABLE_STATES.test(code) || UNAVAILABLE_CODES.has(code);
}

interface PoolClient {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  release(error?: Error | boolean): void;
}
interface Pool {
  connect(): Promise<PoolClient>;
}

/** A Database over a node-postgres Pool (works under Node and Deno's npm:pg). */
export function poolDatabase(pool: Pool): Database {
  return {
    async asServiceRole<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
      let client: PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw new DatabaseUnavailableError(error);
      }
      const sql: Sql = {
        query: async <R>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as R[],
      };
      try {
        await client.query('begin');
        await client.query('set local role service_role');
        const result = await fn(sql);
        await client.query('commit');
        client.release();
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        client.release(isUnavailable(error) ? (error as Error) : undefined);
        throw isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
      }
    },
  };
}
