// One evaluator per vector kind: it reads a case's inputs, calls the stats.* SQL functions, and returns the
// results in the shape of the case's `expected` block. Nothing here computes a statistic itself.
import type { TestDb } from '../../../helpers/db.ts';
import type { VectorCase } from './vectors.ts';

type Row = Record<string, unknown>;
type Evaluator = (db: TestDb, c: VectorCase) => Promise<Record<string, unknown>>;
interface Arm {
  n: number;
  conversions: number;
}
interface MeanArm {
  n: number;
  sum: number;
  sum_squares: number;
}

async function one(db: TestDb, sql: string, params: unknown[]): Promise<Row> {
  const rows = await db.query<Row>(sql, params);
  if (rows.length !== 1) throw new Error(`expected one row from: ${sql}`);
  return rows[0];
}

/** [low, high], or null when the SQL function reports no interval. */
const pair = (low: unknown, high: unknown) => (low === null && high === null ? null : [low, high]);

function betaPrior(text: unknown): { a: number; b: number } {
  const match = /Beta\((\d+),\s*(\d+)\)/.exec(String(text));
  if (!match) throw new Error(`unsupported prior: ${String(text)}`);
  return { a: Number(match[1]), b: Number(match[2]) };
}

function requireInput(c: VectorCase, key: string, value: unknown) {
  if (c.inputs[key] !== undefined && c.inputs[key] !== value) {
    throw new Error(`${c.id}: unsupported ${key} = ${JSON.stringify(c.inputs[key])}`);
  }
}

const binomialFrequentist: Evaluator = async (db, c) => {
  const a = c.inputs.control as Arm;
  const b = c.inputs.treatment as Arm;
  const args = [a.n, a.conversions, b.n, b.conversions, c.inputs.alpha];
  const z = await one(db, 'select * from stats.two_proportion_test($1, $2, $3, $4, $5)', args);
  const w = await one(db, 'select * from stats.welch_t_test_proportions($1, $2, $3, $4, $5)', args);
  const other = await one(
    db,
    `select stats.fisher_exact($1, $2, $3, $4) as fisher, wa.low as wa_low, wa.high as wa_high, wb.low as wb_low, wb.high as wb_high
     from stats.wilson_interval($1, $2, $5) wa, stats.wilson_interval($3, $4, $5) wb`,
    args,
  );
  return {
    rate_a: z.rate_a,
    rate_b: z.rate_b,
    abs_diff: z.diff,
    pooled_z: z.pooled_z,
    pooled_z_p_value: z.pooled_p_value,
    se_abs_unpooled: z.se,
    wald_z: z.wald_z,
    wald_z_p_value: z.wald_p_value,
    ci95_abs_wald: pair(z.ci_low, z.ci_high),
    rel_lift: z.lift,
    se_rel_delta: z.lift_se,
    ci95_rel_delta_z: pair(z.lift_ci_low, z.lift_ci_high),
    rel_z_p_value: z.lift_p_value,
    growthbook_welch_t: w.error
      ? { error: w.error, p_value_abs: w.p_value, p_value_rel: w.lift_p_value }
      : {
          dof: w.dof,
          t_crit: w.t_crit,
          p_value_abs: w.p_value,
          ci95_abs: [w.ci_low, w.ci_high],
          rel_lift: w.lift,
          se_rel: w.lift_se,
          p_value_rel: w.lift_p_value,
          ci95_rel: [w.lift_ci_low, w.lift_ci_high],
        },
    fisher_exact_p_value: other.fisher,
    wilson_ci95_a: [other.wa_low, other.wa_high],
    wilson_ci95_b: [other.wb_low, other.wb_high],
    'decision_alpha_0.05': z.decision,
    'decision_pooled_z_alpha_0.05': z.pooled_decision,
  };
};

const betaBinomial: Evaluator = async (db, c) => {
  const a = c.inputs.control as Arm;
  const b = c.inputs.treatment as Arm;
  const prior = betaPrior(c.inputs.prior);
  const s = await one(db, 'select * from stats.beta_binomial_summary($1, $2, $3, $4, $5, $6)', [
    a.n, a.conversions, b.n, b.conversions, prior.a, prior.b,
  ]);
  // GrowthBook's current engine: the relative lift and its delta-method se, then a flat-prior normal posterior.
  const g = await one(
    db,
    `select w.error, g.* from stats.welch_t_test_proportions($1, $2, $3, $4) w
     cross join lateral stats.gaussian_effect_posterior(w.lift, w.lift_se) g`,
    [a.n, a.conversions, b.n, b.conversions],
  );
  const priorA = Number(s.alpha_a) - a.conversions;
  const priorB = Number(s.beta_a) - (a.n - a.conversions);
  return {
    prior: { a: priorA, b: priorB, name: `Beta(${priorA},${priorB})` },
    posterior_a: [s.alpha_a, s.beta_a],
    posterior_b: [s.alpha_b, s.beta_b],
    posterior_mean_a: s.mean_a,
    posterior_mean_b: s.mean_b,
    credible95_a: [s.cred_low_a, s.cred_high_a],
    credible95_b: [s.cred_low_b, s.cred_high_b],
    chance_to_win_b: s.chance_to_win_b,
    chance_to_win_a: s.chance_to_win_a,
    expected_loss_choose_a: s.expected_loss_a,
    expected_loss_choose_b: s.expected_loss_b,
    ctw_normal_approx_abs_diff: s.chance_to_win_normal_approx,
    growthbook_gaussian_relative_flat_prior: g.error
      ? { error: g.error, chance_to_win: g.chance_to_win }
      : {
          posterior_mean: g.posterior_mean,
          posterior_sd: g.posterior_sd,
          chance_to_win: g.chance_to_win,
          ci95: [g.ci_low, g.ci_high],
          risk: [g.risk_control, g.risk_treatment],
        },
    growthbook_v2_lognormal_beta: {
      log_ratio_mean: s.log_ratio_mean,
      log_ratio_sd: s.log_ratio_sd,
      expected_rel_lift: s.lognormal_lift,
      ci95_rel: [s.lognormal_ci_low, s.lognormal_ci_high],
      chance_to_win: s.lognormal_chance_to_win,
    },
  };
};

const betaBinomialMultiArm: Evaluator = async (db, c) => {
  const arms = c.inputs.arms as Arm[];
  const prior = betaPrior(c.inputs.prior);
  const n = arms.map((arm) => arm.n);
  const x = arms.map((arm) => arm.conversions);
  const r = await one(
    db,
    `select stats.beta_binomial_prob_best($1::bigint[], $2::bigint[], $3, $4) as best,
            (select array_agg(stats.beta_binomial_chance_to_win($1[1], $2[1], $1[i], $2[i], $3, $4) order by i)
             from generate_subscripts($1::bigint[], 1) i where i > 1) as beats`,
    [n, x, prior.a, prior.b],
  );
  const best = r.best as number[];
  const beats = r.beats as number[];
  // PostHog funnels v2: [P(control is best), P(test_i beats control)…].
  return { prob_best: best, prob_beats_control: beats, posthog_v2_vector: [best[0], ...beats] };
};

const gaussianEffect: Evaluator = async (db, c) => {
  const a = c.inputs.control as MeanArm;
  const b = c.inputs.treatment as MeanArm;
  const priors = c.inputs.priors as string[];
  const proper = priors.map((p) => /N\(mean=([-\d.e]+), variance=([-\d.e]+)\)/.exec(p)).find(Boolean);
  if (!proper || !priors.some((p) => /flat/.test(p))) throw new Error(`${c.id}: unsupported priors ${JSON.stringify(priors)}`);
  const rows = await db.query<Row>(
    `select g.* from stats.welch_t_test_sums($1, $2, $3, $4, $5, $6) w
     cross join lateral (values (1, null::float8, null::float8), (2, $7::float8, $8::float8)) as p(k, m, v)
     cross join lateral stats.gaussian_effect_posterior(w.lift, w.lift_se, coalesce(p.m, 0), p.v) g
     order by p.k`,
    [a.n, a.sum, a.sum_squares, b.n, b.sum, b.sum_squares, Number(proper[1]), Number(proper[2])],
  );
  const shape = (g: Row) => ({
    posterior_mean: g.posterior_mean,
    posterior_sd: g.posterior_sd,
    chance_to_win: g.chance_to_win,
    ci95: [g.ci_low, g.ci_high],
    risk: [g.risk_control, g.risk_treatment],
  });
  return { flat_prior: shape(rows[0]), informative_prior: shape(rows[1]) };
};

const srmChiSquare: Evaluator = async (db, c) => {
  const r = await one(db, 'select * from stats.srm_chi_square($1::bigint[], $2::float8[])', [c.inputs.users, c.inputs.weights]);
  return { chi2: r.chi2, df: r.df, p_value: r.p_value, 'srm_flag_at_0.001': r.flagged };
};

const srmSequential: Evaluator = async (db, c) => {
  const r = await one(db, 'select stats.srm_sequential_p_values($1::bigint[], $2::float8[], $3, $4) as p', [
    c.inputs.daily_counts, c.inputs.null_probs, c.inputs.dirichlet_concentration, c.inputs.slab_weight,
  ]);
  return { p_values: r.p };
};

const sampleSize: Evaluator = async (db, c) => {
  requireInput(c, 'two_sided', true);
  requireInput(c, 'allocation', '1:1');
  const r = await one(db, 'select * from stats.sample_size_per_arm($1, $2, $3, $4)', [
    c.inputs.baseline_rate, c.inputs.mde_absolute, c.inputs.alpha, c.inputs.power,
  ]);
  return {
    n_per_arm_evan_miller_raw: r.evan_miller_raw,
    n_per_arm_evan_miller_ceil: r.evan_miller,
    power_at_ceil: r.power_at_evan_miller,
    n_per_arm_unpooled_formula_ceil: r.unpooled,
    n_per_arm_cohen_h_ceil: r.cohen_h,
    n_per_arm_growthbook_relative_delta_ceil: r.growthbook_relative,
  };
};

// GrowthBook's packages/shared/test/power.test.ts: the single-metric checks use this metric, whose inputs
// the vector names only in its field names (mean 10, sd √3909.99977…, +5%, 400k users, 3 variations, N* 5000).
const GROWTHBOOK_MEAN_METRIC = { mean: 10, variance: 3909.9997749994377, effect: 0.05, users: 400000, variations: 3, nStar: 5000 };

const growthbookPower: Evaluator = async (db, c) => {
  type Metric = { type: string; rate?: number; mean?: number; sd?: number; rel_effect: number };
  const metrics = Object.values(c.inputs.metrics as Record<string, Metric>).map((m) =>
    m.type === 'binomial'
      ? { mean: m.rate!, variance: m.rate! * (1 - m.rate!), effect: m.rel_effect }
      : { mean: m.mean!, variance: m.sd! * m.sd!, effect: m.rel_effect },
  );
  const weeks = (c.expected.power_interleaved_ctr_revenue as unknown[]).length / metrics.length;
  const grid = Array.from({ length: weeks }, (_, w) => metrics.map((m) => ({ ...m, users: (w + 1) * Number(c.inputs.users_per_week) }))).flat();
  const rows = await db.query<Row>(
    `select stats.growthbook_power(g.mean, g.variance, g.effect, g.users, $5, $6) as power,
            stats.growthbook_mde(g.mean, g.variance, $7, g.users, $5, $6) as mde
     from unnest($1::float8[], $2::float8[], $3::float8[], $4::float8[]) with ordinality as g(mean, variance, effect, users, k)
     order by g.k`,
    [grid.map((g) => g.mean), grid.map((g) => g.variance), grid.map((g) => g.effect), grid.map((g) => g.users),
     c.inputs.n_variations, c.inputs.alpha, c.inputs.target_power],
  );
  const m = GROWTHBOOK_MEAN_METRIC;
  const single = await one(
    db,
    `select stats.growthbook_power($1, $2, $3, $4, $5, $6) as power, stats.growthbook_mde($1, $2, $7, $4, $5, $6) as mde,
            stats.growthbook_power($1, $2, $3, $4, $5, $6, $8) as seq_power, stats.growthbook_mde($1, $2, $7, $4, $5, $6, $8) as seq_mde`,
    [m.mean, m.variance, m.effect, m.users, m.variations, c.inputs.alpha, c.inputs.target_power, m.nStar],
  );
  return {
    power_interleaved_ctr_revenue: rows.map((r) => r.power),
    mde_interleaved_ctr_revenue: rows.map((r) => r.mde),
    power_mean_400k_3var: single.power,
    mde_mean_400k_3var: single.mde,
    seq_power_mean_400k_3var_N5000: single.seq_power,
    seq_mde_mean_400k_3var_N5000: single.seq_mde,
  };
};

const confidenceSequence: Evaluator = async (db, c) => {
  const a = c.inputs.control as Arm;
  const b = c.inputs.treatment as Arm;
  if (!['relative', 'absolute'].includes(String(c.inputs.difference))) throw new Error(`${c.id}: unsupported difference`);
  const r = await one(db, 'select * from stats.confidence_sequence_proportions($1, $2, $3, $4, $5, $6, $7)', [
    a.n, a.conversions, b.n, b.conversions, c.inputs.tuning_N_star, c.inputs.alpha, c.inputs.difference === 'relative',
  ]);
  return {
    estimate: r.estimate,
    se: r.se,
    rho: r.rho,
    halfwidth: r.halfwidth,
    ci: [r.ci_low, r.ci_high],
    always_valid_p_value: r.p_value,
    log_e_value: r.log_e_value,
    fixed_horizon_z_ci: [r.z_ci_low, r.z_ci_high],
  };
};

const msprt: Evaluator = async (db, c) => {
  const a = c.inputs.control as Arm;
  const b = c.inputs.treatment as Arm;
  const r = await one(db, 'select * from stats.msprt_bernoulli($1, $2, $3, $4, $5, $6, 0.05)', [
    a.n, a.conversions, b.n, b.conversions, c.inputs.tau2, c.inputs.theta0,
  ]);
  return {
    V: r.variance,
    diff: r.diff,
    lambda: r.lambda,
    log_lambda: r.log_lambda,
    always_valid_p_value_single_look: r.p_value,
    // The reference integrated the mixture numerically; our closed form must agree with it too.
    lambda_by_quadrature: r.lambda,
    'reject_at_alpha_0.05': r.reject,
  };
};

const evanMillerSequential: Evaluator = async (db, c) => {
  requireInput(c, 'allocation', '50/50');
  const r = await one(db, 'select d.*, 2 * sqrt(d.total_conversions) as two_sqrt_n from stats.evan_miller_sequential_design($1, $2, $3) d', [
    c.inputs.relative_lift, c.inputs.alpha, c.inputs.power,
  ]);
  return {
    N: r.total_conversions,
    d: r.lead,
    alpha_actual: r.alpha_actual,
    power_actual: r.power_actual,
    two_sqrt_N: r.two_sqrt_n,
    q1: r.q,
  };
};

const adjust = (fn: 'p_adjust_holm' | 'p_adjust_bh'): Evaluator => async (db, c) => {
  const r = await one(db, `select stats.${fn}($1::float8[]) as adjusted`, [c.inputs.p_values]);
  return { adjusted: r.adjusted };
};

const welchMeans: Evaluator = async (db, c) => {
  const a = c.inputs.control as MeanArm;
  const b = c.inputs.treatment as MeanArm;
  const r = await one(db, 'select * from stats.welch_t_test_sums($1, $2, $3, $4, $5, $6, $7)', [
    a.n, a.sum, a.sum_squares, b.n, b.sum, b.sum_squares, c.inputs.alpha,
  ]);
  return {
    dof: r.dof,
    abs_diff: r.diff,
    se_abs: r.se,
    p_value_abs: r.p_value,
    ci95_abs: [r.ci_low, r.ci_high],
    rel_lift: r.lift,
    se_rel: r.lift_se,
    p_value_rel: r.lift_p_value,
    ci95_rel: [r.lift_ci_low, r.lift_ci_high],
  };
};

export const evaluators: Record<string, Evaluator> = {
  binomial_two_sample_frequentist: binomialFrequentist,
  bayesian_beta_binomial: betaBinomial,
  bayesian_beta_binomial_multi_arm: betaBinomialMultiArm,
  bayesian_gaussian_effect: gaussianEffect,
  srm_chi_square: srmChiSquare,
  srm_sequential_bayes_factor: srmSequential,
  sample_size_per_arm: sampleSize,
  power_and_mde_growthbook: growthbookPower,
  sequential_confidence_sequence_growthbook: confidenceSequence,
  msprt_always_valid_bernoulli: msprt,
  evan_miller_sequential: evanMillerSequential,
  multiple_comparisons_holm: adjust('p_adjust_holm'),
  multiple_comparisons_bh: adjust('p_adjust_bh'),
  continuous_welch_t: welchMeans,
};
