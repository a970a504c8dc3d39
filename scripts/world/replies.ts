// Replies written the way people write them: varied openings and sign-offs, quoted history under
// some emails, short texts on SMS and LinkedIn. The intent (and objection) is decided by the
// world; the text is what CIS's reply analyser has to read it back from.
import type { Objection } from './config.ts';
import type { Person } from './people.ts';
import type { Random } from './random.ts';

export type ReplyIntent =
  | 'interested' | 'meeting_request' | 'question' | 'objection' | 'not_interested' | 'referral'
  | 'out_of_office' | 'unsubscribe';

export type ReplyChannel = 'email' | 'sms' | 'linkedin';

const INTERESTED = [
  'This actually sounds relevant for us. Send over whatever you have and I will take a look.',
  'Sounds interesting, tell me more.',
  'Good timing, we are reviewing this area this quarter. Happy to take a look at what you have got.',
  'I am intrigued. Could you send over a case study from a company our size?',
  'Definitely on our radar. Send me the deck?',
  'Yes, interested. Please share some details.',
  'This looks promising. Keep me posted and send the overview when you can.',
  'We have been talking about exactly this internally. I would like to learn more.',
];
const MEETING = [
  'Happy to chat. Does Thursday at 2pm work for you?',
  "Let's set up a call next week. Tuesday or Wednesday afternoon works for me.",
  'Sure, I can give you 20 minutes on Friday morning. Send me an invite.',
  'Open to a quick call. When are you free this week?',
  "Let's talk. I am around Monday after 10am.",
  'Could we do a 30-minute demo next week? Wednesday would be ideal.',
  'Happy to hop on a call, just book a slot on my calendar for next week.',
];
const QUESTIONS = [
  'How long does implementation usually take?',
  'Does this integrate with NetSuite?',
  'What does pricing look like for a team of 40?',
  'Is the data hosted in the EU?',
  'How is this different from what our ERP already does?',
  'Do you have customers in our industry?',
];
const OBJECTIONS: Record<Objection, string[]> = {
  budget: [
    'We just do not have the budget for this right now.',
    'Honestly it is too expensive for a company our size.',
    'Our budget for this year is already spent, so I cannot justify it.',
    'There is a spending freeze until further notice, so no budget for new tools.',
    'Looks nice but it is out of our budget.',
    'We cannot afford another subscription at the moment.',
  ],
  timing: [
    'Not the right time for us, maybe reach out in Q2.',
    'We are in the middle of a reorg, so not right now. Check back in a few months.',
    'Timing is just off, this is not a priority this quarter.',
    'Not at this time. Circle back next year maybe.',
  ],
  authority: [
    'I am not the right person for this, and it is not my decision.',
    'This is not my call, procurement decides on tools like this.',
    "I don't make decisions on this, it would need sign-off from our CFO.",
  ],
  need: [
    'We do not really need this, we handle it manually and it works fine.',
    'Not a fit for us, we built our own tool in-house.',
    "We don't have that problem, honestly.",
  ],
  competitor: [
    'We already use a similar tool and we are happy with it.',
    'We are under contract with another vendor until next year.',
    'We already have something in place that does the job.',
  ],
};
const NOT_INTERESTED = [
  'Not interested, thanks.',
  'No thanks.',
  "Thanks, but we'll pass.",
  'Appreciate the note but this is not for us.',
  'We have decided not to pursue this. Thanks anyway.',
];
const UNSUBSCRIBE_EMAIL = [
  'Please remove me from your list.',
  'Unsubscribe.',
  'Stop emailing me.',
  'Take me off your mailing list please.',
  'Please do not contact me again.',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface WrittenReply {
  text: string;
  /** Only for out-of-office: the return date written in the text. */
  returnDate: string | null;
  subject: string | null;
  autoReply: boolean;
  question: string | null;
}

function greet(rng: Random, to: string): string {
  return rng.pick([`Hi ${to},\n\n`, `Hello ${to},\n\n`, `${to},\n\n`, '', `Hey ${to},\n\n`, `Thanks ${to}.\n\n`]);
}
function signOff(rng: Random, p: Person): string {
  return rng.pick([
    `\n\nBest,\n${p.firstName}`,
    `\n\nThanks,\n${p.firstName}`,
    `\n\nRegards,\n${p.firstName} ${p.lastName}\n${p.title} | ${p.company.name}`,
    `\n\n${p.firstName}`,
    `\n\nCheers,\n${p.firstName}\n\nSent from my iPhone`,
  ]);
}
function quoted(rng: Random, sent: Date, subjectLine: string, body: string): string {
  if (!rng.chance(0.45)) return '';
  const d = sent.toUTCString().replace(/:\d\d GMT$/, ' GMT');
  const lines = body.split('\n').slice(0, 4).map((l) => `> ${l}`).join('\n');
  return rng.chance(0.5)
    ? `\n\nOn ${d} Tom <tom@outreach.example> wrote:\n${lines}`
    : `\n\n-----Original Message-----\nFrom: Tom <tom@outreach.example>\nSent: ${d}\nSubject: ${subjectLine}\n\n${body.split('\n').slice(0, 3).join('\n')}`;
}

export interface ReplyContext {
  channel: ReplyChannel;
  intent: ReplyIntent;
  objection?: Objection;
  person: Person;
  at: Date;
  /** The touch being answered. */
  sentAt: Date;
  subject: string | null;
  body: string;
  colleague: { first: string; last: string; email: string };
}

export function writeReply(rng: Random, c: ReplyContext): WrittenReply {
  const short = c.channel !== 'email';
  const re = c.subject ? `Re: ${c.subject}` : null;
  let core: string;
  let question: string | null = null;
  switch (c.intent) {
    case 'interested': core = rng.pick(INTERESTED); break;
    case 'meeting_request': core = rng.pick(MEETING); break;
    case 'question':
      question = rng.pick(QUESTIONS);
      core = `${rng.pick(['Thanks for reaching out. ', 'Quick one before we go further. ', '', 'Possibly relevant. '])}${question}`;
      break;
    case 'objection': core = rng.pick(OBJECTIONS[c.objection ?? 'budget']); break;
    case 'not_interested': core = rng.pick(NOT_INTERESTED); break;
    case 'referral':
      core = rng.pick([
        `I am not the one who handles this. Please reach out to ${c.colleague.first} ${c.colleague.last} at ${c.colleague.email}.`,
        `${c.colleague.first} ${c.colleague.last} runs this area, you should talk to ${c.colleague.first}: ${c.colleague.email}`,
        `Forwarding this to my colleague ${c.colleague.first} ${c.colleague.last}, who owns it.`,
      ]);
      break;
    case 'unsubscribe':
      if (c.channel === 'sms') return { text: rng.pick(['STOP', 'Stop', 'UNSUBSCRIBE', 'stop']), returnDate: null, subject: null, autoReply: false, question: null };
      core = rng.pick(UNSUBSCRIBE_EMAIL);
      break;
    case 'out_of_office': {
      const back = new Date(c.at.getTime() + rng.int(3, 16) * 86_400_000);
      const date = `${MONTHS[back.getUTCMonth()]} ${back.getUTCDate()}`;
      const text = rng.pick([
        `I am out of the office until ${date} with limited access to email. For urgent matters please contact ${c.colleague.email}.`,
        `Thank you for your message. I am currently on annual leave and will return on ${date}. I will respond when I am back.`,
        `Automatic reply: I am away until ${date}. Your email will not be forwarded.`,
      ]);
      return {
        text: `${text}\n\n${c.person.firstName} ${c.person.lastName}`,
        returnDate: back.toISOString().slice(0, 10),
        subject: c.subject ? `Automatic reply: ${c.subject}` : 'Out of office',
        autoReply: true,
        question: null,
      };
    }
  }
  if (short) {
    // Texts and LinkedIn messages: no greeting block, no signature, no quoted history.
    return { text: core.replace(/\n+/g, ' '), returnDate: null, subject: null, autoReply: false, question };
  }
  const text = greet(rng, 'Tom') + core + signOff(rng, c.person) + quoted(rng, c.sentAt, c.subject ?? '', c.body);
  return { text, returnDate: null, subject: re, autoReply: false, question };
}
