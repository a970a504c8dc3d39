// The reply features: one implementation for training and inference, so it must be a pure,
// deterministic function of the cleaned text and channel, with each feature group normalised.
import { describe, expect, it } from 'vitest';
import { FEATURE_SPACE, featureBucket, normaliseForFeatures, replyFeatures, ruleSignals, tokens } from '../../../shared/replies/features.ts';

const shared = (a: Int32Array, b: Int32Array) => {
  const set = new Set(b);
  return a.filter((x) => set.has(x)).length;
};

describe('replyFeatures', () => {
  it('returns the same vector for the same reply, with buckets ascending and inside the space', () => {
    const a = replyFeatures('Sounds great, can we talk Tuesday?', 'email');
    const b = replyFeatures('Sounds great, can we talk Tuesday?', 'email');
    expect(Array.from(a.index)).toEqual(Array.from(b.index));
    expect(Array.from(a.value)).toEqual(Array.from(b.value));
    expect(Array.from(a.index).every((x, i, xs) => x >= 0 && x < FEATURE_SPACE && (i === 0 || xs[i - 1] < x))).toBe(true);
  });

  it('normalises the word, character and shape groups to length 1 each, rule signals at 0.3', () => {
    const text = 'Please send the deck';
    const v = replyFeatures(text, 'sms');
    const squares = Array.from(v.value).reduce((s, x) => s + x * x, 0);
    const rules = ruleSignals(text).length;
    expect(squares).toBeCloseTo(3 + rules * 0.09, 4);
  });

  it('keeps most character n-grams of a misspelled word, so a typo still looks like the word', () => {
    const right = replyFeatures('unsubscribe', 'sms');
    const typo = replyFeatures('unsubcribe', 'sms');
    expect(shared(typo.index, right.index) / right.index.length).toBeGreaterThan(0.5);
  });

  it('tells channels apart', () => {
    expect(Array.from(replyFeatures('stop', 'sms').index)).not.toEqual(Array.from(replyFeatures('stop', 'email').index));
  });

  it('hashes feature names with 32-bit FNV-1a into the space', () => {
    expect(featureBucket('')).toBe(0x811c9dc5 % FEATURE_SPACE);
    expect(featureBucket('w:stop')).toBe(featureBucket('w:stop'));
    expect(featureBucket('w:stop')).not.toBe(featureBucket('w:stpo'));
  });
});

describe('normaliseForFeatures and tokens', () => {
  it('lower-cases, replaces links, addresses and digits, and keeps ? and ! as tokens', () => {
    const norm = normaliseForFeatures('Book me: https://calendly.com/jb/30min or mail JB@Acme.io at 3pm!');
    expect(norm).toContain('_url_ calendly com');
    expect(norm).toContain('_email_');
    expect(tokens(norm)).toEqual(['book', 'me', '_url_', 'calendly', 'com', 'or', 'mail', '_email_', 'at', '0pm', '!']);
  });
});

describe('ruleSignals', () => {
  it('names the hand-written cues a reply matches', () => {
    expect(ruleSignals('Does Thursday at 2pm work for you?')).toContain('rule:question');
    expect(ruleSignals('I am out of the office until Monday with limited access to email.')).toContain('rule:absence');
  });
});
