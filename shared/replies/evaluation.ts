/**
 * Scores one engine's predictions against the gold set: the figures `npm run eval:replies`
 * prints and the floors the test suite asserts (intent macro-F1, opt-out recall, OOO precision).
 */
import type { GoldRow } from './gold.ts';
import { classificationReport, NONE, precisionOf, recallOf, type ClassificationReport } from './metrics.ts';
import { INTENTS, OBJECTION_TYPES, REJECTION_REASONS, SENTIMENTS, type ReplyAnalysis } from './schema.ts';

/** Floors the test suite asserts for the offline engine on the project gold set (issue 5). */
export const OFFLINE_FLOORS = {
  intentMacroF1: 0.85,
  unsubscribeRecall: 0.99,
  doNotContactRecall: 0.99,
  outOfOfficePrecision: 0.95,
} as const;

/** Which floors a report misses (empty when all are met). */
export function missedFloors(report: EvalReport): string[] {
  const missed: string[] = [];
  if (report.intent.macroF1 < OFFLINE_FLOORS.intentMacroF1) missed.push(`intent macro-F1 ${report.intent.macroF1.toFixed(3)} < ${OFFLINE_FLOORS.intentMacroF1}`);
  if (report.unsubscribe_recall < OFFLINE_FLOORS.unsubscribeRecall) missed.push(`unsubscribe recall ${report.unsubscribe_recall.toFixed(3)} < ${OFFLINE_FLOORS.unsubscribeRecall}`);
  if (report.do_not_contact_recall < OFFLINE_FLOORS.doNotContactRecall) missed.push(`do-not-contact recall ${report.do_not_contact_recall.toFixed(3)} < ${OFFLINE_FLOORS.doNotContactRecall}`);
  if (report.out_of_office_precision < OFFLINE_FLOORS.outOfOfficePrecision) missed.push(`out-of-office precision ${report.out_of_office_precision.toFixed(3)} < ${OFFLINE_FLOORS.outOfOfficePrecision}`);
  return missed;
}

export interface QuestionScores {
  /** Gold items that carry a question. */
  withQuestion: number;
  /** Share of those whose extracted question equals the gold one (both trimmed). */
  exactMatch: number;
  /** Share of all items where prediction and gold agree, a null pair counting as agreement. */
  agreement: number;
  /** Items with no gold question where one was extracted anyway. */
  spurious: number;
}

export interface EvalReport {
  n: number;
  intent: ClassificationReport;
  sentiment: ClassificationReport;
  objection_type: ClassificationReport & { macroF1Types: number };
  rejection_reason: ClassificationReport & { macroF1Reasons: number };
  question: QuestionScores;
  unsubscribe_recall: number;
  do_not_contact_recall: number;
  out_of_office_precision: number;
  out_of_office_recall: number;
}

/** Macro-F1 over the given labels that have gold support (ignores the "no label" class). */
function macroOver(report: ClassificationReport, labels: readonly string[]): number {
  const rows = report.perLabel.filter((s) => labels.includes(s.label) && s.support > 0);
  return rows.length === 0 ? 0 : rows.reduce((s, r) => s + r.f1, 0) / rows.length;
}

export function evaluateGold(gold: GoldRow[], predicted: Pick<ReplyAnalysis, 'intent' | 'sentiment' | 'objection_type' | 'rejection_reason' | 'question_extracted' | 'do_not_contact'>[]): EvalReport {
  if (gold.length !== predicted.length) throw new Error('gold and predictions differ in length');
  const col = <K extends keyof GoldRow>(k: K) => gold.map((g) => g[k] as string | null);
  const pcol = <K extends keyof (typeof predicted)[number]>(k: K) => predicted.map((p) => p[k] as unknown as string | null);
  const objection = classificationReport(col('objection_type'), pcol('objection_type'), [...OBJECTION_TYPES, NONE]);
  const rejection = classificationReport(col('rejection_reason'), pcol('rejection_reason'), [...REJECTION_REASONS, NONE]);
  const withQ = gold.map((_, i) => i).filter((i) => gold[i].question !== null);
  const same = (i: number) => (gold[i].question?.trim() ?? null) === (predicted[i].question_extracted?.trim() ?? null);
  const goldDnc = gold.map((g) => (g.intent === 'unsubscribe' || g.rejection_reason === 'do_not_contact' ? 'yes' : 'no'));
  const predDnc = predicted.map((p) => (p.do_not_contact ? 'yes' : 'no'));
  return {
    n: gold.length,
    intent: classificationReport(col('intent'), pcol('intent'), INTENTS),
    sentiment: classificationReport(col('sentiment'), pcol('sentiment'), SENTIMENTS),
    objection_type: { ...objection, macroF1Types: macroOver(objection, OBJECTION_TYPES) },
    rejection_reason: { ...rejection, macroF1Reasons: macroOver(rejection, REJECTION_REASONS) },
    question: {
      withQuestion: withQ.length,
      exactMatch: withQ.length === 0 ? 0 : withQ.filter(same).length / withQ.length,
      agreement: gold.filter((_, i) => same(i)).length / Math.max(1, gold.length),
      spurious: gold.filter((g, i) => g.question === null && predicted[i].question_extracted !== null).length,
    },
    unsubscribe_recall: recallOf(col('intent'), pcol('intent'), 'unsubscribe'),
    do_not_contact_recall: recallOf(goldDnc, predDnc, 'yes'),
    out_of_office_precision: precisionOf(col('intent'), pcol('intent'), 'out_of_office'),
    out_of_office_recall: recallOf(col('intent'), pcol('intent'), 'out_of_office'),
  };
}
