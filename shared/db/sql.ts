// The database as edge-function handlers see it: parameterised queries, and transactions that run
// as `service_role` — the role every write from the outside world goes through, so table grants
// and the catalog lint apply to webhooks exactly as to everyone else.

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Database {
  /** Runs `fn` in one transaction as service_role; commits when it resolves, rolls back when it throws. */
  asServiceRole<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  /**
   * One statement as service_role, a transaction of its own: one round trip where asServiceRole
   * takes three (begin, the statement, commit). For hot paths that write in a single statement.
   * Optional: `oneStatement` falls back to asServiceRole for databases without it.
   */
  statement?<T>(text: string, params?: unknown[]): Promise<T[]>;
}

/** Runs one statement as service_role by the cheapest way the database offers. */
export function oneStatement<T>(db: Database, text: string, params: unknown[] = []): Promise<T[]> {
  return db.statement ? db.statement<T>(text, params) : db.asServiceRole((sql) => sql.query<T>(text, params));
}

/** Raised when the database cannot be reached: handlers answer 503 so the sender retries. */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('database unavailable', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

// SQLSTATE classes that mean "could not talk to the server" rather than "the query was wrong":
// connection exceptions, insufficient resources, and the server shutting down or a session being
// terminated (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now).
const UNAVAILABLE_STATES = /^(08|53|57P0[1-3])/;
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH', 'ECONNABORTED']);
// node-postgres reports a lost connection without a code: "Connection terminated unexpectedly",
// "Client has encountered a connection error and is not queryable", connect timeouts.
const UNAVAILABLE_MESSAGES = /connect|Connection terminated|not queryable|timeout|socket/i;

export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string') {
    const message = String((error as { message?: unknown })?.message ?? '');
    return UNAVAILABLE_MESSAGES.test(message);
  }
  return UNAVAILABLE_STATES.test(code) || UNAVAILABLE_CODES.has(code);
}

/** A deadlock or serialization failure: the transaction did nothing wrong and may simply run again. */
export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === '40P01' || code === '40001';
}

interface PoolClient {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  release(error?: Error | boolean): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeListener(event: 'error', listener: (error: Error) => void): unknown;
}
interface Pool {
  connect(): Promise<PoolClient>;
  on(event: 'error', listener: (error: Error) => void): unknown;
  listenerCount(event: 'error'): number;
}

/**
 * A Database over a node-postgres Pool (works under Node and Deno's npm:pg). A connection that
 * dies — the server restarts, an administrator terminates the session — never takes the process
 * down: the error is caught whether the connection is idle in the pool or checked out, the request
 * gets DatabaseUnavailableError (a 503), the dead connection is dropped and the next request opens
 * a new one.
 */
export function poolDatabase(pool: Pool): Database {
  // An idle connection's error reaches the pool; node-postgres re-emits it there, and an 'error'
  // event nobody listens to is thrown (an uncaught exception ends the process).
  if (pool.listenerCount('error') === 0) pool.on('error', () => {});
  // Connections whose session already runs as service_role (set once, on first use by statement()).
  const sessionAsServiceRole = new WeakSet<PoolClient>();

  /** A checked-out connection for `fn`; a lost connection becomes DatabaseUnavailableError. */
  async function withClient<T>(fn: (client: PoolClient) => Promise<T>, rollback: boolean): Promise<T> {
    let client: PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      throw new DatabaseUnavailableError(error);
    }
    // While checked out, the connection's errors are ours: the query in flight fails with the
    // same error; the listener only keeps the event from being thrown.
    let lost: Error | null = null;
    const onError = (error: Error) => {
      lost = error;
    };
    client.on('error', onError);
    const release = (error?: Error) => {
      client.removeListener('error', onError);
      client.release(error ?? lost ?? undefined);
    };
    try {
      const result = await fn(client);
      release();
      return result;
    } catch (error) {
      const unavailable = lost !== null || isUnavailable(error);
      if (rollback && !unavailable) await client.query('rollback').catch(() => {});
      release(unavailable ? ((lost ?? error) as Error) : undefined);
      throw unavailable ? new DatabaseUnavailableError(error) : error;
    }
  }

  return {
    asServiceRole<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
      return withClient(async (client) => {
        const sql: Sql = {
          query: async <R>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as R[],
        };
        await client.query('begin; set local role service_role');
        const result = await fn(sql);
        await client.query('commit');
        return result;
      }, true);
    },
    statement<T>(text: string, params: unknown[] = []): Promise<T[]> {
      return withClient(async (client) => {
        if (!sessionAsServiceRole.has(client)) {
          await client.query('set role service_role');
          sessionAsServiceRole.add(client);
        }
        return (await client.query(text, params)).rows as T[];
      }, false);
    },
  };
}
