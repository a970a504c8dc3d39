// public.apply_reply_analysis: what an analysis changes — the reply, its thread message, the lead
// (opt-outs stop contact for good, rejection reasons, status) — exactly once per engine and prompt
// version, with every run kept as history.
import { beforeEach, describe, expect, it } from 'vitest';
import { OFFLINE_RULES_VERSION } from '../../../shared/replies/offline.ts';
import { ReplyAnalysis } from '../../../shared/replies/schema.ts';
import { asRole, sqlState, useDb, type TestDb } from '../../helpers/db.ts';
import { id, seedTenants, users } from '../../helpers/tenants.ts';
import { A, asService, one } from '../threads/support.ts';

let LEAD = '';

function analysis(text: string, patch: Partial<ReplyAnalysis>): ReplyAnalysis {
  return ReplyAnalysis.parse({
    intent: 'interested', sentiment: 'positive', sentiment_score: 0.5, objection_type: null, question_extracted: null,
    rejection_reason: null, do_not_contact: false, auto_reply: { is_auto_reply: false, return_date: null },
    engine: 'offline', ai_model: null, prompt_version: OFFLINE_RULES_VERSION, cleaned_text: text, ...patch,
  });
}

const optOut = (text: string) => analysis(text, {
  intent: 'unsubscribe', sentiment: 'negative', sentiment_score: -0.6, rejection_reason: 'do_not_contact', do_not_contact: true,
});

async function reply(db: TestDb, text: string, day = 2): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into public.replies (client_id, lead_id, channel, reply_content, received_at)
     values ($1, $2, 'email', $3, $4) returning id`, [A, LEAD, text, `2026-06-0${day}T10:00:00Z`]);
  return row.id;
}

async function apply(db: TestDb, items: { reply_id: string; analysis: ReplyAnalysis }[], reanalyze = false) {
  const [row] = await asService<{ r: Record<string, number> }>(db,
    'select public.apply_reply_analysis($1::jsonb, $2) as r', [JSON.stringify(items), reanalyze]);
  return row.r;
}

const lead = (db: TestDb) => one<Record<string, unknown>>(db,
  `select do_not_contact, do_not_contact_reason, status, rejection_reason, unsubscribed_at is not null as unsubscribed,
     public.can_contact(id) as can_contact from public.leads where id = $1`, [LEAD]);

describe('apply_reply_analysis', () => {
  const db = useDb();
  beforeEach(async () => {
    await seedTenants(db);
    [{ id: LEAD }] = await db.query<{ id: string }>(
      `insert into public.leads (client_id, email, status) values ($1, 'reader@example.com', 'replied') returning id`, [A]);
    await db.query(
      `insert into public.activities (client_id, lead_id, campaign_id, channel, activity_type, sent_at, full_message_body)
       values ($1, $2, $3, 'email', 'email_sent', '2026-06-01T09:00:00Z', 'Hi there')`, [A, LEAD, id('a', 3)]);
  });

  it('stops all contact when a reply asks to be removed, with the reason on the lead', async () => {
    const r = await reply(db, 'Please remove me from your list.');
    expect(await apply(db, [{ reply_id: r, analysis: optOut('Please remove me from your list.') }]))
      .toMatchObject({ applied: 1, unsubscribed: 1 });
    expect(await lead(db)).toEqual({
      do_not_contact: true, do_not_contact_reason: 'asked_not_to_be_contacted', status: 'unsubscribed',
      rejection_reason: 'do_not_contact', unsubscribed: true, can_contact: false,
    });
    const view = await one(db, 'select can_contact, blocked_because from public.lead_contactability where lead_id = $1', [LEAD]);
    expect(view).toEqual({ can_contact: false, blocked_because: 'asked_not_to_be_contacted' });
  });

  it('holds a lead whose reply is not analysed yet, since it may be a STOP, and releases it after', async () => {
    expect((await lead(db)).can_contact).toBe(true);
    const r = await reply(db, 'Sounds interesting, tell me more');
    const held = await one(db, 'select can_contact, blocked_because from public.lead_contactability where lead_id = $1', [LEAD]);
    expect(held).toEqual({ can_contact: false, blocked_because: 'reply_awaiting_analysis' });
    await apply(db, [{ reply_id: r, analysis: analysis('Sounds interesting, tell me more', {}) }]);
    expect(await lead(db)).toMatchObject({ can_contact: true, status: 'interested' });
  });

  it('says no lead may be contacted when it does not exist', async () => {
    const [row] = await db.query<{ ok: boolean }>('select public.can_contact($1) as ok', ['00000000-0000-4000-8000-00000000abcd']);
    expect(row.ok).toBe(false);
  });

  it('never lifts an opt-out, whatever a later or repeated analysis says', async () => {
    const stop = await reply(db, 'STOP', 2);
    await apply(db, [{ reply_id: stop, analysis: optOut('STOP') }]);
    const later = await reply(db, 'Actually, what does it cost?', 5);
    await apply(db, [{ reply_id: later, analysis: analysis('Actually, what does it cost?', { intent: 'question', question_extracted: 'Actually, what does it cost?' }) }]);
    await apply(db, [{ reply_id: stop, analysis: analysis('STOP', { intent: 'interested' }) }], true);
    expect(await lead(db)).toMatchObject({ do_not_contact: true, can_contact: false, status: 'unsubscribed' });
  });

  it('puts the rejection reason on the reply and the lead, and marks the lead rejected', async () => {
    const text = 'We signed with Gong last month, so no thanks.';
    const r = await reply(db, text);
    const result = await apply(db, [{ reply_id: r, analysis: analysis(text, {
      intent: 'objection', sentiment: 'negative', sentiment_score: -0.3, objection_type: 'competitor', rejection_reason: 'using_competitor',
    }) }]);
    expect(result).toMatchObject({ applied: 1, rejected: 1 });
    expect(await lead(db)).toMatchObject({ status: 'rejected', rejection_reason: 'using_competitor', do_not_contact: false, can_contact: true });
    const row = await one(db, `select r.reply_intent, r.objection_type, r.rejection_reason, m.intent, m.objection_type as message_objection
      from public.replies r join public.thread_messages m on m.reply_id = r.id where r.id = $1`, [r]);
    expect(row).toEqual({ reply_intent: 'objection', objection_type: 'competitor', rejection_reason: 'using_competitor', intent: 'objection', message_objection: 'competitor' });
  });

  it('moves a rejected lead to interested when a later reply is positive, keeping the reason it gave', async () => {
    const no = await reply(db, 'Not now, budget is frozen.', 2);
    await apply(db, [{ reply_id: no, analysis: analysis('Not now, budget is frozen.', {
      intent: 'objection', sentiment: 'negative', sentiment_score: -0.2, objection_type: 'budget', rejection_reason: 'budget_constraints',
    }) }]);
    const yes = await reply(db, 'Budget came through, let us talk.', 6);
    await apply(db, [{ reply_id: yes, analysis: analysis('Budget came through, let us talk.', { intent: 'meeting_request' }) }]);
    expect(await lead(db)).toMatchObject({ status: 'interested', rejection_reason: 'budget_constraints' });
  });

  it('copies the extracted question onto the reply and its thread message, with sentiment', async () => {
    const text = 'Looks useful. Does it integrate with HubSpot?';
    const r = await reply(db, text);
    await apply(db, [{ reply_id: r, analysis: analysis(text, { intent: 'question', sentiment: 'neutral', sentiment_score: 0.2, question_extracted: 'Does it integrate with HubSpot?' }) }]);
    const row = await one(db, `select r.question_extracted as on_reply, m.question_extracted as on_message, m.sentiment, m.sentiment_score,
      r.analyzed_at is not null as analyzed from public.replies r join public.thread_messages m on m.reply_id = r.id where r.id = $1`, [r]);
    expect(row).toEqual({ on_reply: 'Does it integrate with HubSpot?', on_message: 'Does it integrate with HubSpot?', sentiment: 'neutral', sentiment_score: 0.2, analyzed: true });
  });

  it('records the return date of an out-of-office reply', async () => {
    const text = 'I am out of the office until 15 June.';
    const r = await reply(db, text);
    await apply(db, [{ reply_id: r, analysis: analysis(text, {
      intent: 'out_of_office', sentiment: 'neutral', sentiment_score: 0, auto_reply: { is_auto_reply: true, return_date: '2026-06-15' },
    }) }]);
    const row = await one<{ until: string }>(db, `select out_of_office_until::text as until from public.replies where id = $1`, [r]);
    expect(row.until).toBe('2026-06-15');
  });

  it('applies a batch once: the same batch again is skipped and leaves one analysis', async () => {
    const r = await reply(db, 'Tell me more');
    const batch = [{ reply_id: r, analysis: analysis('Tell me more', {}) }];
    expect(await apply(db, batch)).toMatchObject({ applied: 1, skipped: 0 });
    expect(await apply(db, batch)).toMatchObject({ applied: 0, skipped: 1 });
    expect((await one<{ n: number }>(db, 'select count(*)::int as n from public.reply_analyses where reply_id = $1', [r])).n).toBe(1);
  });

  it('keeps every reanalysis as history and puts the newest on the reply', async () => {
    const r = await reply(db, 'Maybe next quarter');
    await apply(db, [{ reply_id: r, analysis: analysis('Maybe next quarter', {}) }]);
    await apply(db, [{ reply_id: r, analysis: analysis('Maybe next quarter', {
      intent: 'objection', sentiment: 'neutral', sentiment_score: -0.1, objection_type: 'timing', rejection_reason: 'timing_not_now',
    }) }], true);
    const rows = await db.query(`select intent, is_current from public.reply_analyses where reply_id = $1 order by analyzed_at`, [r]);
    expect(rows).toEqual([{ intent: 'interested', is_current: false }, { intent: 'objection', is_current: true }]);
    expect((await one<{ i: string }>(db, 'select reply_intent as i from public.replies where id = $1', [r])).i).toBe('objection');
  });

  it('refuses a batch with a value outside the labels, writing nothing', async () => {
    const r = await reply(db, 'hm');
    const bad = { ...analysis('hm', {}), intent: 'maybe' };
    expect(await sqlState(db, () => apply(db, [{ reply_id: r, analysis: bad as unknown as ReplyAnalysis }]))).toBe('23514');
    expect((await one<{ n: number }>(db, 'select count(*)::int as n from public.reply_analyses where reply_id = $1', [r])).n).toBe(0);
  });

  it('lets only service_role apply analyses, while members may check whom they can contact', async () => {
    const r = await reply(db, 'ok');
    const batch = JSON.stringify([{ reply_id: r, analysis: analysis('ok', {}) }]);
    expect(await sqlState(db, () => asRole(db, 'authenticated', users.ownerA, () =>
      db.query('select public.apply_reply_analysis($1::jsonb)', [batch])))).toBe('42501');
    const free = await db.query<{ id: string }>(
      `insert into public.leads (client_id, email) values ($1, 'free@example.com'), ($2, 'free@example.com') returning id`, [A, id('b', 0)]);
    const [seen] = await asRole(db, 'authenticated', users.ownerA, () =>
      db.query<{ mine: boolean; theirs: boolean }>('select public.can_contact($1) as mine, public.can_contact($2) as theirs', [free[0].id, free[1].id]));
    expect(seen).toEqual({ mine: true, theirs: false });
  });
});
