// The OpenAI engine against canned API responses through an injected fetch: it must record the
// model and prompt version, validate with the shared schema, keep the compliance guards, and fall
// back to the offline rules on malformed output, HTTP errors and timeouts. No network is used.
import { describe, expect, it, vi } from 'vitest';
import { analyzeReply } from '../../../shared/replies/analyze.ts';
import { analyzeWithOpenAI, DEFAULT_OPENAI_MODEL, MAX_OPENAI_INPUT_CHARS, OPENAI_PROMPT_VERSION } from '../../../shared/replies/openai.ts';
import { ReplyAnalysis, type ReplyJudgement } from '../../../shared/replies/schema.ts';

const baseURL = 'http://127.0.0.1:9/v1';
const question: ReplyJudgement = {
  intent: 'question',
  sentiment: 'neutral',
  sentiment_score: 0.1,
  objection_type: null,
  question_extracted: 'Does it integrate with HubSpot?',
  rejection_reason: null,
  do_not_contact: false,
};

interface Call {
  url: string;
  body: Record<string, unknown>;
}

/** A fetch that answers every chat completion with `content` (or a status) and records requests. */
function fakeFetch(content: string, options: { status?: number; finish_reason?: string; refusal?: string | null } = {}) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    calls.push({ url: String(url), body });
    if (options.status && options.status !== 200) {
      return new Response(JSON.stringify({ error: { message: 'boom', type: 'server_error' } }), { status: options.status, headers: { 'content-type': 'application/json' } });
    }
    const payload = {
      id: 'chatcmpl-test',
      object: 'chat.completion',
      created: 0,
      model: body.model,
      choices: [{ index: 0, finish_reason: options.finish_reason ?? 'stop', logprobs: null, message: { role: 'assistant', content, refusal: options.refusal ?? null } }],
    };
    return new Response(JSON.stringify(payload), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls, spy: fetch };
}

const input = { text: 'Interesting. Does it integrate with HubSpot?', channel: 'linkedin' as const };

describe('analyzeWithOpenAI', () => {
  it('returns the model judgement, validated, with engine, model and prompt version recorded', async () => {
    const { fetch, calls } = fakeFetch(JSON.stringify(question));
    const result = await analyzeWithOpenAI(input, { apiKey: 'test-key', fetch, baseURL });
    expect(ReplyAnalysis.safeParse(result).success).toBe(true);
    expect(result).toMatchObject({ intent: 'question', engine: 'openai', ai_model: DEFAULT_OPENAI_MODEL, prompt_version: OPENAI_PROMPT_VERSION, question_extracted: 'Does it integrate with HubSpot?' });
    expect(calls[0].url).toBe(`${baseURL}/chat/completions`);
  });

  it('asks for strict structured output built from the shared schema, at temperature 0, with the configured model', async () => {
    const { fetch, calls } = fakeFetch(JSON.stringify(question));
    await analyzeWithOpenAI(input, { apiKey: 'test-key', fetch, baseURL, model: 'gpt-4.1-nano' });
    const format = calls[0].body.response_format as { type: string; json_schema: { name: string; strict: boolean; schema: { properties: Record<string, unknown> } } };
    expect(calls[0].body.model).toBe('gpt-4.1-nano');
    expect(calls[0].body.temperature).toBe(0);
    expect(format.type).toBe('json_schema');
    expect(format.json_schema.strict).toBe(true);
    expect(Object.keys(format.json_schema.schema.properties).sort()).toEqual(['do_not_contact', 'intent', 'objection_type', 'question_extracted', 'rejection_reason', 'sentiment', 'sentiment_score']);
  });

  it('sends only the cleaned reply, capped at MAX_OPENAI_INPUT_CHARS', async () => {
    const { fetch, calls } = fakeFetch(JSON.stringify(question));
    const long = `${'Tell me more about pricing please. '.repeat(400)}\n\nOn Tue, Mar 4, 2025 at 9:12 AM Sam <sam@northwind.io> wrote:\n> SECRET QUOTED PITCH`;
    await analyzeWithOpenAI({ text: long, channel: 'email' }, { apiKey: 'test-key', fetch, baseURL });
    const messages = calls[0].body.messages as Array<{ role: string; content: string }>;
    const sent = JSON.parse(messages[1].content) as { reply: string };
    expect(sent.reply.length).toBe(MAX_OPENAI_INPUT_CHARS);
    expect(messages[1].content).not.toContain('SECRET QUOTED PITCH');
  });

  it('falls back to the offline engine when the model returns malformed JSON', async () => {
    const { fetch } = fakeFetch('{"intent": "question", "sentiment": ');
    const onFallback = vi.fn();
    const result = await analyzeWithOpenAI(input, { apiKey: 'test-key', fetch, baseURL, onFallback });
    expect(result).toMatchObject({ engine: 'offline', ai_model: null, intent: 'question' });
    expect(onFallback).toHaveBeenCalledOnce();
  });

  it('falls back when the JSON breaks the schema (score out of range)', async () => {
    const { fetch } = fakeFetch(JSON.stringify({ ...question, sentiment_score: 3 }));
    expect((await analyzeWithOpenAI(input, { apiKey: 'test-key', fetch, baseURL })).engine).toBe('offline');
  });

  it('falls back when the judgement is incoherent (objection without a type)', async () => {
    const { fetch } = fakeFetch(JSON.stringify({ ...question, intent: 'objection', rejection_reason: 'budget_constraints' }));
    expect((await analyzeWithOpenAI(input, { apiKey: 'test-key', fetch, baseURL })).engine).toBe('offline');
  });

  it('falls back on HTTP 500 without retrying', async () => {
    const { fetch, spy } = fakeFetch('', { status: 500 });
    const onFallback = vi.fn();
    const result = await analyzeWithOpenAI(input, { apiKey: 'test-key', fetch, baseURL, onFallback });
    expect(result.engine).toBe('offline');
    expect(spy).toHaveBeenCalledOnce();
    expect(onFallback).toHaveBeenCalledOnce();
  });

  it('falls back when the model refuses or the answer is cut off', async () => {
    const refused = fakeFetch('', { refusal: 'I cannot help with that.' });
    expect((await analyzeWithOpenAI(input, { apiKey: 'test-key', fetch: refused.fetch, baseURL })).engine).toBe('offline');
    const truncated = fakeFetch('{"intent":"que', { finish_reason: 'length' });
    expect((await analyzeWithOpenAI(input, { apiKey: 'test-key', fetch: truncated.fetch, baseURL })).engine).toBe('offline');
  });

  it('falls back when the API does not answer within the timeout', async () => {
    const hanging = vi.fn(
      (_url: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
        }),
    );
    const onFallback = vi.fn();
    const result = await analyzeWithOpenAI(input, { apiKey: 'test-key', fetch: hanging as unknown as typeof fetch, baseURL, timeoutMs: 50, onFallback });
    expect(result.engine).toBe('offline');
    expect(onFallback.mock.calls[0][0]).toBeInstanceOf(Error);
    expect(hanging).toHaveBeenCalledOnce();
  });

  it('keeps an opt-out the rules detect even when the model misses it', async () => {
    const { fetch } = fakeFetch(JSON.stringify({ ...question, intent: 'interested', question_extracted: null, sentiment: 'positive', sentiment_score: 0.5 }));
    const result = await analyzeWithOpenAI({ text: 'STOP', channel: 'sms' }, { apiKey: 'test-key', fetch, baseURL });
    expect(result).toMatchObject({ engine: 'openai', intent: 'unsubscribe', do_not_contact: true, rejection_reason: 'do_not_contact' });
  });

  it('files a message whose headers prove it automatic as out_of_office whatever the model says', async () => {
    const { fetch } = fakeFetch(JSON.stringify({ ...question, question_extracted: null }));
    const result = await analyzeWithOpenAI({ text: 'I am away until May 5.', channel: 'email', headers: { 'Auto-Submitted': 'auto-replied' }, received_at: '2025-04-29T10:00:00Z' }, { apiKey: 'test-key', fetch, baseURL });
    expect(result).toMatchObject({ intent: 'out_of_office', auto_reply: { is_auto_reply: true, return_date: '2025-05-05' } });
  });

  it('drops a question the model paraphrased instead of copying', async () => {
    const { fetch } = fakeFetch(JSON.stringify({ ...question, question_extracted: 'Is there a HubSpot integration?' }));
    expect((await analyzeWithOpenAI(input, { apiKey: 'test-key', fetch, baseURL })).question_extracted).toBeNull();
  });
});

describe('analyzeReply', () => {
  it('uses the OpenAI engine when a key is given', async () => {
    const { fetch, spy } = fakeFetch(JSON.stringify(question));
    const result = await analyzeReply(input, { openaiApiKey: 'test-key', fetch, model: 'gpt-4o-mini' });
    expect(result.engine).toBe('openai');
    expect(spy).toHaveBeenCalledOnce();
  });

  it('uses the offline engine without a key and never calls fetch', async () => {
    const { fetch, spy } = fakeFetch(JSON.stringify(question));
    const result = await analyzeReply(input, { fetch });
    expect(result.engine).toBe('offline');
    expect(spy).not.toHaveBeenCalled();
  });

  it('rejects an input with an unknown channel', async () => {
    await expect(analyzeReply({ text: 'hi', channel: 'fax' as 'sms' })).rejects.toThrow();
  });
});
