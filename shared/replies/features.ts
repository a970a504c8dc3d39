/**
 * Features of a cleaned reply for the reply model (model.ts), hashed into a fixed space. This is
 * the only feature code: the training script (scripts/replies/train.ts) calls it on the training
 * replies and the engine calls it on live ones, so the two cannot drift apart.
 *
 * Three groups, each L2-normalised on its own so that the many character n-grams do not drown the
 * words (the usual "union of vectorizers"):
 * - words: unigrams and bigrams of a normalised text (lower case, digits as 0, URLs and addresses
 *   as placeholders, "?" and "!" kept as tokens because they carry intent);
 * - characters: 3- to 5-grams inside each word, padded with spaces, which still match when a word is
 *   misspelled ("unsubcribe" shares most of its n-grams with "unsubscribe");
 * - shape: the channel and a length bucket, which shift what short replies mean ("stop" on SMS);
 * - rules: which hand-written cue families (cues.ts) match, whether a question sentence was found
 *   whether the text reads like an absence notice (the narrow auto-reply.ts reading, and the broad
 *   absence.ts one), each a fixed 0.3 (chosen by cross-validation).
 *   The old rules become evidence the model weighs, instead of decisions taken blindly.
 *
 * Hashing (32-bit FNV-1a) needs no vocabulary at inference; the model keeps only the buckets it
 * saw in training.
 */
import { absenceIn, type Absence } from './absence.ts';
import { looksOutOfOffice } from './auto-reply.ts';
import { CUES, hasCue, type CueFamily } from './cues.ts';
import { extractQuestion } from './questions.ts';
import { remembering } from './remember.ts';
import type { ReplyChannel } from './schema.ts';

/** Buckets in the hashed space (2^22): collisions between the ~10^5 features seen are rare. */
export const FEATURE_SPACE = 1 << 22;
/** Bump whenever what `replyFeatures` returns changes: a model is only valid for its version. */
export const FEATURE_VERSION = 4;

/** A sparse vector: bucket ids ascending, with their values. */
export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

const URL_RE = /\b(?:https?:\/\/|www\.)([\w.-]+)[^\s<>]*/gi;
const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const TOKEN_RE = /[\p{L}\p{N}_']+|[?!]|\p{Extended_Pictographic}/gu;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnvAdd(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

function bucket(h: number): number {
  return (h >>> 0) % FEATURE_SPACE;
}

/** 32-bit FNV-1a of a feature name, folded into the feature space. */
export function featureBucket(name: string): number {
  return bucket(fnvAdd(FNV_OFFSET, name));
}

/** The text the features read: NFKC, lower case, placeholders for links and addresses, digits as 0. */
export function normaliseForFeatures(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(URL_RE, (_m, host: string) => ` _url_ ${host.replace(/\./g, ' ')} `)
    .replace(EMAIL_RE, ' _email_ ')
    .replace(/\d/g, '0');
}

export function tokens(normalised: string): string[] {
  return (normalised.match(TOKEN_RE) ?? []).map((t) => t.replace(/^'+|'+$/g, '')).filter((t) => t !== '');
}

function lengthBucket(words: number): string {
  if (words <= 1) return '1';
  if (words <= 3) return '2-3';
  if (words <= 7) return '4-7';
  if (words <= 15) return '8-15';
  if (words <= 40) return '16-40';
  return '41+';
}

/** Value of each rule signal (not normalised: a cue is present or not, however many others are). */
const RULE_WEIGHT = 0.3;
const FAMILIES = Object.keys(CUES) as CueFamily[];

const ABSENCE_SIGNAL: Record<Absence, string> = {
  now: 'rule:away',
  later: 'rule:away-later',
  over: 'rule:away-over',
  someone_else: 'rule:away-other',
};

/** The hand-written rules' verdicts on a cleaned reply, as feature names (remembered: remember.ts). */
export const ruleSignals: (cleanedText: string) => readonly string[] = remembering(64, readRuleSignals);

function readRuleSignals(cleanedText: string): string[] {
  const out = FAMILIES.filter((family) => hasCue(cleanedText, family)).map((family) => `cue:${family}`);
  if (extractQuestion(cleanedText) !== null) out.push('rule:question');
  if (looksOutOfOffice(cleanedText)) out.push('rule:absence');
  const absence = absenceIn(cleanedText);
  if (absence !== null) out.push(ABSENCE_SIGNAL[absence]);
  return out;
}

/** Distinct buckets, ascending. */
function distinct(buckets: number[]): Int32Array {
  const sorted = Int32Array.from(buckets).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
  return sorted.subarray(0, n);
}

/**
 * Character 3- to 5-grams of each word padded with spaces, as buckets of "c:" + n-gram. FNV-1a runs
 * left to right, so one pass from each start position yields the 3-, 4- and 5-gram hashes without
 * building the strings (the hot path of the engine).
 */
function charBuckets(toks: string[]): number[] {
  const prefix = fnvAdd(FNV_OFFSET, 'c:');
  const out: number[] = [];
  for (const t of toks) {
    if (t.length < 2 || !/\p{L}/u.test(t)) continue;
    const padded = ` ${t} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      let h = prefix;
      for (let k = 0; k < 5 && i + k < padded.length; k++) {
        h = Math.imul(h ^ padded.charCodeAt(i + k), FNV_PRIME);
        if (k >= 2) out.push(bucket(h));
      }
    }
  }
  return out;
}

/** The hashed feature vector of one cleaned reply. */
export function replyFeatures(cleanedText: string, channel: ReplyChannel): SparseVector {
  const toks = tokens(normaliseForFeatures(cleanedText));
  const words: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    words.push(featureBucket(`w:${toks[i]}`));
    words.push(featureBucket(`b:${i === 0 ? '^' : toks[i - 1]} ${toks[i]}`));
  }
  if (toks.length > 0) words.push(featureBucket(`b:${toks[toks.length - 1]} $`));
  const shape = [featureBucket(`ch:${channel}`), featureBucket(`len:${lengthBucket(toks.length)}`)];
  const rules = ruleSignals(cleanedText).map(featureBucket);
  // Each group's distinct buckets share weight 1/sqrt(count), so each group has norm 1; rules are fixed.
  const parts: Array<[Int32Array, number]> = [];
  for (const group of [words, charBuckets(toks), shape]) {
    const d = distinct(group);
    if (d.length > 0) parts.push([d, 1 / Math.sqrt(d.length)]);
  }
  parts.push([distinct(rules), RULE_WEIGHT]);
  const all = distinct(parts.flatMap(([d]) => Array.from(d)));
  const value = new Float32Array(all.length);
  const sum = new Float64Array(all.length);
  for (const [d, w] of parts) {
    let j = 0;
    for (const b of d) {
      while (all[j] !== b) j++;
      sum[j] += w;
    }
  }
  value.set(sum);
  return { index: Int32Array.from(all), value };
}
