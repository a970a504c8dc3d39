/**
 * Cheap stand-ins for the world-language patterns (world-patterns.ts), tested before them.
 *
 * Why: a Unicode property class like \p{L} compiles to a long table of ranges, and V8 stops
 * optimising the regexes a process compiles once it has generated about a megabyte of regex code
 * (regexp.cc, TooMuchRegExpCode) — after which every pattern compiled later, the engine's own
 * included, runs several times slower. A stand-in holds no property table, so it compiles small;
 * the exact pattern behind it compiles only for the few texts that pass the stand-in.
 *
 * A stand-in matches wherever its pattern matches (and sometimes where it does not): each class
 * with a property escape ([\p{L}\p{M}./-]) and each such escape (\p{L}) keeps its ASCII members
 * exactly and takes every other character too; inside a negative look-around (the word-start
 * look-behind), where a wider class would let less through, it keeps only its ASCII members. So on
 * ASCII text a stand-in reads as its pattern does, and elsewhere it only ever lets more through.
 */

const PROPERTY = /\\[pP]\{[^}]*\}/y;
const BACK_REFERENCE = /\\(?:[1-9]|k<)/y;

/** A regex source (flag `u`) matching wherever `source` does; `widen` is false inside a negative look-around. */
export function prefilter(source: string, widen = true): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    PROPERTY.lastIndex = i;
    BACK_REFERENCE.lastIndex = i;
    const property = PROPERTY.exec(source);
    if (property !== null) {
      out += asciiStandIn(property[0], widen);
      i += property[0].length;
    } else if (BACK_REFERENCE.test(source)) {
      throw new Error(`prefilter: back-references are not supported (${source.slice(0, 80)})`);
    } else if (source[i] === '\\') {
      out += source.slice(i, i + 2);
      i += 2;
    } else if (source[i] === '[') {
      const end = classEnd(source, i);
      const cls = source.slice(i, end);
      out += cls.includes('\\p{') || cls.includes('\\P{') ? asciiStandIn(cls, widen) : cls;
      i = end;
    } else if (source.startsWith('(?!', i) || source.startsWith('(?<!', i)) {
      const opening = source.startsWith('(?!', i) ? '(?!' : '(?<!';
      const end = groupEnd(source, i);
      out += `${opening}${prefilter(source.slice(i + opening.length, end - 1), !widen)})`;
      i = end;
    } else {
      out += source[i];
      i += 1;
    }
  }
  return out;
}

/** A pattern (flag `u`) tested only where its stand-in matches: the same answers as the pattern alone. */
export class Prefiltered {
  readonly #standIn: RegExp;
  readonly #exact: RegExp;

  constructor(source: string) {
    this.#standIn = new RegExp(prefilter(source), 'u');
    this.#exact = new RegExp(source, 'u');
  }

  test(text: string): boolean {
    return this.#standIn.test(text) && this.#exact.test(text);
  }
}

const hex = (code: number): string => `\\x${code.toString(16).padStart(2, '0')}`;

const standIns = new Map<string, string>();

/** The class of the ASCII characters `atom` (a class or a property escape) matches, plus every other character when widening. */
function asciiStandIn(atom: string, widen: boolean): string {
  const key = `${widen}${atom}`;
  let standIn = standIns.get(key);
  if (standIn === undefined) {
    const re = new RegExp(`^${atom}$`, 'u');
    const ranges: string[] = [];
    for (let code = 0; code < 0x80; code++) {
      if (!re.test(String.fromCharCode(code))) continue;
      let last = code;
      while (last + 1 < 0x80 && re.test(String.fromCharCode(last + 1))) last += 1;
      ranges.push(last === code ? hex(code) : `${hex(code)}-${hex(last)}`);
      code = last;
    }
    standIn = `[${ranges.join('')}${widen ? '\\u{80}-\\u{10ffff}' : ''}]`;
    standIns.set(key, standIn);
  }
  return standIn;
}

/** The index just past the class opened at `start`. */
function classEnd(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === '^') i += 1;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  if (i >= source.length) throw new Error(`prefilter: unclosed class in ${source.slice(start, start + 80)}`);
  return i + 1;
}

/** The index just past the group opened at `start`. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    if (source[i] === '\\') i += 1;
    else if (source[i] === '[') i = classEnd(source, i) - 1;
    else if (source[i] === '(') depth += 1;
    else if (source[i] === ')' && --depth === 0) return i + 1;
  }
  throw new Error(`prefilter: unclosed group in ${source.slice(start, start + 80)}`);
}
