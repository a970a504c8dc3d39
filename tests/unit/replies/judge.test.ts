// How the engine combines the model with the rules on top (judge.ts), on small hand-made models so
// each decision can be forced: the model's confidence is reported, a guess is marked uncertain,
// the opt-out rules and proven auto-replies override the model, and a modest opt-out probability
// is enough to file an opt-out.
import { describe, expect, it } from 'vitest';
import { featureBucket } from '../../../shared/replies/features.ts';
import { analyzeWithModel, sentimentScore, SURE_SENTIMENT } from '../../../shared/replies/judge.ts';
import { HEADS, loadModel, type HeadName, type ReplyModel } from '../../../shared/replies/model.ts';
import { INTENTS, SENTIMENTS } from '../../../shared/replies/schema.ts';
import { packModel } from '../../../scripts/replies/pack.ts';
import type { FitResult } from '../../../scripts/replies/sklearn.ts';

const CLASSES: Record<HeadName, string[]> = {
  intent: [...INTENTS],
  sentiment: [...SENTIMENTS],
  objection: ['timing_not_now', 'too_busy', 'budget_constraints', 'not_decision_maker', 'no_need', 'using_competitor'],
  refusal: ['not_interested_generic', 'bad_experience', 'other'],
};

/** A model that knows single words: `votes[word][head] = [class, weight]`; everything else is flat. */
function model(votes: Record<string, Partial<Record<HeadName, [string, number]>>>, thresholds = { uncertainBelow: 0.5, unsubscribeAt: 0.25 }): ReplyModel {
  const words = Object.keys(votes).sort((a, b) => featureBucket(`w:${a}`) - featureBucket(`w:${b}`));
  const buckets = words.map((w) => featureBucket(`w:${w}`));
  const heads: FitResult['heads'] = {};
  for (const h of HEADS) {
    const k = CLASSES[h].length;
    const coef = new Float64Array(k * buckets.length);
    words.forEach((w, j) => {
      const vote = votes[w][h];
      if (vote) coef[CLASSES[h].indexOf(vote[0]) * buckets.length + j] = vote[1];
    });
    heads[h] = { coef, bias: new Array(k).fill(0) };
  }
  return loadModel(packModel({ heads }, buckets, CLASSES, { ...thresholds, meta: {} }));
}

const run = (m: ReplyModel, text: string, extra: { channel?: 'email' | 'sms'; subject?: string } = {}) =>
  analyzeWithModel({ text, channel: extra.channel ?? 'email', subject: extra.subject }, m, new Date('2025-03-05T12:00:00Z'));

describe('confidence and the uncertain mark', () => {
  it('reports the model\'s probability for the intent and is certain when the model is sure', () => {
    const m = model({ pricing: { intent: ['question', 12], sentiment: ['neutral', 12] } });
    const a = run(m, 'pricing');
    expect(a.intent).toBe('question');
    expect(a.confidence).toBeGreaterThan(0.9);
    expect(a.uncertain).toBe(false);
  });

  it('marks a guess uncertain: no intent more likely than not', () => {
    const a = run(model({ pricing: { intent: ['question', 12] } }), 'something else entirely');
    expect(a.confidence).toBeLessThan(0.5);
    expect(a.uncertain).toBe(true);
  });

  it('files an opt-out the rules recognise whatever the model says, and never calls it uncertain', () => {
    const m = model({ remove: { intent: ['interested', 30], sentiment: ['positive', 30] } });
    const a = run(m, 'Please remove me from your list.');
    expect(a).toMatchObject({ intent: 'unsubscribe', do_not_contact: true, rejection_reason: 'do_not_contact', sentiment: 'negative', uncertain: false });
    expect(a.confidence).toBeLessThan(0.01);
    expect(a.sentiment_score).toBeLessThan(0);
  });

  it('files an opt-out when the model gives it the threshold probability, even if another intent leads', () => {
    // Two votes: interested leads, unsubscribe gets about 0.3.
    const m = model({ grr: { intent: ['unsubscribe', 4] }, fine: { intent: ['interested', 5] } });
    expect(run(m, 'grr fine').intent).toBe('unsubscribe');
    const strict = model({ grr: { intent: ['unsubscribe', 4] }, fine: { intent: ['interested', 5] } }, { uncertainBelow: 0.5, unsubscribeAt: 0.6 });
    expect(run(strict, 'grr fine').intent).toBe('interested');
  });

  it('reads an opt-out typed under the signature, which the cleaner drops as boilerplate', () => {
    const m = model({ thanks: { intent: ['interested', 20] } });
    const text = 'Thanks.\n\n--\nDr. Ana Ruiz\nHead of Clinics\n\nThis email is confidential and intended solely for the addressee.\n\nPS: remove me from your list.';
    expect(run(m, text)).toMatchObject({ intent: 'unsubscribe', do_not_contact: true });
    const quoted = 'Thanks.\n\nOn Mon, 3 Mar 2025 at 10:00, Sam <sam@agency.io> wrote:\n> Reply STOP or ask us to remove me from your list';
    expect(run(m, quoted).intent).toBe('interested');
  });

  it('files a message whose subject proves it automatic as out_of_office, neutral with score 0, not uncertain', () => {
    const m = model({ love: { intent: ['interested', 20], sentiment: ['positive', 20] } });
    const a = run(m, 'Love it! Back on Monday.', { subject: 'Automatic reply: your note' });
    expect(a).toMatchObject({ intent: 'out_of_office', sentiment: 'neutral', sentiment_score: 0, uncertain: false });
  });
});

describe('reasons from the model', () => {
  it('types an objection from its reason: too_busy is a timing objection', () => {
    const m = model({ swamped: { intent: ['objection', 20], objection: ['too_busy', 20] } });
    expect(run(m, 'swamped')).toMatchObject({ intent: 'objection', objection_type: 'timing', rejection_reason: 'too_busy' });
  });

  it('gives a refusal its reason and no objection type', () => {
    const m = model({ burned: { intent: ['not_interested', 20], refusal: ['bad_experience', 20] } });
    expect(run(m, 'burned')).toMatchObject({ intent: 'not_interested', objection_type: null, rejection_reason: 'bad_experience' });
  });
});

describe('sentimentScore', () => {
  it('follows the lexicon, 0 for automatic replies', () => {
    expect(sentimentScore('This is great!', 'positive', 0.6, false)).toBeGreaterThan(0.5);
    expect(sentimentScore('This is great!', 'neutral', 0.99, true)).toBe(0);
  });

  it('takes the label\'s sign at the smallest strength when the model is sure and the lexicon disagrees', () => {
    expect(sentimentScore('Love it, thanks so much!', 'negative', SURE_SENTIMENT, false)).toBe(-0.05);
    expect(sentimentScore('Love it, thanks so much!', 'negative', SURE_SENTIMENT - 0.1, false)).toBeGreaterThan(0);
  });
});
