// One schema for both engines: it must accept a coherent analysis and refuse incoherent ones,
// because the OpenAI engine relies on it to reject bad model output.
import { describe, expect, it } from 'vitest';
import { REJECTION_REASONS, ReplyAnalysis, ReplyInput, ReplyJudgement, judgementProblems } from '../../../shared/replies/schema.ts';

const valid = {
  intent: 'objection',
  sentiment: 'negative',
  sentiment_score: -0.4,
  objection_type: 'budget',
  question_extracted: 'Do you have a startup plan?',
  rejection_reason: 'budget_constraints',
  do_not_contact: false,
  auto_reply: { is_auto_reply: false, return_date: null },
  engine: 'offline',
  ai_model: null,
  prompt_version: 'offline-rules-1',
  cleaned_text: 'Pricing is the issue. Do you have a startup plan?',
} as const;

describe('ReplyAnalysis', () => {
  it('accepts a coherent analysis', () => {
    expect(ReplyAnalysis.safeParse(valid).success).toBe(true);
  });

  it('keeps the spec rejection_reason_type values, in the spec order', () => {
    expect(REJECTION_REASONS).toEqual(['timing_not_now', 'budget_constraints', 'using_competitor', 'not_decision_maker', 'no_need', 'bad_experience', 'too_busy', 'not_interested_generic', 'do_not_contact', 'other']);
  });

  it.each([
    ['a score outside [-1, 1]', { sentiment_score: 1.5 }],
    ['an objection without a type', { objection_type: null }],
    ['a reason that does not match the objection type', { rejection_reason: 'using_competitor' }],
    ['do_not_contact without intent unsubscribe', { do_not_contact: true }],
    ['a question that is not verbatim from the cleaned text', { question_extracted: 'Is there a startup plan?' }],
    ['a malformed return date', { auto_reply: { is_auto_reply: true, return_date: '5 May' } }],
    ['an unknown intent', { intent: 'other' }],
  ])('rejects %s', (_what, change) => {
    expect(ReplyAnalysis.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('rejects a rejection reason on a positive intent', () => {
    expect(judgementProblems({ intent: 'interested', objection_type: null, rejection_reason: 'other', do_not_contact: false })).not.toEqual([]);
  });

  it('requires unsubscribe to carry do_not_contact as its reason', () => {
    const unsubscribe = { ...valid, intent: 'unsubscribe', objection_type: null, do_not_contact: true, question_extracted: null };
    expect(ReplyAnalysis.safeParse({ ...unsubscribe, rejection_reason: 'do_not_contact' }).success).toBe(true);
    expect(ReplyAnalysis.safeParse({ ...unsubscribe, rejection_reason: 'not_interested_generic' }).success).toBe(false);
  });
});

describe('ReplyJudgement (what the model returns)', () => {
  it('holds exactly the judgement fields, every one required', () => {
    expect(Object.keys(ReplyJudgement.shape).sort()).toEqual(['do_not_contact', 'intent', 'objection_type', 'question_extracted', 'rejection_reason', 'sentiment', 'sentiment_score']);
    expect(ReplyJudgement.safeParse({ intent: 'question' }).success).toBe(false);
  });
});

describe('ReplyInput', () => {
  it('accepts the three channels and optional subject, headers and received_at', () => {
    expect(ReplyInput.safeParse({ text: 'hi', channel: 'linkedin', subject: 'Re: x', headers: { 'Auto-Submitted': 'no' }, received_at: '2025-03-05T12:00:00Z' }).success).toBe(true);
  });

  it('rejects an unknown channel', () => {
    expect(ReplyInput.safeParse({ text: 'hi', channel: 'whatsapp' }).success).toBe(false);
  });
});
