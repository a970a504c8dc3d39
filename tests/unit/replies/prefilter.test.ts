// The stand-ins (prefilter.ts) the world-language patterns are tested behind: a stand-in must match
// wherever its pattern does — else a world opt-out would go unread — and read ASCII text exactly
// as its pattern does; the patterns' own answers are checked in opt-out-world.test.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORLD_ABSENCES } from '../../../shared/replies/absence-world.ts';
import { MORE_WORLD_ABSENCES } from '../../../shared/replies/absence-world-more.ts';
import { foldAccents } from '../../../shared/replies/fold.ts';
import { WORLD_OPT_OUTS, WORLD_OTHERS_ASKED_ABOUT } from '../../../shared/replies/opt-out-world.ts';
import { MORE_WORLD_OPT_OUTS } from '../../../shared/replies/opt-out-world-more.ts';
import { SOUTH_ASIA_OPT_OUTS } from '../../../shared/replies/opt-out-south-asia.ts';
import { prefilter, Prefiltered } from '../../../shared/replies/prefilter.ts';
import { anyOf, ScriptPattern, union } from '../../../shared/replies/world-patterns.ts';

const fixture = (name: string): string[] =>
  Object.values(JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8')) as Record<string, Record<string, string[]>>)
    .flatMap((sets) => Object.values(sets).flat());

/** Every world pattern, with texts in their languages and a few built to probe the edges. */
const PATTERNS: ScriptPattern[] = [WORLD_OTHERS_ASKED_ABOUT as ScriptPattern, ...[...WORLD_OPT_OUTS, ...MORE_WORLD_OPT_OUTS, ...SOUTH_ASIA_OPT_OUTS]
  .flatMap((language) => [language.optOut, language.until, language.others])
  .filter((pattern) => pattern instanceof ScriptPattern), ...[...WORLD_ABSENCES, ...MORE_WORLD_ABSENCES]
  .flatMap((language) => [language.away, language.notNow])
  .filter((pattern) => pattern instanceof ScriptPattern)];
const TEXTS = [
  ...fixture('world-opt-outs.json'),
  ...fixture('world-absences.json'),
  ...fixture('world-absences-more.json'),
  'please remove me from your list',
  'stop: no more emails!!',
  '𝐬𝐭𝐨𝐩 𝐞𝐦𝐚𝐢𝐥𝐢𝐧𝐠 𝐦𝐞',
  'x-не пишите мне',
  'ने मुझे मेसेज मत करो',
  '«не пишите мне больше»',
  'mos\u00a0më shkruani më',
].map(foldAccents);
const isAscii = (text: string): boolean => /^[\x00-\x7f]*$/.test(text);

describe('prefilter', () => {
  it('keeps the ASCII members of a property class and widens it by every other character', () => {
    expect(prefilter(String.raw`я\s+(?:[\p{L}\p{M}\p{N}./-]+\s+){0,3}в`)).toBe(
      String.raw`я\s+(?:[\x2d-\x39\x41-\x5a\x61-\x7a\u{80}-\u{10ffff}]+\s+){0,3}в`,
    );
    expect(prefilter(String.raw`^[\s\p{P}\p{S}]*x\P{M}`)).toBe(
      String.raw`^[\x09-\x0d\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e\u{80}-\u{10ffff}]*x[\x00-\x7f\u{80}-\u{10ffff}]`,
    );
  });

  it('narrows the classes of a negative look-around to their ASCII members, and widens again inside a nested one', () => {
    expect(prefilter(String.raw`(?<![\p{L}\p{N}\p{M}])stop(?!\p{L})`)).toBe(String.raw`(?<![\x30-\x39\x41-\x5a\x61-\x7a])stop(?![\x41-\x5a\x61-\x7a])`);
    expect(prefilter(String.raw`(?!a(?!\p{M}))`)).toBe(String.raw`(?!a(?![\u{80}-\u{10ffff}]))`);
    expect(prefilter(String.raw`(?<![\p{M}\u200c])x`)).toBe(String.raw`(?<![])x`);
  });

  it('leaves classes without a property escape, escapes and positive look-arounds as they are', () => {
    const source = String.raw`[a-z\]]\[(?=\s)\u200c[^\s,]`;
    expect(prefilter(source)).toBe(source);
  });

  it('refuses what it cannot widen or read', () => {
    expect(() => prefilter(String.raw`(a)\1`)).toThrow(/back-references/);
    expect(() => prefilter(String.raw`[\p{L}`)).toThrow(/unclosed class/);
    expect(() => prefilter(String.raw`(?!\p{L}`)).toThrow(/unclosed group/);
  });

  it('matches wherever each world pattern does, and reads ASCII text exactly as it does', () => {
    let checked = 0;
    for (const { alternatives } of PATTERNS) {
      // As the pattern is compiled (one shared word-start look-behind): smaller regex code.
      const source = union(alternatives);
      const exact = new RegExp(source, 'u');
      const standIn = new RegExp(prefilter(source), 'u');
      expect(standIn.source).not.toMatch(/\\[pP]\{/);
      for (const text of TEXTS) {
        const matched = exact.test(text);
        if (matched || isAscii(text)) expect([text, standIn.test(text)]).toEqual([text, matched]);
        if (matched) checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('Prefiltered answers as its exact pattern', () => {
    const source = String.raw`(?<![\p{L}\p{N}\p{M}])(?:не\s+пишите|remove\s+me)(?!\p{L})`;
    const pattern = new Prefiltered(source);
    for (const text of ['не пишите мне', 'xне пишите', 'please remove me', 'remove meeting', 'remove me']) {
      expect([text, pattern.test(text)]).toEqual([text, new RegExp(source, 'u').test(text)]);
    }
  });
});

describe('anyOf', () => {
  // As worldAbsence uses it: one scan for every language's absence.
  const AWAY = [...WORLD_ABSENCES, ...MORE_WORLD_ABSENCES].map((language) => language.away);
  const any = anyOf(AWAY);

  it('misses only where every pattern misses, and on ASCII text matches only where one matches', () => {
    for (const text of TEXTS) {
      const some = AWAY.some((pattern) => pattern.test(text));
      if (some || isAscii(text)) expect([text, any.test(text)]).toEqual([text, some]);
    }
  });
});
