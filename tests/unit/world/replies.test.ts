import { describe, expect, it } from 'vitest';
import { analyzeOffline } from '../../../shared/replies/offline.ts';
import { OBJECTIONS } from '../../../scripts/world/config.ts';
import { makeCompanies } from '../../../scripts/world/companies.ts';
import { makePeople } from '../../../scripts/world/people.ts';
import { seeded } from '../../../scripts/world/random.ts';
import { writeReply, type ReplyChannel, type ReplyIntent } from '../../../scripts/world/replies.ts';
import { TODAY } from './helpers.ts';

const INTENTS: ReplyIntent[] = ['interested', 'meeting_request', 'question', 'objection', 'not_interested', 'referral', 'out_of_office', 'unsubscribe'];

function replies(n: number) {
  const rng = seeded(21);
  const companies = makeCompanies(rng, 40, ['US', 'DE', 'GB'], TODAY);
  const people = makePeople(rng, { count: 200, clientKey: 'x', markets: ['US'], competitors: [], companies, today: TODAY, usedEmails: new Set(), usedPhones: new Set(), firstIndex: 0 });
  return Array.from({ length: n }, (_, i) => {
    const person = people[i % people.length];
    const intent = INTENTS[i % INTENTS.length];
    const objection = intent === 'objection' ? OBJECTIONS[Math.floor(i / INTENTS.length) % OBJECTIONS.length] : undefined;
    // Out-of-office notices are auto-replies to emails (the story only answers an email with one).
    const channel: ReplyChannel = intent === 'out_of_office' ? 'email' : (['email', 'email', 'sms', 'linkedin'] as const)[Math.floor(i / 3) % 4];
    const at = new Date('2026-09-10T10:00:00Z');
    const colleague = { first: 'Dana', last: 'Reyes', email: `dana.reyes@${person.company.domain}` };
    const written = writeReply(rng, { channel, intent, objection, person, at, sentAt: new Date('2026-09-08T09:00:00Z'), subject: 'Freight invoices that match the quote', body: 'Hi,\nA note about freight.\nTom', colleague });
    return { intent, objection, channel, at, written };
  });
}

describe('replies written by the world', () => {
  const sample = replies(2400);

  it('are read back by the offline analyser with the intent the world gave them (≥ 95% per intent)', () => {
    for (const intent of INTENTS) {
      const mine = sample.filter((r) => r.intent === intent);
      const right = mine.filter((r) => analyzeOffline({ text: r.written.text, channel: r.channel, subject: r.written.subject ?? undefined, received_at: r.at.toISOString() }).intent === intent);
      expect(right.length / mine.length, intent).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('carry objections the analyser types as planted (≥ 95% per type), so the objection mix can be recovered', () => {
    for (const type of OBJECTIONS) {
      const mine = sample.filter((r) => r.objection === type);
      const right = mine.filter((r) => analyzeOffline({ text: r.written.text, channel: r.channel, received_at: r.at.toISOString() }).objection_type === type);
      expect(right.length / mine.length, type).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('vary their wording: many distinct texts per intent, some with quoted history and signatures', () => {
    for (const intent of INTENTS) {
      const texts = new Set(sample.filter((r) => r.intent === intent && r.channel === 'email').map((r) => r.written.text));
      expect(texts.size, intent).toBeGreaterThan(20);
    }
    const emails = sample.filter((r) => r.channel === 'email' && r.intent !== 'out_of_office');
    expect(emails.some((r) => /wrote:\n>|-----Original Message-----/.test(r.written.text))).toBe(true);
    expect(emails.some((r) => /\| .+$/m.test(r.written.text))).toBe(true);
  });

  it('write out-of-office notices with a return date the analyser extracts', () => {
    const ooo = sample.filter((r) => r.intent === 'out_of_office');
    for (const r of ooo.slice(0, 50)) {
      const a = analyzeOffline({ text: r.written.text, channel: r.channel, subject: r.written.subject ?? undefined, received_at: r.at.toISOString() });
      expect(a.auto_reply.return_date).toBe(r.written.returnDate);
    }
  });

  it('keep texts and LinkedIn messages short: one line, no signature block', () => {
    for (const r of sample.filter((x) => x.channel !== 'email')) expect(r.written.text).not.toContain('\n');
  });
});
