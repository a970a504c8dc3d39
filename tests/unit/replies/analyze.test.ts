// Which replies reach OpenAI when a key is set: all of them by default, or with openaiFor
// 'uncertain' only those the offline model is unsure of, the rest keeping the offline result.
import { describe, expect, it, vi } from 'vitest';
import { analyzeReply } from '../../../shared/replies/analyze.ts';
import type { ReplyJudgement } from '../../../shared/replies/schema.ts';

const judgement: ReplyJudgement = {
  intent: 'interested', sentiment: 'positive', sentiment_score: 0.5, objection_type: null,
  question_extracted: null, rejection_reason: null, do_not_contact: false,
};

function fakeOpenAI() {
  return vi.fn(async () => new Response(JSON.stringify({
    id: 'chatcmpl-test', object: 'chat.completion', created: 0, model: 'gpt-4o-mini',
    choices: [{ index: 0, finish_reason: 'stop', logprobs: null, message: { role: 'assistant', content: JSON.stringify(judgement), refusal: null } }],
  }), { status: 200, headers: { 'content-type': 'application/json' } }));
}

describe('analyzeReply with openaiFor', () => {
  it('keeps the offline result for a reply the model is sure of, without calling OpenAI', async () => {
    const fetch = fakeOpenAI();
    const result = await analyzeReply({ text: 'STOP', channel: 'sms' }, { openaiApiKey: 'test-key', openaiFor: 'uncertain', fetch: fetch as unknown as typeof globalThis.fetch });
    expect(result).toMatchObject({ engine: 'offline', intent: 'unsubscribe', uncertain: false });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends a reply the offline model is unsure of to OpenAI, whose answer is certain', async () => {
    const fetch = fakeOpenAI();
    const result = await analyzeReply({ text: ' ', channel: 'email' }, { openaiApiKey: 'test-key', openaiFor: 'uncertain', fetch: fetch as unknown as typeof globalThis.fetch });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(result).toMatchObject({ engine: 'openai', confidence: null, uncertain: false });
  });

  it('sends every reply to OpenAI by default when a key is set', async () => {
    const fetch = fakeOpenAI();
    const result = await analyzeReply({ text: 'STOP', channel: 'sms' }, { openaiApiKey: 'test-key', fetch: fetch as unknown as typeof globalThis.fetch });
    expect(fetch).toHaveBeenCalledTimes(1);
    // The opt-out guard still holds over the model's answer.
    expect(result).toMatchObject({ engine: 'openai', intent: 'unsubscribe' });
  });
});
