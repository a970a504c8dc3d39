// Issue 13: an analysis keeps the model's confidence, and a reply whose intent is only a guess holds
// the lead like an unread reply until a surer analysis replaces it; reports can count such replies.
import { beforeEach, describe, expect, it } from 'vitest';
import { OFFLINE_RULES_VERSION } from '../../../shared/replies/offline.ts';
import { ReplyAnalysis } from '../../../shared/replies/schema.ts';
import { useDb, type TestDb } from '../../helpers/db.ts';
import { seedTenants } from '../../helpers/tenants.ts';
import { A, asService, one } from '../threads/support.ts';

let LEAD = '';

function analysis(text: string, patch: Partial<ReplyAnalysis>): ReplyAnalysis {
  return ReplyAnalysis.parse({
    intent: 'interested', sentiment: 'positive', sentiment_score: 0.4, objection_type: null, question_extracted: null,
    rejection_reason: null, do_not_contact: false, auto_reply: { is_auto_reply: false, return_date: null },
    engine: 'offline', ai_model: null, prompt_version: OFFLINE_RULES_VERSION, cleaned_text: text, ...patch,
  });
}

async function reply(db: TestDb, text: string): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into public.replies (client_id, lead_id, channel, reply_content, received_at)
     values ($1, $2, 'email', $3, '2026-06-02T10:00:00Z') returning id`, [A, LEAD, text]);
  return row.id;
}

async function apply(db: TestDb, items: { reply_id: string; analysis: ReplyAnalysis }[], reanalyze = false) {
  const [row] = await asService<{ r: Record<string, number> }>(db,
    'select public.apply_reply_analysis($1::jsonb, $2) as r', [JSON.stringify(items), reanalyze]);
  return row.r;
}

const contactability = (db: TestDb) =>
  one<{ can_contact: boolean; blocked_because: string | null }>(db, 'select can_contact, blocked_because from public.lead_contactability where lead_id = $1', [LEAD]);

describe('uncertain reply analyses', () => {
  const db = useDb();
  beforeEach(async () => {
    await seedTenants(db);
    [{ id: LEAD }] = await db.query<{ id: string }>(
      `insert into public.leads (client_id, email, status) values ($1, 'reader@example.com', 'replied') returning id`, [A]);
  });

  it('stores the confidence and the uncertain mark of each analysis', async () => {
    const r = await reply(db, 'hmm maybe');
    await apply(db, [{ reply_id: r, analysis: analysis('hmm maybe', { confidence: 0.41, uncertain: true }) }]);
    const row = await one(db, 'select intent_confidence, intent_uncertain from public.reply_analyses where reply_id = $1', [r]);
    expect(row).toEqual({ intent_confidence: 0.41, intent_uncertain: true });
  });

  it('holds the lead while the current analysis of one of its replies is uncertain', async () => {
    const r = await reply(db, 'hmm maybe');
    expect(await apply(db, [{ reply_id: r, analysis: analysis('hmm maybe', { confidence: 0.41, uncertain: true }) }]))
      .toMatchObject({ applied: 1, uncertain: 1 });
    expect(await contactability(db)).toEqual({ can_contact: false, blocked_because: 'reply_uncertain' });
  });

  it('releases the lead when a surer reanalysis replaces the uncertain one', async () => {
    const r = await reply(db, 'hmm maybe');
    await apply(db, [{ reply_id: r, analysis: analysis('hmm maybe', { confidence: 0.41, uncertain: true }) }]);
    await apply(db, [{ reply_id: r, analysis: analysis('hmm maybe', { engine: 'openai', ai_model: 'gpt-4o-mini', prompt_version: 'openai-reply-analysis-1' }) }]);
    expect(await contactability(db)).toEqual({ can_contact: true, blocked_because: null });
  });

  it('reads an analysis stored without confidence fields as certain, with no confidence', async () => {
    const r = await reply(db, 'Sounds good');
    const legacy = { ...analysis('Sounds good', {}) } as Record<string, unknown>;
    delete legacy.confidence;
    delete legacy.uncertain;
    await apply(db, [{ reply_id: r, analysis: legacy as ReplyAnalysis }]);
    const row = await one(db, 'select intent_confidence, intent_uncertain from public.reply_analyses where reply_id = $1', [r]);
    expect(row).toEqual({ intent_confidence: null, intent_uncertain: false });
    expect((await contactability(db)).can_contact).toBe(true);
  });

  it('refuses a confidence outside 0..1, writing nothing', async () => {
    const r = await reply(db, 'ok');
    const bad = { ...analysis('ok', {}), confidence: 1.5 };
    await expect(apply(db, [{ reply_id: r, analysis: bad }])).rejects.toThrow(/intent_confidence/);
    expect((await one<{ n: number }>(db, 'select count(*)::int as n from public.reply_analyses where reply_id = $1', [r])).n).toBe(0);
  });
});
