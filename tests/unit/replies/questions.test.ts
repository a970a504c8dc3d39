// question_extracted must be verbatim from the cleaned reply and must be the sender's question,
// including unpunctuated SMS questions, but not imperatives or rhetorical opt-out questions.
import { describe, expect, it } from 'vitest';
import { analyzeOffline } from '../../../shared/replies/offline.ts';
import { extractQuestion, isQuestion, MAX_QUESTION_CHARS, splitSentences } from '../../../shared/replies/questions.ts';

describe('extractQuestion', () => {
  it('returns the first question sentence verbatim', () => {
    const text = 'Thanks for the info. I have a few questions. First, how do you price overages? Second, can we export?';
    expect(extractQuestion(text)).toBe('First, how do you price overages?');
  });

  it('keeps a greeting that shares the sentence, so the extract stays a verbatim sentence', () => {
    expect(extractQuestion('Hi, what kind of results have your customers seen?')).toBe('Hi, what kind of results have your customers seen?');
  });

  it.each(['how much is it', 'Do u have a spanish version', 'what crm do u work with', 'any discount for annual'])('finds the unpunctuated SMS question "%s"', (text) => {
    expect(extractQuestion(text)).toBe(text);
  });

  it('finds an indirect question', () => {
    expect(extractQuestion('I wanted to ask how you handle GDPR consent for EU leads')).toBe('I wanted to ask how you handle GDPR consent for EU leads');
  });

  it.each(['Send me the deck.', 'Would love to see a demo.', 'Do not contact me again.', 'Please reach out to my colleague Tomás, who runs our SDR team: tomas@example.io'])(
    'does not read "%s" as a question',
    (text) => {
      expect(extractQuestion(text)).toBeNull();
    },
  );

  it('splits at line breaks and sentence ends without altering characters', () => {
    expect(splitSentences('Hi Sam,\n\nIs it SOC 2? We need it!')).toEqual(['Hi Sam,', 'Is it SOC 2?', 'We need it!']);
  });

  it('counts a question mark followed by an emoji as a question', () => {
    expect(isQuestion('Thursday? 😄')).toBe(true);
  });

  it(`caps an extracted question at ${MAX_QUESTION_CHARS} characters`, () => {
    const long = `What ${'very '.repeat(200)}long question is this?`;
    expect(extractQuestion(long)).toHaveLength(MAX_QUESTION_CHARS);
  });
});

describe('question_extracted in analyses', () => {
  it('is verbatim from the cleaned text', () => {
    const result = analyzeOffline({ text: 'Sounds interesting! What would pricing look like for three brands?\n\nSent from my iPhone', channel: 'email' });
    expect(result.question_extracted).toBe('What would pricing look like for three brands?');
    expect(result.cleaned_text).toContain(result.question_extracted);
  });

  it('is null for a hostile question inside an opt-out', () => {
    const result = analyzeOffline({ text: 'How did you get my number?? Stop.', channel: 'sms' });
    expect(result.intent).toBe('unsubscribe');
    expect(result.question_extracted).toBeNull();
  });
});
