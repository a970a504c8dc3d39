// The embedded PGlite database on a loopback TCP port, speaking the Postgres wire protocol, so the
// edge functions under Deno (npm:pg) reach it exactly as they reach a real server. The protocol is
// @electric-sql/pglite-socket's (PGlite's own package; it pins the exact PGlite version, so the two
// are upgraded together).
//
// PGlite is one backend. pglite-socket gives a connection inside a transaction the backend until
// the transaction ends, but outside one it interleaves connections message by message, which can
// split an extended-protocol exchange (Parse … Sync) of one client with another's. So the functions
// use one connection (CIS_DB_POOL_SIZE=1, set by `npm run serve` and `npm start` for the embedded
// database); a few more are accepted so a reconnect never waits for the old socket to be reaped.
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { PGlite } from '@electric-sql/pglite';

export interface WireServer {
  host: string;
  port: number;
  url: string;
  close(): Promise<void>;
}

export async function servePgliteWire(db: PGlite, options: { host?: string; port?: number } = {}): Promise<WireServer> {
  const host = options.host ?? '127.0.0.1';
  const server = new PGLiteSocketServer({ db, host, port: options.port ?? 0, maxConnections: 8 });
  await server.start();
  const port = Number(server.getServerConn().split(':').at(-1));
  return {
    host,
    port,
    url: `postgres://postgres@${host}:${port}/postgres?sslmode=disable`,
    close: () => server.stop(),
  };
}
