// public.ingest_engagement_events: vendor events become leads, touches, engagement and replies — exactly
// once, whatever the order, with machine opens flagged and suppression immediate.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CanonicalEvent, EngagementEvent } from '../../../shared/ingest/canonical.ts';
import { useDb, type TestDb } from '../../helpers/db.ts';
import { clientId, seedTenants } from '../../helpers/tenants.ts';
import { eventsFrom } from '../../helpers/vendor-events.ts';

const A = clientId('a');
// The Smartlead fixtures' send (stats_id).
const MESSAGE = '5e0c1a2b-3d4e-4f5a-8b6c-7d8e9f0a1b2c';

async function ingest(db: TestDb, events: CanonicalEvent[]) {
  await db.exec('savepoint ingest; set local role service_role');
  const [row] = await db.query<{ r: { accepted: number; duplicates: number; pending: number; unmatched: number } }>(
    'select public.ingest_engagement_events($1, $2::jsonb) as r', [A, JSON.stringify(events)]);
  await db.exec('release savepoint ingest; reset role');
  return row.r;
}

const one = async <T>(db: TestDb, sql: string, params: unknown[] = []) => (await db.query<T>(sql, params))[0];

function engagement(base: EngagementEvent, patch: Partial<EngagementEvent> & Record<string, unknown>): EngagementEvent {
  return { ...base, ...patch } as EngagementEvent;
}

describe('ingest_engagement_events', () => {
  const db = useDb();
  beforeEach(() => seedTenants(db));

  it('turns a Smartlead send into a lead and an activity with its subject, body and step', async () => {
    const result = await ingest(db, eventsFrom('smartlead', 'EMAIL_SENT.json'));
    expect(result).toMatchObject({ accepted: 1, duplicates: 0, pending: 0 });
    const row = await one<Record<string, unknown>>(db, `
      select l.email, a.channel, a.activity_type, a.subject, a.full_message_body is not null as has_body, a.sequence_step, a.touch_number
      from public.activities a join public.leads l on l.id = a.lead_id
      where a.client_id = $1 and a.provider_message_id = $2`, [A, MESSAGE]);
    expect(row).toMatchObject({ email: 'marta.keller@fernhill-logistics.example', channel: 'email', activity_type: 'email_sent', has_body: true, touch_number: 1 });
    expect(row.subject).toBeTruthy();
    expect(row.sequence_step).toBeGreaterThan(0);
  });

  it('names a campaign whose vendor name is blank after the vendor and its id', async () => {
    const [send] = eventsFrom('smartlead', 'EMAIL_SENT.json') as EngagementEvent[];
    const blank = { ...send, message: { ...send.message!, campaign_name: '  ' } } as EngagementEvent;
    expect(await ingest(db, [blank])).toMatchObject({ accepted: 1 });
    const row = await one<{ name: string; ref: string }>(db, `
      select c.name, c.provider_campaign_id as ref from public.activities a join public.campaigns c on c.id = a.campaign_id
      where a.provider_message_id = $1`, [MESSAGE]);
    expect(row.name).toBe(`smartlead campaign ${row.ref}`);
  });

  it('counts a webhook delivered twice once, and says so', async () => {
    const events = [...eventsFrom('smartlead', 'EMAIL_SENT.json'), ...eventsFrom('smartlead', 'EMAIL_OPEN.json')];
    expect(await ingest(db, events)).toMatchObject({ accepted: 2, duplicates: 0 });
    expect(await ingest(db, events)).toMatchObject({ accepted: 0, duplicates: 2 });
    expect(await ingest(db, [...eventsFrom('smartlead', 'FIRST_EMAIL_SENT.json')])).toMatchObject({ accepted: 0, duplicates: 1 });
    const row = await one<{ opens: number }>(db, `select email_open_count as opens from public.activities where provider_message_id = '${MESSAGE}'`);
    expect(row.opens).toBe(1);
  });

  it('keeps an open that arrives before its send waiting, then binds it when the send arrives', async () => {
    expect(await ingest(db, eventsFrom('smartlead', 'EMAIL_OPEN.json'))).toMatchObject({ accepted: 0, pending: 1 });
    expect((await one<{ n: number }>(db, 'select count(*) as n from public.pending_email_events')).n).toBe(1);
    await ingest(db, eventsFrom('smartlead', 'EMAIL_SENT.json'));
    expect((await one<{ n: number }>(db, 'select count(*) as n from public.pending_email_events')).n).toBe(0);
    const row = await one<Record<string, unknown>>(db, `select email_opened, time_to_open_minutes from public.activities where provider_message_id = '${MESSAGE}'`);
    expect(row.email_opened).toBe(true);
    expect(row.time_to_open_minutes).toBeGreaterThan(0);
  });

  it('flags an open seconds after the send and a scanner user agent as machine, and keeps human figures apart', async () => {
    const [sent] = eventsFrom('smartlead', 'EMAIL_SENT.json') as EngagementEvent[];
    const [open] = eventsFrom('smartlead', 'EMAIL_OPEN.json') as EngagementEvent[];
    const at = (seconds: number) => new Date(Date.parse(sent.occurred_at) + seconds * 1000).toISOString().replace('Z', '000Z');
    await ingest(db, [
      sent,
      engagement(open, { event_key: 'prefetch', occurred_at: at(5) }),
      engagement(open, { event_key: 'scanner', occurred_at: at(3600), engagement: { user_agent: 'Mozilla/5.0 (compatible; Barracuda Sentinel)' } }),
      engagement(open, { event_key: 'person', occurred_at: at(7200), engagement: { user_agent: 'Mozilla/5.0 (iPhone)' } }),
    ]);
    const events = await db.query<{ event_key: string; is_machine: boolean; machine_reason: string | null }>(
      `select event_key, is_machine, machine_reason from public.email_events where event_key in ('prefetch', 'scanner', 'person') order by event_at`);
    expect(events).toEqual([
      { event_key: 'prefetch', is_machine: true, machine_reason: 'opened_within_60s_of_send' },
      { event_key: 'scanner', is_machine: true, machine_reason: 'scanner_user_agent' },
      { event_key: 'person', is_machine: false, machine_reason: null },
    ]);
    const row = await one<Record<string, unknown>>(db,
      `select email_open_count, human_open_count, time_to_open_minutes, extract(epoch from human_opened_at - sent_at) as human_after from public.activities where provider_message_id = '${MESSAGE}'`);
    expect(row).toMatchObject({ email_open_count: 3, human_open_count: 1, time_to_open_minutes: 0, human_after: 7200 });
  });

  it('flags clicks on several links of one message within two seconds as a scanner, whatever the arrival order', async () => {
    const [sent] = eventsFrom('smartlead', 'EMAIL_SENT.json') as EngagementEvent[];
    const [click] = eventsFrom('smartlead', 'EMAIL_LINK_CLICK.json') as EngagementEvent[];
    await ingest(db, [sent, engagement(click, { event_key: 'c1', engagement: { url: 'https://a.example/1' } })]);
    expect((await one<{ m: boolean }>(db, `select is_machine as m from public.email_events where event_key = 'c1'`)).m).toBe(false);
    const later = new Date(Date.parse(click.occurred_at) + 800).toISOString().replace('Z', '000Z');
    await ingest(db, [engagement(click, { event_key: 'c2', occurred_at: later, engagement: { url: 'https://a.example/2' } })]);
    const rows = await db.query<{ event_key: string; machine_reason: string }>(
      `select event_key, machine_reason from public.email_events where event_type = 'clicked' order by event_key`);
    expect(rows).toEqual([
      { event_key: 'c1', machine_reason: 'multi_link_burst' },
      { event_key: 'c2', machine_reason: 'multi_link_burst' },
    ]);
    expect((await one<{ h: number }>(db, `select human_click_count as h from public.activities where provider_message_id = '${MESSAGE}'`)).h).toBe(0);
  });

  it('stops contact at once on an unsubscribe, even before the send is known', async () => {
    await ingest(db, eventsFrom('lemlist', 'emailsUnsubscribed.json'));
    const lead = await one<Record<string, unknown>>(db, `select do_not_contact, status from public.leads where email = 'k.brandt@ostwerk-maschinen.example'`);
    expect(lead).toEqual({ do_not_contact: true, status: 'unsubscribed' });
  });

  it('stores replies linked to the touch they answer, also when the touch arrives later', async () => {
    await ingest(db, eventsFrom('smartlead', 'EMAIL_REPLY.json'));
    await ingest(db, eventsFrom('smartlead', 'EMAIL_SENT.json'));
    const row = await one<Record<string, unknown>>(db, `
      select r.activity_id = a.id as linked, l.status from public.replies r
      join public.activities a on a.provider_message_id = r.provider_message_id
      join public.leads l on l.id = r.lead_id where r.provider = 'smartlead'`);
    expect(row).toEqual({ linked: true, status: 'replied' });
  });

  it('matches Twilio SMS to the lead by phone and honours STOP', async () => {
    await ingest(db, eventsFrom('twilio', 'status_callback.sent.json'));
    await ingest(db, eventsFrom('twilio', 'status_callback.delivered.json'));
    await ingest(db, eventsFrom('twilio', 'inbound_sms.json'));
    await ingest(db, eventsFrom('twilio', 'inbound_sms.stop.json'));
    const leads = await db.query<Record<string, unknown>>(`select do_not_contact, status from public.leads where phone_normalized = '4917655509876'`);
    expect(leads).toEqual([{ do_not_contact: true, status: 'unsubscribed' }]);
    const counts = await one<Record<string, number>>(db, `select
      (select count(*) from public.activities where channel = 'sms') as sms,
      (select count(*) from public.channel_events where event_type = 'delivered' and activity_id is not null) as delivered,
      (select count(*) from public.replies where channel = 'sms') as replies`);
    expect(counts).toEqual({ sms: 1, delivered: 1, replies: 1 });
  });

  it('ingests every email and SMS vendor fixture without error, each event accounted for', async () => {
    const files: Array<[Parameters<typeof eventsFrom>[0], string]> = [
      ['smartlead', 'EMAIL_SENT.json'], ['smartlead', 'EMAIL_OPEN.json'], ['smartlead', 'EMAIL_LINK_CLICK.json'],
      ['smartlead', 'EMAIL_REPLY.json'], ['smartlead', 'EMAIL_REPLY.colleague.json'], ['smartlead', 'EMAIL_BOUNCE.json'],
      ['smartlead', 'LEAD_CATEGORY_UPDATED.json'], ['smartlead', 'LEAD_UNSUBSCRIBED.json'], ['smartlead', 'UNTRACKED_REPLIES.json'],
      ['instantly', 'email_sent.json'], ['instantly', 'email_opened.json'], ['instantly', 'link_clicked.json'],
      ['instantly', 'reply_received.json'], ['instantly', 'email_bounced.json'], ['instantly', 'lead_interested.json'],
      ['instantly', 'lead_unsubscribed.json'],
      ['lemlist', 'emailsSent.json'], ['lemlist', 'emailsOpened.json'], ['lemlist', 'emailsClicked.json'],
      ['lemlist', 'emailsReplied.json'], ['lemlist', 'emailsFailed.json'], ['lemlist', 'emailsInterested.json'],
      ['salesforge', 'email_sent.json'], ['salesforge', 'email_opened.json'],
      ['twilio', 'status_callback.sent.json'], ['twilio', 'status_callback.undelivered.json'],
    ];
    for (const [provider, file] of files) {
      const events = eventsFrom(provider, file);
      const result = await ingest(db, events);
      expect(result.accepted + result.duplicates + result.pending, `${provider}/${file}`).toBe(events.length);
      expect(result.unmatched, `${provider}/${file}`).toBe(0);
    }
    const counts = await one<Record<string, number>>(db, `select
      (select count(*) from public.activities where provider_message_id not like 'msg-%') as touches,
      (select count(*) from public.email_events where event_key not like 'open-%') as email_events,
      (select string_agg(event_key, ', ') from public.pending_email_events) as pending,
      (select count(*) from public.replies where provider is not null) as replies`);
    // The Smartlead bounce belongs to a send no fixture contains: it waits for it.
    expect(counts).toEqual({
      touches: 5, email_events: 7, replies: 5,
      pending: 'EMAIL_BOUNCE|7b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e|2025-09-16T13:02:48.000Z',
    });
  });
});
