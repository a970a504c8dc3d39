// How conversations end: converted (meeting or deal), rejected (opt-out, refusal, objection without
// a later positive reply), no_response (we wrote, silence), ongoing — and status active, resolved
// or stale as time passes. Thread figures stay recomputable by rebuild_summaries().
import { beforeEach, describe, expect, it } from 'vitest';
import { asRole, useDb, type TestDb } from '../../helpers/db.ts';
import { id, seedTenants, users } from '../../helpers/tenants.ts';
import { A, asService, one, type ThreadRow } from './support.ts';

// A lead of its own: the seeded lead already has a meeting and a deal.
let LEAD = '';
const CAMPAIGN = id('a', 3);
const BASE = Date.parse('2026-04-01T09:00:00Z');
const at = (days: number) => new Date(BASE + days * 86_400_000).toISOString();

async function touch(db: TestDb, days: number, campaign: string | null = CAMPAIGN) {
  await db.query(
    `insert into public.activities (client_id, lead_id, campaign_id, channel, activity_type, sent_at, full_message_body)
     values ($1, $2, $3, 'sms', 'sms_sent', $4, 'Hello from us')`, [A, LEAD, campaign, at(days)]);
}

/** A reply as analysis leaves it: its intent (and objection type) set on the reply. */
async function reply(db: TestDb, days: number, intent: string | null = null, objection: string | null = null): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into public.replies (client_id, lead_id, channel, reply_content, received_at, reply_intent, objection_type)
     values ($1, $2, 'sms', 'a reply', $3, $4, $5) returning id`, [A, LEAD, at(days), intent, objection]);
  return row.id;
}

async function refresh(db: TestDb, days: number): Promise<number> {
  const [row] = await asService<{ n: number }>(db, 'select public.refresh_thread_status($1) as n', [at(days)]);
  return row.n;
}

async function thread(db: TestDb): Promise<ThreadRow> {
  return one<ThreadRow>(db, `select * from public.conversation_threads where lead_id = $1 and channel = 'sms'`, [LEAD]);
}

const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

describe('thread outcome and status', () => {
  const db = useDb();
  beforeEach(async () => {
    await seedTenants(db);
    [{ id: LEAD }] = await db.query<{ id: string }>(
      `insert into public.leads (client_id, email) values ($1, 'talker@example.com') returning id`, [A]);
  });

  it('keeps a thread active and ongoing while it is within the stale window', async () => {
    await touch(db, 0);
    await refresh(db, 13);
    expect(await thread(db)).toMatchObject({ status: 'active', outcome: 'ongoing', outcome_at: null });
  });

  it('calls a thread we wrote in and they never answered no_response once it goes stale', async () => {
    await touch(db, 0);
    await touch(db, 3);
    await refresh(db, 13);
    expect(await refresh(db, 18), 'threads changed').toBe(1);
    expect(await refresh(db, 18), 'threads changed by a second run').toBe(0);
    const t = await thread(db);
    expect(t).toMatchObject({ status: 'stale', outcome: 'no_response' });
    expect(iso(t.outcome_at)).toBe(at(17));
  });

  it('uses the client’s own stale_thread_after_days', async () => {
    await db.query('update public.engagement_settings set stale_thread_after_days = 3 where client_id = $1', [A]);
    await touch(db, 0);
    await refresh(db, 4);
    expect(await thread(db)).toMatchObject({ status: 'stale', outcome: 'no_response' });
  });

  it('lets a thread where they replied go stale without calling it no_response', async () => {
    await touch(db, 0);
    await reply(db, 1, 'question');
    await refresh(db, 30);
    expect(await thread(db)).toMatchObject({ status: 'stale', outcome: 'ongoing' });
  });

  it('wakes a stale thread up when a new message arrives', async () => {
    await touch(db, 0);
    await refresh(db, 30);
    await reply(db, 31, 'interested');
    await refresh(db, 32);
    expect(await thread(db)).toMatchObject({ status: 'active', outcome: 'ongoing' });
  });

  it('resolves a thread as rejected when they say no, dated by their reply', async () => {
    await touch(db, 0);
    await reply(db, 2, 'not_interested');
    const t = await thread(db);
    expect(t).toMatchObject({ status: 'resolved', outcome: 'rejected' });
    expect(iso(t.outcome_at)).toBe(at(2));
  });

  it('rejects on an objection, and reopens when a positive reply follows it', async () => {
    await touch(db, 0);
    await reply(db, 2, 'objection', 'timing');
    expect(await thread(db)).toMatchObject({ outcome: 'rejected', status: 'resolved' });
    await reply(db, 5, 'question');
    await refresh(db, 6);
    expect(await thread(db)).toMatchObject({ outcome: 'ongoing', status: 'active' });
  });

  it('ignores an out-of-office after an objection when judging the outcome', async () => {
    await touch(db, 0);
    await reply(db, 2, 'objection', 'budget');
    await reply(db, 3, 'out_of_office');
    expect((await thread(db)).outcome).toBe('rejected');
  });

  it('keeps a thread rejected after an opt-out whatever they write later', async () => {
    await touch(db, 0);
    const stop = await reply(db, 1, 'unsubscribe');
    await reply(db, 4, 'interested');
    const t = await thread(db);
    expect(t.outcome).toBe('rejected');
    expect(iso(t.outcome_at)).toBe(at(1));
    expect(stop).toBeTruthy();
  });

  it('re-judges the thread when an analysis changes a reply’s intent', async () => {
    await touch(db, 0);
    const r = await reply(db, 1);
    expect((await thread(db)).outcome).not.toBe('rejected');
    await db.query(`update public.replies set reply_intent = 'not_interested' where id = $1`, [r]);
    expect((await thread(db)).outcome).toBe('rejected');
  });

  it('converts a thread when the lead books a meeting in its campaign, dated by the booking', async () => {
    await touch(db, 0);
    await reply(db, 1, 'meeting_request');
    await db.query(
      `insert into public.meetings (client_id, lead_id, campaign_id, scheduled_at, booked_at) values ($1, $2, $3, $4, $5)`,
      [A, LEAD, CAMPAIGN, at(9), at(2)]);
    const t = await thread(db);
    expect(t).toMatchObject({ outcome: 'converted', status: 'resolved' });
    expect(iso(t.outcome_at)).toBe(at(2));
  });

  it('converts the thread when an owner records the meeting by hand, though members cannot write threads', async () => {
    await touch(db, 0);
    await asRole(db, 'authenticated', users.ownerA, () => db.query(
      `insert into public.meetings (client_id, lead_id, scheduled_at, booked_at) values ($1, $2, $3, $4)`, [A, LEAD, at(9), at(2)]));
    expect((await thread(db)).outcome).toBe('converted');
  });

  it('does not count a canceled meeting, nor one booked before the conversation began', async () => {
    await touch(db, 10);
    await db.query(
      `insert into public.meetings (client_id, lead_id, campaign_id, scheduled_at, booked_at, status)
       values ($1, $2, $3, $4, $5, 'canceled'), ($1, $2, $3, $6, $7, 'completed')`,
      [A, LEAD, CAMPAIGN, at(15), at(11), at(5), at(1)]);
    expect((await thread(db)).outcome).not.toBe('converted');
  });

  it('converts when a deal is created for the lead', async () => {
    await touch(db, 0);
    await db.query(`insert into public.deals (client_id, lead_id, name, created_at) values ($1, $2, 'Pilot', $3)`, [A, LEAD, at(4)]);
    const t = await thread(db);
    expect(t.outcome).toBe('converted');
    expect(iso(t.outcome_at)).toBe(at(4));
  });

  it('stops calling a thread converted when its only meeting is canceled', async () => {
    await touch(db, 0);
    const [meeting] = await db.query<{ id: string }>(
      `insert into public.meetings (client_id, lead_id, campaign_id, scheduled_at, booked_at) values ($1, $2, $3, $4, $5) returning id`,
      [A, LEAD, CAMPAIGN, at(9), at(2)]);
    expect((await thread(db)).outcome).toBe('converted');
    await db.query(`update public.meetings set status = 'canceled' where id = $1`, [meeting.id]);
    await refresh(db, 3);
    expect(await thread(db)).toMatchObject({ outcome: 'ongoing', status: 'active' });
  });

  it('rebuild_summaries() restores every thread figure after they were damaged', async () => {
    await touch(db, 0);
    await reply(db, 1, 'objection', 'need');
    await touch(db, 2);
    await reply(db, 3, 'question');
    const before = await thread(db);
    await db.query(`update public.conversation_threads set conversation_turns = 0, our_response_time_minutes = -1,
      their_response_time_minutes = null, our_avg_response_time_minutes = 7, escalated_to_human = true,
      outcome = 'converted', status = 'stale' where lead_id = $1`, [LEAD]);
    await db.query('update public.thread_messages set our_response_message_id = null');
    await db.query('update public.replies set our_response_activity_id = null');
    await asService(db, 'select public.rebuild_summaries($1)', [A]);
    expect(await thread(db)).toEqual(before);
    const answered = await one<{ n: number }>(db,
      `select count(*)::int as n from public.replies where lead_id = $1 and channel = 'sms' and our_response_activity_id is not null`, [LEAD]);
    expect(answered.n).toBe(1);
  });
});
