// Planted-effect simulations of the two-arm decision (stats.ab_decision_binomial). Scenario: an email reply
// rate of 5% and a minimum detectable effect of +2 points, the sample planned by stats.ab_sample_size_target,
// leads arriving in 10 equal daily batches. Seeds are fixed, so every run sees the same experiments.
import { describe, expect, it } from 'vitest';
import { useDb, type TestDb } from '../../helpers/db.ts';
import { asColumns, experimentLooks, type Look } from './lib/simulate.ts';

const BASELINE = 0.05;
const MDE = 0.02;
const LOOKS = 10;

async function plannedPerArm(db: TestDb, power: number): Promise<number> {
  const [row] = await db.query<{ n: number }>('select stats.ab_sample_size_target($1, $2, 0.05, $3) as n', [BASELINE, MDE, power]);
  return Number(row.n);
}

/** The decision at every given look, in one statement. */
async function decide(db: TestDb, looks: Look[], targetPerArm: number): Promise<{ seed: number; decision: string }[]> {
  const c = asColumns(looks);
  return db.query(
    `select s.seed, d.decision
     from unnest($1::int[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[]) as s(seed, n_a, x_a, n_b, x_b)
     cross join lateral stats.ab_decision_binomial(s.n_a, s.x_a, s.n_b, s.x_b, $6) d`,
    [c.seed, c.nA, c.xA, c.nB, c.xB, targetPerArm],
  );
}

function seeds(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}

describe('A/B decisions on simulated experiments', () => {
  const db = useDb();

  it('declares a winner in at most 5% of no-effect experiments even when every daily look is checked', async () => {
    const target = await plannedPerArm(db, 0.8);
    const experiments = seeds(1_000_000, 1000);
    const looks = experiments.flatMap((seed) => experimentLooks(seed, BASELINE, BASELINE, target, LOOKS));
    const decisions = await decide(db, looks, target);
    const falseWinners = new Set(decisions.filter((d) => d.decision === 'A' || d.decision === 'B').map((d) => d.seed));
    const rate = falseWinners.size / experiments.length;
    console.info(`no effect, ${LOOKS} daily looks, ${target}/arm: a winner in ${(rate * 100).toFixed(1)}% of ${experiments.length} seeds`);
    expect(decisions).toHaveLength(looks.length);
    expect(rate).toBeLessThanOrEqual(0.05);
  });

  it('finds a planted +2-point lift at the sample planned for 90% power in at least 80% of experiments', async () => {
    const target = await plannedPerArm(db, 0.9);
    const experiments = seeds(2_000_000, 400);
    const finals = experiments.map((seed) => experimentLooks(seed, BASELINE, BASELINE + MDE, target, LOOKS).at(-1)!);
    const decisions = await decide(db, finals, target);
    const right = decisions.filter((d) => d.decision === 'B').length / experiments.length;
    const wrong = decisions.filter((d) => d.decision === 'A').length / experiments.length;
    console.info(`+2 pts, ${target}/arm (planned for 90%): B found in ${(right * 100).toFixed(1)}%, A in ${(wrong * 100).toFixed(1)}%`);
    expect(right).toBeGreaterThanOrEqual(0.8);
    expect(wrong).toBeLessThanOrEqual(0.01);
  });

  it('delivers the 80% power the default plan promises, within Monte-Carlo error', async () => {
    const target = await plannedPerArm(db, 0.8);
    const experiments = seeds(3_000_000, 400);
    const finals = experiments.map((seed) => experimentLooks(seed, BASELINE, BASELINE + MDE, target, LOOKS).at(-1)!);
    const decisions = await decide(db, finals, target);
    const power = decisions.filter((d) => d.decision === 'B').length / experiments.length;
    const monteCarloSe = Math.sqrt((0.8 * 0.2) / experiments.length);
    console.info(`+2 pts, ${target}/arm (planned for 80%): B found in ${(power * 100).toFixed(1)}% (±${(monteCarloSe * 100).toFixed(1)} MC se)`);
    expect(Math.abs(power - 0.8)).toBeLessThanOrEqual(3 * monteCarloSe);
  });
});
