// Learning quality: on a world with planted truths, the report finds every one of them — the right
// direction in every seed, and 95% intervals that cover the planted value (checked against each
// lead's true probability, worlds/README.md) in at least two of three seeds.
import { afterAll, describe, expect, it } from 'vitest';
import { segmentTruth } from '../../../scripts/world/index.ts';
import type { SegmentFinding } from '../../../shared/report/types.ts';
import { buildWorld } from './build.ts';
import { plantedWorld } from './worlds.ts';

const SEEDS = [11, 12, 13];
const LEADS = 2200;
const world = plantedWorld(LEADS);
/** Per check, per seed: did the interval cover the planted value? */
const covered = new Map<string, boolean[]>();

function cover(check: string, low: number | null | undefined, high: number | null | undefined, truth: number) {
  const ok = low !== null && low !== undefined && high !== null && high !== undefined && low <= truth && truth <= high;
  covered.set(check, [...(covered.get(check) ?? []), ok]);
}

function wilson(n: number, x: number): [number, number] {
  const z = 1.959963984540054;
  const p = x / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [centre - half, centre + half];
}

describe('a world with planted truths', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: the report points the right way on every planted effect`, async () => {
      const w = await buildWorld(world, seed);
      try {
        const { report, prepared } = w;
        const truths = prepared.month.truths;
        const q = (key: string) => report.questions.find((x) => x.key === key)!;
        const findings = (dimension: string, outcome: string) => w.query<SegmentFinding & { rate_ci_low: number; rate_ci_high: number }>(
          'select segment, n, conversions, rate, rate_ci_low, rate_ci_high from public.detector_findings where dimension = $1 and outcome = $2',
          [dimension, outcome]);

        // 1. Seniority: C-suite books meetings at twice the managers' rate.
        const seniority = q('seniority').data as SegmentFinding[];
        const cs = seniority.find((r) => r.segment === 'c_suite')!;
        const mg = seniority.find((r) => r.segment === 'manager')!;
        expect(cs.rate!).toBeGreaterThan(mg.rate!);
        const bySeniority = segmentTruth(truths, (t) => t.lead.person.seniority, 'meeting_booked');
        cover('seniority c_suite', cs.ci_low, cs.ci_high, bySeniority.get('c_suite')!.rate);
        // Whatever the draw, CIS counts exactly the leads the world booked meetings for.
        const booked = new Set(prepared.month.happenings.flatMap((h) => (h.type === 'meeting' && h.kind === 'created' ? [h.meeting.person.email] : [])));
        const bookedBy = (seniority: string) => truths.filter((t) => t.lead.person.seniority === seniority && booked.has(t.lead.person.email)).length;
        expect([cs.conversions, mg.conversions]).toEqual([bookedBy('c_suite'), bookedBy('manager')]);
        cover('seniority manager', mg.ci_low, mg.ci_high, bySeniority.get('manager')!.rate);

        // 2. Subject lines: B's subject is opened by 1.4× as many people.
        const subjects = q('subject_lines').data as SegmentFinding[];
        const step = world.clients[0].campaigns[0].steps[0].variants!;
        const a = subjects.find((r) => r.segment === step.A.subject)!;
        const b = subjects.find((r) => r.segment === step.B.subject)!;
        expect(b.rate!).toBeGreaterThan(a.rate!);
        const bySubject = segmentTruth(truths, (t) => t.variant, 'human_open');
        cover('subject A', a.ci_low, a.ci_high, bySubject.get('A')!.rate);
        cover('subject B', b.ci_low, b.ci_high, bySubject.get('B')!.rate);

        // 3. Open times: the busiest hour is inside 9–11 local, which holds 45% of human opens.
        const open = q('open_times');
        if (open.key !== 'open_times') throw new Error('open_times');
        expect(open.peak!.hour).toBeGreaterThanOrEqual(9);
        expect(open.peak!.hour).toBeLessThan(11);
        const total = open.data.reduce((s, c) => s + c.human_opens, 0);
        const inPeak = open.data.filter((c) => c.hour >= 9 && c.hour < 11).reduce((s, c) => s + c.human_opens, 0);
        cover('open share 9–11', ...wilson(total, inPeak), world.effects.open_hours.peak_share);

        // 4. Objections: budget is the one heard most; each share matches the planted mix.
        const objections = q('objections');
        if (objections.key !== 'objections') throw new Error('objections');
        expect(objections.data[0].objection_type).toBe('budget');
        const mixTotal = Object.values(world.effects.objection_mix).reduce((s, v) => s + v, 0);
        for (const [type, weight] of Object.entries(world.effects.objection_mix)) {
          const row = objections.data.find((r) => r.objection_type === type);
          cover(`objection ${type}`, row?.ci_low, row?.ci_high, weight / mixTotal);
        }

        // 5. The A/B test: variant B gets 30% more replies.
        const arms = await w.query<{ variant: string; rate: number; rate_ci_low: number; rate_ci_high: number }>(
          'select variant, rate, rate_ci_low, rate_ci_high from public.ab_test_results order by variant');
        const [armA, armB] = arms;
        expect(armB.rate).toBeGreaterThan(armA.rate);
        const byVariant = segmentTruth(truths, (t) => t.variant, 'reply');
        cover('A/B reply rate A', armA.rate_ci_low, armA.rate_ci_high, byVariant.get('A')!.rate);
        cover('A/B reply rate B', armB.rate_ci_low, armB.rate_ci_high, byVariant.get('B')!.rate);

        // 6. Show rate: 70% of meetings that took place were attended.
        const show = q('show_rate');
        if (show.key !== 'show_rate') throw new Error('show_rate');
        const all = show.data.find((r) => r.scope === 'client')!;
        expect(all.held).toBeGreaterThan(all.no_show);
        cover('show rate', all.ci_low, all.ci_high, world.effects.show_rate);

        // 7. Deal predictors: funded companies win twice as often as bootstrapped ones.
        const funding = await findings('funding', 'deal_won');
        const funded = funding.find((r) => r.segment === 'funded')!;
        const boot = funding.find((r) => r.segment === 'bootstrapped')!;
        expect(funded.rate!).toBeGreaterThan(boot.rate!);
        expect((q('deal_predictors').data as SegmentFinding[]).some((r) => r.dimension === 'funding' && r.segment === 'funded')).toBe(true);
        const byFunding = segmentTruth(truths, (t) => (t.lead.person.company.funded ? 'funded' : 'bootstrapped'), 'deal_won');
        cover('deal_won funded', funded.rate_ci_low, funded.rate_ci_high, byFunding.get('funded')!.rate);
        cover('deal_won bootstrapped', boot.rate_ci_low, boot.rate_ci_high, byFunding.get('bootstrapped')!.rate);

        // 8. Deal value: USD 24,000 on average.
        const value = q('deal_value');
        if (value.key !== 'deal_value') throw new Error('deal_value');
        const usd = value.data.find((r) => r.currency === 'USD')!;
        expect(usd.deals).toBeGreaterThan(20);
        cover('deal value', usd.ci_low, usd.ci_high, world.effects.deal_value.USD.mean);
      } finally {
        await w.close();
      }
    });
  }

  it('covers each planted value with its 95% interval in at least two of three seeds', () => {
    expect(covered.size).toBeGreaterThanOrEqual(16);
    // A 95% interval misses about one time in twenty, so one seed in three may miss. A seed is one
    // world on every run (same-world.test.ts), so this is a fixed fact, not a lottery. (The C-suite
    // rate is low in seed 12, about two standard errors under its planted 16%. That is the draw: the
    // database counts exactly the meetings the world booked, and tests/unit/world/world.test.ts
    // checks the world's draws follow its planted probabilities.)
    const misses = [...covered].filter(([, seeds]) =>
      seeds.length !== SEEDS.length || seeds.filter(Boolean).length < SEEDS.length - 1);
    expect(misses).toEqual([]);
  });
});

afterAll(() => {
  if (process.env.CIS_LEARNING_TIMES) console.log(Object.fromEntries(covered));
});
