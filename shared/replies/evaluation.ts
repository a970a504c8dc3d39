/**
 * Scores one engine's predictions against a labelled set: the figures `npm run eval:replies`
 * prints, and the floors issue 13 sets for the offline engine on the final blind set.
 */
import type { GoldRow } from './gold.ts';
import { classificationReport, NONE, precisionOf, recallOf, type ClassificationReport } from './metrics.ts';
import { INTENTS, OBJECTION_TYPES, REJECTION_REASONS, SENTIMENTS, type ReplyAnalysis } from './schema.ts';

/** Floors the offline engine must hold on the final blind set (issue 13); `--check` enforces them. */
export const OFFLINE_FLOORS = {
  intentMacroF1: 0.9,
  unsubscribeRecall: 1,
  doNotContactRecall: 1,
  outOfOfficeRecall: 0.95,
  outOfOfficePrecision: 0.95,
  sentimentMacroF1: 0.8,
  questionExactMatch: 0.8,
  /** Pearson r of sentiment_score against the VADER tweets' human ratings (today's figure, 0.800). */
  vaderTweetsR: 0.8,
} as const;

/** Which floors a report misses (empty when all are met); the VADER floor only when `vaderR` is given. */
export function missedFloors(report: EvalReport, vaderR?: number): string[] {
  const f = OFFLINE_FLOORS;
  const missed: string[] = [];
  const below = (name: string, value: number, floor: number) => {
    if (!(value >= floor)) missed.push(`${name} ${value.toFixed(3)} < ${floor}`);
  };
  below('intent macro-F1', report.intent.macroF1, f.intentMacroF1);
  below('unsubscribe recall', report.unsubscribe_recall, f.unsubscribeRecall);
  below('do-not-contact recall', report.do_not_contact_recall, f.doNotContactRecall);
  below('out-of-office recall', report.out_of_office_recall, f.outOfOfficeRecall);
  below('out-of-office precision', report.out_of_office_precision, f.outOfOfficePrecision);
  below('sentiment macro-F1', report.sentiment.macroF1, f.sentimentMacroF1);
  below('question exact match', report.question.exactMatch, f.questionExactMatch);
  if (vaderR !== undefined) below('VADER tweets r', vaderR, f.vaderTweetsR);
  return missed;
}

/** How the uncertain mark splits a set: a useful threshold leaves the errors on the uncertain side. */
export interface ConfidenceScores {
  /** Share of replies marked uncertain. */
  uncertainShare: number;
  /** Intent accuracy on the replies not marked uncertain, and on those marked. */
  accuracyCertain: number;
  accuracyUncertain: number;
  /** Opt-outs filed as another intent but marked uncertain: missed by the label, still held from contact. */
  missedOptOutsHeld: number;
  /** Opt-outs filed as another intent and not marked uncertain: the lead could be contacted again. */
  missedOptOutsFree: number;
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
  confidence: ConfidenceScores;
}

/** Macro-F1 over the given labels that have gold support (ignores the "no label" class). */
function macroOver(report: ClassificationReport, labels: readonly string[]): number {
  const rows = report.perLabel.filter((s) => labels.includes(s.label) && s.support > 0);
  return rows.length === 0 ? 0 : rows.reduce((s, r) => s + r.f1, 0) / rows.length;
}

type Scored = Pick<ReplyAnalysis, 'intent' | 'sentiment' | 'objection_type' | 'rejection_reason' | 'question_extracted' | 'do_not_contact'> &
  Partial<Pick<ReplyAnalysis, 'uncertain'>>;

export function evaluateGold(gold: GoldRow[], predicted: Scored[]): EvalReport {
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
    confidence: confidenceScores(gold, predicted),
  };
}

function confidenceScores(gold: GoldRow[], predicted: Scored[]): ConfidenceScores {
  const right = (i: number) => gold[i].intent === predicted[i].intent;
  const idx = gold.map((_, i) => i);
  const uncertain = idx.filter((i) => predicted[i].uncertain === true);
  const certain = idx.filter((i) => predicted[i].uncertain !== true);
  const accuracy = (xs: number[]) => (xs.length === 0 ? 0 : xs.filter(right).length / xs.length);
  const missed = idx.filter((i) => gold[i].intent === 'unsubscribe' && predicted[i].intent !== 'unsubscribe');
  return {
    uncertainShare: gold.length === 0 ? 0 : uncertain.length / gold.length,
    accuracyCertain: accuracy(certain),
    accuracyUncertain: accuracy(uncertain),
    missedOptOutsHeld: missed.filter((i) => predicted[i].uncertain === true).length,
    missedOptOutsFree: missed.filter((i) => predicted[i].uncertain !== true).length,
  };
}
