// Issue 12 §1.1 and §1.9 on real PostgreSQL and real Deno (`deno serve`, the router `npm run
// serve` uses, with its drain loop on): the intake under load while its database connections are
// terminated, while the database is unreachable, and after the intake itself is killed mid-stream.
// It stays up, answers 503 with retry-after while it cannot store, recovers by itself, and every
// webhook it acknowledged is ingested without anyone replaying it.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../scripts/lib/db.ts';
import { clientDatabase } from '../../scripts/lib/database.ts';
import { startDeno, type DenoServer } from '../../scripts/lib/serve-deno.ts';
import { openMigratedDb } from '../helpers/db.ts';
import { addSource, ingestUrl } from '../sql/ingest/intake-support.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A TCP hop between Deno and PostgreSQL that can drop every connection and refuse new ones. */
async function tcpProxy(target: URL): Promise<{ url: (database: string) => string; down(): void; up(): void; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let refusing = false;
  const server: Server = createServer((client) => {
    if (refusing) return client.destroy();
    const upstream = connect(Number(target.port || 5432), target.hostname);
    // A side that goes away (a killed process, a reset) takes the other with it, as the kernel
    // would close a dead process's connection: PostgreSQL then ends that session.
    for (const [s, other] of [[client, upstream], [upstream, client]] as const) {
      sockets.add(s);
      s.on('close', () => {
        sockets.delete(s);
        other.destroy();
      });
      s.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: (database) => `postgres://${target.username}@127.0.0.1:${port}/${database}`,
    down() {
      refusing = true;
      for (const s of sockets) s.destroy();
    },
    up() {
      refusing = false;
    },
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

interface Answer {
  status: number | 'no answer';
  retryAfter: string | null;
  receipt: string | null;
  touch: string;
}

describe('the intake when its database or its own process fails under load (PostgreSQL, Deno)', () => {
  let db: SqlClient & { drop(): Promise<void>; url?: string };
  let proxy: Awaited<ReturnType<typeof tcpProxy>>;
  let deno: DenoServer | null = null;
  let token: string;
  let exits: number[] = [];
  let sent = 0;

  const start = async () => {
    const name = new URL(db.url!).pathname.slice(1);
    deno = await startDeno({
      port: await freePort(),
      env: { DATABASE_URL: proxy.url(name), CIS_DRAIN: 'on', CIS_DB_POOL_SIZE: '5' },
      onExit: (code) => exits.push(code),
    });
  };

  /** `count` cis sends (each a new touch) from `concurrency` senders; `during(n)` runs after the n-th answer. */
  async function load(count: number, concurrency: number, during?: { after: number; act: () => Promise<void> | void }): Promise<Answer[]> {
    const answers: Answer[] = [];
    let next = 0;
    let acted: Promise<void> | null = null;
    const worker = async () => {
      while (next < count) {
        next += 1;
        const touch = `fault-${++sent}`;
        const body = JSON.stringify({ event: 'email_sent', event_id: touch, occurred_at: 1758290000 + sent,
          lead: { email: `${touch}@faults.example` }, touch: { id: touch, subject: 'Hello' } });
        let answer: Answer;
        try {
          const response = await fetch(ingestUrl(deno!.url, 'cis', token), { method: 'POST', body, headers: { 'content-type': 'application/json' } });
          const json = (await response.json()) as { receipt?: string };
          answer = { status: response.status, retryAfter: response.headers.get('retry-after'), receipt: json.receipt ?? null, touch };
        } catch {
          answer = { status: 'no answer', retryAfter: null, receipt: null, touch };
        }
        answers.push(answer);
        if (during && answers.length === during.after) acted = Promise.resolve(during.act());
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    await acted;
    return answers;
  }

  /** Waits (up to 30 s) until the drain has left nothing queued. */
  async function drained(): Promise<Record<string, number>> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const rows = await db.query<{ status: string; n: number }>(
        `select status, count(*)::integer as n from public.webhook_receipts group by status`);
      const counts = Object.fromEntries(rows.map((r) => [r.status, r.n]));
      if (!counts.received || Date.now() > deadline) return counts;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** Every acknowledged webhook's receipt exists, is processed, and its touch is stored. */
  async function expectNothingAcknowledgedLost(answers: Answer[]) {
    const acknowledged = answers.filter((a) => a.status === 200);
    const rows = await db.query<{ touch: string; status: string | null; stored: boolean }>(`
      select t.touch, r.status, exists (select 1 from public.activities a where a.provider = 'cis' and a.provider_message_id = t.touch) as stored
      from unnest($1::text[], $2::uuid[]) as t (touch, receipt)
      left join public.webhook_receipts r on r.id = t.receipt`,
      [acknowledged.map((a) => a.touch), acknowledged.map((a) => a.receipt)]);
    expect(rows.filter((r) => r.status !== 'processed' || !r.stored)).toEqual([]);
  }

  beforeAll(async () => {
    db = await openMigratedDb();
    const [{ id }] = await db.query<{ id: string }>(`insert into public.clients (name, slug) values ('Faults', 'faults') returning id`);
    ({ token } = await addSource(clientDatabase(db), id, 'cis'));
    proxy = await tcpProxy(new URL(db.url!));
    await start();
  }, 60_000);

  afterAll(async () => {
    await deno?.stop();
    await proxy?.close();
    await db?.drop();
  });

  it('stays up when every database session is terminated mid-load, answers 503 with retry-after meanwhile, and recovers by itself', async () => {
    const name = new URL(db.url!).pathname.slice(1);
    const answers = await load(240, 10, {
      after: 60,
      act: async () => {
        await db.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [name]);
      },
    });
    expect(exits).toEqual([]);
    expect(answers.filter((a) => a.status !== 200 && a.status !== 503)).toEqual([]);
    expect(answers.filter((a) => a.status === 503 && !a.retryAfter)).toEqual([]);
    expect(answers.slice(-30).map((a) => a.status)).toEqual(Array(30).fill(200));
    await drained();
    await expectNothingAcknowledgedLost(answers);
  });

  it('stays up while the database is unreachable, answers 503 with retry-after, and takes webhooks again once it is back', async () => {
    const during = await load(150, 8, {
      after: 50,
      act: async () => {
        proxy.down();
        await new Promise((r) => setTimeout(r, 1500));
        proxy.up();
      },
    });
    const after = await load(40, 8);
    expect(exits).toEqual([]);
    expect(during.filter((a) => a.status !== 200 && a.status !== 503)).toEqual([]);
    expect(during.filter((a) => a.status === 503).length).toBeGreaterThan(0);
    expect(during.filter((a) => a.status === 503 && !a.retryAfter)).toEqual([]);
    expect(after.map((a) => a.status)).toEqual(Array(40).fill(200));
    await drained();
    await expectNothingAcknowledgedLost([...during, ...after]);
  });

  it('ingests every webhook it acknowledged after being killed mid-stream and started again, without a replay', async () => {
    const answers = await load(200, 10, { after: 80, act: () => void deno!.child.kill('SIGKILL') });
    expect(answers.filter((a) => a.status === 'no answer').length).toBeGreaterThan(0);
    exits = [];
    await start();
    const counts = await drained();
    expect(counts.received ?? 0).toBe(0);
    expect(counts.failed ?? 0).toBe(0);
    await expectNothingAcknowledgedLost(answers);
  });
});
