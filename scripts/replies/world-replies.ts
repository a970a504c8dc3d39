/**
 * Replies written by the demo world (scripts/world/replies.ts), as training rows. The world's
 * intents follow the label guide, and the analyser must read the world's replies back (the demo's
 * planted objection mix is recovered from them; tests/unit/world/replies.test.ts checks it). Its
 * few templates are one voice, so they get a small weight and never count in cross-validation;
 * they teach the model the demo's wording, they are not evidence that it generalises.
 *
 * The world gives no sentiment and no refusal reason: those heads skip these rows.
 */
import { makeCompanies } from '../world/companies.ts';
import { OBJECTIONS } from '../world/config.ts';
import { makePeople } from '../world/people.ts';
import { seeded } from '../world/random.ts';
import { writeReply, type ReplyChannel, type ReplyIntent } from '../world/replies.ts';
import type { TrainRow } from './augment.ts';

const INTENTS: ReplyIntent[] = ['interested', 'meeting_request', 'question', 'objection', 'not_interested', 'referral', 'out_of_office', 'unsubscribe'];
const REASON = { budget: 'budget_constraints', timing: 'timing_not_now', authority: 'not_decision_maker', need: 'no_need', competitor: 'using_competitor' } as const;

/** `n` world replies, cycling through intents, objection types and channels; fixed seed. */
export function worldReplies(n: number, weight: number): TrainRow[] {
  const today = new Date('2026-09-01T00:00:00Z');
  const rng = seeded(1313);
  const companies = makeCompanies(rng, 30, ['US', 'DE', 'GB'], today);
  const people = makePeople(rng, { count: 120, clientKey: 'train', markets: ['US'], competitors: [], companies, today, usedEmails: new Set(), usedPhones: new Set(), firstIndex: 0 });
  const rows: TrainRow[] = [];
  for (let i = 0; i < n; i++) {
    const person = people[i % people.length];
    const intent = INTENTS[i % INTENTS.length];
    const objection = intent === 'objection' ? OBJECTIONS[Math.floor(i / INTENTS.length) % OBJECTIONS.length] : undefined;
    const channel: ReplyChannel = intent === 'out_of_office' ? 'email' : (['email', 'email', 'sms', 'linkedin'] as const)[Math.floor(i / 3) % 4];
    const at = new Date(today.getTime() + i * 3_600_000);
    const colleague = { first: 'Sam', last: 'Okoro', email: `sam.okoro@${person.company.domain}` };
    const written = writeReply(rng, { channel, intent, objection, person, at, sentAt: new Date(at.getTime() - 2 * 86_400_000), subject: 'Quick question about your pipeline', body: 'Hi,\nA note about pipeline.\nTom', colleague });
    const id = `world-${String(i + 1).padStart(4, '0')}`;
    rows.push({
      id,
      sources: [id],
      channel,
      // The subject is where a world auto-reply says so; the engine reads it from the subject, training from the text.
      text: written.autoReply && written.subject ? `${written.subject}\n\n${written.text}` : written.text,
      intent,
      sentiment: null,
      objection_type: objection ?? null,
      rejection_reason: objection ? REASON[objection] : intent === 'unsubscribe' ? 'do_not_contact' : null,
      weight,
    });
  }
  return rows;
}
