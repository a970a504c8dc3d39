// The 23 languages of opt-out-world-more.ts and opt-out-south-asia.ts, read through the whole rule
// path (isOptOut: English rules, the twelve, the world's with their question gate). The examples
// (fixtures/world-opt-outs.json) were written with the patterns, by the helpers who wrote them from
// each language's grammar: they pin what the patterns were written to read, and what they must not
// (someone else removed, a pause until a date, a question about customers unsubscribing, refusals,
// objections, interest). How the patterns read replies nobody wrote for them is measured on blind
// sets (docs/REPLIES.md), not here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldAccents } from '../../../shared/replies/fold.ts';
import { foreignOptOut } from '../../../shared/replies/opt-out-languages.ts';
import { isOptOut } from '../../../shared/replies/opt-out.ts';
import { anywhereAlternatives, ScriptPattern, wordAlternatives } from '../../../shared/replies/world-patterns.ts';

const examples: Record<string, { optOut: string[]; notOptOut: string[] }> = JSON.parse(
  readFileSync(resolve(import.meta.dirname, 'fixtures/world-opt-outs.json'), 'utf8'),
);
const cases = (kind: 'optOut' | 'notOptOut') =>
  Object.entries(examples).flatMap(([language, sets]) => sets[kind].map((text) => [language, text] as const));

describe('opt-outs in 23 more languages', () => {
  it('covers every language named', () => {
    expect(Object.keys(examples).sort()).toEqual(
      ['am', 'az', 'bn', 'cy', 'eu', 'ga', 'gl', 'gu', 'hy', 'ka', 'kk', 'kn', 'mk', 'ml', 'mr', 'mt', 'ne', 'pa', 'si', 'sq', 'ta', 'te', 'uz'],
    );
  });

  it.each(cases('optOut'))('reads this %s reply as an opt-out: %s', (_language, text) => {
    expect(isOptOut(text, 'email')).toBe(true);
  });

  it.each(cases('notOptOut'))('does not read this %s reply as an opt-out: %s', (_language, text) => {
    expect(isOptOut(text, 'email')).toBe(false);
  });

  it('names the language that decided', () => {
    expect(foreignOptOut('Ju lutem, mos më shkruani më.')).toBe('sq');
    expect(foreignOptOut('এটা শুধু তোমার জন্য না, আমাকে আর মেসেজ করবেন না।')).toBe('bn');
  });
});

describe('ScriptPattern (world-patterns.ts)', () => {
  // Word-start alternatives share one lookbehind in the compiled regex; "anywhere" ones keep none.
  const alternatives = [
    ...wordAlternatives('не\\s+пишите', 'odkud\\s+mate', 'আমাকে\\s+মেসেজ', '(?:e-?mail|почту)\\s+удалите'),
    ...anywhereAlternatives('送らないで', 'stop\\s+it'),
  ];
  const pattern = new ScriptPattern(alternatives);
  const oneRegExp = new RegExp(alternatives.join('|'), 'u');

  it.each([
    'не пишите мне',
    'odkud mate moje cislo',
    'আমাকে মেসেজ করবেন না',
    'email удалите',
    'please stop',
    'আমি',
    'не',
    'prosim ne',
    'neodkud mate',
    'xне пишите',
    'もう送らないでください',
    'nonstop it',
  ])('answers as one RegExp of its alternatives would: %s', (text) => {
    expect(pattern.test(foldAccents(text))).toBe(oneRegExp.test(foldAccents(text)));
  });
});
