// The offline engine's decisions that matter most: opt-outs are never missed, polite wording does
// not turn a refusal positive, and each reason lands on the spec's rejection_reason values.
import { describe, expect, it } from 'vitest';
import { analyzeOffline, OFFLINE_RULES_VERSION } from '../../../shared/replies/offline.ts';
import { isOptOut } from '../../../shared/replies/opt-out.ts';
import { ReplyAnalysis, type ReplyChannel } from '../../../shared/replies/schema.ts';
import { lexiconScore } from '../../../shared/replies/sentiment.ts';

const now = new Date('2025-03-05T12:00:00Z');
const analyze = (text: string, channel: ReplyChannel = 'email') => analyzeOffline({ text, channel }, { now });

describe('opt-outs', () => {
  it.each(['STOP', 'stop', 'Stop.', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'STOP please', 'ARRET', 'opt out', 'remove me', 'Take me off your list', 'do not contact me again', 'STOP STOP STOP', 'I never gave you this number. stop'])(
    'treats the SMS "%s" as an opt-out',
    (text) => {
      const result = analyze(text, 'sms');
      expect(result.intent).toBe('unsubscribe');
      expect(result.do_not_contact).toBe(true);
      expect(result.rejection_reason).toBe('do_not_contact');
      expect(result.sentiment).toBe('negative');
    },
  );

  it.each([
    'Please remove me from your mailing list.',
    'Please stop emailing me.',
    "Please don't send me any more messages.",
    "I don't want to receive any more emails from you.",
    'Quit texting me',
    'Under GDPR I request that you delete all personal data you hold on me.',
    'Sure, I would love more of these emails. Said no one ever. Unsubscribe me.',
    'This is the third message. Please stop.',
    'F*** off with these emails.',
  ])('treats "%s" as an opt-out on email', (text) => {
    expect(analyze(text).intent).toBe('unsubscribe');
  });

  it.each([
    'Stop by our booth at SaaStr, we can chat there!',
    "Can't stop thinking about your demo, when can we start?",
    'Please remove the setup fee and we have a deal.',
    "We don't send enough emails to make this worthwhile.",
    'How did you get my name, out of curiosity? And what exactly are you offering?',
  ])('does not treat "%s" as an opt-out', (text) => {
    expect(isOptOut(text, 'email')).toBe(false);
    expect(isOptOut(text, 'sms')).toBe(false);
  });
});

describe('sentiment', () => {
  it('scores "Please remove me from your list." negative, unlike off-the-shelf lexicons', () => {
    expect(lexiconScore('Please remove me from your list.')).toBeLessThan(-0.3);
  });

  it('scores sentence-initial negation: "Not interested." and "No thanks." are negative', () => {
    expect(lexiconScore('Not interested.')).toBeLessThan(-0.3);
    expect(lexiconScore('No thanks.')).toBeLessThan(-0.3);
  });

  it('keeps scores in [-1, 1] for extreme input', () => {
    const score = lexiconScore('LOVE LOVE LOVE amazing fantastic awesome!!!!!!!! '.repeat(20));
    expect(score).toBeLessThanOrEqual(1);
    expect(score).toBeGreaterThan(0.9);
  });

  it('reads a polite refusal as negative overall', () => {
    // "We're all set" closes the door: the label guide allows an objection or a flat refusal here;
    // what must not happen is the thanks turning it positive.
    const result = analyze("Thanks for reaching out, but we're all set.");
    expect(['objection', 'not_interested']).toContain(result.intent);
    expect(result.sentiment).toBe('negative');
    expect(result.sentiment_score).toBeLessThan(0);
  });

  it('gives auto-replies a neutral zero score', () => {
    const result = analyze('Thank you for your email. I am out of the office until Monday, March 17.');
    expect(result).toMatchObject({ intent: 'out_of_office', sentiment: 'neutral', sentiment_score: 0 });
  });
});

describe('intent and reasons', () => {
  it.each([
    ['We already use Outreach for this and we are happy with it.', 'competitor', 'using_competitor'],
    ["We don't have budget for this.", 'budget', 'budget_constraints'],
    ["I'm not the right person for this.", 'authority', 'not_decision_maker'],
    ['We handle all of this in-house with our own scripts.', 'need', 'no_need'],
    ['Not right now, but feel free to reach out in Q3.', 'timing', 'timing_not_now'],
    ["I'm completely swamped with end of quarter. No bandwidth to look at anything new.", 'timing', 'too_busy'],
    ["I'm afraid I'm not the one who decides on software purchases.", 'authority', 'not_decision_maker'],
  ])('files "%s" as a %s objection (%s)', (text, type, reason) => {
    expect(analyze(text)).toMatchObject({ intent: 'objection', objection_type: type, rejection_reason: reason });
  });

  it('files a flat refusal as not_interested_generic and a bad past experience as bad_experience', () => {
    expect(analyze('Not interested.')).toMatchObject({ intent: 'not_interested', rejection_reason: 'not_interested_generic', objection_type: null });
    expect(analyze('We used your product two years ago and it was a mess. Not going back.').rejection_reason).toBe('bad_experience');
  });

  it('lets the side after "but" win in a mixed reply', () => {
    expect(analyze('I like it, but there is just no money for it this year.').intent).toBe('objection');
    expect(analyze("Not sure we have budget yet, but I'd like to see what it looks like. Send me some info.").intent).toBe('interested');
  });

  it('recognises a referral to a named colleague with no rejection reason', () => {
    expect(analyze('Talk to Jane, she runs ops.')).toMatchObject({ intent: 'referral', rejection_reason: null, objection_type: null });
    expect(analyze('Not me. Text Karen at 555-0199', 'sms').intent).toBe('referral');
  });

  it('files "not the right person" without a pointer as an authority objection, not a referral', () => {
    expect(analyze("I'm not the right person for this.").intent).toBe('objection');
  });

  it('recognises meeting requests from calendar links, proposals and bare time slots', () => {
    expect(analyze("Happy to chat. Here's my calendar: https://calendly.com/jb/30min").intent).toBe('meeting_request');
    expect(analyze('Sure. Tuesday 2pm?', 'sms').intent).toBe('meeting_request');
    expect(analyze('Thursday 3:30pm PT works on my end.').intent).toBe('meeting_request');
  });

  it('files a deferral to "after that" as a timing objection, not a meeting', () => {
    expect(analyze("We're in the middle of a platform migration until June. Let's talk after that.").intent).toBe('objection');
  });

  it('separates specific questions from generic requests for information', () => {
    expect(analyze('Interesting. Does it integrate with HubSpot?', 'linkedin')).toMatchObject({ intent: 'question', question_extracted: 'Does it integrate with HubSpot?' });
    expect(analyze('Sounds interesting. Can you send me more info?')).toMatchObject({ intent: 'interested', question_extracted: 'Can you send me more info?' });
  });

  it('ignores our own quoted question when the reply itself asks nothing', () => {
    const raw = 'No thank you.\n\nOn Tue, Mar 11, 2025 at 11:20 AM Priya Nair <priya@northwind.io> wrote:\n> Are you interested in a free reply audit?';
    expect(analyze(raw)).toMatchObject({ intent: 'not_interested', question_extracted: null, cleaned_text: 'No thank you.' });
  });

  it('returns a result that passes the shared ReplyAnalysis schema, with the model version recorded', () => {
    const result = analyze('What does it cost for 10 seats?');
    expect(ReplyAnalysis.safeParse(result).success).toBe(true);
    expect(result).toMatchObject({ engine: 'offline', ai_model: null, prompt_version: OFFLINE_RULES_VERSION });
    expect(OFFLINE_RULES_VERSION).toMatch(/^reply-model-[0-9a-f]{12}$/);
  });

  it('handles an empty reply without inventing a reason, and marks it uncertain since nothing was read', () => {
    expect(analyze('   ')).toMatchObject({ intent: 'not_interested', rejection_reason: null, sentiment: 'neutral', sentiment_score: 0, confidence: null, uncertain: true });
  });
});
