import { seeded } from './random.ts';
import { makeCompanies } from './companies.ts';
import { makePeople } from './people.ts';
import { writeReply, type ReplyIntent } from './replies.ts';
import { analyzeOffline } from '../../shared/replies/offline.ts';
const rng = seeded(1);
const today = new Date('2026-11-01T00:00:00Z');
const companies = makeCompanies(rng, 50, ['US', 'DE', 'GB'], today);
const people = makePeople(rng, { count: 300, clientKey: 'x', markets: ['US'], competitors: ['Acme'], companies, today, usedEmails: new Set(), usedPhones: new Set(), firstIndex: 0 });
const intents: ReplyIntent[] = ['interested', 'meeting_request', 'question', 'objection', 'not_interested', 'referral', 'out_of_office', 'unsubscribe'];
const objections = ['budget', 'timing', 'authority', 'need', 'competitor'] as const;
const conf: Record<string, Record<string, number>> = {};
const bad: string[] = [];
for (let i = 0; i < 3000; i++) {
  const p = rng.pick(people);
  const intent = rng.pick(intents);
  const objection = intent === 'objection' ? rng.pick(objections) : undefined;
  const channel = rng.pick(['email', 'email', 'sms', 'linkedin'] as const);
  const at = new Date('2026-09-10T10:00:00Z');
  const r = writeReply(rng, { channel, intent, objection, person: p, at, sentAt: new Date('2026-09-08T10:00:00Z'), subject: 'Month-end close at X', body: 'Hi A,\nSome body text here\nMore', colleague: { first: 'Dana', last: 'Reyes', email: 'dana.reyes@' + p.company.domain } });
  const a = analyzeOffline({ text: r.text, channel, received_at: at.toISOString(), subject: r.subject ?? undefined } as any);
  const want = intent === 'objection' ? `objection:${objection}` : intent;
  const got = a.intent === 'objection' ? `objection:${a.objection_type}` : a.intent;
  (conf[want] ??= {})[got] = (conf[want][got] ?? 0) + 1;
  if (want !== got && bad.length < 40) bad.push(`${want} -> ${got} [${channel}]: ${JSON.stringify(r.text.slice(0, 160))}`);
}
for (const [k, v] of Object.entries(conf)) console.log(k.padEnd(22), JSON.stringify(v));
console.log(bad.join('\n'));
