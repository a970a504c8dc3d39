// The reply model as shipped: packed weights unpack to what was fitted (within the int8 step),
// the bucket list survives its varint encoding, a model for other features is refused, and the
// shipped module loads with the classes and thresholds the engine expects.
import { describe, expect, it } from 'vitest';
import { FEATURE_VERSION, featureBucket, replyFeatures } from '../../../shared/replies/features.ts';
import { decodeBuckets, encodeBuckets, HEADS, loadModel, predictHead, type HeadName } from '../../../shared/replies/model.ts';
import { REPLY_MODEL } from '../../../shared/replies/model-weights.ts';
import { OFFLINE_RULES_VERSION, shippedModel } from '../../../shared/replies/offline.ts';
import { INTENTS, SENTIMENTS } from '../../../shared/replies/schema.ts';
import { moduleText, packModel } from '../../../scripts/replies/pack.ts';
import type { FitResult } from '../../../scripts/replies/sklearn.ts';

const CLASSES: Record<HeadName, string[]> = {
  intent: [...INTENTS],
  sentiment: [...SENTIMENTS],
  objection: ['timing_not_now', 'too_busy', 'budget_constraints', 'not_decision_maker', 'no_need', 'using_competitor'],
  refusal: ['not_interested_generic', 'bad_experience', 'other'],
};

/** A fitted result over `buckets` with weight w(c, j) for class c and column j. */
function fitted(buckets: number[], w: (head: HeadName, c: number, j: number) => number): FitResult {
  const heads: FitResult['heads'] = {};
  for (const h of HEADS) {
    const k = CLASSES[h].length;
    const coef = new Float64Array(k * buckets.length);
    for (let c = 0; c < k; c++) for (let j = 0; j < buckets.length; j++) coef[c * buckets.length + j] = w(h, c, j);
    heads[h] = { coef, bias: Array.from({ length: k }, (_, c) => c / 10) };
  }
  return { heads };
}

const opts = { uncertainBelow: 0.5, unsubscribeAt: 0.25, meta: {} };

describe('bucket encoding', () => {
  it('round-trips ascending ids, including large gaps', () => {
    const ids = [0, 1, 127, 128, 16_384, 4_194_303];
    expect(decodeBuckets(Buffer.from(encodeBuckets(ids)).toString('base64'))).toEqual(ids);
  });

  it('refuses ids that are not strictly ascending', () => {
    expect(() => encodeBuckets([5, 5])).toThrow(/ascending/);
  });
});

describe('packModel and loadModel', () => {
  const buckets = [10, 20, 30];
  const fit = fitted(buckets, (h, c, j) => (j === 2 ? 0 : Math.sin(c + 3 * j + h.length)));

  it('unpacks every weight to within half a quantisation step of the fitted one', () => {
    const model = loadModel(packModel(fit, buckets, CLASSES, opts));
    for (const h of HEADS) {
      const k = CLASSES[h].length;
      const { weights } = model.heads[h];
      const step = Math.max(...Array.from(fit.heads[h].coef, Math.abs)) / 127;
      for (let c = 0; c < k; c++) {
        for (const j of [0, 1]) {
          const col = model.columns.get(buckets[j]) as number;
          expect(Math.abs(weights[col * k + c] - fit.heads[h].coef[c * buckets.length + j])).toBeLessThanOrEqual(step / 2 + 1e-6);
        }
      }
    }
  });

  it('drops buckets whose weights are all zero', () => {
    const model = loadModel(packModel(fit, buckets, CLASSES, opts));
    expect([...model.columns.keys()]).toEqual([10, 20]);
  });

  it('names the version after the content: same weights, same version and bytes; other weights, another', () => {
    const a = packModel(fit, buckets, CLASSES, opts);
    const b = packModel(fitted(buckets, (h, c, j) => (j === 2 ? 0 : Math.sin(c + 3 * j + h.length))), buckets, CLASSES, opts);
    const c = packModel(fitted(buckets, (h, c2, j) => (j === 2 ? 0 : Math.cos(c2 + j))), buckets, CLASSES, opts);
    expect(moduleText(a)).toBe(moduleText(b));
    expect(a.version).toMatch(/^reply-model-[0-9a-f]{12}$/);
    expect(c.version).not.toBe(a.version);
  });

  it('refuses a model trained on another feature version', () => {
    const packed = { ...packModel(fit, buckets, CLASSES, opts), feature_version: FEATURE_VERSION + 1 };
    expect(() => loadModel(packed)).toThrow(/feature version/);
  });

  it('gives probabilities that sum to 1, led by the class the weights favour', () => {
    const word = featureBucket('w:banana');
    const favour = fitted([word], (h, c) => (h === 'intent' && CLASSES.intent[c] === 'question' ? 40 : 0));
    const model = loadModel(packModel(favour, [word], CLASSES, opts));
    const probs = predictHead(model, 'intent', replyFeatures('banana', 'sms'));
    expect(probs.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 10);
    expect(CLASSES.intent[probs.indexOf(Math.max(...probs))]).toBe('question');
  });
});

describe('the shipped model', () => {
  it('loads, and its version is what offline analyses record', () => {
    const model = shippedModel();
    expect(model.version).toBe(REPLY_MODEL.version);
    expect(OFFLINE_RULES_VERSION).toBe(REPLY_MODEL.version);
    expect(model.columns.size).toBeGreaterThan(10_000);
  });

  it('has the heads and classes the engine reads, and thresholds between 0 and 1', () => {
    const model = shippedModel();
    expect(model.heads.intent.classes).toEqual([...INTENTS]);
    expect(model.heads.sentiment.classes).toEqual([...SENTIMENTS]);
    expect(model.heads.objection.classes).toEqual(CLASSES.objection);
    expect(model.heads.refusal.classes).toEqual(CLASSES.refusal);
    expect(model.uncertainBelow).toBeGreaterThan(0);
    expect(model.uncertainBelow).toBeLessThan(1);
    expect(model.unsubscribeAt).toBeGreaterThan(0);
    expect(model.unsubscribeAt).toBeLessThan(1);
  });

  it('records its cross-validated figures and what it was trained on', () => {
    const meta = shippedModel().meta as { cross_validation: { folds: number; intent_macro_f1: number }; trained_on: Array<{ file: string }> };
    expect(meta.cross_validation.folds).toBeGreaterThanOrEqual(5);
    expect(meta.cross_validation.intent_macro_f1).toBeGreaterThan(0.8);
    expect(meta.trained_on.every((f) => f.file.startsWith('data/replies/train/'))).toBe(true);
  });
});
