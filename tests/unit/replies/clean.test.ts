// Cleaning keeps only what the sender just wrote: the analyser must never classify our own quoted
// email, a forwarded thread or a signature block.
import { describe, expect, it } from 'vitest';
import { cleanReply, senderText, isAttributionLine, MAX_REPLY_INPUT_CHARS, normaliseText, stripDisclaimer, stripSignOff, trimEmail } from '../../../shared/replies/clean.ts';

describe('cleanReply for email', () => {
  it('drops a Gmail "On ... wrote:" block with our quoted pitch', () => {
    const raw = 'Sounds good, send it over.\n\nOn Tue, Mar 4, 2025 at 9:12 AM Sam Carter <sam@northwind.io> wrote:\n> Would you be open to a call?\n> Sam';
    const cleaned = cleanReply(raw, 'email');
    expect(cleaned.text).toBe('Sounds good, send it over.');
    expect(cleaned.had_quoted_text).toBe(true);
  });

  it('joins an attribution line the mail client wrapped before deciding to cut', () => {
    const raw = 'Yes.\n\nOn Thu, Jun 20, 2013 at 4:18 PM, Matt via Meta <\ninfo@example.org> wrote:\n\n> Has anyone tried it?';
    expect(cleanReply(raw, 'email').text).toBe('Yes.');
  });

  it('drops an Outlook From/Sent/To/Subject block and the old message under it', () => {
    const raw = 'Please send the pricing sheet.\n\n________________________________\nFrom: Sam Carter <sam@northwind.io>\nSent: Monday, March 3, 2025 10:15 AM\nTo: Dana Lee\nSubject: Quick question\n\nHi Dana, are you the right person?';
    expect(cleanReply(raw, 'email').text).toBe('Please send the pricing sheet.');
  });

  it('drops an Outlook block whose header names are bold (*From:*) after HTML conversion', () => {
    const raw = 'Tuesday at 10 works.\n\n*From:* Priya Nair <priya@northwind.io>\n*Sent:* Friday, March 14, 2025 4:30 PM\n*To:* Omar\n*Subject:* Re: call\n\nWould Tuesday suit you?';
    expect(cleanReply(raw, 'email').text).toBe('Tuesday at 10 works.');
  });

  it('drops a "-----Original Message-----" block', () => {
    const raw = 'Can you confirm you are on G2?\n\n-----Original Message-----\nFrom: Chris\nSent: Thursday\nTo: Nadia\nSubject: Hi\n\nOpen to a quick call?';
    expect(cleanReply(raw, 'email').text).toBe('Can you confirm you are on G2?');
  });

  it('drops a forwarded-message block', () => {
    const raw = 'FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Foo <foo@example.org>\nDate: Tue, Jan 01, 2019 at 12:00 PM\nSubject: X\nTo: <bar@example.org>\n\nOld text.';
    expect(cleanReply(raw, 'email').text).toBe('FYI, see below.');
  });

  it('drops trailing ">" quotes without any attribution line', () => {
    expect(cleanReply('No thanks.\n\n> Are you interested in a demo?\n> Sam', 'email').text).toBe('No thanks.');
  });

  it('drops mobile signatures and a "--" signature block', () => {
    const raw = 'Yes interested.\n\nSent from my iPhone\n\n--\nRoberto Diaz\nDirector of RevOps\n(415) 555-0134';
    expect(cleanReply(raw, 'email').text).toBe('Yes interested.');
  });

  it('drops a sign-off with the name and contact block under it', () => {
    const raw = 'Hi Marco,\n\nPlease send a case study.\n\nBest regards,\nKlaus Weber\nHead of Sales | Brenner GmbH\n+49 89 1234 5678';
    expect(cleanReply(raw, 'email').text).toBe('Hi Marco,\n\nPlease send a case study.');
  });

  it('drops a trailing contact block that has no sign-off line', () => {
    const raw = 'Happy to take a look. Wed 3/12 at 1pm PT?\n\nJessica Morgan\nVP Marketing, Fieldstone\nM: 212-555-0199';
    expect(cleanReply(raw, 'email').text).toBe('Happy to take a look. Wed 3/12 at 1pm PT?');
  });

  it('keeps a reply that is only a thank-you', () => {
    expect(cleanReply('Thanks!', 'email').text).toBe('Thanks!');
  });

  it('keeps sentences that merely start with "On" (no date or address, no "wrote")', () => {
    const raw = 'On second thought, yes let\'s talk.\nOn Monday I am free after 2pm.';
    expect(cleanReply(raw, 'email').text).toBe(raw);
  });
});

describe('senderText: what the opt-out rules also read', () => {
  it('keeps the signature, the legal footer and a postscript under them, but not the quoted history', () => {
    const raw = 'Thanks.\n\n--\nDana Cole\nCFO\n\nThis message is confidential.\n\nP.S. take me off your list\n\nOn Tue, 4 Mar 2025 at 09:12, Sam <sam@agency.io> wrote:\n> Can I send you a case study?';
    const own = senderText(raw, 'email');
    expect(own).toContain('P.S. take me off your list');
    expect(own).toContain('Dana Cole');
    expect(own).not.toContain('case study');
    expect(cleanReply(raw, 'email').text).toBe('Thanks.');
  });

  it('is the whole message on SMS', () => {
    expect(senderText('ok thx\n> not a quote on SMS', 'sms')).toBe('ok thx\n> not a quote on SMS');
  });
});

describe('cleanReply for SMS and LinkedIn', () => {
  it('does not cut SMS text at lines that look like quotes or delimiters', () => {
    expect(cleanReply('STOP\n--\nok', 'sms').text).toBe('STOP\n--\nok');
  });

  it('still drops a mobile signature from a LinkedIn message', () => {
    expect(cleanReply('Sure, send it.\nSent from my iPhone', 'linkedin').text).toBe('Sure, send it.');
  });
});

describe('normaliseText', () => {
  it('turns CRLF and CR line endings into LF', () => {
    expect(normaliseText('a\r\nb\rc').text).toBe('a\nb\nc');
  });

  it(`caps the input at MAX_REPLY_INPUT_CHARS (${MAX_REPLY_INPUT_CHARS}) and says so`, () => {
    const result = normaliseText('x'.repeat(MAX_REPLY_INPUT_CHARS + 500));
    expect(result.text).toHaveLength(MAX_REPLY_INPUT_CHARS);
    expect(result.truncated).toBe(true);
    expect(cleanReply('y'.repeat(MAX_REPLY_INPUT_CHARS * 2), 'email').truncated).toBe(true);
  });

  it('converts an HTML body to text with blockquotes as quotes', () => {
    const html = '<html><body><p>Yes, let&#39;s talk.</p><blockquote>Are you free?</blockquote></body></html>';
    expect(cleanReply(html, 'email').text).toBe("Yes, let's talk.");
  });
});

describe('trimEmail building blocks', () => {
  it('recognises attribution lines in several languages and rejects ordinary sentences', () => {
    expect(isAttributionLine('On Mon, Feb 1, 2016 at 4:58 AM, "Some One" <foo@bar.com> wrote:')).toBe(true);
    expect(isAttributionLine('Am 03.02.2016 3:35 nachm. schrieb Max Mustermann <noreply@meta.discourse.org>:')).toBe(true);
    expect(isAttributionLine('Le 2016-11-16 02:22, Erlend a écrit :')).toBe(true);
    expect(isAttributionLine('On Monday I wrote the proposal.')).toBe(false);
  });

  it('keeps an inline reply where quotes and answers interleave, dropping only the marker', () => {
    const raw = 'Answers below.\nOn Tue, 2011-03-01 at 18:02 +0530, Sam wrote:\n> Price?\n\nIt is 10 dollars.\n\n> Trial?\n\nYes, 14 days.';
    const { text } = trimEmail(raw);
    expect(text).not.toContain('wrote:');
    expect(text).toContain('Yes, 14 days.');
  });

  it('stripSignOff leaves text without a closing block unchanged', () => {
    expect(stripSignOff('We already use Outreach.\nThanks for asking though')).toBe('We already use Outreach.\nThanks for asking though');
  });

  it('stripSignOff keeps a one-line message with an address under a greeting: it is the message, not a signature', () => {
    const text = 'Hey Jasmine,\n\nTalk to Eddie in dispatch, eddie@coastline.example. He picks our routing software.';
    expect(stripSignOff(text)).toBe(text);
  });
});

describe('stripDisclaimer', () => {
  it.each([
    'CONFIDENTIALITY NOTICE: This email and any attachments are for the exclusive use of the recipient.',
    'This email and any files transmitted with it are confidential and intended solely for the addressee.',
    'IMPORTANT: Northwind Logistics will never ask you to change bank details by email.',
    'Trellis Property is committed to protecting your privacy. Read our privacy notice at trellis.example.',
    'If you have received this in error, please notify the sender and delete it from your system.',
  ])('drops the boilerplate paragraph "%s" and what follows it', (boilerplate) => {
    expect(stripDisclaimer(`Sounds good, send the deck.\n\nBest,\nAna\n\n${boilerplate}\nMore legal text.`)).toBe('Sounds good, send the deck.\n\nBest,\nAna');
  });

  it('keeps a sentence the sender wrote about consent or privacy', () => {
    const text = 'Stop.\n\nUnder the Privacy and Electronic Communications Regulations you need consent to email me.';
    expect(stripDisclaimer(text)).toBe(text);
  });

  it('keeps a reply that is nothing but boilerplate-looking text', () => {
    expect(stripDisclaimer('This message is confidential.')).toBe('This message is confidential.');
  });

  it('is applied by cleanReply before the sign-off goes', () => {
    const raw = 'Happy to chat Tuesday.\n\nThanks,\nLi\n\nPlease consider the environment before printing this email.';
    expect(cleanReply(raw, 'email').text).toBe('Happy to chat Tuesday.');
  });
});
