// Judges a client's report against the truths planted in its world: for each of the eight
// questions, is the answer right, honestly unsure, or wrong? The truth is never hard-coded per
// world: it comes from the world file's own `effects` and from each lead's true probabilities
// (model.ts `Truth`, themselves computed from those effects). Used by `npm run eval:learning` and
// the learning regression tests.
//
// The rules (docs/DETECTORS.md, "How the answers are judged"):
// - A significant segment claims its true rate differs from the rest's in the direction shown by
//   at least MIN_TRUE_LIFT (10%, relative): a smaller true difference is composition noise, not an
//   effect, so the claim is wrong. Any false claim makes the question wrong.
// - Segment questions: right when the named segment is truly the best (within 3% of the best true
//   rate; deal predictors: any true claim); honestly unsure when nothing is named, or a true but
//   not best segment is; right to name nothing when nothing was planted.
// - Reading peak: right when at least half the claimed window lies in the planted peak; a claim
//   in a flat world is wrong; no claim is unsure (right when flat).
// - Top objection: right when it is the planted top; if the runner-up's planted share is within
//   10% of the top's, naming either is unsure and "not separable" is right.
// - A/B: a winner must be the variant with the higher planted reply multiplier (≥ 10% higher);
//   "no difference" is right when none was planted, unsure when the planted effect is within the
//   stated margin, wrong beyond it; inconclusive or collecting is unsure.
// - Show rate and deal value are estimates: their 95% interval covers the planted value or
//   misses it. A 95% interval misses one time in twenty by design, so misses are counted apart
//   (and their rate checked), not called wrong answers; too few data to estimate is unsure.
import type { WorldConfig } from './config.ts';
import type { Truth } from './model.ts';
import type { LeadTruth } from './world.ts';
import type { AbTestsQuestion, ObjectionsQuestion, OpenTimesQuestion, Question, Report, SegmentFinding, SegmentQuestion } from '../../shared/report/types.ts';

export type Verdict = 'right' | 'unsure' | 'wrong';
export const MIN_TRUE_LIFT = 0.1;
const BEST_WITHIN = 0.97;
const OBJECTION_TIE = 0.9;

/** A lead's detector facts as CIS recorded them (segment membership is observed, not an outcome). */
export type LeadFacts = Record<string, string | string[] | null>;

export interface JudgeInput {
  world: WorldConfig;
  clientKey: string;
  report: Report;
  /** The client's contacted leads and their true probabilities. */
  truths: LeadTruth[];
  /** email → facts (detector_lead_facts columns). */
  facts: Map<string, LeadFacts>;
  /** A/B test name → equivalence margin (absolute, the planned minimum effect). */
  margins: Map<string, number>;
}

export interface QuestionVerdict {
  key: Question['key'] | 'exploratory';
  verdict: Verdict;
  /** The answer's claim of an effect (a star, a peak, a top objection, a winner), as judged. */
  claim: string | null;
  /** Whether the answer claims an effect (for the null worlds' false-claim rate). */
  effectClaim: boolean;
  /** Estimates only: did the 95% interval cover the planted value? */
  interval?: 'covered' | 'missed' | null;
  note: string;
}

type Outcome = keyof Truth;

const STAGE_OF: Record<string, Outcome | undefined> = { our_response_band: 'reply', booking_lead_time: 'meeting_booked' };

function factValue(f: LeadFacts | undefined, dimension: string): string | string[] | null {
  if (!f) return null;
  return f[dimension === 'technology' ? 'technologies' : dimension] ?? null;
}

/** True rate of a segment and of the rest of the leads with a known value (conditional within a stage). */
export function trueRates(input: JudgeInput, dimension: string, segment: string, outcome: Outcome): { segment: number; rest: number; n: number } | null {
  const stage = STAGE_OF[dimension];
  let segSum = 0;
  let segN = 0;
  let restSum = 0;
  let restN = 0;
  for (const t of input.truths) {
    const v = factValue(input.facts.get(t.lead.person.email), dimension);
    if (v === null || (Array.isArray(v) && v.length === 0)) continue;
    const inSegment = Array.isArray(v) ? v.includes(segment) : v === segment;
    const p = stage ? (t.truth[stage] > 0 ? t.truth[outcome] / t.truth[stage] : 0) : t.truth[outcome];
    if (inSegment) {
      segSum += p;
      segN++;
    } else {
      restSum += p;
      restN++;
    }
  }
  if (!segN || !restN) return null;
  return { segment: segSum / segN, rest: restSum / restN, n: segN };
}

function trueLift(input: JudgeInput, f: SegmentFinding, outcome: Outcome): number | null {
  const r = trueRates(input, f.dimension, f.segment, outcome);
  if (!r || r.rest <= 0) return null;
  return r.segment / r.rest - 1;
}

/** Is this significant finding's direction a real effect of at least MIN_TRUE_LIFT? */
export function claimHolds(input: JudgeInput, f: SegmentFinding, outcome: Outcome): boolean {
  const lift = trueLift(input, f, outcome);
  if (lift === null) return false;
  return Math.sign(lift) === Math.sign(f.lift ?? 0) && Math.abs(lift) >= MIN_TRUE_LIFT;
}

const OUTCOME_OF: Record<string, Outcome> = { seniority: 'meeting_booked', subject_lines: 'human_open', deal_predictors: 'deal_won' };
const DIMENSIONS_OF: Record<string, string[]> = {
  seniority: ['seniority'],
  subject_lines: ['subject'],
  deal_predictors: ['seniority', 'funding', 'ab_variant', 'subject', 'employee_band', 'revenue_band', 'industry', 'country', 'email_status'],
};
const PLANTED_MIN_LEADS = 30;

/** Does any of these dimensions truly split the outcome by MIN_TRUE_LIFT or more (segments of 30+ leads)? */
export function plantedEffect(input: JudgeInput, dimensions: string[], outcome: Outcome): boolean {
  for (const dimension of dimensions) {
    const acc = new Map<string, { n: number; sum: number }>();
    for (const t of input.truths) {
      const v = factValue(input.facts.get(t.lead.person.email), dimension);
      if (v === null || Array.isArray(v)) continue;
      const a = acc.get(v) ?? { n: 0, sum: 0 };
      a.n++;
      a.sum += t.truth[outcome];
      acc.set(v, a);
    }
    const rates = [...acc.values()].filter((a) => a.n >= PLANTED_MIN_LEADS).map((a) => a.sum / a.n);
    if (rates.length < 2) continue;
    const max = Math.max(...rates);
    const min = Math.min(...rates);
    if (max > 0 && max / Math.max(min, 1e-12) - 1 >= MIN_TRUE_LIFT) return true;
  }
  return false;
}

function describe(f: SegmentFinding): string {
  return `${f.dimension}=${f.segment} ${(f.lift ?? 0) > 0 ? 'higher' : 'lower'}`;
}

function judgeSegments(input: JudgeInput, q: SegmentQuestion): QuestionVerdict {
  const outcome = OUTCOME_OF[q.key];
  const stars = q.data.filter((f) => f.significant);
  const effectClaim = stars.length > 0 || q.confidence === 'high' || q.confidence === 'medium';
  const false_ = stars.filter((f) => !claimHolds(input, f, outcome));
  if (false_.length) {
    return { key: q.key, verdict: 'wrong', claim: false_.map(describe).join('; '), effectClaim, note: `no such effect: ${false_.map(describe).join('; ')}` };
  }
  // Which segments are truly best among those the report could name (n ≥ min n)?
  const eligible = q.data.filter((f) => f.min_n_met !== false && (f.tested ?? true));
  const rates = eligible.map((f) => ({ f, rate: trueRates(input, f.dimension, f.segment, outcome)?.segment ?? 0 }));
  const max = Math.max(0, ...rates.map((r) => r.rate));
  // Was an effect planted that this question could find? Read from every lead's truth, over the
  // dimensions the question looks at — not from what the report managed to test.
  const planted = plantedEffect(input, DIMENSIONS_OF[q.key], outcome);
  const head = q.headline ? q.data.find((f) => f.dimension === q.headline!.dimension && f.segment === q.headline!.segment) : undefined;
  if (!head) {
    return planted
      ? { key: q.key, verdict: 'unsure', claim: null, effectClaim, note: 'nothing named; an effect was planted' }
      : { key: q.key, verdict: 'right', claim: null, effectClaim, note: 'nothing named, nothing planted' };
  }
  if (q.key === 'deal_predictors') return { key: q.key, verdict: 'right', claim: describe(head), effectClaim, note: 'a true predictor' };
  if (q.headline!.direction === 'lower') {
    return { key: q.key, verdict: 'unsure', claim: describe(head), effectClaim, note: 'a true but lower segment; no best named' };
  }
  const best = rates.filter((r) => r.rate >= BEST_WITHIN * max).map((r) => r.f);
  return best.includes(head)
    ? { key: q.key, verdict: 'right', claim: describe(head), effectClaim, note: 'the truly best segment' }
    : { key: q.key, verdict: 'unsure', claim: describe(head), effectClaim, note: `true but not the best (${best.map((f) => f.segment).join(', ')})` };
}

function judgeOpenTimes(input: JudgeInput, q: OpenTimesQuestion): QuestionVerdict {
  const { peak: planted, flat } = input.world.effects.open_hours;
  if (!q.peak) {
    return flat
      ? { key: q.key, verdict: 'right', claim: null, effectClaim: false, note: 'no peak claimed in a flat week' }
      : { key: q.key, verdict: 'unsure', claim: null, effectClaim: false, note: `no peak claimed; ${planted[0]}–${planted[1]} planted` };
  }
  const claim = `${q.peak.start_hour}–${q.peak.end_hour}`;
  if (flat) return { key: q.key, verdict: 'wrong', claim, effectClaim: true, note: 'a peak claimed in a flat week' };
  const hours = [q.peak.start_hour, (q.peak.start_hour + 1) % 24];
  const inside = hours.filter((h) => h >= planted[0] && h < planted[1]).length;
  return inside * 2 >= hours.length
    ? { key: q.key, verdict: 'right', claim, effectClaim: true, note: `within the planted ${planted[0]}–${planted[1]}` }
    : { key: q.key, verdict: 'wrong', claim, effectClaim: true, note: `outside the planted ${planted[0]}–${planted[1]}` };
}

function judgeObjections(input: JudgeInput, q: ObjectionsQuestion): QuestionVerdict {
  const mix = Object.entries(input.world.effects.objection_mix).sort((a, b) => b[1] - a[1]);
  const [top, runner] = mix;
  const uniform = mix.every(([, w]) => w === top[1]);
  const tied = !runner || runner[1] >= OBJECTION_TIE * top[1];
  const leaders = mix.filter(([, w]) => w >= OBJECTION_TIE * top[1]).map(([k]) => k);
  if (!q.top) {
    return tied
      ? { key: q.key, verdict: 'right', claim: null, effectClaim: false, note: uniform ? 'no top claimed, none planted' : `no top claimed; ${leaders.join(' and ')} planted nearly tied` }
      : { key: q.key, verdict: 'unsure', claim: null, effectClaim: false, note: `no top claimed; ${top[0]} planted` };
  }
  if (uniform) return { key: q.key, verdict: 'wrong', claim: q.top, effectClaim: true, note: 'a top claimed, objections planted uniform' };
  if (tied) {
    return leaders.includes(q.top)
      ? { key: q.key, verdict: 'unsure', claim: q.top, effectClaim: true, note: `one of the nearly tied ${leaders.join(' and ')}` }
      : { key: q.key, verdict: 'wrong', claim: q.top, effectClaim: true, note: `planted leaders ${leaders.join(' and ')}` };
  }
  return q.top === top[0]
    ? { key: q.key, verdict: 'right', claim: q.top, effectClaim: true, note: 'the planted top' }
    : { key: q.key, verdict: 'wrong', claim: q.top, effectClaim: true, note: `planted top ${top[0]}` };
}

function judgeAb(input: JudgeInput, q: AbTestsQuestion): QuestionVerdict | null {
  if (!q.data.length) return null;
  const mult = input.world.effects.variant_reply_multiplier;
  const rate = (v: string) => {
    const leads = input.truths.filter((t) => t.variant === v);
    return leads.length ? leads.reduce((s, t) => s + t.truth.reply, 0) / leads.length : 0;
  };
  const verdicts = q.data.map((row): QuestionVerdict => {
    const a = mult.A ?? 1;
    const b = mult.B ?? 1;
    const planted = Math.abs(a / b - 1) >= 1e-9;
    const better = a > b ? 'A' : 'B';
    if (row.kind === 'winner') {
      const w = row.winner ?? '';
      const ok = planted && w === better && Math.max(a, b) / Math.min(a, b) - 1 >= MIN_TRUE_LIFT;
      return { key: 'ab_tests', verdict: ok ? 'right' : 'wrong', claim: `winner ${w}`, effectClaim: true,
        note: planted ? `planted ${better} better (${a} vs ${b})` : 'no reply difference planted' };
    }
    if (row.kind === 'equivalent') {
      const diff = Math.abs(rate('B') - rate('A'));
      const margin = input.margins.get(row.test) ?? 0;
      if (!planted) return { key: 'ab_tests', verdict: 'right', claim: 'no difference', effectClaim: false, note: 'none planted' };
      return diff <= margin
        ? { key: 'ab_tests', verdict: 'unsure', claim: 'no difference', effectClaim: false, note: `planted ${(100 * diff).toFixed(1)} pts, within the ±${(100 * margin).toFixed(1)} margin` }
        : { key: 'ab_tests', verdict: 'wrong', claim: 'no difference', effectClaim: false, note: `planted ${(100 * diff).toFixed(1)} pts, beyond the margin` };
    }
    return { key: 'ab_tests', verdict: 'unsure', claim: null, effectClaim: false, note: `${row.kind ?? 'not analysed'}${planted ? `; ${better} better planted` : ''}` };
  });
  const rank: Record<Verdict, number> = { wrong: 0, unsure: 1, right: 2 };
  const worst = verdicts.reduce((a, b) => (rank[b.verdict] < rank[a.verdict] ? b : a));
  return { ...worst, effectClaim: verdicts.some((v) => v.effectClaim) };
}

function judgeEstimate(key: 'show_rate' | 'deal_value', planted: number | undefined, row: { ci_low: number | null; ci_high: number | null } | undefined): QuestionVerdict {
  if (planted === undefined) return { key, verdict: 'unsure', claim: null, effectClaim: false, interval: null, note: 'nothing planted for this currency' };
  if (!row || row.ci_low === null || row.ci_high === null) return { key, verdict: 'unsure', claim: null, effectClaim: false, interval: null, note: 'too few to estimate' };
  const covered = row.ci_low <= planted && planted <= row.ci_high;
  return { key, verdict: covered ? 'right' : 'unsure', claim: `[${row.ci_low.toFixed(3)}, ${row.ci_high.toFixed(3)}]`, effectClaim: false,
    interval: covered ? 'covered' : 'missed', note: covered ? `covers ${planted}` : `misses ${planted} (a 95% interval does, 1 time in 20)` };
}

export function judgeReport(input: JudgeInput): QuestionVerdict[] {
  const out: QuestionVerdict[] = [];
  for (const q of input.report.questions) {
    switch (q.key) {
      case 'seniority':
      case 'subject_lines':
      case 'deal_predictors':
        out.push(judgeSegments(input, q));
        break;
      case 'open_times':
        out.push(judgeOpenTimes(input, q));
        break;
      case 'objections':
        out.push(judgeObjections(input, q));
        break;
      case 'ab_tests': {
        const v = judgeAb(input, q);
        if (v) out.push(v);
        break;
      }
      case 'show_rate': {
        const all = q.data.find((r) => r.scope === 'client');
        out.push(judgeEstimate('show_rate', input.world.effects.show_rate, all));
        break;
      }
      case 'deal_value': {
        const currency = input.world.clients.find((c) => c.key === input.clientKey)!.currency;
        out.push(judgeEstimate('deal_value', input.world.effects.deal_value[currency]?.mean, q.data.find((r) => r.currency === currency)));
        break;
      }
    }
  }
  // What else stands out: every exploratory claim must hold too (outcome per finding).
  const explored = input.report.findings.exploratory ?? [];
  const falseExplored = explored.filter((f) => !claimHolds(input, f, (f.outcome ?? 'reply') as Outcome));
  out.push({
    key: 'exploratory', verdict: falseExplored.length ? 'wrong' : explored.length ? 'right' : 'unsure',
    claim: explored.length ? explored.map((f) => `${describe(f)} (${f.outcome})`).join('; ') : null, effectClaim: explored.length > 0,
    note: falseExplored.length ? `no such effect: ${falseExplored.map(describe).join('; ')}` : `${explored.length} claims`,
  });
  return out;
}
