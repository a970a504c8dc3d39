/**
 * Lexicon sentiment score in [-1, 1], VADER-style (sum of valences, negation, boosters, "but",
 * capitals and exclamation marks, normalised by x / sqrt(x^2 + 15)) over the project lexicon.
 * Negators are matched case-insensitively: the npm VADER port misses sentence-initial "Not"/"No",
 * which turns "Not interested." positive (REPORT 2.4).
 */
import { BOOSTERS, GENERAL, NEGATORS, SALES_PHRASES } from './lexicon.ts';

const NEGATION_FACTOR = -0.74;
const CAPS_BOOST = 0.733;
const ALPHA = 15;
const MAX_PHRASE_WORDS = 7;

interface Token {
  raw: string;
  lower: string;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Words (with inner apostrophes and ***), emoticons, and pictographic emoji.
  const re = /[A-Za-zÀ-ÿ0-9]+(?:['’*][A-Za-zÀ-ÿ*]+)*[*]*|[:;=>]['-]?[)(DP/\\]|<3|D:|\p{Extended_Pictographic}\uFE0F?/gu;
  for (const m of text.matchAll(re)) {
    const raw = m[0].replace(/’/g, "'");
    tokens.push({ raw, lower: raw.toLowerCase() });
  }
  return tokens;
}

function stemLookup(word: string): number | undefined {
  const direct = GENERAL.get(word);
  if (direct !== undefined) return direct;
  for (const [suffix, replacement] of [['s', ''], ['es', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['ly', '']] as const) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const v = GENERAL.get(word.slice(0, -suffix.length) + replacement);
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

function isNegated(tokens: Token[], at: number): boolean {
  for (let k = Math.max(0, at - 3); k < at; k++) {
    const w = tokens[k].lower;
    if (NEGATORS.has(w) || w.endsWith("n't")) return true;
  }
  return false;
}

/** Raw valence sum for one sentence-free token run. */
function valenceSum(tokens: Token[], shouting: boolean): number {
  const contrast = tokens.findIndex((t) => t.lower === 'but' || t.lower === 'however');
  let sum = 0;
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    let valence = 0;
    for (let n = Math.min(MAX_PHRASE_WORDS, tokens.length - i); n >= 2; n--) {
      const phrase = tokens.slice(i, i + n).map((t) => t.lower).join(' ');
      const v = SALES_PHRASES.get(phrase);
      if (v !== undefined) {
        matched = n;
        valence = v;
        break;
      }
    }
    if (matched === 0) {
      // "like" is a preposition as often as a verb ("what's pricing like"); count it only after a subject.
      const likeAsVerb = !/^lik(?:e|es|ed)$/.test(tokens[i].lower) || /^(?:i|we|you|they|really|would|i'd|we'd|do|don't|dont|still)$/.test(tokens[i - 1]?.lower ?? '');
      const single = likeAsVerb ? SALES_PHRASES.get(tokens[i].lower) ?? stemLookup(tokens[i].lower) : undefined;
      matched = 1;
      if (single !== undefined && single !== 0) {
        valence = single;
        const prev = tokens[i - 1]?.lower;
        const boost = prev === undefined ? undefined : BOOSTERS.get(prev);
        if (boost !== undefined) valence += Math.sign(valence) * boost * Math.abs(valence) / 2;
        if (shouting && tokens[i].raw.length > 1 && tokens[i].raw === tokens[i].raw.toUpperCase() && /[A-Z]/.test(tokens[i].raw)) {
          valence += Math.sign(valence) * CAPS_BOOST;
        }
        if (isNegated(tokens, i)) valence *= NEGATION_FACTOR;
      }
    }
    if (contrast >= 0) valence *= i < contrast ? 0.5 : i > contrast ? 1.5 : 1;
    sum += valence;
    i += matched;
  }
  return sum;
}

/** Sentiment of free text in [-1, 1]; 0 when no lexicon word is present. */
export function lexiconScore(text: string): number {
  const words = text.match(/[A-Za-z]{2,}/g) ?? [];
  // Capitals signal emphasis only when the text is not all capitals anyway.
  const shouting = words.some((w) => w === w.toUpperCase()) && words.some((w) => w !== w.toUpperCase());
  let sum = 0;
  for (const sentence of text.split(/(?<=[.!?\n])\s+/)) sum += valenceSum(tokenize(sentence), shouting);
  if (sum !== 0) {
    const bangs = Math.min((text.match(/!/g) ?? []).length, 4);
    sum += Math.sign(sum) * bangs * 0.292;
  }
  const score = sum / Math.sqrt(sum * sum + ALPHA);
  return Math.max(-1, Math.min(1, Math.round(score * 1000) / 1000));
}
