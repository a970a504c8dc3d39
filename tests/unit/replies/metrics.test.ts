// The evaluation numbers are only as good as their arithmetic: hand-computed cases.
import { describe, expect, it } from 'vitest';
import { classificationReport, NONE, pearson, precisionOf, recallOf } from '../../../shared/replies/metrics.ts';
import { evaluateGold, missedFloors } from '../../../shared/replies/evaluation.ts';
import type { GoldRow } from '../../../shared/replies/gold.ts';

describe('classificationReport', () => {
  const gold = ['a', 'a', 'a', 'b', 'b', 'c'];
  const pred = ['a', 'a', 'b', 'b', 'c', 'c'];
  const report = classificationReport(gold, pred);

  it('counts the confusion matrix with gold labels as rows', () => {
    expect(report.matrix.a).toEqual({ a: 2, b: 1, c: 0 });
    expect(report.matrix.b).toEqual({ a: 0, b: 1, c: 1 });
    expect(report.matrix.c).toEqual({ a: 0, b: 0, c: 1 });
  });

  it('computes per-label precision, recall and F1', () => {
    const b = report.perLabel.find((s) => s.label === 'b');
    expect(b?.precision).toBeCloseTo(0.5);
    expect(b?.recall).toBeCloseTo(0.5);
    expect(b?.f1).toBeCloseTo(0.5);
    const a = report.perLabel.find((s) => s.label === 'a');
    expect(a?.precision).toBeCloseTo(1);
    expect(a?.recall).toBeCloseTo(2 / 3);
  });

  it('averages F1 over labels with gold support and reports accuracy', () => {
    // F1: a = 0.8, b = 0.5, c = 2/3
    expect(report.macroF1).toBeCloseTo((0.8 + 0.5 + 2 / 3) / 3);
    expect(report.accuracy).toBeCloseTo(4 / 6);
  });

  it('treats null as its own class and leaves labels without support out of the macro average', () => {
    const r = classificationReport([null, 'x'], [null, 'x'], ['x', 'y', NONE]);
    expect(r.macroF1).toBe(1);
    expect(r.perLabel.find((s) => s.label === 'y')?.support).toBe(0);
  });
});

describe('recall, precision and Pearson', () => {
  it('computes one-label recall and precision', () => {
    expect(recallOf(['u', 'u', 'x'], ['u', 'x', 'u'], 'u')).toBeCloseTo(0.5);
    expect(precisionOf(['u', 'u', 'x'], ['u', 'x', 'u'], 'u')).toBeCloseTo(0.5);
  });

  it('gives 1 for a perfect linear relation, -1 for an inverse one and NaN for a constant series', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
});

describe('evaluateGold', () => {
  const row = (id: string, intent: GoldRow['intent'], question: string | null = null): GoldRow => ({
    id, channel: 'sms', text: question ?? 'x', intent, sentiment: 'neutral', objection_type: null, rejection_reason: intent === 'unsubscribe' ? 'do_not_contact' : null, question, has_quoted_text: false,
  });
  const gold = [row('1', 'unsubscribe'), row('2', 'unsubscribe'), row('3', 'question', 'Price?'), row('4', 'out_of_office')];
  const pred = (intent: GoldRow['intent'], q: string | null = null) => ({ intent, sentiment: 'neutral' as const, objection_type: null, rejection_reason: null, question_extracted: q, do_not_contact: intent === 'unsubscribe' });

  it('reports a missed opt-out as a failed compliance floor', () => {
    const report = evaluateGold(gold, [pred('unsubscribe'), pred('interested'), pred('question', 'Price?'), pred('out_of_office')]);
    expect(report.unsubscribe_recall).toBeCloseTo(0.5);
    expect(missedFloors(report).some((m) => m.startsWith('unsubscribe recall'))).toBe(true);
  });

  it('scores question extraction by exact match on gold questions', () => {
    const report = evaluateGold(gold, [pred('unsubscribe'), pred('unsubscribe'), pred('question', 'Price? '), pred('interested', 'Hm?')]);
    expect(report.question.exactMatch).toBe(1);
    expect(report.question.spurious).toBe(1);
    expect(report.out_of_office_recall).toBe(0);
  });

  it('names every issue 13 floor a report misses, the VADER correlation only when given', () => {
    const report = evaluateGold(gold, [pred('unsubscribe'), pred('unsubscribe'), pred('question', 'Price?'), pred('out_of_office')]);
    expect(missedFloors(report)).toEqual([]);
    expect(missedFloors(report, 0.79)).toEqual(['VADER tweets r 0.790 < 0.8']);
    const bad = evaluateGold(gold, [pred('unsubscribe'), pred('unsubscribe'), pred('question', null), pred('interested')]);
    expect(missedFloors(bad).map((m) => m.replace(/ [\d.]+ < [\d.]+$/, ''))).toEqual(
      expect.arrayContaining(['intent macro-F1', 'out-of-office recall', 'question exact match']),
    );
  });

  it('splits intent accuracy between replies marked uncertain and the rest', () => {
    const report = evaluateGold(gold, [
      { ...pred('unsubscribe'), uncertain: false }, { ...pred('interested'), uncertain: true },
      { ...pred('question', 'Price?'), uncertain: false }, { ...pred('out_of_office'), uncertain: true },
    ]);
    expect(report.confidence).toEqual({ uncertainShare: 0.5, accuracyCertain: 1, accuracyUncertain: 0.5, missedOptOutsHeld: 1, missedOptOutsFree: 0 });
  });
});
