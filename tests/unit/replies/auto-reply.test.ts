// Out-of-office detection decides whether a reply is a person or a machine; a false positive
// silently drops a human reply, so negatives are tested as carefully as the real auto-replies.
import { describe, expect, it } from 'vitest';
import { decodeMimeWords, detectAutoReply, looksOutOfOffice } from '../../../shared/replies/auto-reply.ts';
import { analyzeOffline } from '../../../shared/replies/offline.ts';
import { fixture, readEml } from './fixtures.ts';

const sample = (n: number) => readEml(fixture('sisimai', `rfc3834-0${n}.eml`));

describe('detectAutoReply on the Sisimai RFC 3834 samples', () => {
  it.each([1, 2, 3, 4, 5, 6])('flags sample %i as an automatic reply', (n) => {
    const eml = sample(n);
    expect(detectAutoReply({ text: eml.body, subject: eml.subject, headers: eml.headers }, eml.date).is_auto_reply).toBe(true);
  });

  it('reads Auto-Submitted (sample 1) and the return date "returning to the office on May 5th"', () => {
    const eml = sample(1);
    const result = detectAutoReply({ text: eml.body, subject: eml.subject, headers: eml.headers }, eml.date);
    expect(result.source).toBe('headers');
    expect(result.return_date).toBe('2005-05-05');
  });

  it('catches Exchange "Automatic reply:" subjects that carry no RFC 3834 header (sample 2)', () => {
    const eml = sample(2);
    expect(eml.headers['Auto-Submitted']).toBeUndefined();
    expect(detectAutoReply({ text: eml.body, subject: eml.subject, headers: eml.headers }, eml.date).source).toBe('subject');
  });

  it("takes Apple's vacation end date from X-Apple-Criteria (sample 3)", () => {
    const eml = sample(3);
    expect(detectAutoReply({ text: eml.body, subject: eml.subject, headers: eml.headers }, eml.date).return_date).toBe('2020-01-10');
  });

  it('takes the end of "July 10-31" as the return date of sample 4, in the year of the message', () => {
    const eml = sample(4);
    expect(detectAutoReply({ text: eml.body, subject: eml.subject, headers: eml.headers }, eml.date).return_date).toBe('2013-07-31');
  });

  it('decodes the MIME-encoded subject of sample 6', () => {
    expect(decodeMimeWords(sample(6).subject)).toBe('AutoRespons :Nyaan?');
  });

  it.each([1, 2, 3, 4, 5, 6])('files sample %i as out_of_office with a neutral zero score', (n) => {
    const eml = sample(n);
    const result = analyzeOffline({ text: eml.body, subject: eml.subject, headers: eml.headers, channel: 'email', received_at: eml.date.toISOString() });
    expect(result.intent).toBe('out_of_office');
    expect(result.sentiment_score).toBe(0);
    expect(result.auto_reply.is_auto_reply).toBe(true);
  });
});

describe('detectAutoReply from headers alone', () => {
  const ref = new Date('2025-03-05T12:00:00Z');
  it.each([
    ['X-Autoreply', 'yes'],
    ['X-Autorespond', 'Out of office'],
    ['Precedence', 'auto_reply'],
    ['auto-submitted', 'auto-generated'],
  ])('treats %s: %s as an automatic reply', (name, value) => {
    expect(detectAutoReply({ text: 'Hello', headers: { [name]: value } }, ref).is_auto_reply).toBe(true);
  });

  it('does not treat Auto-Submitted: no as automatic', () => {
    expect(detectAutoReply({ text: 'Sounds good', headers: { 'Auto-Submitted': 'no' } }, ref).is_auto_reply).toBe(false);
  });

  it('does not treat X-Auto-Response-Suppress alone as automatic (ordinary Outlook mail sets it)', () => {
    expect(detectAutoReply({ text: 'Sounds good', headers: { 'X-Auto-Response-Suppress': 'All' } }, ref).is_auto_reply).toBe(false);
  });

  it.each(['Out of Office: Re: quick question', 'Automatische Antwort: Ihre Anfrage', 'Réponse automatique : demo'])('reads the subject "%s" as automatic', (subject) => {
    expect(detectAutoReply({ text: 'Away.', subject }, ref).source).toBe('subject');
  });
});

describe('out-of-office wording in the body', () => {
  const ref = new Date('2025-03-05T12:00:00Z'); // a Wednesday
  it.each([
    ['I am out of the office until Monday, March 17 with limited access to email.', '2025-03-17'],
    ["I'm currently on annual leave and will be back on 2 April.", '2025-04-02'],
    ["Hi, I'm out of office until 24/03/2025.", '2025-03-24'],
    ['OOO until 3/10. Back Monday.', '2025-03-10'],
    ["I'm away until the 15th without access to email.", '2025-03-15'],
    ['I am on vacation and will return on January 8th.', '2026-01-08'],
    ["I'm on leave until the end of the month, will get back to you then.", '2025-03-31'],
    ['I am currently out of the office and will return on Monday.', '2025-03-10'],
    ['Vielen Dank. Ich bin bis zum 21.04.2025 nicht im Büro.', '2025-04-21'],
    ["I'm out of the office with limited connectivity.", null],
  ])('reads "%s" as out of office returning %s', (text, date) => {
    const result = detectAutoReply({ text }, ref);
    expect(result.source).toBe('text');
    expect(result.return_date).toBe(date);
  });

  it.each([
    'Send it right away! We need this before our kickoff.',
    'Hey Maya - does the tool flag out-of-office replies automatically?',
    "I'll be out of the office next week, but could do a call on the 24th.",
    "I'm on leave for the next month and the team won't decide anything without me, so reach out in May.",
    'We sell vacation rental software, is this relevant for us?',
  ])('does not read the human reply "%s" as out of office', (text) => {
    expect(looksOutOfOffice(text)).toBe(false);
  });

  it('marks a typed absence note as out of office without calling it an automatic reply', () => {
    const result = analyzeOffline({ text: 'Im on vacation til the 20th, will reply when back', channel: 'sms' }, { now: ref });
    expect(result.intent).toBe('out_of_office');
    expect(result.auto_reply).toEqual({ is_auto_reply: false, return_date: '2025-03-20' });
  });
});
