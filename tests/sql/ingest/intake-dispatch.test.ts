// The dispatch around ingestion (039) and the identity keys of 032: which steps a batch runs, the
// sweep that binds whatever a writer outside the intake left waiting, and one lead per person
// known only by phone or LinkedIn URL.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CanonicalEvent } from '../../../shared/ingest/canonical.ts';
import { sqlState, useDb, type TestDb } from '../../helpers/db.ts';
import { clientId, id, seedTenants } from '../../helpers/tenants.ts';
import { eventsFrom } from '../../helpers/vendor-events.ts';

const A = clientId('a');
const LEAD_A = id('a', 6);
const one = async <T>(db: TestDb, sql: string, params: unknown[] = []) => (await db.query<T>(sql, params))[0];

async function ingestAll(db: TestDb, events: CanonicalEvent[] | object[]) {
  await db.exec('savepoint ingest; set local role service_role');
  const [row] = await db.query<{ r: Record<string, unknown> }>('select public.ingest_all_events($1, $2::jsonb) as r', [A, JSON.stringify(events)]);
  await db.exec('release savepoint ingest; reset role');
  return row.r;
}

const sweep = async (db: TestDb) => (await one<{ r: Record<string, number> }>(db, 'select public.sweep_intake($1) as r', [A])).r;

describe('ingest_all_events and the intake sweep', () => {
  const db = useDb();
  beforeEach(() => seedTenants(db));

  describe('waiting deal events', () => {
    const orphan = () => eventsFrom('hubspot', 'deal.creation.json'); // names no contact: it waits

    it('leave a batch without deal events alone while none of them can be applied', async () => {
      await ingestAll(db, orphan());
      const result = await ingestAll(db, eventsFrom('smartlead', 'EMAIL_OPEN.json'));
      expect(result.deals).toEqual({});
    });

    it('are applied by the next sweep once a crm_links row names their lead, without any webhook', async () => {
      await ingestAll(db, orphan());
      await db.query(`insert into public.crm_links (client_id, provider, object_type, provider_object_id, lead_id)
        values ($1, 'hubspot', 'deal', '19876543210', $2)`, [A, LEAD_A]);
      expect(await sweep(db)).toMatchObject({ deal_events_released: 1 });
      expect((await one<{ n: number }>(db, `select count(*)::integer as n from public.deals where provider_deal_id = '19876543210'`)).n).toBe(1);
    });
  });

  describe('the sweep', () => {
    const send = async (message: string) =>
      (await one<{ id: string }>(db, `insert into public.activities (client_id, lead_id, channel, activity_type, sent_at, provider, provider_message_id)
        values ($1, $2, 'email', 'email_sent', '2026-03-02T08:00:00Z', 'smartlead', $3) returning id`, [A, LEAD_A, message])).id;

    it('binds an open still waiting for a send that a writer outside the intake stored, and counts it', async () => {
      const activity = await send('outside-send');
      // Written after the send's own binding ran (the race the intake lock rules out for itself).
      await db.query(`insert into public.pending_email_events (client_id, provider, event_key, provider_message_id, event)
        values ($1, 'smartlead', 'outside-open', 'outside-send', $2::jsonb)`, [A, JSON.stringify({
        type: 'engagement', provider: 'smartlead', event_key: 'outside-open', kind: 'opened', channel: 'email',
        occurred_at: '2026-03-02T09:00:00.000000Z', occurred_at_raw: null, raw_event_type: 'EMAIL_OPEN',
        lead: { email: null }, message: { provider_message_id: 'outside-send' } })]);
      expect(await sweep(db)).toMatchObject({ touches_bound: 1 });
      const row = await one<{ opens: number; waiting: number }>(db, `select email_open_count as opens,
        (select count(*)::integer from public.pending_email_events where event_key = 'outside-open') as waiting
        from public.activities where id = $1`, [activity]);
      expect(row).toEqual({ opens: 1, waiting: 0 });
    });

    it('links a channel event and a reply that name a touch stored without them', async () => {
      const activity = await send('outside-sms');
      await db.query(`insert into public.channel_events (client_id, lead_id, channel, event_type, event_at, provider, event_key, provider_message_id)
        values ($1, $2, 'email', 'delivered', '2026-03-02T08:01:00Z', 'smartlead', 'outside-delivered', 'outside-sms')`, [A, LEAD_A]);
      await db.query(`insert into public.replies (client_id, lead_id, channel, reply_content, received_at, provider, provider_reply_id, provider_message_id)
        values ($1, $2, 'email', 'Sure, call me', '2026-03-03T08:00:00Z', 'smartlead', 'outside-reply', 'outside-sms')`, [A, LEAD_A]);
      await sweep(db);
      const row = await one<{ event: string; reply: string }>(db, `select
        (select activity_id from public.channel_events where event_key = 'outside-delivered') as event,
        (select activity_id from public.replies where provider_reply_id = 'outside-reply') as reply`);
      expect(row).toEqual({ event: activity, reply: activity });
    });

    it('has nothing to do when nothing waits for a touch that exists', async () => {
      expect(await sweep(db)).toEqual({ clients: 0, touches_bound: 0, deal_events_released: 0 });
    });
  });

  describe('lead identity by phone and LinkedIn URL', () => {
    const sms = (key: string, phone: string) => ({
      type: 'engagement', provider: 'cis', event_key: key, kind: 'sent', channel: 'sms', occurred_at: '2026-03-02T08:00:00.000000Z',
      occurred_at_raw: null, raw_event_type: 'sms_sent', lead: { email: null, phone }, message: { provider_message_id: key },
    });

    it('writes a phone in E.164 whether it came as +…, 00… or with spaces, and leaves a national number without one', async () => {
      const rows = await db.query<{ phone_e164: string | null }>(`select private.phone_e164(p) as phone_e164
        from unnest(array['+49 176 555 09876', '0049 (176) 55509876', '+4917655509876', '0176 55509876', '+49 12']) p`);
      expect(rows.map((r) => r.phone_e164)).toEqual(['+4917655509876', '+4917655509876', '+4917655509876', null, null]);
    });

    it('finds the lead of a number written another international way instead of creating a second one', async () => {
      await ingestAll(db, [sms('sms-1', '+49 176 555 09876')]);
      await ingestAll(db, [sms('sms-2', '0049 17655509876')]);
      const row = await one<{ leads: number }>(db, `select count(*)::integer as leads from public.leads where client_id = $1 and phone_e164 = '+4917655509876'`, [A]);
      expect(row.leads).toBe(1);
    });

    it('refuses a second lead without an email for a phone a lead already is', async () => {
      await db.query(`insert into public.leads (client_id, phone) values ($1, '+4917655500001')`, [A]);
      const state = await sqlState(db, () => db.query(`insert into public.leads (client_id, phone) values ($1, '0049 176 55500001')`, [A]));
      expect(state).toBe('23505');
    });

    it('lets leads with emails share a phone (a switchboard), and identifies them by email', async () => {
      await db.query(`insert into public.leads (client_id, email, phone) values ($1, 'a@switch.example', '+4930123456'), ($1, 'b@switch.example', '+4930123456')`, [A]);
      expect((await one<{ n: number }>(db, `select count(*)::integer as n from public.leads where phone_e164 = '+4930123456'`)).n).toBe(2);
    });

    it('refuses a second lead known only by the same LinkedIn URL', async () => {
      await db.query(`insert into public.leads (client_id, linkedin_url) values ($1, 'https://www.linkedin.com/in/only-here')`, [A]);
      const state = await sqlState(db, () => db.query(`insert into public.leads (client_id, linkedin_url) values ($1, 'https://www.linkedin.com/in/Only-Here/')`, [A]));
      expect(state).toBe('23505');
    });
  });
});
