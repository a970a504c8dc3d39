// Learning quality on a world with strong planted truths (tests/sql/learning/worlds.ts): the
// report finds them — C-suite books at 3×, variant B's subject is opened more and B earns more
// replies, 45% of human opens fall in 09:00–11:00 — its intervals cover the planted show rate and
// deal value, and no answer is wrong. One seed: a seed is one world on every run
// (same-world.test.ts), so this is a fixed fact; `npm run eval:learning` plays many seeds and the
// worlds CIS was never tuned on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentTruth } from '../../../scripts/world/index.ts';
import type { QuestionVerdict } from '../../../scripts/world/judge.ts';
import type { Report } from '../../../shared/report/types.ts';
import { buildWorld, type BuiltWorld } from './build.ts';
import { plantedWorld } from './worlds.ts';

const world = plantedWorld(2200);
let w: BuiltWorld;
let report: Report;
let verdict: (key: string) => QuestionVerdict;

describe('a world with strong planted truths', () => {
  beforeAll(async () => {
    w = await buildWorld(world, 11);
    report = w.reports[0];
    verdict = (key) => w.verdicts[0].find((v) => v.key === key)!;
  }, 180_000);
  afterAll(() => w?.close());

  it('gives no wrong answer', () => {
    expect(w.verdicts[0].filter((v) => v.verdict === 'wrong')).toEqual([]);
  });

  it('names C-suite as the seniority that books the most meetings', () => {
    expect(verdict('seniority')).toMatchObject({ verdict: 'right', claim: 'seniority=c_suite higher' });
    const q = report.questions.find((x) => x.key === 'seniority')!;
    expect(q.confidence).toMatch(/high|medium/);
  });

  it('counts exactly the meetings the world booked', () => {
    const q = report.questions.find((x) => x.key === 'seniority')!;
    if (q.key !== 'seniority') throw new Error('shape');
    const booked = new Set(w.prepared.month.happenings.flatMap((h) => (h.type === 'meeting' && h.kind === 'created' ? [h.meeting.person.email] : [])));
    for (const f of q.data) {
      const leads = w.prepared.month.truths.filter((t) => t.lead.person.seniority === f.segment);
      expect(f.conversions, f.segment).toBe(leads.filter((t) => booked.has(t.lead.person.email)).length);
    }
  });

  it("names variant B's subject line as the one opened most", () => {
    expect(verdict('subject_lines')).toMatchObject({ verdict: 'right' });
    expect(verdict('subject_lines').claim).toContain(world.clients[0].campaigns[0].steps[0].variants!.B.subject!);
  });

  it('finds the planted reading peak and tests it', () => {
    expect(verdict('open_times')).toMatchObject({ verdict: 'right', claim: '9–11' });
  });

  it('declares B the A/B winner on replies', () => {
    expect(verdict('ab_tests')).toMatchObject({ verdict: 'right', claim: 'winner B' });
  });

  it('covers the planted show rate and deal value with its 95% intervals', () => {
    expect(verdict('show_rate')).toMatchObject({ verdict: 'right', interval: 'covered' });
    expect(verdict('deal_value')).toMatchObject({ verdict: 'right', interval: 'covered' });
  });

  it('ranks objections by share with intervals that cover the planted mix, and claims a top one only when tested', () => {
    const q = report.questions.find((x) => x.key === 'objections')!;
    if (q.key !== 'objections') throw new Error('shape');
    const total = Object.values(world.effects.objection_mix).reduce((a, b) => a + b, 0);
    const covered = q.data.filter((r) => {
      const planted = (world.effects.objection_mix as Record<string, number>)[r.objection_type] / total;
      return r.ci_low! <= planted && planted <= r.ci_high!;
    });
    expect(covered.length).toBeGreaterThanOrEqual(q.data.length - 1);
    expect(q.top === null || q.top === 'budget').toBe(true);
  });

  it('reads the planted funding effect on wins in its true direction', async () => {
    const rows = await w.query<{ segment: string; rate: number }>(
      `select segment, rate from public.detector_findings where dimension = 'funding' and outcome = 'deal_won' order by segment`);
    const byFunding = segmentTruth(w.prepared.month.truths, (t) => (t.lead.person.company.funded ? 'funded' : 'bootstrapped'), 'deal_won');
    // 3× planted, capped where P(won | deal) reaches 1: funded leads truly win more than twice as often.
    expect(byFunding.get('funded')!.rate).toBeGreaterThan(2 * byFunding.get('bootstrapped')!.rate);
    expect(rows.find((r) => r.segment === 'funded')!.rate).toBeGreaterThan(rows.find((r) => r.segment === 'bootstrapped')!.rate);
  });
});
