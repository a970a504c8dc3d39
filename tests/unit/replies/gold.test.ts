// The project's first hand-labelled set (data/replies/gold.jsonl, "old gold"): its shape (size,
// coverage of every label, verbatim questions), and issue 13's floors held on it as a regression
// check. It was written by the hands that wrote the old rules, so it is kept out of training and
// only scored; the floors that decide are checked on the final blind set (npm run eval:replies).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanReply } from '../../../shared/replies/clean.ts';
import { evaluateGold, missedFloors, OFFLINE_FLOORS } from '../../../shared/replies/evaluation.ts';
import { parseGoldJsonl } from '../../../shared/replies/gold.ts';
import { analyzeOffline } from '../../../shared/replies/offline.ts';
import { REPLY_CHANNELS, INTENTS, OBJECTION_TYPES, REJECTION_REASONS, SENTIMENTS } from '../../../shared/replies/schema.ts';
import { repoRoot } from './fixtures.ts';

const gold = parseGoldJsonl(readFileSync(resolve(repoRoot, 'data/replies/gold.jsonl'), 'utf8'));
const now = new Date('2025-03-05T12:00:00Z');
const report = evaluateGold(gold, gold.map((row) => analyzeOffline({ text: row.text, channel: row.channel }, { now })));

describe('the gold set', () => {
  it('holds at least 320 replies', () => {
    expect(gold.length).toBeGreaterThanOrEqual(320);
  });

  it('covers every intent, sentiment, channel, objection type and rejection reason', () => {
    const has = (values: readonly string[], pick: (r: (typeof gold)[number]) => string | null) =>
      values.filter((v) => !gold.some((r) => pick(r) === v));
    expect(has(INTENTS, (r) => r.intent)).toEqual([]);
    expect(has(SENTIMENTS, (r) => r.sentiment)).toEqual([]);
    expect(has(REPLY_CHANNELS, (r) => r.channel)).toEqual([]);
    expect(has(OBJECTION_TYPES, (r) => r.objection_type)).toEqual([]);
    expect(has(REJECTION_REASONS, (r) => r.rejection_reason)).toEqual([]);
  });

  it('includes quoted history and questions, each question verbatim from its text', () => {
    expect(gold.filter((r) => r.has_quoted_text).length).toBeGreaterThanOrEqual(10);
    const questions = gold.filter((r) => r.question !== null);
    expect(questions.length).toBeGreaterThanOrEqual(50);
    expect(questions.every((r) => r.text.includes(r.question as string))).toBe(true);
  });

  it('rejects a row whose question is not verbatim', () => {
    const row = { ...gold[0], question: 'Something the sender never wrote?' };
    expect(() => parseGoldJsonl(JSON.stringify(row))).toThrow(/verbatim/);
  });
});

describe('cleaning on the gold set', () => {
  it('flags quoted history exactly on the replies the gold marks has_quoted_text, and leaves none in the text', () => {
    const mismatched = gold.filter((r) => cleanReply(r.text, r.channel).had_quoted_text !== r.has_quoted_text).map((r) => r.id);
    expect(mismatched).toEqual([]);
    const leftovers = gold.filter((r) => r.has_quoted_text && /wrote:|From:|Original Message|^>/m.test(cleanReply(r.text, r.channel).text));
    expect(leftovers.map((r) => r.id)).toEqual([]);
  });
});

describe('offline engine floors on the old gold set', () => {
  it(`reaches intent macro-F1 >= ${OFFLINE_FLOORS.intentMacroF1}`, () => {
    expect(report.intent.macroF1).toBeGreaterThanOrEqual(OFFLINE_FLOORS.intentMacroF1);
  });

  it(`recalls unsubscribe at >= ${OFFLINE_FLOORS.unsubscribeRecall} and do-not-contact at >= ${OFFLINE_FLOORS.doNotContactRecall}`, () => {
    expect(report.unsubscribe_recall).toBeGreaterThanOrEqual(OFFLINE_FLOORS.unsubscribeRecall);
    expect(report.do_not_contact_recall).toBeGreaterThanOrEqual(OFFLINE_FLOORS.doNotContactRecall);
  });

  it(`keeps out-of-office precision >= ${OFFLINE_FLOORS.outOfOfficePrecision}`, () => {
    expect(report.out_of_office_precision).toBeGreaterThanOrEqual(OFFLINE_FLOORS.outOfOfficePrecision);
  });

  it('reports no missed floor', () => {
    expect(missedFloors(report)).toEqual([]);
  });
});
