// question_extracted must be verbatim from the cleaned reply and must be the sender's question,
// including unpunctuated SMS questions, but not imperatives or an auto-reply's boilerplate questions.
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

  it.each(['ok but how much is it', 'hows it work', 'can i try it free first', 'sir what is the cost for 10 users'])('finds the unpunctuated SMS question "%s" behind a filler word', (text) => {
    expect(extractQuestion(text)).toBe(text);
  });

  it.each([
    "I'm wondering whether your platform can be white-labelled for our clients.",
    'I wanted to understand how pricing works for a team of about 40 people.',
    "I'd be interested to hear which companies in the Nordics are using this.",
    'Kindly tell me what is the pricing model.',
  ])('finds the request phrased as a statement "%s"', (text) => {
    expect(extractQuestion(text)).toBe(text);
  });

  it('does not take "let me know" or "I would like to learn more" for a question', () => {
    expect(extractQuestion('Let me know what you need from us to set it up.')).toBeNull();
    expect(extractQuestion("I'd like to learn more about this.")).toBeNull();
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

  it('keeps the question the writer asks inside an opt-out, as the label guide does', () => {
    const result = analyzeOffline({ text: 'How did you get my number?? Stop.', channel: 'sms' });
    expect(result.intent).toBe('unsubscribe');
    expect(result.question_extracted).toBe('How did you get my number??');
  });

  it("is null for a question in an auto-reply's boilerplate", () => {
    const result = analyzeOffline({ text: 'I am out of the office until Monday. Need help sooner? Call 555-0100.', subject: 'Automatic reply: hello', channel: 'email' });
    expect(result.intent).toBe('out_of_office');
    expect(result.question_extracted).toBeNull();
  });
});
