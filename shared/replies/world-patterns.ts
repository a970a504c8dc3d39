/**
 * The building blocks of the world-language opt-out patterns (opt-out-world.ts,
 * opt-out-world-more.ts, opt-out-south-asia.ts): one entry per language, its patterns written as
 * a native speaker spells them and folded like the text they run on (fold.ts).
 *
 * JavaScript's \b only knows ASCII letters, hence an explicit lookbehind for a word start: no
 * letter, digit or mark before (a mark counts because the Indic scripts keep their vowel signs
 * when folded, and a pattern must not start inside a word after one).
 */
import { foldAccents } from './fold.ts';
import { Prefiltered, prefilter } from './prefilter.ts';

/** Folds only the non-ASCII runs of a pattern, so its regex syntax (\p{L}, \s) stays intact. */
export const foldPattern = (source: string): string => source.replace(/[^\x00-\x7f]+/g, foldAccents);

/** Not inside a word: no letter, digit or (Indic) vowel sign on that side. */
export const WORD_START = '(?<![\\p{L}\\p{N}\\p{M}])';
export const WORD_END = '(?![\\p{L}\\p{N}\\p{M}])';

/** What a world-language pattern offers: a test on folded text, like a RegExp's. */
export interface Matcher {
  test(folded: string): boolean;
}

/** Regex escapes (\s, \p{L}, \u200c …), left out when asking which letters a pattern spells. */
const ESCAPE = /\\[pP]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\./g;

/**
 * One alternation, with the word-start lookbehind its alternatives share written once. The same
 * answers; the point is size: a Unicode class like \p{L} compiles to a long table of ranges, and V8
 * stops optimising the regexes it compiles once a process has generated about a megabyte of regex
 * code (regexp.cc, TooMuchRegExpCode), after which every later pattern runs several times slower.
 */
export function union(alternatives: readonly string[]): string {
  const atWordStart = alternatives.filter((a) => a.startsWith(WORD_START)).map((a) => a.slice(WORD_START.length));
  const elsewhere = alternatives.filter((a) => !a.startsWith(WORD_START));
  return [...(atWordStart.length > 0 ? [`${WORD_START}(?:${atWordStart.join('|')})`] : []), ...elsewhere].join('|');
}

const NOT_ASCII = /[^\x00-\x7f]/;

/** The 128-code-point block of a character: Bengali, Georgian, Hangul jamo … each fall in their own. */
const blockOf = (codePoint: number): number => codePoint >> 7;

/**
 * Alternatives, split by what they are spelled in, for speed: the ones with an ASCII letter (Latin
 * languages, romanised forms) always run; the ones spelled only in other scripts run only when the
 * text holds a letter of one of their blocks, which their every match must contain. 64 languages'
 * patterns on every sentence of every reply would otherwise cost more than the rest of the engine.
 * The same answers as one RegExp of all the alternatives (an alternation is an "or").
 */
export class ScriptPattern implements Matcher {
  readonly #anyText: Prefiltered | null;
  readonly #ownScript: Prefiltered | null;
  readonly #blocks = new Set<number>();

  constructor(readonly alternatives: readonly string[]) {
    const anyText: string[] = [];
    const ownScript: string[] = [];
    for (const alternative of alternatives) {
      const spelled = alternative.replace(ESCAPE, '');
      if (/[a-z]/i.test(spelled)) {
        anyText.push(alternative);
        continue;
      }
      ownScript.push(alternative);
      for (const ch of spelled) if (ch.codePointAt(0)! > 0x7f) this.#blocks.add(blockOf(ch.codePointAt(0)!));
    }
    this.#anyText = anyText.length > 0 ? new Prefiltered(union(anyText)) : null;
    this.#ownScript = ownScript.length > 0 ? new Prefiltered(union(ownScript)) : null;
  }

  test(folded: string): boolean {
    if (this.#anyText?.test(folded)) return true;
    // Most text read is ASCII: one native scan instead of walking it character by character.
    if (this.#ownScript === null || !NOT_ASCII.test(folded)) return false;
    for (const ch of folded) {
      const codePoint = ch.codePointAt(0)!;
      if (codePoint > 0x7f && this.#blocks.has(blockOf(codePoint))) return this.#ownScript.test(folded);
    }
    return false;
  }
}

/** The longest regex source V8 still optimises (regexp.h, kRegExpTooLargeToOptimize: 20 KB), less a margin. */
const OPTIMISED_SOURCE = 16_000;

/**
 * Whether any of the patterns could match: their stand-ins (prefilter.ts), joined into as few
 * regexes as V8 still optimises. One scan of a text instead of one per pattern; when it misses,
 * every pattern would have missed.
 */
export function anyOf(patterns: readonly ScriptPattern[]): Matcher {
  const regexes: RegExp[] = [];
  let pending: string[] = [];
  let size = 0;
  for (const alternative of patterns.flatMap((pattern) => pattern.alternatives)) {
    // A union's stand-in is its alternatives' stand-ins joined: their lengths add up.
    const length = prefilter(alternative).length + 1;
    if (pending.length > 0 && size + length > OPTIMISED_SOURCE) {
      regexes.push(new RegExp(prefilter(union(pending)), 'u'));
      pending = [];
      size = 0;
    }
    pending.push(alternative);
    size += length;
  }
  if (pending.length > 0) regexes.push(new RegExp(prefilter(union(pending)), 'u'));
  return { test: (folded) => regexes.some((re) => re.test(folded)) };
}

/** One alternative per source, folded, each starting at a word start. */
export const wordAlternatives = (...sources: string[]): string[] => sources.map((s) => `${WORD_START}(?:${foldPattern(s)})`);

/** One alternative per source, folded, anywhere: for scripts written without spaces between words (Chinese, Japanese, Korean phrases, Thai). */
export const anywhereAlternatives = (...sources: string[]): string[] => sources.map(foldPattern);

export const words = (...sources: string[]): ScriptPattern => new ScriptPattern(wordAlternatives(...sources));
export const anywhere = (...sources: string[]): ScriptPattern => new ScriptPattern(anywhereAlternatives(...sources));

/**
 * `words` for the Indic scripts: no word start right after a zero-width joiner or non-joiner either
 * (besides a letter, digit or mark): in those scripts they sit inside words.
 */
export const indicWords = (...sources: string[]): ScriptPattern =>
  words(...sources.map((source) => `(?<![\\p{M}\\u200c\\u200d])(?:${source})`));

/** Up to n whole words (any non-space run, so joiners and commas pass) before the next part. */
export const gap = (n: number): string => `(?:\\S+\\s+){0,${n}}`;

/** Letters typed either way: each becomes a class of its spellings (keys are non-ASCII letters only). */
export function loose(map: Readonly<Record<string, string>>): (...sources: string[]) => string[] {
  return (...sources) => sources.map((s) => s.replace(/./gu, (ch) => map[ch] ?? ch));
}

/** Azerbaijani ə and ı, Uzbek ʻ қ ғ ҳ and Maltese ħ as phones type them too. */
export const looseAzerbaijani = loose({ 'ə': '[əe]', 'ı': '[ıi]' });
export const looseUzbek = loose({ 'ʻ': "[ʻʼ']?", 'қ': '[қк]', 'ғ': '[ғг]', 'ҳ': '[ҳх]' });
export const looseMaltese = loose({ 'ħ': '[ħh]' });

/**
 * Malayalam chillu letters, typed atomic (ൽ) or as consonant + virama (+ ZWJ), and inflected, where the
 * consonant takes a vowel sign (ഇമെയിൽ, ഇമെയിലും; നമ്പർ, നമ്പറിൽ): all three spellings.
 */
export const malayalamChillu = (source: string): string =>
  source
    .replace(/ൺ/g, '(?:ൺ|ണ(?:്\\u200d?|(?=\\p{M})))')
    .replace(/ൻ/g, '(?:ൻ|ന(?:്\\u200d?|(?=\\p{M})))')
    .replace(/ർ/g, '(?:ർ|[രറ](?:്\\u200d?|(?=\\p{M})))')
    .replace(/ൽ/g, '(?:ൽ|ല(?:്\\u200d?|(?=\\p{M})))')
    .replace(/ൾ/g, '(?:ൾ|ള(?:്\\u200d?|(?=\\p{M})))');

export interface WorldLanguage {
  readonly code: string;
  readonly optOut: Matcher;
  /** A date or event limiting the request ("until March"): a pause, not an opt-out. */
  readonly until?: Matcher;
  /** Someone else to be removed ("Tanaka-san has retired: delete from the list"), where the pattern cannot tell. */
  readonly others?: Matcher;
}
