// Each defect of the spec's draft SQL that issue 2 names, shown fixed. Every assertion here fails
// on the draft's literal trigger code (named in each block).
import { beforeEach, describe, expect, it } from 'vitest';
import { asRole, sqlState, useDb, type TestDb } from '../../helpers/db.ts';
import { clientId, id, seedTenants, users } from '../../helpers/tenants.ts';

const A = clientId('a');
const B = clientId('b');
const leadA = id('a', 6);
const leadB = id('b', 6);
const campaignA = id('a', 3);

async function newActivity(db: TestDb, sentAt: string, leadId = leadA): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into public.activities (client_id, lead_id, campaign_id, channel, activity_type, sent_at)
     values ($1, $2, $3, 'email', 'email_sent', $4) returning id`,
    [A, leadId, campaignA, sentAt],
  );
  return row.id;
}

async function addEvent(db: TestDb, activityId: string, type: string, at: string, key: string | null = null, leadId = leadA) {
  await db.query(
    `insert into public.email_events (client_id, activity_id, lead_id, event_type, event_at, provider, event_key)
     values ($1, $2, $3, $4, $5, 'smartlead', $6) on conflict do nothing`,
    [A, activityId, leadId, type, at, key],
  );
}

async function activity(db: TestDb, activityId: string) {
  const [row] = await db.query<Record<string, unknown>>(`select * from public.activities where id = $1`, [activityId]);
  return row;
}

describe('spec defects, fixed', () => {
  const db = useDb();
  beforeEach(() => seedTenants(db));

  describe('1. first open and click times (draft: COALESCE keeps the first to ARRIVE; minutes count from created_at and are overwritten by every open)', () => {
    it('keeps the earliest open when an earlier open arrives late', async () => {
      const a = await newActivity(db, '2026-03-02T10:00:00Z');
      await addEvent(db, a, 'opened', '2026-03-02T12:00:00Z', 'o1');
      await addEvent(db, a, 'opened', '2026-03-02T11:00:00Z', 'o2');
      const row = await activity(db, a);
      expect(new Date(row.email_opened_at as string).toISOString()).toBe('2026-03-02T11:00:00.000Z');
      expect(row.time_to_open_minutes).toBe(60);
    });

    it('counts time to open from the send time, not from when the row was written', async () => {
      const a = await newActivity(db, '2026-01-05T08:00:00Z');
      await addEvent(db, a, 'opened', '2026-01-05T08:45:00Z', 'o1');
      expect((await activity(db, a)).time_to_open_minutes).toBe(45);
    });

    it('leaves time to open unchanged when later opens arrive', async () => {
      const a = await newActivity(db, '2026-03-02T10:00:00Z');
      await addEvent(db, a, 'opened', '2026-03-02T10:30:00Z', 'o1');
      await addEvent(db, a, 'opened', '2026-03-04T10:30:00Z', 'o2');
      const row = await activity(db, a);
      expect(row.time_to_open_minutes).toBe(30);
      expect(row.email_open_count).toBe(2);
    });

    it('keeps the earliest click and its time to click whatever the arrival order', async () => {
      const a = await newActivity(db, '2026-03-02T10:00:00Z');
      await addEvent(db, a, 'clicked', '2026-03-02T13:00:00Z', 'c1');
      await addEvent(db, a, 'clicked', '2026-03-02T10:20:00Z', 'c2');
      const row = await activity(db, a);
      expect(row.time_to_click_minutes).toBe(20);
      expect(row.email_click_count).toBe(2);
    });

    it('recomputes time to open when the send time is corrected', async () => {
      const a = await newActivity(db, '2026-03-02T10:00:00Z');
      await addEvent(db, a, 'opened', '2026-03-02T12:00:00Z', 'o1');
      await db.query(`update public.activities set sent_at = '2026-03-02T11:00:00Z' where id = $1`, [a]);
      expect((await activity(db, a)).time_to_open_minutes).toBe(60);
    });
  });

  describe('2. duplicate deliveries (draft: every insert counts, no idempotency key)', () => {
    it('stores a provider event delivered twice once and counts it once', async () => {
      const a = await newActivity(db, '2026-03-02T10:00:00Z');
      await addEvent(db, a, 'opened', '2026-03-02T12:00:00Z', 'smartlead-evt-1');
      await addEvent(db, a, 'opened', '2026-03-02T12:00:00Z', 'smartlead-evt-1');
      const [events] = await db.query<{ n: number }>(`select count(*) as n from public.email_events where activity_id = $1`, [a]);
      expect(events.n).toBe(1);
      expect((await activity(db, a)).email_open_count).toBe(1);
    });

    it('refuses a plain duplicate insert with a unique violation', async () => {
      const a = await newActivity(db, '2026-03-02T10:00:00Z');
      await addEvent(db, a, 'opened', '2026-03-02T12:00:00Z', 'dup');
      expect(await sqlState(db, () => db.query(
          `insert into public.email_events (client_id, activity_id, lead_id, event_type, event_at, provider, event_key)
           values ($1, $2, $3, 'opened', '2026-03-02T12:00:00Z', 'smartlead', 'dup')`,
          [A, a, leadA],
        ))).toBe('23505');
    });

    it('deduplicates keyless events on what they say', async () => {
      const a = await newActivity(db, '2026-03-02T10:00:00Z');
      await addEvent(db, a, 'opened', '2026-03-02T12:00:00Z');
      await addEvent(db, a, 'opened', '2026-03-02T12:00:00Z');
      expect((await activity(db, a)).email_open_count).toBe(1);
    });
  });

  describe('3. clicks, bounces, complaints, unsubscribes (draft: ignores all but opens and clicks)', () => {
    it('treats a click without a recorded open as an open at the click time', async () => {
      const a = await newActivity(db, '2026-03-02T10:00:00Z');
      await addEvent(db, a, 'clicked', '2026-03-02T10:05:00Z', 'c1');
      const row = await activity(db, a);
      expect(row.email_opened).toBe(true);
      expect(row.time_to_open_minutes).toBe(5);
      expect(row.email_clicked).toBe(true);
    });

    it('marks the activity and the lead bounced', async () => {
      const a = await newActivity(db, '2026-03-02T10:00:00Z');
      await addEvent(db, a, 'bounced', '2026-03-02T10:01:00Z', 'b1');
      expect((await activity(db, a)).email_bounced).toBe(true);
      const [lead] = await db.query<{ status: string; bounced_at: string }>(`select status, bounced_at from public.leads where id = $1`, [leadA]);
      expect(lead.status).toBe('bounced');
      expect(new Date(lead.bounced_at).toISOString()).toBe('2026-03-02T10:01:00.000Z');
    });

    it('stops contact after an unsubscribe', async () => {
      const a = await newActivity(db, '2026-03-02T10:00:00Z');
      await addEvent(db, a, 'unsubscribed', '2026-03-02T11:00:00Z', 'u1');
      const [lead] = await db.query<Record<string, unknown>>(`select * from public.leads where id = $1`, [leadA]);
      expect(lead).toMatchObject({ do_not_contact: true, do_not_contact_reason: 'unsubscribed', status: 'unsubscribed' });
      expect((await activity(db, a)).email_unsubscribed_at).not.toBeNull();
    });

    it('stops contact after a spam complaint', async () => {
      const a = await newActivity(db, '2026-03-02T10:00:00Z');
      await addEvent(db, a, 'complained', '2026-03-02T11:00:00Z', 'x1');
      const [lead] = await db.query<Record<string, unknown>>(`select * from public.leads where id = $1`, [leadA]);
      expect(lead).toMatchObject({ do_not_contact: true, do_not_contact_reason: 'complained' });
    });
  });

  describe('4. thread stats out of order (draft: last_* = the last message to ARRIVE; no positions)', () => {
    async function thread(db: TestDb) {
      const [t] = await db.query<{ id: string }>(
        `insert into public.conversation_threads (client_id, lead_id, channel) values ($1, $2, 'sms') returning id`, [A, leadA]);
      return t.id;
    }
    async function message(db: TestDb, threadId: string, direction: string, at: string) {
      await db.query(
        `insert into public.thread_messages (client_id, thread_id, direction, content, sent_at) values ($1, $2, $3, $4, $5)`,
        [A, threadId, direction, `${direction} at ${at}`, at]);
    }

    it('keeps last_* times as maxima and counts by direction whatever the arrival order', async () => {
      const t = await thread(db);
      await message(db, t, 'outbound', '2026-03-02T13:00:00Z');
      await message(db, t, 'inbound', '2026-03-02T12:00:00Z');
      await message(db, t, 'outbound', '2026-03-02T10:00:00Z');
      const [row] = await db.query<Record<string, unknown>>(`select * from public.conversation_threads where id = $1`, [t]);
      expect(row).toMatchObject({ message_count: 3, our_message_count: 2, their_message_count: 1 });
      expect(new Date(row.last_message_at as string).toISOString()).toBe('2026-03-02T13:00:00.000Z');
      expect(new Date(row.last_their_message_at as string).toISOString()).toBe('2026-03-02T12:00:00.000Z');
      expect(new Date(row.started_at as string).toISOString()).toBe('2026-03-02T10:00:00.000Z');
    });

    it('numbers messages in time order and measures response times from the other side', async () => {
      const t = await thread(db);
      await message(db, t, 'inbound', '2026-03-02T12:00:00Z');
      await message(db, t, 'outbound', '2026-03-02T12:30:00Z');
      await message(db, t, 'outbound', '2026-03-02T10:00:00Z');
      const rows = await db.query<{ direction: string; position: number; response_time_minutes: number | null }>(
        `select direction, position, response_time_minutes from public.thread_messages where thread_id = $1 order by sent_at`, [t]);
      expect(rows).toEqual([
        { direction: 'outbound', position: 1, response_time_minutes: null },
        { direction: 'inbound', position: 2, response_time_minutes: 120 },
        { direction: 'outbound', position: 3, response_time_minutes: 30 },
      ]);
    });
  });

  describe('5. deal stage history (draft: no first stage, always "system", closed_at never cleared, days from NOW())', () => {
    async function deal(db: TestDb, extra = '') {
      const [d] = await db.query<{ id: string }>(
        `insert into public.deals (client_id, lead_id, name, value, created_at ${extra ? ', stage' : ''})
         values ($1, $2, 'Deal', 5000, '2026-01-01T00:00:00Z' ${extra ? `, '${extra}'` : ''}) returning id`, [A, leadA]);
      return d.id;
    }
    const history = (db: TestDb, dealId: string) =>
      db.query<{ from_stage: string | null; to_stage: string; changed_by: string; provider_event_id: string | null }>(
        `select from_stage, to_stage, changed_by, provider_event_id from public.deal_stage_history where deal_id = $1 order by changed_at, to_stage`, [dealId]);

    it('records the first stage when the deal is created', async () => {
      const d = await deal(db);
      expect(await history(db, d)).toEqual([{ from_stage: null, to_stage: 'qualification', changed_by: 'system', provider_event_id: null }]);
    });

    it('records who moved the deal: a webhook with its event id, and a signed-in user', async () => {
      const d = await deal(db);
      await db.exec(`set local cis.actor = 'webhook'; set local cis.provider_event = 'hubspot-evt-9'`);
      await db.query(`update public.deals set stage = 'proposal', stage_changed_at = '2026-01-10T00:00:00Z' where id = $1`, [d]);
      await db.exec(`set local cis.actor = ''; set local cis.provider_event = ''`);
      await asRole(db, 'authenticated', users.ownerA, () =>
        db.query(`update public.deals set stage = 'negotiation', stage_changed_at = '2026-01-20T00:00:00Z' where id = $1`, [d]));
      expect(await history(db, d)).toEqual([
        { from_stage: null, to_stage: 'qualification', changed_by: 'system', provider_event_id: null },
        { from_stage: 'qualification', to_stage: 'proposal', changed_by: 'webhook', provider_event_id: 'hubspot-evt-9' },
        { from_stage: 'proposal', to_stage: 'negotiation', changed_by: 'user', provider_event_id: null },
      ]);
    });

    it('counts days to close in whole days from creation to the close time', async () => {
      const d = await deal(db);
      await db.query(`update public.deals set stage = 'closed_won', stage_changed_at = '2026-02-15T23:00:00Z' where id = $1`, [d]);
      const [row] = await db.query<Record<string, unknown>>(`select won, closed_at, days_to_close from public.deals where id = $1`, [d]);
      expect(row.won).toBe(true);
      expect(new Date(row.closed_at as string).toISOString()).toBe('2026-02-15T23:00:00.000Z');
      expect(row.days_to_close).toBe(45);
    });

    it('clears closed_at and won when a closed deal is reopened', async () => {
      const d = await deal(db);
      await db.query(`update public.deals set stage = 'closed_lost', lost_reason = 'budget' where id = $1`, [d]);
      await db.query(`update public.deals set stage = 'negotiation' where id = $1`, [d]);
      const [row] = await db.query<Record<string, unknown>>(`select won, closed_at, days_to_close from public.deals where id = $1`, [d]);
      expect(row).toEqual({ won: null, closed_at: null, days_to_close: null });
    });

    it('closes a deal that is created already won', async () => {
      const d = await deal(db, 'closed_won');
      const [row] = await db.query<Record<string, unknown>>(`select won, closed_at from public.deals where id = $1`, [d]);
      expect(row.won).toBe(true);
      expect(row.closed_at).not.toBeNull();
    });
  });

  describe('6. cross-client references (draft: plain foreign keys accept any client’s row)', () => {
    it('refuses an email event whose activity belongs to another client', async () => {
      const a = await newActivity(db, '2026-03-02T10:00:00Z');
      expect(await sqlState(db, () => db.query(
          `insert into public.email_events (client_id, activity_id, lead_id, event_type, event_at) values ($1, $2, $3, 'opened', now())`,
          [B, a, leadB],
        ))).toBe('23503');
    });

    it('refuses an activity for another client’s lead', async () => {
      expect(await sqlState(db, () => db.query(`insert into public.activities (client_id, lead_id, channel, activity_type) values ($1, $2, 'email', 'email_sent')`, [A, leadB]))).toBe('23503');
    });

    it('refuses a thread message in another client’s thread, and a deal on another client’s lead', async () => {
      expect(await sqlState(db, () => db.query(`insert into public.thread_messages (client_id, thread_id, direction, content, sent_at) values ($1, $2, 'inbound', 'x', now())`,
          [B, id('a', 11)]))).toBe('23503');
      expect(await sqlState(db, () => db.query(`insert into public.deals (client_id, lead_id, name) values ($1, $2, 'x')`, [A, leadB]))).toBe('23503');
    });
  });

  describe('7. trigger functions that write other tables (draft: invoker, mutable search_path)', () => {
    it('records a stage change by an analyst who cannot write the history table', async () => {
      const [d] = await db.query<{ id: string }>(`insert into public.deals (client_id, lead_id, name) values ($1, $2, 'D') returning id`, [A, leadA]);
      const denied = await sqlState(db, () => asRole(db, 'authenticated', users.ownerA, () =>
        db.query(`insert into public.deal_stage_history (client_id, deal_id, to_stage) values ($1, $2, 'proposal')`, [A, d.id])));
      expect(denied).toBe('42501');
      await asRole(db, 'authenticated', users.ownerA, () => db.query(`update public.deals set stage = 'proposal' where id = $1`, [d.id]));
      const [n] = await db.query<{ n: number }>(`select count(*) as n from public.deal_stage_history where deal_id = $1`, [d.id]);
      expect(n.n).toBe(2);
    });

    it('cannot be hijacked by objects earlier on the caller’s search_path', async () => {
      await db.exec(`create schema evil; create table evil.activities (id uuid); create function evil.least(a timestamptz, b timestamptz) returns timestamptz language sql as 'select null::timestamptz'`);
      await db.exec(`set local search_path = evil, public`);
      const a = await newActivity(db, '2026-03-02T10:00:00Z');
      await addEvent(db, a, 'opened', '2026-03-02T10:10:00Z', 'h1');
      await db.exec(`set local search_path = public`);
      expect((await activity(db, a)).time_to_open_minutes).toBe(10);
    });

    it('pins an empty search_path on every trigger function', async () => {
      const rows = await db.query<{ name: string; config: string[] | null }>(
        `select p.proname as name, p.proconfig as config from pg_trigger t join pg_proc p on p.oid = t.tgfoid
         where not t.tgisinternal and p.pronamespace = 'private'::regnamespace`);
      expect(rows.length).toBeGreaterThan(5);
      expect(rows.filter((r) => !(r.config ?? []).includes('search_path=""')).map((r) => r.name)).toEqual([]);
    });
  });
});
