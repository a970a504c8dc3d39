/**
 * Generated variation of the training replies, so the model does not learn one writer's habits:
 * typos, casing, dropped apostrophes and punctuation, SMS spelling, greetings, sign-offs and
 * signatures, quoted history, one-paragraph emails, and recombination of two replies that carry
 * the same labels. Every transformation keeps the labels true (a greeting or a typo does not change
 * what a reply means), and all randomness comes from a PRNG seeded by the row id, so the same
 * training data always yields the same variants, byte for byte.
 *
 * The question field is dropped on variants (a typo may land inside the question sentence); the
 * model never learns from it.
 */
import type { GoldRow } from '../../shared/replies/gold.ts';

export interface TrainRow {
  id: string;
  /** The hand-written rows this one was made from (itself for originals); cross-validation folds by them. */
  sources: string[];
  channel: GoldRow['channel'];
  text: string;
  intent: GoldRow['intent'];
  /** Null where the source gives none (the demo world's replies): the sentiment head skips the row. */
  sentiment: GoldRow['sentiment'] | null;
  objection_type: GoldRow['objection_type'];
  rejection_reason: GoldRow['rejection_reason'];
  /** Weight in the fit: 1 for hand-written rows, less for generated ones. */
  weight: number;
}

/** mulberry32: small, fast, and the same sequence on every platform. */
export function prng(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const KEYBOARD: Record<string, string> = {
  a: 'qsz', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k',
  m: 'n', n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};

/** One keyboard slip in a word: swap, drop, double or hit a neighbouring key. */
export function typo(word: string, rand: Rand): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(rand() * (word.length - 2));
  switch (Math.floor(rand() * 4)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default: {
      const near = KEYBOARD[word[i].toLowerCase()];
      return near ? word.slice(0, i) + pick(rand, [...near]) + word.slice(i + 1) : word;
    }
  }
}

function typos(text: string, rand: Rand): string {
  let budget = 1 + Math.floor(rand() * 2);
  return text.replace(/[A-Za-z]{4,}/g, (w) => (budget > 0 && rand() < 0.2 ? (budget--, typo(w, rand)) : w));
}

const SMS_SPELLING: ReadonlyArray<[RegExp, string]> = [
  [/\byou\b/gi, 'u'], [/\byour\b/gi, 'ur'], [/\bplease\b/gi, 'pls'], [/\bthanks\b/gi, 'thx'], [/\bare\b/gi, 'r'],
  [/\bbecause\b/gi, 'bc'], [/\bokay\b/gi, 'ok'], [/\bright now\b/gi, 'rn'], [/\bto be honest\b/gi, 'tbh'],
];

const FIRST = ['Sam', 'Priya', 'Jonas', 'Aylin', 'Marco', 'Chen', 'Fatima', 'Lucas', 'Ines', 'Tomasz', 'Grace', 'Kwame'];
const LAST = ['Berger', 'Okafor', 'Lindqvist', 'Nakamura', 'Rossi', 'Dubois', 'Silva', 'Novak', 'Walsh', 'Haddad'];
const TITLES = ['Head of Sales', 'VP Marketing', 'Operations Manager', 'Founder & CEO', 'RevOps Lead', 'Director of Growth'];
const COMPANIES = ['Northwind GmbH', 'Brightline Ltd', 'Acme Logistics', 'Vela Health', 'Kestrel Labs', 'Orbit Retail BV'];
const OUTBOUND = [
  'Hi {first},\n\nTeams like yours cut reply handling time in half with our inbox assistant.\n\nWorth a 15-minute call next week?\n\nBest,\n{rep}',
  'Hey {first}, quick question: how are you handling follow-ups today? We help sales teams book more meetings. Open to a chat?',
  'Hi {first},\n\nFollowing up on my last note. Would it make sense to connect?\n\n{rep}',
];

function greeting(rand: Rand, first: string): string {
  return pick(rand, [`Hi ${first},\n\n`, `Hello ${first},\n\n`, `Hey ${first}, `, `Dear ${first},\n\n`, 'Hi,\n\n', `${first} -\n`]);
}

function signOff(rand: Rand, name: string): string {
  const [first, last] = name.split(' ');
  return pick(rand, [
    `\n\nThanks,\n${first}`,
    `\n\nBest,\n${name}`,
    `\n\nKind regards,\n${name}\n${pick(rand, TITLES)} | ${pick(rand, COMPANIES)}\n+44 20 7946 ${1000 + Math.floor(rand() * 8999)}`,
    `\n\n--\n${name}\n${pick(rand, TITLES)}\n${first.toLowerCase()}.${last.toLowerCase()}@example.com`,
    '\n\nSent from my iPhone',
    `\n\nCheers\n${first}\n\nGet Outlook for Android`,
  ]);
}

function quoted(rand: Rand, lead: string): string {
  const rep = `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
  const body = pick(rand, OUTBOUND).replace('{first}', lead).replace('{rep}', rep);
  const day = 1 + Math.floor(rand() * 28);
  const attribution = pick(rand, [
    `On Tue, Mar ${day}, 2025 at 10:${10 + day} AM ${rep} <${rep.split(' ')[0].toLowerCase()}@sender.io> wrote:`,
    `On ${day}/04/2025 09:${10 + day}, ${rep} wrote:`,
  ]);
  return `\n\n${attribution}\n${body.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n')}`;
}

/** Applies two or three transformations chosen by `rand`; returns null when nothing changed. */
export function vary(row: Pick<TrainRow, 'text' | 'channel'>, rand: Rand): string | null {
  const lead = pick(rand, FIRST);
  const name = `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
  let text = row.text;
  const steps = 2 + Math.floor(rand() * 2);
  for (let s = 0; s < steps; s++) {
    switch (Math.floor(rand() * 10)) {
      case 0:
      case 1:
        text = typos(text, rand);
        break;
      case 2:
        text = rand() < 0.7 || text.length > 80 ? text.toLowerCase() : text.toUpperCase();
        break;
      case 3:
        text = text.replace(/['’]/g, '');
        break;
      case 4:
        text = text.replace(/[.!?]+(\s|$)/g, (_m, sp: string) => (rand() < 0.5 ? sp : `.${sp}`));
        break;
      case 5:
        for (const [re, to] of SMS_SPELLING) if (rand() < 0.5) text = text.replace(re, to);
        break;
      case 6:
        if (row.channel !== 'sms' && !/^(?:hi|hello|hey|dear)\b/i.test(text)) text = greeting(rand, lead) + text;
        break;
      case 7:
        if (row.channel !== 'sms') text += signOff(rand, name);
        break;
      case 8:
        if (row.channel === 'email' && !/\bwrote:|^>/m.test(text)) text += quoted(rand, lead);
        break;
      default:
        if (row.channel === 'email') text = text.replace(/\n+/g, ' ');
        break;
    }
  }
  return text === row.text ? null : text;
}

const sameLabels = (a: TrainRow, b: TrainRow) =>
  a.intent === b.intent && a.sentiment === b.sentiment && a.objection_type === b.objection_type && a.rejection_reason === b.rejection_reason;

/**
 * The hand-written rows plus `copies` variants of each, and for short replies one recombination
 * with another short reply of identical labels ("No budget this year." + "Maybe in Q3."), which
 * teaches that two sentences meaning the same thing still mean it together.
 */
export function augment(rows: TrainRow[], copies: number, weight: number): TrainRow[] {
  const out: TrainRow[] = [...rows];
  for (const row of rows) {
    for (let k = 0; k < copies; k++) {
      const text = vary(row, prng(`${row.id}#${k}`));
      if (text !== null) out.push({ ...row, id: `${row.id}~${k}`, text, weight });
    }
  }
  const short = rows.filter((r) => r.text.length <= 160 && !/\n/.test(r.text));
  for (const row of short) {
    const rand = prng(`${row.id}#join`);
    const mates = short.filter((m) => m.id !== row.id && m.channel === row.channel && sameLabels(m, row));
    if (mates.length === 0) continue;
    const mate = pick(rand, mates);
    out.push({ ...row, id: `${row.id}+${mate.id}`, sources: [row.id, mate.id], text: `${row.text.trim()} ${mate.text.trim()}`, weight });
  }
  return out;
}
