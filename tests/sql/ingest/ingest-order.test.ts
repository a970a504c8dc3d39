// Order and duplicates never matter: any permutation and duplication of an event stream, cut
// into any batches, leaves the same email_events and activity summaries as the ordered,
// de-duplicated stream.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EngagementEvent } from '../../../shared/ingest/canonical.ts';
import { useDb, type TestDb } from '../../helpers/db.ts';
import { clientId, seedTenants } from '../../helpers/tenants.ts';

const A = clientId('a');
const BASE = Date.parse('2026-04-06T08:00:00Z');
const iso = (minutes: number) => new Date(BASE + minutes * 60_000).toISOString().replace('Z', '000Z');

function event(kind: EngagementEvent['kind'], message: number, minutes: number, key: string, extra: Partial<EngagementEvent> = {}): EngagementEvent {
  return {
    type: 'engagement', provider: 'smartlead', event_key: key, kind, channel: 'email',
    occurred_at: iso(minutes), occurred_at_raw: iso(minutes), raw_event_type: kind,
    lead: { email: `lead${message % 3}@order.example`, first_name: 'Lead' },
    message: { provider_message_id: `m${message}`, subject: `Subject ${message}`, body_text: 'Hello there', sequence_step: 1 + (message % 2) },
    ...extra,
  } as EngagementEvent;
}

const streamArb = fc
  .array(
    fc.record({
      message: fc.integer({ min: 0, max: 4 }),
      kind: fc.constantFrom('opened', 'opened', 'clicked', 'delivered', 'bounced', 'unsubscribed'),
      minutes: fc.integer({ min: 0, max: 3000 }),
      ua: fc.constantFrom(undefined, 'Mozilla/5.0 (iPhone)', 'Proofpoint URL Defense'),
      url: fc.constantFrom('https://x.example/a', 'https://x.example/b'),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((items) => {
    const sends = [0, 1, 2, 3, 4].map((m) => event('sent', m, m * 600, `sent-${m}`));
    const engagement = items.map((it, i) =>
      event(it.kind as EngagementEvent['kind'], it.message, it.message * 600 + it.minutes, `e${i}`, {
        engagement: { user_agent: it.ua ?? null, url: it.kind === 'clicked' ? it.url : null },
      }),
    );
    return [...sends, ...engagement];
  });

async function ingestBatches(db: TestDb, batches: EngagementEvent[][]) {
  for (const batch of batches) {
    await db.query('select public.ingest_engagement_events($1, $2::jsonb)', [A, JSON.stringify(batch)]);
  }
}

async function snapshot(db: TestDb) {
  return {
    events: await db.query(`
      select a.provider_message_id, e.event_type, e.event_at, e.event_key, e.is_machine, e.machine_reason
      from public.email_events e join public.activities a on a.id = e.activity_id
      where e.client_id = $1 and a.provider_message_id like 'm%' order by e.event_key`, [A]),
    activities: await db.query(`
      select provider_message_id, email_opened_at, email_open_count, email_clicked_at, email_click_count,
        human_opened_at, human_open_count, human_click_count, email_bounced_at, email_unsubscribed_at,
        time_to_open_minutes, time_to_click_minutes, touch_number, days_since_last_touch, sequence_step
      from public.activities where client_id = $1 and provider_message_id like 'm%' order by provider_message_id`, [A]),
    leads: await db.query(`select email, status, do_not_contact, bounced_at, unsubscribed_at
      from public.leads where client_id = $1 and email like '%@order.example' order by email`, [A]),
    pending: await db.query(`select count(*) as n from public.pending_email_events where client_id = $1`, [A]),
  };
}

describe('ingestion order', () => {
  const db = useDb();
  beforeEach(() => seedTenants(db));

  it('gives the same events and summaries for any permutation, duplication and batching of a stream', async () => {
    await fc.assert(
      fc.asyncProperty(
        streamArb,
        fc.array(fc.nat(), { maxLength: 15 }),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        fc.integer({ min: 1, max: 7 }),
        async (stream, dupes, random, batchSize) => {
          await db.exec('savepoint run');
          try {
            await ingestBatches(db, [stream]);
            const expected = await snapshot(db);
            await db.exec('rollback to savepoint run');

            const delivered = [...stream, ...dupes.map((d) => stream[d % stream.length])]
              .map((e) => ({ e, sort: random.next().value }))
              .sort((x, y) => x.sort - y.sort)
              .map((x) => x.e);
            const batches: EngagementEvent[][] = [];
            for (let i = 0; i < delivered.length; i += batchSize) batches.push(delivered.slice(i, i + batchSize));
            await ingestBatches(db, batches);
            expect(await snapshot(db)).toEqual(expected);
          } finally {
            await db.exec('rollback to savepoint run');
            await db.exec('release savepoint run');
          }
        },
      ),
      { numRuns: 20, seed: 424242 },
    );
  });

  it('renumbers touches when an earlier send is back-filled', async () => {
    await ingestBatches(db, [[event('sent', 0, 2880, 's-late')]]);
    await ingestBatches(db, [[event('sent', 3, 0, 's-early')]]);
    const rows = await db.query<{ provider_message_id: string; touch_number: number; days_since_last_touch: number | null }>(`
      select provider_message_id, touch_number, days_since_last_touch from public.activities a
      join public.leads l on l.id = a.lead_id where l.email = 'lead0@order.example' order by sent_at`);
    expect(rows).toEqual([
      { provider_message_id: 'm3', touch_number: 1, days_since_last_touch: null },
      { provider_message_id: 'm0', touch_number: 2, days_since_last_touch: 2 },
    ]);
  });

  it("gives the lead's touches their order and the days between them, across channels", async () => {
    await ingestBatches(db, [[
      event('sent', 0, 4 * 1440, 'third'),
      event('sent', 3, 0, 'first'),
      { ...event('sent', 6, 1440 + 30, 'second'), channel: 'sms', lead: { email: 'lead0@order.example', phone: '+15550000' } } as EngagementEvent,
    ]]);
    const rows = await db.query<{ channel: string; touch_number: number; days_since_last_touch: number | null }>(`
      select a.channel, a.touch_number, a.days_since_last_touch from public.activities a
      join public.leads l on l.id = a.lead_id where l.email = 'lead0@order.example' order by a.sent_at`);
    expect(rows).toEqual([
      { channel: 'email', touch_number: 1, days_since_last_touch: null },
      { channel: 'sms', touch_number: 2, days_since_last_touch: 1 },
      { channel: 'email', touch_number: 3, days_since_last_touch: 2 },
    ]);
  });
});
