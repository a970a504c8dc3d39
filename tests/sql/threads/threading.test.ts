// THREAD-003/006: every touch and every reply joins its conversation by itself — replies from every
// provider the intake knows, whichever of send and reply arrives first.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CanonicalEvent, EngagementEvent } from '../../../shared/ingest/canonical.ts';
import { useDb, type TestDb } from '../../helpers/db.ts';
import { id, seedTenants } from '../../helpers/tenants.ts';
import { eventsFrom } from '../../helpers/vendor-events.ts';
import { A, cisEvents, ingest, messagesOf, one, threadsOf } from './support.ts';

const LINKEDIN = 'https://www.linkedin.com/in/ines-moreau';
const linkedinLead = { linkedin_url: LINKEDIN, first_name: 'Ines' };

interface Conversation {
  name: string;
  contact: string;
  channel: string;
  send: () => CanonicalEvent[];
  reply: () => CanonicalEvent[];
}

// One outbound touch and the reply to it, per provider the intake takes replies from.
const conversations: Conversation[] = [
  {
    name: 'Smartlead EMAIL_REPLY', contact: 'marta.keller@fernhill-logistics.example', channel: 'email',
    send: () => eventsFrom('smartlead', 'EMAIL_SENT.json'), reply: () => eventsFrom('smartlead', 'EMAIL_REPLY.json'),
  },
  {
    name: 'Instantly reply_received', contact: 'h.marsh@quarrybank-analytics.example', channel: 'email',
    send: () => eventsFrom('instantly', 'email_sent.json'), reply: () => eventsFrom('instantly', 'reply_received.json'),
  },
  {
    name: 'lemlist emailsReplied', contact: 'k.brandt@ostwerk-maschinen.example', channel: 'email',
    send: () => eventsFrom('lemlist', 'emailsSent.json'), reply: () => eventsFrom('lemlist', 'emailsReplied.json'),
  },
  {
    name: 'Salesforge email_replied', contact: 'd.lindqvist@halvard-energy.example', channel: 'email',
    send: () => eventsFrom('salesforge', 'email_sent.json'),
    reply: () => eventsFrom('salesforge', 'email_replied.UNCONFIRMED-envelope-only.json'),
  },
  {
    name: 'Twilio inbound SMS', contact: '4917655509876', channel: 'sms',
    send: () => eventsFrom('twilio', 'status_callback.sent.json', new Date('2026-01-05T09:00:00Z')),
    reply: () => eventsFrom('twilio', 'inbound_sms.json', new Date('2026-01-05T11:30:00Z')),
  },
  {
    name: 'cis linkedin_replied', contact: 'https://www.linkedin.com/in/ines-moreau', channel: 'linkedin',
    send: () => cisEvents({
      event: 'linkedin_message_sent', event_id: 'li-sent-1', occurred_at: '2026-02-02T10:00:00Z', lead: linkedinLead,
      touch: { id: 'li-touch-1', campaign_id: 'li-campaign', body_text: 'Hi Ines, saw your post on freight audits.' },
    }),
    reply: () => cisEvents({
      event: 'linkedin_replied', event_id: 'li-reply-1', occurred_at: '2026-02-02T13:15:00Z', lead: linkedinLead,
      touch: { id: 'li-touch-1' }, reply: { text: 'Thanks! What does it cost?' },
    }),
  },
];

/** Minutes from the touch's send time to the reply, from the events themselves. */
function minutesBetween(send: CanonicalEvent[], reply: CanonicalEvent[]): number {
  const s = send[0] as EngagementEvent;
  const r = reply[0] as EngagementEvent;
  return Math.floor((Date.parse(r.occurred_at) - Date.parse(s.message.sent_at ?? s.occurred_at)) / 60_000);
}

async function expectOneConversation(db: TestDb, c: Conversation) {
  const threads = await threadsOf(db, c.contact);
  expect(threads, 'threads of the lead').toHaveLength(1);
  const [thread] = threads;
  expect(thread.channel).toBe(c.channel);
  expect(thread.campaign_id, 'the campaign of the send').not.toBeNull();
  const messages = await messagesOf(db, thread.id);
  expect(messages.map((m) => [m.direction, m.position])).toEqual([['outbound', 1], ['inbound', 2]]);
  expect(messages[1].response_time_minutes).toBe(minutesBetween(c.send(), c.reply()));
  const links = await one<{ activity: string; reply: string }>(db, `
    select (select a.thread_id from public.activities a where a.id = $1) as activity,
           (select r.thread_id from public.replies r where r.id = $2) as reply`,
    [messages[0].activity_id, messages[1].reply_id]);
  expect(links).toEqual({ activity: thread.id, reply: thread.id });
}

describe('conversation threading', () => {
  const db = useDb();
  beforeEach(() => seedTenants(db));

  describe.each(conversations)('$name', (c) => {
    it('joins the send and its reply in one thread when the send arrives first', async () => {
      await ingest(db, c.send());
      await ingest(db, c.reply());
      await expectOneConversation(db, c);
    });

    it('joins them in one thread, leaving no placeholder behind, when the reply arrives first', async () => {
      await ingest(db, c.reply());
      expect(await threadsOf(db, c.contact)).toHaveLength(1);
      await ingest(db, c.send());
      await expectOneConversation(db, c);
    });
  });

  it('threads every conversation of one batch whatever the order of its events', async () => {
    const batch = conversations.flatMap((c) => [...c.reply(), ...c.send()]).reverse();
    await ingest(db, batch);
    for (const c of conversations) await expectOneConversation(db, c);
  });

  it('gives an UNTRACKED reply from someone never contacted a campaign-less thread of its own', async () => {
    await ingest(db, eventsFrom('smartlead', 'UNTRACKED_REPLIES.json'));
    const [thread, ...others] = await threadsOf(db, 'nils.berg@unknown-sender.example');
    expect(others).toEqual([]);
    expect(thread).toMatchObject({ campaign_id: null, channel: 'email', our_message_count: 0, their_message_count: 1 });
    const [message] = await messagesOf(db, thread.id);
    expect(message).toMatchObject({ direction: 'inbound', position: 1, content: 'Please remove me from this list.\n' });
  });

  it('keeps two campaigns apart and puts an unbound reply in the one that wrote last before it', async () => {
    const lead = id('a', 6);
    const campaigns = await db.query<{ id: string }>(
      `insert into public.campaigns (client_id, name, channel) values ($1, 'Sept', 'sms'), ($1, 'Nov', 'sms') returning id`, [A]);
    await db.query(
      `insert into public.activities (client_id, lead_id, campaign_id, channel, activity_type, sent_at, full_message_body)
       values ($1, $2, $3, 'sms', 'sms_sent', '2026-09-01T09:00:00Z', 'September hello'),
              ($1, $2, $4, 'sms', 'sms_sent', '2026-11-01T09:00:00Z', 'November hello')`,
      [A, lead, campaigns[0].id, campaigns[1].id]);
    await db.query(
      `insert into public.replies (client_id, lead_id, channel, reply_content, received_at)
       values ($1, $2, 'sms', 'Replying to September', '2026-09-03T09:00:00Z'),
              ($1, $2, 'sms', 'Replying to November', '2026-11-02T09:00:00Z')`, [A, lead]);
    const rows = await db.query<{ campaign: string; content: string }>(`
      select c.name as campaign, m.content from public.thread_messages m
      join public.conversation_threads t on t.id = m.thread_id join public.campaigns c on c.id = t.campaign_id
      where t.lead_id = $1 and t.channel = 'sms' order by m.sent_at`, [lead]);
    expect(rows).toEqual([
      { campaign: 'Sept', content: 'September hello' },
      { campaign: 'Sept', content: 'Replying to September' },
      { campaign: 'Nov', content: 'November hello' },
      { campaign: 'Nov', content: 'Replying to November' },
    ]);
  });

  it('counts a LinkedIn profile view as a touch but not as a message', async () => {
    const [view] = await db.query<{ id: string; thread_id: string | null }>(
      `insert into public.activities (client_id, lead_id, channel, activity_type, sent_at)
       values ($1, $2, 'linkedin', 'linkedin_profile_view', '2026-03-05T10:00:00Z') returning id, thread_id`, [A, id('a', 6)]);
    expect(view.thread_id).toBeNull();
    expect((await one<{ n: number }>(db, 'select count(*)::int as n from public.thread_messages where activity_id = $1', [view.id])).n).toBe(0);
  });

  it('moves a touch to its campaign thread when the campaign becomes known, removing the empty thread', async () => {
    const [touch] = await db.query<{ id: string; thread_id: string }>(
      `insert into public.activities (client_id, lead_id, channel, activity_type, sent_at, full_message_body)
       values ($1, $2, 'linkedin', 'linkedin_message', '2026-03-05T10:00:00Z', 'Hello') returning id, thread_id`, [A, id('a', 6)]);
    await db.query('update public.activities set campaign_id = $1 where id = $2', [id('a', 3), touch.id]);
    const row = await one<Record<string, unknown>>(db, `
      select t.campaign_id, a.thread_id = t.id as linked,
        exists (select 1 from public.conversation_threads x where x.id = $2) as old_thread_kept
      from public.activities a join public.thread_messages m on m.activity_id = a.id
      join public.conversation_threads t on t.id = m.thread_id where a.id = $1`, [touch.id, touch.thread_id]);
    expect(row).toEqual({ campaign_id: id('a', 3), linked: true, old_thread_kept: false });
  });

  it('keeps the message text in step with the touch when its body arrives later', async () => {
    const [touch] = await db.query<{ id: string }>(
      `insert into public.activities (client_id, lead_id, channel, activity_type, sent_at, subject)
       values ($1, $2, 'email', 'email_sent', '2026-03-05T10:00:00Z', 'Quick question') returning id`, [A, id('a', 6)]);
    expect((await one<{ content: string }>(db, 'select content from public.thread_messages where activity_id = $1', [touch.id])).content)
      .toBe('Quick question');
    await db.query(`update public.activities set full_message_body = '<p>Hi Lead, <b>one</b> question.</p>' where id = $1`, [touch.id]);
    const row = await one<{ content: string; visible: string }>(db, `
      select m.content, a.content_snapshot->>'body_full' as visible
      from public.thread_messages m join public.activities a on a.id = m.activity_id where a.id = $1`, [touch.id]);
    expect(row.content.trim()).toBe('Hi Lead, one question.');
    expect(row.content).toBe(row.visible);
  });
});
