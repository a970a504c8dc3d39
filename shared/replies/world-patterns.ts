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

/** Folds only the non-ASCII runs of a pattern, so its regex syntax (\p{L}, \s) stays intact. */
export const foldPattern = (source: string): string => source.replace(/[^\x00-\x7f]+/g, foldAccents);

/** Not inside a word: no letter, digit or (Indic) vowel sign on that side. */
export const WORD_START = '(?<![\\p{L}\\p{N}\\p{M}])';
export const WORD_END = '(?![\\p{L}\\p{N}\\p{M}])';

/** One alternative per source, each starting at a word start. */
export function words(...sources: string[]): RegExp {
  return new RegExp(sources.map((s) => `${WORD_START}(?:${foldPattern(s)})`).join('|'), 'u');
}

/** For scripts written without spaces between words (Chinese, Japanese, Korean phrases, Thai). */
export function anywhere(...sources: string[]): RegExp {
  return new RegExp(sources.map(foldPattern).join('|'), 'u');
}

export interface WorldLanguage {
  readonly code: string;
  readonly optOut: RegExp;
  /** A date or event limiting the request ("until March"): a pause, not an opt-out. */
  readonly until?: RegExp;
  /** Someone else to be removed ("Tanaka-san has retired: delete from the list"), where the pattern cannot tell. */
  readonly others?: RegExp;
}
