// The embedded PGlite database on a loopback TCP port, speaking the Postgres wire protocol, so the
// edge functions under Deno (npm:pg) reach it exactly as they reach a real server.
// Written here rather than taken from @electric-sql/pglite-socket: every release of that package
// pins an exact PGlite version other than ours, which npm refuses to install alongside it.
//
// PGlite is one backend. Connections take turns: a connection holds the backend from its first
// message until a message ending a protocol cycle (Query or Sync) leaves no transaction open, so
// another client never sees a half-done extended-protocol exchange or someone else's transaction.
// Pool size 1 (CIS_DB_POOL_SIZE=1) avoids the waiting altogether.
import { createServer, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;

export interface WireServer {
  host: string;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** A FIFO lock over the single backend, held by one connection at a time. */
class Turn {
  private owner: number | null = null;
  private waiting: { id: number; go: () => void }[] = [];

  async take(id: number): Promise<void> {
    if (this.owner === id) return;
    if (this.owner === null) {
      this.owner = id;
      return;
    }
    await new Promise<void>((go) => this.waiting.push({ id, go }));
  }

  release(id: number): void {
    if (this.owner !== id) return;
    const next = this.waiting.shift();
    this.owner = next ? next.id : null;
    next?.go();
  }

  forget(id: number): void {
    this.waiting = this.waiting.filter((w) => w.id !== id);
  }

  holds(id: number): boolean {
    return this.owner === id;
  }
}

export async function servePgliteWire(db: PGlite, options: { host?: string; port?: number } = {}): Promise<WireServer> {
  const host = options.host ?? '127.0.0.1';
  const turn = new Turn();
  const sockets = new Set<Socket>();
  let nextId = 1;

  const server = createServer((socket) => {
    const id = nextId++;
    sockets.add(socket);
    socket.setNoDelay(true);
    let buffer = Buffer.alloc(0);
    let started = false;
    let chain = Promise.resolve();

    const run = async (message: Uint8Array, endsCycle: boolean) => {
      await turn.take(id);
      try {
        // runExclusive: queries this process makes directly (db.query) wait for the message too.
        await db.runExclusive(() =>
          db.execProtocolRawStream(message, {
            syncToFs: endsCycle,
            onRawData: (data) => {
              if (!socket.destroyed) socket.write(Buffer.from(data));
            },
          }),
        );
      } finally {
        if (endsCycle && !db.isInTransaction()) turn.release(id);
      }
    };

    const hangUp = async () => {
      turn.forget(id);
      if (turn.holds(id)) {
        // A client that vanished mid-transaction must not leave the backend inside it.
        if (db.isInTransaction()) await db.exec('rollback').catch(() => {});
        turn.release(id);
      }
    };

    // Splits the byte stream into protocol messages and runs them in order.
    const drain = async () => {
      for (;;) {
        if (!started) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          const code = buffer.readInt32BE(4);
          if (buffer.length < length) return;
          const message = buffer.subarray(0, length);
          buffer = buffer.subarray(length);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
            socket.write('N'); // no encryption on loopback; the client goes on in plain text
            continue;
          }
          if (code === CANCEL_REQUEST) {
            socket.end(); // PGlite has no backend process to signal
            return;
          }
          started = true;
          await run(new Uint8Array(message), true);
          continue;
        }
        if (buffer.length < 5) return;
        const type = String.fromCharCode(buffer[0]);
        const length = 1 + buffer.readInt32BE(1);
        if (buffer.length < length) return;
        const message = buffer.subarray(0, length);
        buffer = buffer.subarray(length);
        if (type === 'X') {
          socket.end(); // Terminate: this client is done; the shared backend is not
          return;
        }
        await run(new Uint8Array(message), type === 'Q' || type === 'S');
      }
    };

    socket.on('data', (data) => {
      buffer = Buffer.concat([buffer, data]);
      chain = chain.then(drain).catch(() => {
        socket.destroy();
      });
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      sockets.delete(socket);
      chain = chain.then(hangUp, hangUp);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    host,
    port,
    url: `postgres://postgres@${host}:${port}/postgres?sslmode=disable`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
