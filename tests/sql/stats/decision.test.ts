// stats.ab_decision_binomial and stats.ab_sample_size_target: one behaviour per test.
import { describe, expect, it } from 'vitest';
import { useDb, type TestDb } from '../../helpers/db.ts';

interface Decision {
  decision: string;
  reason: string;
  reached_target: boolean;
  progress: number;
  p_value: number;
  fisher_p_value: number | null;
  chance_to_win: number;
  ci_level: number;
  ci_low: number | null;
  ci_high: number | null;
  cs_low: number | null;
  cs_high: number | null;
  srm_mismatch: boolean;
}

async function decide(db: TestDb, nA: number, xA: number, nB: number, xB: number, target: number, weights = [1, 1]) {
  const [row] = await db.query<Decision>(
    'select * from stats.ab_decision_binomial($1, $2, $3, $4, $5, 0.05, $6, $7)',
    [nA, xA, nB, xB, target, weights[0], weights[1]],
  );
  return row;
}

describe('stats.ab_decision_binomial', () => {
  const db = useDb();

  it('does not declare a winner before the target just because the fixed-horizon test would (no peeking)', async () => {
    const d = await decide(db, 1000, 50, 1000, 75, 2400);
    expect(d.ci_low).toBeGreaterThan(0);
    expect(d.cs_low).toBeLessThan(0);
    expect([d.decision, d.reason, d.reached_target]).toEqual(['inconclusive', 'collecting', false]);
  });

  it('reports how far along the test is', async () => {
    const d = await decide(db, 1000, 50, 1010, 75, 2400);
    expect(d.progress).toBeCloseTo(1000 / 2400, 12);
  });

  it('declares a winner before the target when the confidence sequence excludes 0', async () => {
    const d = await decide(db, 600, 30, 600, 90, 2400);
    expect(d.cs_low).toBeGreaterThan(0);
    expect([d.decision, d.reason]).toEqual(['B', 'confidence_sequence']);
  });

  it('declares the control the winner when the treatment is significantly worse at the target', async () => {
    const d = await decide(db, 2400, 170, 2400, 110, 2400);
    expect([d.decision, d.reason]).toEqual(['A', 'fixed_horizon']);
    expect(d.ci_high).toBeLessThan(0);
  });

  it('calls no difference at the target when the test is not significant', async () => {
    const d = await decide(db, 2400, 120, 2400, 130, 2400);
    expect([d.decision, d.reason, d.reached_target]).toEqual(['no_difference', 'fixed_horizon', true]);
  });

  it('tests the fixed horizon at alpha minus the share spent on early looks', async () => {
    const d = await decide(db, 2400, 120, 2400, 130, 2400);
    expect(d.ci_level).toBeCloseTo(0.96, 12);
  });

  it('blocks any winner while the sample ratio is mismatched and says why', async () => {
    const d = await decide(db, 2000, 60, 2400, 160, 2000);
    expect(d.srm_mismatch).toBe(true);
    expect([d.decision, d.reason]).toEqual(['inconclusive', 'sample_ratio_mismatch']);
  });

  it('judges the sample ratio against the configured weights', async () => {
    const d = await decide(db, 1600, 48, 2400, 150, 1600, [0.4, 0.6]);
    expect(d.srm_mismatch).toBe(false);
    expect(d.decision).toBe('B');
  });

  it('falls back to Fisher when a cell is small, even where the normal approximation would declare a winner', async () => {
    const d = await decide(db, 20, 0, 20, 4, 20);
    expect(d.p_value).toBeLessThan(0.04);
    expect(d.fisher_p_value).toBeCloseTo(0.10602910602910603, 12);
    expect(d.decision).toBe('no_difference');
  });

  it('declares a winner over a control stuck at 0% when Fisher agrees', async () => {
    const d = await decide(db, 200, 0, 200, 7, 200);
    expect(d.fisher_p_value).toBeCloseTo(0.014812962642872842, 12);
    expect(d.decision).toBe('B');
  });

  it('skips Fisher when every cell has at least 5', async () => {
    const d = await decide(db, 2400, 120, 2400, 130, 2400);
    expect(d.fisher_p_value).toBeNull();
  });

  it('reports the exact beta-binomial chance that B beats A', async () => {
    const d = await decide(db, 2000, 120, 2000, 150, 2400);
    expect(d.chance_to_win).toBeCloseTo(0.9705333325419446, 8);
  });

  it('stays inconclusive, without error, before any lead has been assigned', async () => {
    const d = await decide(db, 0, 0, 0, 0, 2400);
    expect([d.decision, d.reason, d.p_value]).toEqual(['inconclusive', 'collecting', 1]);
  });
});

describe('stats.ab_sample_size_target', () => {
  const db = useDb();

  it('plans at least the Evan Miller sample, at the level left for the fixed-horizon test', async () => {
    const [row] = await db.query<{ target: number; em: number; unpooled: number }>(
      `select stats.ab_sample_size_target(0.05, 0.02) as target, s.evan_miller as em, s.unpooled
       from stats.sample_size_per_arm(0.05, 0.02, 0.04, 0.8) s`,
    );
    expect(row.target).toBe(Math.max(row.em, row.unpooled));
  });

  it('plans more leads when the MDE is smaller', async () => {
    const [row] = await db.query<{ big: number; small: number }>(
      'select stats.ab_sample_size_target(0.05, 0.02) as big, stats.ab_sample_size_target(0.05, 0.01) as small',
    );
    expect(row.small).toBeGreaterThan(3 * row.big);
  });
});
