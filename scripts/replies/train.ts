/**
 * `npm run train:replies`: trains the reply model and writes shared/replies/model-weights.ts.
 *
 *   tsx scripts/replies/train.ts              k-fold cross-validation (5), then the shipped fit
 *   tsx scripts/replies/train.ts --folds 10   another k; --folds 0 skips cross-validation
 *   tsx scripts/replies/train.ts --out FILE   write the module elsewhere (determinism checks)
 *   tsx scripts/replies/train.ts --oof FILE   also write the out-of-fold predictions (JSON lines)
 *
 * Steps: the hand-written training rows (data/replies/train/) plus seeded variants (augment.ts);
 * features by shared/replies/features.ts, the engine's own code; multinomial logistic regression
 * per head fitted by scikit-learn (fit.py); weights quantised into a generated module. Folds group
 * every variant with the row it came from, and each held-out row goes through the whole offline
 * engine (rules on top included) with its fold's model, so the cross-validated figures are those
 * of the engine, not of the bare classifier. Nothing here reads the blind, gold or fresh sets.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanReply } from '../../shared/replies/clean.ts';
import { evaluateGold, type EvalReport } from '../../shared/replies/evaluation.ts';
import { replyFeatures, type SparseVector } from '../../shared/replies/features.ts';
import type { GoldRow } from '../../shared/replies/gold.ts';
import { analyzeWithModel } from '../../shared/replies/judge.ts';
import { HEADS, loadModel, predictHead, type HeadName } from '../../shared/replies/model.ts';
import { isOptOut } from '../../shared/replies/opt-out.ts';
import { INTENTS, SENTIMENTS, type ReplyAnalysis } from '../../shared/replies/schema.ts';
import { augment, type TrainRow } from './augment.ts';
import { engineFingerprint } from './fingerprint.ts';
import { moduleText, packModel } from './pack.ts';
import { fit, sklearnVersion, SKLEARN_MISSING, type FitJob, type HeadSpec } from './sklearn.ts';
import { asTrainRow, foldOf, loadTrainingSet } from './training-data.ts';
import { worldReplies } from './world-replies.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Variants per hand-written row, and their weight in the fit relative to the row itself. */
export const COPIES = 2;
export const VARIANT_WEIGHT = 0.5;
/** Replies written by the demo world (world-replies.ts), and their weight. */
export const WORLD_ROWS = 320;
export const WORLD_WEIGHT = 0.5;
/** scikit-learn's C (inverse L2 strength) per head; chosen by cross-validation (docs/REPLIES.md). */
export const C_BY_HEAD: Record<HeadName, number> = { intent: 10, sentiment: 10, objection: 10, refusal: 10 };
/** Decision thresholds (docs/REPLIES.md explains the choice from out-of-fold predictions). */
export const UNSUBSCRIBE_AT = 0.25;
export const UNCERTAIN_BELOW = 0.5;

const CLASSES: Record<HeadName, string[]> = {
  intent: [...INTENTS],
  sentiment: [...SENTIMENTS],
  objection: ['timing_not_now', 'too_busy', 'budget_constraints', 'not_decision_maker', 'no_need', 'using_competitor'],
  refusal: ['not_interested_generic', 'bad_experience', 'other'],
};

function label(row: TrainRow, head: HeadName): number {
  switch (head) {
    case 'intent':
      return CLASSES.intent.indexOf(row.intent);
    case 'sentiment':
      return row.sentiment === null ? -1 : CLASSES.sentiment.indexOf(row.sentiment);
    case 'objection':
      return row.intent === 'objection' && row.rejection_reason ? CLASSES.objection.indexOf(row.rejection_reason) : -1;
    case 'refusal':
      return row.intent === 'not_interested' && row.rejection_reason ? CLASSES.refusal.indexOf(row.rejection_reason) : -1;
  }
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** The figures kept in the model's meta (and printed): the shape of `npm run eval:replies --json`. */
export function summary(report: EvalReport, predictions: ReplyAnalysis[]) {
  const uncertain = predictions.filter((p) => p.uncertain).length;
  return {
    n: report.n,
    intent_macro_f1: r3(report.intent.macroF1),
    intent_accuracy: r3(report.intent.accuracy),
    unsubscribe_recall: r3(report.unsubscribe_recall),
    do_not_contact_recall: r3(report.do_not_contact_recall),
    out_of_office_recall: r3(report.out_of_office_recall),
    out_of_office_precision: r3(report.out_of_office_precision),
    sentiment_macro_f1: r3(report.sentiment.macroF1),
    objection_type_macro_f1: r3(report.objection_type.macroF1Types),
    rejection_reason_macro_f1: r3(report.rejection_reason.macroF1Reasons),
    question_exact_match: r3(report.question.exactMatch),
    uncertain_share: r3(uncertain / Math.max(1, predictions.length)),
  };
}

async function main(): Promise<void> {
  const version = sklearnVersion();
  if (version === null) {
    console.error(SKLEARN_MISSING);
    process.exit(2);
  }
  const folds = Number(option('--folds') ?? 5);
  const out = resolve(root, option('--out') ?? 'shared/replies/model-weights.ts');
  const oofPath = option('--oof');

  const set = loadTrainingSet(root);
  const originals = set.rows.map(asTrainRow);
  const augmented = augment(originals, COPIES, VARIANT_WEIGHT);
  const rows = [...augmented, ...worldReplies(WORLD_ROWS, WORLD_WEIGHT)];
  console.error(`train:replies: ${originals.length} hand-written rows (${set.files.map((f) => `${f.file} ${f.rows}`).join(', ')}), ${augmented.length - originals.length} variants, ${WORLD_ROWS} demo-world replies; scikit-learn ${version}`);

  // Features once; columns are the buckets any training row uses, ascending.
  const vectors = rows.map((r) => replyFeatures(cleanReply(r.text, r.channel).text, r.channel));
  const buckets = [...new Set(vectors.flatMap((v) => Array.from(v.index)))].sort((a, b) => a - b);
  const column = new Map(buckets.map((b, i) => [b, i]));
  const x: SparseVector[] = vectors.map((v) => ({ index: Int32Array.from(v.index, (b) => column.get(b) as number), value: v.value }));

  const heads = Object.fromEntries(
    HEADS.map((h): [HeadName, HeadSpec] => [h, { classes: CLASSES[h], y: rows.map((r) => label(r, h)), C: C_BY_HEAD[h] }]),
  ) as Record<HeadName, HeadSpec>;
  const all = rows.map((_, i) => i);
  const jobs: FitJob[] = [{ name: 'full', rows: all }];
  for (let f = 0; f < folds; f++) {
    jobs.push({ name: `fold${f}`, rows: all.filter((i) => rows[i].sources.every((s) => foldOf(s, folds) !== f)) });
  }
  console.error(`train:replies: ${buckets.length} feature buckets; fitting ${HEADS.length} heads × ${jobs.length} jobs`);
  const fitted = fit(x, buckets.length, rows.map((r) => r.weight), heads, jobs);

  const thresholds = { uncertainBelow: UNCERTAIN_BELOW, unsubscribeAt: UNSUBSCRIBE_AT };
  let cv: Record<string, unknown> | null = null;
  if (folds > 1) {
    const gold: GoldRow[] = [];
    const predicted: ReplyAnalysis[] = [];
    const oof: string[] = [];
    for (let f = 0; f < folds; f++) {
      const model = loadModel(packModel(fitted.get(`fold${f}`)!, buckets, CLASSES, { ...thresholds, meta: {} }));
      for (const row of set.rows.filter((r) => foldOf(r.id, folds) === f)) {
        const p = analyzeWithModel({ text: row.text, channel: row.channel }, model);
        gold.push(row);
        predicted.push(p);
        if (oofPath) {
          const probs = predictHead(model, 'intent', replyFeatures(p.cleaned_text, row.channel));
          const byIntent = Object.fromEntries(model.heads.intent.classes.map((c, i) => [c, r3(probs[i])]));
          oof.push(JSON.stringify({ id: row.id, fold: f, gold: row.intent, predicted: p.intent, confidence: p.confidence, uncertain: p.uncertain, rule_opt_out: isOptOut(p.cleaned_text, row.channel), p: byIntent }));
        }
      }
    }
    cv = { folds, ...summary(evaluateGold(gold, predicted), predicted) };
    if (oofPath) writeFileSync(oofPath, oof.join('\n') + '\n');
    console.error(`train:replies: ${folds}-fold cross-validation ${JSON.stringify(cv)}`);
  }

  const meta = {
    trained_on: set.files,
    variants: augmented.length - originals.length,
    variant_weight: VARIANT_WEIGHT,
    world_replies: WORLD_ROWS,
    world_weight: WORLD_WEIGHT,
    c_by_head: C_BY_HEAD,
    scikit_learn: version,
    cross_validation: cv,
  };
  // The version also names what the engine decides with these weights and today's rules.
  const unnamed = packModel(fitted.get('full')!, buckets, CLASSES, { ...thresholds, meta });
  const fingerprint = engineFingerprint(loadModel(unnamed), set.rows);
  const packed = packModel(fitted.get('full')!, buckets, CLASSES, { ...thresholds, fingerprint, meta: { ...meta, engine_fingerprint: fingerprint } });
  writeFileSync(out, moduleText(packed));
  console.error(`train:replies: wrote ${out} (${packed.version}, ${packed.heads.intent.weights.length + packed.buckets.length} base64 chars)`);
}

await main();
