// Issue 12 §1.2–§1.4 on real PostgreSQL: webhooks of one client arriving at the same moment, each
// ingested in its own transaction on its own connection (callers that wait, as our engines do).
// Whatever the interleaving: no event stranded, no deadlock answered 500, one lead per person.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../scripts/lib/db.ts'; // bigint → number parsers, as the tools use them
import { poolDatabase } from '../../shared/db/sql.ts';
import { createIngestHandler } from '../../shared/handlers/ingest.ts';
import { openMigratedDb } from '../helpers/db.ts';
import { addSource, ingestUrl, post } from '../sql/ingest/intake-support.ts';

const WAIT = '&wait=true';
const at = (s: number) => 1758290000 + s;

describe('intake under simultaneous webhooks of one client (PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof openMigratedDb>> & { url?: string };
  let pool: pg.Pool;
  let clientId: string;
  let token: string;
  const logged: string[] = [];
  const handler = () => createIngestHandler({
    db: poolDatabase(pool), log: (m, e) => logged.push(`${m}: ${(e as { code?: string })?.code ?? ''} ${(e as Error)?.message}`),
  });
  const send = (body: unknown) => handler()(post(ingestUrl('http://localhost', 'cis', token, WAIT), JSON.stringify(body)));
  const one = async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params))[0];

  beforeAll(async () => {
    db = await openMigratedDb();
    pool = new pg.Pool({ connectionString: db.url, max: 12 });
    [{ id: clientId }] = await db.query<{ id: string }>(`insert into public.clients (name, slug) values ('Races', 'races') returning id`);
    ({ token } = await addSource(poolDatabase(pool), clientId, 'cis'));
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  it('never strands an open that arrives with its send: 40 pairs at once, every open counted on its touch', async () => {
    const pairs = Array.from({ length: 40 }, (_, i) => [
      { event: 'email_sent', event_id: `pair-sent-${i}`, occurred_at: at(i), lead: { email: `pair${i}@races.example` },
        touch: { id: `pair-touch-${i}`, subject: 'Hello', body_text: 'Hi' } },
      { event: 'email_opened', event_id: `pair-open-${i}`, occurred_at: at(i + 3600), lead: { email: `pair${i}@races.example` },
        touch: { id: `pair-touch-${i}` }, user_agent: 'Mozilla/5.0 (Macintosh)' },
    ]);
    const responses = await Promise.all(pairs.flat().map(send));
    expect(responses.map((r) => r.status)).toEqual(Array(80).fill(200));
    const row = await one<{ stranded: number; counted: number }>(`
      select (select count(*)::integer from public.pending_email_events where client_id = $1 and provider_message_id like 'pair-touch-%') as stranded,
             (select count(*)::integer from public.activities where client_id = $1 and provider_message_id like 'pair-touch-%' and email_open_count = 1) as counted`,
      [clientId]);
    expect(row).toEqual({ stranded: 0, counted: 40 });
  });

  it('leaves no stale waiting row when a redelivered open arrives while its send is being written', async () => {
    const event = (kind: string, key: string) => ({
      type: 'engagement', provider: 'cis', event_key: key, kind, channel: 'email',
      occurred_at: '2025-09-19T14:00:00.000000Z', occurred_at_raw: null, raw_event_type: kind,
      lead: { email: 'redelivered@races.example' }, message: { provider_message_id: 'redelivered-touch', subject: 'Hi' },
    });
    const ingest = (c: pg.PoolClient, e: object) =>
      c.query('select public.ingest_all_events($1, $2::jsonb)', [clientId, JSON.stringify([e])]);
    // The open arrives first and waits for its send.
    const [writer, late] = [await pool.connect(), await pool.connect()];
    try {
      await writer.query('begin; set local role service_role');
      await ingest(writer, event('opened', 'redelivered-open'));
      await writer.query('commit');
      // Its send is being written (bound the waiting open, not committed yet) when the vendor
      // delivers the open again.
      await writer.query('begin; set local role service_role');
      await ingest(writer, event('sent', 'redelivered-sent'));
      await late.query('begin; set local role service_role');
      const redelivery = ingest(late, event('opened', 'redelivered-open'));
      await new Promise((r) => setTimeout(r, 200));
      await writer.query('commit');
      await redelivery;
      await late.query('commit');
    } finally {
      await writer.query('rollback').catch(() => {});
      await late.query('rollback').catch(() => {});
      writer.release();
      late.release();
    }
    const row = await one<{ stale: number; opens: number }>(`
      select (select count(*)::integer from public.pending_email_events where client_id = $1 and provider_message_id = 'redelivered-touch') as stale,
             (select email_open_count from public.activities where client_id = $1 and provider_message_id = 'redelivered-touch') as opens`,
      [clientId]);
    expect(row).toEqual({ stale: 0, opens: 1 });
  });

  it('answers no 500 to sends, meeting bookings and deals for one lead at once while deal events wait for their lead', async () => {
    // Deal events that name no lead wait (a HubSpot deal webhook names no contact).
    await send({ events: Array.from({ length: 20 }, (_, i) => ({
      event: 'deal_created', event_id: `waiting-${i}`, occurred_at: at(i), deal: { id: `orphan-${i}`, name: 'Orphan' } })) });
    const mix = Array.from({ length: 30 }, (_, i) => {
      const lead = { email: `mix${i}@races.example` };
      return [
        { event: 'email_sent', event_id: `mix-sent-${i}`, occurred_at: at(i), lead, touch: { id: `mix-touch-${i}`, subject: 'Hi' } },
        { event: 'meeting_booked', event_id: `mix-meeting-${i}`, occurred_at: at(i + 60), lead,
          meeting: { id: `mix-meeting-${i}`, start: at(i + 86400), end: at(i + 88200) } },
        { event: 'deal_created', event_id: `mix-deal-${i}`, occurred_at: at(i + 120), lead, deal: { id: `mix-deal-${i}`, name: 'Deal', value: 1000 } },
      ];
    });
    logged.length = 0;
    const responses = await Promise.all(mix.flat().map(send));
    const statuses = responses.map((r) => r.status);
    expect({ non200: statuses.filter((s) => s !== 200), logged }).toEqual({ non200: [], logged: [] });
    const row = await one<{ touches: number; meetings: number; deals: number; waiting: number }>(`
      select (select count(*)::integer from public.activities where client_id = $1 and provider_message_id like 'mix-touch-%') as touches,
             (select count(*)::integer from public.meetings where client_id = $1 and provider_event_id like 'mix-meeting-%') as meetings,
             (select count(*)::integer from public.deals where client_id = $1 and provider_deal_id like 'mix-deal-%') as deals,
             (select count(*)::integer from public.deal_events where client_id = $1 and deal_id is null) as waiting`,
      [clientId]);
    expect(row).toEqual({ touches: 30, meetings: 30, deals: 30, waiting: 20 });
  });

  it('creates one lead for a new person whose first two touches arrive at once, known only by phone', async () => {
    const bodies = Array.from({ length: 30 }, (_, i) => [0, 1].map((k) => ({
      event: 'sms_sent', event_id: `phone-${i}-${k}`, occurred_at: at(i + k), lead: { phone: `+49 176 5550${String(i).padStart(4, '0')}` },
      touch: { id: `phone-touch-${i}-${k}`, body_text: 'Hi' },
    })));
    const responses = await Promise.all(bodies.flat().map(send));
    expect(responses.map((r) => r.status)).toEqual(Array(60).fill(200));
    const row = await one<{ leads: number; people: number }>(`
      select count(*)::integer as leads, count(distinct phone_e164)::integer as people
      from public.leads where client_id = $1 and phone like '+49 176 5550%'`, [clientId]);
    expect(row).toEqual({ leads: 30, people: 30 });
  });

  it('creates one lead for a new person whose first two touches arrive at once, known only by LinkedIn URL', async () => {
    const bodies = Array.from({ length: 30 }, (_, i) => [0, 1].map((k) => ({
      event: 'linkedin_connection_requested', event_id: `li-${i}-${k}`, occurred_at: at(i + k),
      lead: { linkedin_url: `https://www.linkedin.com/in/races-${i}${k === 1 ? '/' : ''}` }, touch: { id: `li-touch-${i}-${k}` },
    })));
    const responses = await Promise.all(bodies.flat().map(send));
    expect(responses.map((r) => r.status)).toEqual(Array(60).fill(200));
    const row = await one<{ leads: number; people: number }>(`
      select count(*)::integer as leads, count(distinct linkedin_normalized)::integer as people
      from public.leads where client_id = $1 and linkedin_url like 'https://www.linkedin.com/in/races-%'`, [clientId]);
    expect(row).toEqual({ leads: 30, people: 30 });
  });
});
