// The reply-analysis edge function with plain Requests against the test database: auth and method,
// a run over every waiting reply with the offline rules, idempotence, on-demand reanalysis, the
// run's scope (client, since, limit, time budget), and the OpenAI path through an injected fetch.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeOffline } from '../../../shared/replies/offline.ts';
import { createReplyAnalysisHandler } from '../../../shared/handlers/reply-analysis.ts';
import type { ReplyAnalysisEngine, ReplyAnalysisRun } from '../../../shared/replies/run.ts';
import { OFFLINE_RULES_VERSION } from '../../../shared/replies/offline.ts';
import { DEFAULT_OPENAI_MODEL, OPENAI_PROMPT_VERSION } from '../../../shared/replies/openai.ts';
import type { ReplyJudgement } from '../../../shared/replies/schema.ts';
import { testDatabase } from '../../helpers/database.ts';
import { useDb, type TestDb } from '../../helpers/db.ts';
import { seedTenants } from '../../helpers/tenants.ts';
import { eventsFrom } from '../../helpers/vendor-events.ts';
import { A, ingest, one } from '../threads/support.ts';

const SECRET = 'reply-analysis-test-secret';
const URL_ = 'http://localhost/functions/v1/reply-analysis';

function handler(db: TestDb, engine: ReplyAnalysisEngine = {}, timeBudgetMs?: number) {
  return createReplyAnalysisHandler({ db: testDatabase(db), adminSecret: SECRET, engine, timeBudgetMs, log: () => {} });
}

function post(body?: unknown, secret: string | null = SECRET): Request {
  return new Request(URL_, {
    method: 'POST',
    headers: { ...(secret ? { authorization: `Bearer ${secret}` } : {}), 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function run(db: TestDb, body?: unknown, engine?: ReplyAnalysisEngine): Promise<ReplyAnalysisRun> {
  const response = await handler(db, engine)(post(body));
  expect(response.status).toBe(200);
  return (await response.json()) as ReplyAnalysisRun;
}

const count = async (db: TestDb, sql: string, params: unknown[] = []) => (await one<{ n: number }>(db, sql, params)).n;

/** A fetch that answers every chat completion with `judgement`, or with an HTTP error. */
function fakeOpenAI(judgement: ReplyJudgement, status = 200) {
  return vi.fn(async () => status === 200
    ? new Response(JSON.stringify({
      id: 'chatcmpl-test', object: 'chat.completion', created: 0, model: DEFAULT_OPENAI_MODEL,
      choices: [{ index: 0, finish_reason: 'stop', logprobs: null, message: { role: 'assistant', content: JSON.stringify(judgement), refusal: null } }],
    }), { status: 200, headers: { 'content-type': 'application/json' } })
    : new Response(JSON.stringify({ error: { message: 'overloaded', type: 'server_error' } }), { status, headers: { 'content-type': 'application/json' } }));
}

const interested: ReplyJudgement = {
  intent: 'interested', sentiment: 'positive', sentiment_score: 0.4, objection_type: null,
  question_extracted: null, rejection_reason: null, do_not_contact: false,
};

describe('reply-analysis function', () => {
  const db = useDb();
  let replies = 0;
  beforeEach(async () => {
    await seedTenants(db);
    await ingest(db, [
      ...eventsFrom('smartlead', 'EMAIL_SENT.json'), ...eventsFrom('smartlead', 'EMAIL_REPLY.json'),
      ...eventsFrom('smartlead', 'UNTRACKED_REPLIES.json'), ...eventsFrom('instantly', 'reply_received.json'),
      ...eventsFrom('twilio', 'inbound_sms.json'),
    ]);
    replies = await count(db, 'select count(*)::int as n from public.replies');
  });

  it('refuses anything but POST', async () => {
    const response = await handler(db)(new Request(URL_, { method: 'GET', headers: { authorization: `Bearer ${SECRET}` } }));
    expect(response.status).toBe(405);
  });

  it('refuses a request without the admin secret, or with another one', async () => {
    expect((await handler(db)(post({}, null))).status).toBe(401);
    expect((await handler(db)(post({}, 'guess'))).status).toBe(401);
    expect(await count(db, 'select count(*)::int as n from public.reply_analyses')).toBe(0);
  });

  it('refuses a body it does not understand, naming the field', async () => {
    const response = await handler(db)(post({ limit: 0, colour: 'blue' }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { issues: { path: string }[] };
    expect(body.issues.map((i) => i.path).sort()).toEqual(['(root)', 'limit']);
    expect((await handler(db)(post('{not json'))).status).toBe(400);
  });

  it('answers 400 for a client that does not exist', async () => {
    const response = await handler(db)(post({ client: 'no-such-client' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ issues: [{ path: 'client', message: 'unknown client' }] });
  });

  it('analyses every waiting reply with the offline rules and applies the results', async () => {
    const result = await run(db);
    expect(result).toMatchObject({
      engine: 'offline', ai_model: null, prompt_version: OFFLINE_RULES_VERSION, analyzed: replies, applied: replies,
      failed: 0, fallbacks: 0, more: false,
    });
    expect(result.unsubscribed).toBeGreaterThanOrEqual(1);
    expect(await count(db, 'select count(*)::int as n from public.replies where analyzed_at is null')).toBe(0);
    const optedOut = await one(db, `select do_not_contact, public.can_contact(id) as can_contact from public.leads
      where email = 'nils.berg@unknown-sender.example'`);
    expect(optedOut).toEqual({ do_not_contact: true, can_contact: false });
    const messages = await count(db, `select count(*)::int as n from public.thread_messages m join public.replies r on r.id = m.reply_id
      where m.intent is not distinct from r.reply_intent and m.intent is not null`);
    expect(messages).toBe(replies);
  });

  it('analyses nothing on a second run: every reply already has its analysis', async () => {
    await run(db);
    expect(await run(db)).toMatchObject({ analyzed: 0, applied: 0, batches: 0 });
    expect(await count(db, 'select count(*)::int as n from public.reply_analyses')).toBe(replies);
  });

  it('analyses every reply again on demand, keeping the earlier analyses as history', async () => {
    await run(db);
    expect(await run(db, { reanalyze: true })).toMatchObject({ analyzed: replies, applied: replies });
    expect(await count(db, 'select count(*)::int as n from public.reply_analyses')).toBe(2 * replies);
    expect(await count(db, 'select count(*)::int as n from public.reply_analyses where is_current')).toBe(replies);
  });

  it('keeps to one client when asked, by slug', async () => {
    const result = await run(db, { client: 'client-b' });
    const ofB = await count(db, `select count(*)::int as n from public.replies r join public.clients c on c.id = r.client_id where c.slug = 'client-b'`);
    expect(result.analyzed).toBe(ofB);
    expect(await count(db, 'select count(*)::int as n from public.reply_analyses where client_id = $1', [A])).toBe(0);
  });

  it('keeps to replies received since a date', async () => {
    const since = '2025-10-01';
    const recent = await count(db, 'select count(*)::int as n from public.replies where received_at >= $1', [since]);
    expect(recent).toBeLessThan(replies);
    expect((await run(db, { since })).analyzed).toBe(recent);
  });

  it('works in batches up to its limit and says when replies remain', async () => {
    const result = await run(db, { limit: 3, batch_size: 2 });
    expect(result).toMatchObject({ analyzed: 3, batches: 2, more: true });
    expect(await count(db, 'select count(*)::int as n from public.replies where analyzed_at is null')).toBe(replies - 3);
  });

  it('stops starting batches once its time budget is spent', async () => {
    const response = await handler(db, {}, -1)(post({}));
    expect(await response.json()).toMatchObject({ analyzed: 0, more: true });
  });

  it('with openaiFor all, sends every reply to OpenAI, recording model and prompt version, and keeps opt-outs as opt-outs', async () => {
    const fetch = fakeOpenAI(interested);
    const result = await run(db, {}, { openaiApiKey: 'sk-test', openaiFor: 'all', fetch: fetch as unknown as typeof globalThis.fetch });
    expect(result).toMatchObject({ engine: 'openai', ai_model: DEFAULT_OPENAI_MODEL, prompt_version: OPENAI_PROMPT_VERSION, analyzed: replies, fallbacks: 0 });
    expect(fetch).toHaveBeenCalledTimes(replies);
    const rows = await db.query<{ engine: string; ai_model: string; n: number }>(
      'select engine, ai_model, count(*)::int as n from public.reply_analyses group by 1, 2');
    expect(rows).toEqual([{ engine: 'openai', ai_model: DEFAULT_OPENAI_MODEL, n: replies }]);
    const optOut = await one(db, `select r.reply_intent, l.do_not_contact from public.replies r join public.leads l on l.id = r.lead_id
      where l.email = 'nils.berg@unknown-sender.example'`);
    expect(optOut).toEqual({ reply_intent: 'unsubscribe', do_not_contact: true });
  });

  it('falls back to the offline rules when OpenAI fails, without retrying those replies on the next run', async () => {
    const fetch = fakeOpenAI(interested, 503);
    const engine = { openaiApiKey: 'sk-test', openaiFor: 'all' as const, fetch: fetch as unknown as typeof globalThis.fetch };
    expect(await run(db, {}, engine)).toMatchObject({ analyzed: replies, fallbacks: replies });
    const rows = await db.query('select requested_engine, engine, count(*)::int as n from public.reply_analyses group by 1, 2');
    expect(rows).toEqual([{ requested_engine: 'openai', engine: 'offline', n: replies }]);
    expect(await run(db, {}, engine)).toMatchObject({ analyzed: 0 });
  });

  it('by default sends OpenAI only the replies the offline model is unsure of, and keeps its sure answers', async () => {
    // An empty reply is one the offline model cannot be sure of (nothing to read).
    await db.exec(`update public.replies set reply_content = '' where id = (select id from public.replies order by received_at limit 1)`);
    const texts = await db.query<{ reply_text: string; channel: string }>('select reply_content as reply_text, channel::text as channel from public.replies');
    const unsure = texts.filter((r) => analyzeOffline({ text: r.reply_text, channel: r.channel === 'sms' ? 'sms' : r.channel === 'linkedin' ? 'linkedin' : 'email' }).uncertain).length;
    expect(unsure).toBeGreaterThan(0);
    const fetch = fakeOpenAI(interested);
    const result = await run(db, {}, { openaiApiKey: 'sk-test', fetch: fetch as unknown as typeof globalThis.fetch });
    expect(result.analyzed).toBe(replies);
    expect(fetch).toHaveBeenCalledTimes(unsure);
    const rows = await db.query<{ engine: string; n: number }>('select engine, count(*)::int as n from public.reply_analyses group by 1 order by 1');
    expect(rows).toEqual([{ engine: 'offline', n: replies - unsure }, { engine: 'openai', n: unsure }]);
  });

  it('treats the offline and the OpenAI engine as different requests: switching engines analyses again', async () => {
    await run(db);
    const fetch = fakeOpenAI(interested);
    expect((await run(db, {}, { openaiApiKey: 'sk-test', fetch: fetch as unknown as typeof globalThis.fetch })).analyzed).toBe(replies);
  });
});
