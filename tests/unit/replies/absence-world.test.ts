// Absence notices in the 52 world languages (absence-world.ts, absence-world-more.ts), read through
// absenceIn, the signal the reply model weighs. The examples (fixtures/world-absences*.json) were
// written with the patterns, by the helpers who wrote them from each language's grammar: they pin
// what the patterns were written to read (the writer or their office away now, a notice sent while
// away) and what they must not (someone else away, an absence over, denied or not yet begun, a
// question about one). How the signal reads replies nobody wrote for it is measured on blind sets
// (docs/REPLIES.md), not here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { absenceIn } from '../../../shared/replies/absence.ts';
import { worldAbsence } from '../../../shared/replies/absence-world.ts';
import { foldAccents } from '../../../shared/replies/fold.ts';

type Examples = Record<string, { away: string[]; notAway: string[] }>;
const load = (file: string): Examples => JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures', file), 'utf8'));
const examples: Examples = { ...load('world-absences.json'), ...load('world-absences-more.json') };
const cases = (kind: 'away' | 'notAway') =>
  Object.entries(examples).flatMap(([language, sets]) => sets[kind].map((text) => [language, text] as const));

describe('absence notices in the world languages', () => {
  it('covers every language the opt-out patterns read', () => {
    expect(Object.keys(examples).sort()).toEqual(
      [
        'af', 'am', 'ar', 'az', 'bg', 'bn', 'ca', 'cy', 'el', 'et', 'eu', 'fa', 'ga', 'gl', 'gu', 'he', 'hi', 'hu', 'hy', 'id',
        'is', 'ja', 'ka', 'kk', 'kn', 'ko', 'lt', 'lv', 'mk', 'ml', 'mr', 'mt', 'ne', 'pa', 'ro', 'ru', 'sh', 'si', 'sk', 'sl',
        'sq', 'sw', 'ta', 'te', 'th', 'tl', 'tr', 'uk', 'ur', 'uz', 'vi', 'zh',
      ],
    );
    for (const [language, sets] of Object.entries(examples)) {
      expect(sets.away.length, language).toBeGreaterThanOrEqual(5);
      expect(sets.notAway.length, language).toBeGreaterThanOrEqual(4);
    }
  });

  it.each(cases('away'))('reads this %s reply as an absence now: %s', (_language, text) => {
    expect(absenceIn(text)).toBe('now');
  });

  it.each(cases('notAway'))('does not read this %s reply as an absence now: %s', (_language, text) => {
    expect(absenceIn(text)).not.toBe('now');
  });

  it('names the language that matched, and skips a clause asked', () => {
    expect(worldAbsence(foldAccents('Я в отпуске до 15 января.'))).toBe('ru');
    expect(worldAbsence(foldAccents('你在休假吗？'))).toBeNull();
    expect(worldAbsence(foldAccents('我正在休假，1月3日回来。'))).toBe('zh');
  });
});
