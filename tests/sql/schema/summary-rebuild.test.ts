// Defect 8: every summary a trigger keeps is a pure function of the event tables. After any
// random stream of events — shuffled, duplicated, in random batches — clobbering the summaries
// and calling rebuild_summaries() gives back exactly what the triggers had kept. Machine flags
// are derived too (from user agents, timing and click bursts), so they are part of the check.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDb, type TestDb } from '../../helpers/db.ts';
import { clientId, id, seedTenants } from '../../helpers/tenants.ts';

const A = clientId('a');
const leadA = id('a', 6);
const BASE = Date.parse('2026-03-02T08:00:00Z');
const EVENT_TYPES = ['delivered', 'opened', 'opened', 'opened', 'clicked', 'clicked', 'bounced', 'unsubscribed'] as const;

const eventArb = fc.record({
  activity: fc.integer({ min: 0, max: 3 }),
  type: fc.constantFrom(...EVENT_TYPES),
  minutes: fc.integer({ min: 0, max: 5000 }),
  machine: fc.boolean(),
  keyed: fc.boolean(),
  url: fc.constantFrom(null, 'https://example.com/a', 'https://example.com/b'),
});
const messageArb = fc.record({
  inbound: fc.boolean(),
  minutes: fc.integer({ min: 0, max: 5000 }),
});
const streamArb = fc.record({
  sends: fc.array(fc.integer({ min: 0, max: 20000 }), { minLength: 4, maxLength: 4 }),
  events: fc.array(eventArb, { minLength: 1, maxLength: 40 }),
  messages: fc.array(messageArb, { minLength: 1, maxLength: 10 }),
  duplicates: fc.array(fc.nat(), { maxLength: 10 }),
  batch: fc.integer({ min: 1, max: 8 }),
});

const SUMMARY_COLUMNS = `id, email_opened, email_opened_at, email_open_count, email_clicked, email_clicked_at,
  email_click_count, time_to_open_minutes, time_to_click_minutes, human_opened, human_opened_at, human_open_count,
  human_clicked, human_clicked_at, human_click_count, email_delivered_at, email_bounced, email_bounced_at,
  email_unsubscribed_at, touch_number, days_since_last_touch`;

async function summaries(db: TestDb) {
  return {
    activities: await db.query(`select ${SUMMARY_COLUMNS} from public.activities where client_id = $1 order by id`, [A]),
    threads: await db.query(`select * from public.conversation_threads where client_id = $1 order by id`, [A]),
    messages: await db.query(`select id, position, response_time_minutes from public.thread_messages where client_id = $1 order by id`, [A]),
  };
}

async function clobber(db: TestDb) {
  await db.exec(`
    update public.activities set email_opened = null, email_opened_at = '2000-01-01', email_open_count = -1,
      email_clicked = null, email_clicked_at = null, email_click_count = 99, human_opened = true,
      human_opened_at = null, human_open_count = 7, human_clicked = true, human_clicked_at = null,
      human_click_count = 5, email_delivered_at = null, email_bounced = true, email_bounced_at = null,
      email_unsubscribed_at = null, touch_number = 42, days_since_last_touch = -3;
    update public.conversation_threads set message_count = 0, our_message_count = 9, their_message_count = 9,
      last_message_at = null, last_our_message_at = null, last_their_message_at = null;
    update public.thread_messages set position = 0, response_time_minutes = -1;`);
}

describe('summary columns', () => {
  const db = useDb();
  beforeEach(() => seedTenants(db));

  it('rebuild_summaries() reproduces the incrementally kept summaries after any random event stream', async () => {
    await fc.assert(
      fc.asyncProperty(streamArb, fc.infiniteStream(fc.nat()), async (stream, shuffleSeeds) => {
        await db.exec('savepoint property_run');
        try {
          const activityIds: string[] = [];
          for (const offset of stream.sends) {
            const [row] = await db.query<{ id: string }>(
              `insert into public.activities (client_id, lead_id, channel, activity_type, sent_at)
               values ($1, $2, 'email', 'email_sent', $3) returning id`,
              [A, leadA, new Date(BASE + offset * 60_000).toISOString()]);
            activityIds.push(row.id);
          }
          const events = stream.events.map((e, i) => ({ ...e, key: e.keyed ? `evt-${i}` : null }));
          const delivered = [...events, ...stream.duplicates.filter(() => events.length > 0).map((d) => events[d % events.length])];
          const shuffled = delivered
            .map((e) => ({ e, sort: shuffleSeeds.next().value }))
            .sort((x, y) => x.sort - y.sort)
            .map((x) => x.e);
          for (let i = 0; i < shuffled.length; i += stream.batch) {
            const batch = shuffled.slice(i, i + stream.batch);
            await db.query(
              `insert into public.email_events (client_id, activity_id, lead_id, event_type, event_at, provider, event_key, clicked_url, user_agent)
               select $1, (x->>'activity')::uuid, $2, x->>'type', (x->>'at')::timestamptz, 'smartlead', x->>'key', x->>'url',
                 case when (x->>'machine')::boolean then 'Mimecast URL scanner' else 'Mozilla/5.0' end
               from jsonb_array_elements($3::jsonb) x
               on conflict do nothing`,
              [A, leadA, JSON.stringify(batch.map((e) => ({
                activity: activityIds[e.activity], type: e.type, key: e.key, url: e.url, machine: e.machine,
                at: new Date(BASE + (stream.sends[e.activity] + e.minutes) * 60_000).toISOString(),
              })))]);
          }
          const [thread] = await db.query<{ id: string }>(
            `insert into public.conversation_threads (client_id, lead_id, channel) values ($1, $2, 'linkedin') returning id`, [A, leadA]);
          for (const m of stream.messages) {
            await db.query(
              `insert into public.thread_messages (client_id, thread_id, direction, content, sent_at) values ($1, $2, $3, 'm', $4)`,
              [A, thread.id, m.inbound ? 'inbound' : 'outbound', new Date(BASE + m.minutes * 60_000).toISOString()]);
          }

          const incremental = await summaries(db);
          await clobber(db);
          await db.query(`select public.rebuild_summaries($1)`, [A]);
          expect(await summaries(db)).toEqual(incremental);
        } finally {
          await db.exec('rollback to savepoint property_run');
        }
      }),
      { numRuns: 25, seed: 20261128 },
    );
  });

  it('rebuild_summaries() reproduces the summaries batch ingestion folds in, after any stream of canonical events in any batches', async () => {
    // ingest_engagement_events advances summaries by the events each batch stores (026's
    // fold_email_events) instead of recounting; this holds the fold to the recount.
    const ingestArb = fc.record({
      events: fc.array(fc.record({
        send: fc.integer({ min: 0, max: 3 }),
        kind: fc.constantFrom('opened', 'opened', 'clicked', 'clicked', 'delivered', 'bounced', 'complained', 'unsubscribed'),
        // Often at the send's minute (a proxy pre-fetch) or all at one minute (a scanner's burst of clicks).
        minutes: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(0, 5)),
        seconds: fc.integer({ min: 0, max: 2 }),
        ua: fc.constantFrom('Mozilla/5.0 (Macintosh)', 'Mimecast URL Protect'),
        url: fc.constantFrom('https://example.com/a', 'https://example.com/b', 'https://example.com/c'),
      }), { minLength: 1, maxLength: 30 }),
      sendsAt: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 4, maxLength: 4 }),
      duplicates: fc.array(fc.nat(), { maxLength: 8 }),
      order: fc.infiniteStream(fc.nat()),
      batch: fc.integer({ min: 1, max: 9 }),
    });
    const at = (minutes: number, seconds = 0) => new Date(BASE + minutes * 60_000 + seconds * 1000).toISOString().replace('Z', '000Z');
    const canonical = (kind: string, send: number, when: string, key: string, extra: object = {}) => ({
      type: 'engagement', provider: 'smartlead', event_key: key, kind, channel: 'email', occurred_at: when, occurred_at_raw: when,
      raw_event_type: kind, lead: { email: `fold${send % 2}@example.com` },
      message: { provider_message_id: `fold-${send}`, subject: 'Hello', body_text: 'Hi there', sent_at: kind === 'sent' ? when : null },
      ...extra,
    });
    await fc.assert(
      fc.asyncProperty(ingestArb, async (stream) => {
        await db.exec('savepoint property_run');
        try {
          const sends = stream.sendsAt.map((m, i) => canonical('sent', i, at(m * 60), `fold-sent-${i}`));
          const events = stream.events.map((e, i) => canonical(e.kind, e.send, at(stream.sendsAt[e.send] * 60 + e.minutes, e.seconds),
            `fold-${i}`, { engagement: { user_agent: e.ua, url: e.kind === 'clicked' ? e.url : null } }));
          const delivered = [...sends, ...events, ...stream.duplicates.map((d) => events[d % events.length])]
            .map((e) => ({ e, sort: stream.order.next().value }))
            .sort((x, y) => x.sort - y.sort)
            .map((x) => x.e);
          for (let i = 0; i < delivered.length; i += stream.batch) {
            await db.query('select public.ingest_engagement_events($1, $2::jsonb)', [A, JSON.stringify(delivered.slice(i, i + stream.batch))]);
          }
          const incremental = await summaries(db);
          await clobber(db);
          await db.query(`select public.rebuild_summaries($1)`, [A]);
          expect(await summaries(db)).toEqual(incremental);
        } finally {
          await db.exec('rollback to savepoint property_run');
        }
      }),
      { numRuns: 25, seed: 20261212 },
    );
  });

  it('rebuild_summaries() binds an event that still waits for a send CIS has, and counts it', async () => {
    const [send] = await db.query<{ id: string }>(
      `insert into public.activities (client_id, lead_id, channel, activity_type, sent_at, provider, provider_message_id)
       values ($1, $2, 'email', 'email_sent', '2026-03-02T08:00:00Z', 'smartlead', 'late-send') returning id`, [A, leadA]);
    // An open that a writer outside the intake left waiting, though its send is stored.
    await db.query(
      `insert into public.pending_email_events (client_id, provider, event_key, provider_message_id, event)
       values ($1, 'smartlead', 'stranded-open', 'late-send', $2::jsonb)`,
      [A, JSON.stringify({ type: 'engagement', provider: 'smartlead', event_key: 'stranded-open', kind: 'opened', channel: 'email',
        occurred_at: '2026-03-02T10:00:00.000000Z', occurred_at_raw: null, raw_event_type: 'EMAIL_OPEN', lead: { email: null },
        message: { provider_message_id: 'late-send' } })]);
    const result = await db.query<{ r: { bound: number } }>(`select public.rebuild_summaries($1) as r`, [A]);
    expect(result[0].r.bound).toBe(1);
    const [activity] = await db.query<{ opens: number; pending: number }>(
      `select email_open_count as opens, (select count(*)::integer from public.pending_email_events where event_key = 'stranded-open') as pending
       from public.activities where id = $1`, [send.id]);
    expect(activity).toEqual({ opens: 1, pending: 0 });
  });

  it('rebuild_summaries() repairs summaries that were damaged outside the triggers', async () => {
    const before = await summaries(db);
    await clobber(db);
    expect(await summaries(db)).not.toEqual(before);
    await db.query(`select public.rebuild_summaries()`);
    expect(await summaries(db)).toEqual(before);
  });
});
