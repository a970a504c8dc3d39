// The same webhook delivered by 10 concurrent requests counts once: real PostgreSQL, a real
// connection pool (10 connections, so the requests truly overlap), the real handler, each request
// ingested as it arrives (the caller waits) — and a webhook is acknowledged while an ingest of its
// client is still running.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../scripts/lib/db.ts'; // bigint → number parsers, as the tools use them
import { poolDatabase } from '../../shared/db/sql.ts';
import { createIngestHandler } from '../../shared/handlers/ingest.ts';
import { openMigratedDb } from '../helpers/db.ts';
import { addSource, fixture, ingestUrl, post } from '../sql/ingest/intake-support.ts';

const WAIT = '&wait=true';
import { eventsFrom } from '../helpers/vendor-events.ts';

const SEND = '5e0c1a2b-3d4e-4f5a-8b6c-7d8e9f0a1b2c'; // stats_id of the Smartlead fixtures
const EMAIL = 'marta.keller@fernhill-logistics.example';

describe('ingest under concurrent identical deliveries (PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof openMigratedDb>> & { url?: string };
  let pool: pg.Pool;
  let clientId: string;
  let token: string;
  const handler = () => createIngestHandler({ db: poolDatabase(pool), log: () => {} });

  beforeAll(async () => {
    db = await openMigratedDb();
    pool = new pg.Pool({ connectionString: db.url, max: 10 });
    [{ id: clientId }] = await db.query<{ id: string }>(`insert into public.clients (name, slug) values ('Race', 'race') returning id`);
    ({ token } = await addSource(poolDatabase(pool), clientId, 'smartlead'));
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  async function tenTimes(file: string) {
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => handler()(post(ingestUrl('http://localhost', 'smartlead', token, WAIT), fixture(`smartlead/${file}`)))),
    );
    const bodies = await Promise.all(responses.map((r) => r.json()));
    return { statuses: responses.map((r) => r.status), bodies };
  }
  const sum = (bodies: { [k: string]: number }[], key: string) => bodies.reduce((n, b) => n + b[key], 0);
  const one = async <T>(sql: string) => (await db.query<T>(sql))[0];

  it('keeps an open that arrives 10 times at once, before its send, waiting once', async () => {
    const { statuses, bodies } = await tenTimes('EMAIL_OPEN.json');
    expect(statuses).toEqual(Array(10).fill(200));
    expect(sum(bodies, 'pending')).toBe(1);
    expect(sum(bodies, 'duplicates')).toBe(9);
    expect((await one<{ n: number }>(`select count(*)::integer as n from public.pending_email_events where provider_message_id = '${SEND}'`)).n).toBe(1);
  });

  it('creates one lead and one activity from a send delivered 10 times at once', async () => {
    const { statuses, bodies } = await tenTimes('EMAIL_SENT.json');
    expect(statuses).toEqual(Array(10).fill(200));
    expect(sum(bodies, 'accepted')).toBe(1);
    expect(sum(bodies, 'duplicates')).toBe(9);
    expect((await one<{ n: number }>(`select count(*)::integer as n from public.leads where email_normalized = '${EMAIL}'`)).n).toBe(1);
    const activity = await one<{ n: number; opens: number }>(
      `select count(*)::integer as n, max(email_open_count) as opens from public.activities where provider_message_id = '${SEND}'`);
    expect(activity).toEqual({ n: 1, opens: 1 }); // the waiting open bound exactly once
  });

  it('counts a click delivered 10 times at once once, on the activity and in email_events', async () => {
    const { statuses, bodies } = await tenTimes('EMAIL_LINK_CLICK.json');
    expect(statuses).toEqual(Array(10).fill(200));
    expect(sum(bodies, 'accepted')).toBe(1);
    const row = await one<{ events: number; clicks: number }>(`
      select (select count(*)::integer from public.email_events e where e.activity_id = a.id and e.event_type = 'clicked') as events,
             a.email_click_count as clicks
      from public.activities a where a.provider_message_id = '${SEND}'`);
    expect(row).toEqual({ events: 1, clicks: 1 });
  });

  it('acknowledges a webhook while an ingest of the same client has not committed yet', async () => {
    // Ingests of a client run one at a time (its intake lock); receiving a webhook takes no lock,
    // so a vendor is answered even while a drain of its client is still writing.
    const busy = await pool.connect();
    try {
      await busy.query('begin; set local role service_role');
      await busy.query('select public.ingest_all_events($1, $2::jsonb)', [clientId, JSON.stringify(eventsFrom('smartlead', 'EMAIL_SENT.json'))]);
      const answered = handler()(post(ingestUrl('http://localhost', 'smartlead', token), fixture('smartlead/EMAIL_OPEN.json')));
      const outcome = await Promise.race([answered.then((r) => r.status), new Promise((r) => setTimeout(() => r('still waiting'), 10_000))]);
      expect(outcome).toBe(200);
    } finally {
      await busy.query('rollback').catch(() => {});
      busy.release();
    }
    await db.query(`delete from public.webhook_receipts where status = 'received' and client_id = $1`, [clientId]);
  });

  it('keeps every one of the 30 deliveries as its own processed receipt', async () => {
    const rows = await db.query<{ status: string; n: number }>(
      `select status, count(*)::integer as n from public.webhook_receipts where client_id = '${clientId}' group by status`);
    expect(rows).toEqual([{ status: 'processed', n: 30 }]);
  });
});
