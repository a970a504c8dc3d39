-- 011_statistics_tests: the statistical tests CIS's experiments and detectors use, on sufficient
-- statistics (n, conversions; or n, sum, sum of squares), built on 010's distributions.
-- Objects (schema stats): two_proportion_test, welch_t_test(+_proportions, +_sums), fisher_exact,
--   wilson_interval, beta_prob_greater, beta_binomial_chance_to_win, beta_binomial_summary,
--   beta_binomial_prob_best, gaussian_effect_posterior, p_adjust_holm, p_adjust_bh, srm_chi_square,
--   srm_sequential_p_values, confidence_sequence(+_z, +_proportions), msprt_bernoulli, sample_size_per_arm,
--   growthbook_power, growthbook_mde, evan_miller_sequential_design, ab_sample_size_target, ab_decision_binomial;
--   for the report's answers (issue 11): binomial_sf, sign_test, relative_risk, lognormal_mean_interval.
-- Methods and reference numbers: ../shared/reference/stats/REPORT.md; every expected value of its
-- vectors.json is checked by tests/sql/stats/vectors.test.ts. Conventions: A is the control, B the
-- treatment, diff = rate_B − rate_A, lift = diff / rate_A.

-- Implementation notes. CTEs are MATERIALIZED: an inlined CTE copies its expressions into every reference,
-- re-running quantiles and continued fractions. Functions on the per-look path (decision, chance to win,
-- confidence sequence) are PL/pgSQL, whose plans are cached: PostgreSQL 15 re-plans a SQL function's
-- query on every call. Every exp() of a possibly tiny value is guarded (PostgreSQL errors on underflow).

-- Classic two-proportion z statistics: pooled z (= chi-square without continuity correction), Wald
-- (unpooled) z with its CI, and the relative lift with its delta-method CI. The decision uses the Wald CI.
create function stats.two_proportion_test(
  n_a bigint, x_a bigint, n_b bigint, x_b bigint, alpha float8 default 0.05,
  out rate_a float8, out rate_b float8, out diff float8, out pooled_z float8, out pooled_p_value float8,
  out se float8, out wald_z float8, out wald_p_value float8, out ci_low float8, out ci_high float8,
  out lift float8, out lift_se float8, out lift_ci_low float8, out lift_ci_high float8, out lift_p_value float8,
  out decision text, out pooled_decision text)
language sql immutable strict parallel safe
set search_path = ''
as $$
  -- Denominators go through nullif: the planner may fold an expression a CASE or WHERE would never reach.
  with rates as materialized (
    select x_a::float8 / nullif(n_a, 0) as pa, x_b::float8 / nullif(n_b, 0) as pb,
           (x_a + x_b)::float8 / nullif(n_a + n_b, 0) as pp, stats.normal_quantile(1 - alpha / 2) as z
    where n_a > 0 and n_b > 0
  ), ses as materialized (
    select *, pb - pa as d,
           sqrt(pa * (1 - pa) / n_a + pb * (1 - pb) / n_b) as se_u,
           sqrt(pp * (1 - pp) * (1.0 / n_a + 1.0 / n_b)) as se_p,
           sqrt(pb * (1 - pb) / (n_b * nullif(pa, 0) ^ 2) + pa * (1 - pa) * pb * pb / (n_a * nullif(pa, 0) ^ 4)) as se_l
    from rates
  ), z as materialized (
    select *, d / nullif(se_p, 0) as zp, d / nullif(se_u, 0) as zu, d / nullif(pa, 0) as l,
           d / nullif(pa, 0) / nullif(se_l, 0) as zl
    from ses
  )
  select pa, pb, d, zp, coalesce(stats.normal_two_sided_p(zp), 1), se_u, zu, stats.normal_two_sided_p(zu),
         d - z * nullif(se_u, 0), d + z * nullif(se_u, 0), l, se_l,
         l - z * nullif(se_l, 0), l + z * nullif(se_l, 0), stats.normal_two_sided_p(zl),
         case when d - z * se_u > 0 and se_u > 0 then 'B' when d + z * se_u < 0 and se_u > 0 then 'A' else 'no_difference' end,
         case when stats.normal_two_sided_p(zp) < alpha then (case when d > 0 then 'B' else 'A' end) else 'no_difference' end
  from z
$$;
comment on function stats.two_proportion_test(bigint, bigint, bigint, bigint, float8) is
  'Two-proportion z statistics for A (control) vs B: pooled z and p, Wald z/p/CI on rate_B − rate_A, relative '
  'lift with delta-method CI and p; decision from the Wald CI (''A'', ''B'' or ''no_difference'').';

-- GrowthBook's frequentist test (gbstats TwoSidedTTest): unpooled variances, Welch–Satterthwaite dof shared
-- by the absolute and the relative (delta-method) test. Like gbstats it refuses an arm with zero variance or
-- a zero baseline, returning p = 1 and the reason in error.
create function stats.welch_t_test(
  n_a float8, mean_a float8, var_a float8, n_b float8, mean_b float8, var_b float8, alpha float8 default 0.05,
  out error text, out dof float8, out t_crit float8, out diff float8, out se float8, out p_value float8,
  out ci_low float8, out ci_high float8, out lift float8, out lift_se float8, out lift_p_value float8,
  out lift_ci_low float8, out lift_ci_high float8)
language sql immutable strict parallel safe
set search_path = ''
as $$
  with checked as materialized (
    select case
             when n_a < 2 or n_b < 2 then 'NOT_ENOUGH_DATA'
             when var_a <= 0 or var_b <= 0 then 'ZERO_NEGATIVE_VARIANCE'
             when mean_a = 0 then 'BASELINE_VARIATION_ZERO'
           end as err
  ), moments as materialized (
    -- nullif guards: the planner may fold these before the WHERE discards the refused cases.
    select err, var_a / nullif(n_a, 0) as ua, var_b / nullif(n_b, 0) as ub,
           sqrt(var_b / (n_b * nullif(mean_a, 0) ^ 2) + var_a * mean_b ^ 2 / (n_a * nullif(mean_a, 0) ^ 4)) as sl
    from checked where err is null
  ), tested as materialized (
    select *, (ua + ub) ^ 2 / nullif(ua ^ 2 / nullif(n_a - 1, 0) + ub ^ 2 / nullif(n_b - 1, 0), 0) as v, sqrt(ua + ub) as s,
           (mean_b - mean_a) / nullif(abs(mean_a), 0) as l
    from moments
  ), crit as materialized (
    select *, stats.t_quantile(1 - alpha / 2, v) as tc from tested
  )
  select c.err, t.v, t.tc, mean_b - mean_a, t.s,
         coalesce(stats.t_two_sided_p((mean_b - mean_a) / nullif(t.s, 0), t.v), 1),
         mean_b - mean_a - t.tc * t.s, mean_b - mean_a + t.tc * t.s,
         t.l, t.sl, coalesce(stats.t_two_sided_p(t.l / nullif(t.sl, 0), t.v), 1), t.l - t.tc * t.sl, t.l + t.tc * t.sl
  from checked c left join crit t on true
$$;
comment on function stats.welch_t_test(float8, float8, float8, float8, float8, float8, float8) is
  'GrowthBook-style Welch t test from per-arm n, mean and variance: absolute diff (B − A) and relative lift '
  'with CIs and p-values sharing the Welch–Satterthwaite dof. error = ZERO_NEGATIVE_VARIANCE, '
  'BASELINE_VARIATION_ZERO or NOT_ENOUGH_DATA (then p-values are 1 and the rest null), as gbstats.';
create function stats.welch_t_test_proportions(
  n_a bigint, x_a bigint, n_b bigint, x_b bigint, alpha float8 default 0.05,
  out error text, out dof float8, out t_crit float8, out diff float8, out se float8, out p_value float8,
  out ci_low float8, out ci_high float8, out lift float8, out lift_se float8, out lift_p_value float8,
  out lift_ci_low float8, out lift_ci_high float8)
language sql immutable strict parallel safe
set search_path = ''
as $$
  select w.* from (select x_a::float8 / nullif(n_a, 0) as pa, x_b::float8 / nullif(n_b, 0) as pb) r
  cross join lateral stats.welch_t_test(n_a, r.pa, r.pa * (1 - r.pa), n_b, r.pb, r.pb * (1 - r.pb), alpha) w
$$;
comment on function stats.welch_t_test_proportions(bigint, bigint, bigint, bigint, float8) is
  'stats.welch_t_test for conversion rates (variance p(1 − p), the MLE gbstats uses).';
create function stats.welch_t_test_sums(
  n_a bigint, sum_a float8, sum_sq_a float8, n_b bigint, sum_b float8, sum_sq_b float8, alpha float8 default 0.05,
  out error text, out dof float8, out t_crit float8, out diff float8, out se float8, out p_value float8,
  out ci_low float8, out ci_high float8, out lift float8, out lift_se float8, out lift_p_value float8,
  out lift_ci_low float8, out lift_ci_high float8)
language sql immutable strict parallel safe
set search_path = ''
as $$
  select w.* from stats.welch_t_test(
    n_a, sum_a / nullif(n_a, 0), coalesce((sum_sq_a - sum_a * sum_a / nullif(n_a, 0)) / nullif(n_a - 1, 0), 0),
    n_b, sum_b / nullif(n_b, 0), coalesce((sum_sq_b - sum_b * sum_b / nullif(n_b, 0)) / nullif(n_b - 1, 0), 0),
    alpha) w
$$;
comment on function stats.welch_t_test_sums(bigint, float8, float8, bigint, float8, float8, float8) is
  'stats.welch_t_test for a mean metric (e.g. revenue per lead) from n, Σx and Σx² per arm (sample variance, n − 1).';

-- Two-sided Fisher exact test on the 2×2 table [x_a, n_a − x_a; x_b, n_b − x_b]: sums the hypergeometric
-- probabilities no larger than the observed one (relative tolerance 1e-7, as R). Probabilities are
-- built from ratios of neighbours, in logs relative to the mode, so no factorial of a large n is
-- ever formed. The distribution is log-concave: walking out from the mode the terms only shrink,
-- so each walk stops once a term is below e^-708 of the mode's (zero in float8). The cost follows
-- the spread of the distribution (a few thousand terms), not the size of the table — a segment of
-- 150,000 leads against 50,000 is as quick as one of 20.
create function stats.fisher_exact(n_a bigint, x_a bigint, n_b bigint, x_b bigint)
returns float8
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  k constant float8 := x_a + x_b;
  lo constant bigint := greatest(0, x_a + x_b - n_b);
  hi constant bigint := least(x_a + x_b, n_a);
  mode constant bigint := least(greatest(floor((n_a + 1) * (k + 1) / (n_a + n_b + 2))::bigint, lo), hi);
  observed float8 := 0;  -- ln P(x_a) − ln P(mode)
  lp float8;
  total float8 := 1;     -- Σ P(j) / P(mode)
  at_most float8 := 0;   -- the same over j with P(j) ≤ P(x_a)
  j bigint;
begin
  if n_a < 0 or n_b < 0 or x_a < 0 or x_b < 0 or x_a > n_a or x_b > n_b then return null; end if;
  -- ln P(j + 1) − ln P(j) = ln((n_a − j)(k − j) / ((j + 1)(n_b − k + j + 1))).
  for j in mode .. x_a - 1 loop
    observed := observed + ln((n_a - j)::float8 / (j + 1) * ((k - j) / (n_b - k + j + 1)));
    if observed < -708 then return 0; end if;
  end loop;
  for j in reverse mode - 1 .. x_a loop
    observed := observed - ln((n_a - j)::float8 / (j + 1) * ((k - j) / (n_b - k + j + 1)));
    if observed < -708 then return 0; end if;
  end loop;
  if observed >= -1e-7 then at_most := 1; end if;
  lp := 0;
  j := mode;
  while j < hi loop
    lp := lp + ln((n_a - j)::float8 / (j + 1) * ((k - j) / (n_b - k + j + 1)));
    j := j + 1;
    exit when lp < -708;
    total := total + exp(lp);
    if lp <= observed + 1e-7 then at_most := at_most + exp(lp); end if;
  end loop;
  lp := 0;
  j := mode;
  while j > lo loop
    j := j - 1;
    lp := lp - ln((n_a - j)::float8 / (j + 1) * ((k - j) / (n_b - k + j + 1)));
    exit when lp < -708;
    total := total + exp(lp);
    if lp <= observed + 1e-7 then at_most := at_most + exp(lp); end if;
  end loop;
  return least(1, at_most / total);
end;
$$;
comment on function stats.fisher_exact(bigint, bigint, bigint, bigint) is
  'Two-sided Fisher exact p-value for conversions x out of n in A and B. Use when a cell is < 5 or an arm is at 0%/100%.';
create function stats.wilson_interval(n bigint, x bigint, alpha float8 default 0.05, out low float8, out high float8)
language sql immutable strict parallel safe
set search_path = ''
as $$
  with s as materialized (
    select x::float8 / nullif(n, 0) as p, stats.normal_quantile(1 - alpha / 2) as z where n > 0
  )
  select greatest(0, c - h), least(1, c + h)
  from s cross join lateral (
    select (s.p + s.z * s.z / (2 * n)) / (1 + s.z * s.z / n) as c,
           s.z / (1 + s.z * s.z / n) * sqrt(s.p * (1 - s.p) / n + s.z * s.z / (4.0 * n * n)) as h
  ) as w
$$;
comment on function stats.wilson_interval(bigint, bigint, float8) is 'Wilson score interval for a proportion x / n at level 1 − alpha.';

-- P(X2 > X1) for independent X1 ~ Beta(a1, b1), X2 ~ Beta(a2, b2) with integer parameters: Evan Miller's
-- closed form, summed over whichever parameter is smallest (four equivalent forms). The terms follow
-- term(i+1)/term(i) = (a1+i)(b2+i) / ((a1+b1+b2+i)(1+i)), so a running sum of logs gives each one.
create function stats.beta_prob_greater(a1 bigint, b1 bigint, a2 bigint, b2 bigint)
returns float8
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  smallest bigint := least(a1, b1, a2, b2);
  p float8[];
  direct boolean;
  lt float8;
  total float8 := 0;
begin
  -- 1: P(B > A) directly; 2: 1 − P(A > B); 3: P(1 − A > 1 − B); 4: 1 − P(1 − B > 1 − A).
  if smallest = a2 then p := array[a1, b1, a2, b2]; direct := true;
  elsif smallest = a1 then p := array[a2, b2, a1, b1]; direct := false;
  elsif smallest = b1 then p := array[b2, a2, b1, a1]; direct := true;
  else p := array[b1, a1, b2, a2]; direct := false;
  end if;
  lt := stats.ln_beta(p[1], p[2] + p[4]) - stats.ln_beta(p[1], p[2]);
  for i in 0 .. p[3]::integer - 1 loop
    if lt > -708 then total := total + exp(lt); end if;
    lt := lt + ln((p[1] + i) * (p[4] + i) / ((p[1] + p[2] + p[4] + i) * (1 + i)));
  end loop;
  return case when direct then least(1, total) else greatest(0, 1 - total) end;
end;
$$;
comment on function stats.beta_prob_greater(bigint, bigint, bigint, bigint) is
  'P(X2 > X1) for X1 ~ Beta(a1, b1), X2 ~ Beta(a2, b2), integer parameters; exact (Evan Miller), in log space.';
create function stats.beta_binomial_chance_to_win(
  n_a bigint, x_a bigint, n_b bigint, x_b bigint, prior_alpha integer default 1, prior_beta integer default 1)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  select stats.beta_prob_greater(prior_alpha + x_a, prior_beta + n_a - x_a, prior_alpha + x_b, prior_beta + n_b - x_b)
$$;
comment on function stats.beta_binomial_chance_to_win(bigint, bigint, bigint, bigint, integer, integer) is
  'Exact P(rate_B > rate_A) with independent Beta(prior_alpha, prior_beta) priors (default uniform Beta(1,1)).';

-- Everything the report computes from the two Beta posteriors: exact chance to win, expected loss
-- (E[max(B − A, 0)] = mean_B·P(B⁺ > A) − mean_A·P(B > A⁺), the same closed form with one shape raised),
-- credible intervals, the normal approximation, and GrowthBook ≤ 2.x's log-normal approximation.
create function stats.beta_binomial_summary(
  n_a bigint, x_a bigint, n_b bigint, x_b bigint, prior_alpha integer default 1, prior_beta integer default 1,
  alpha float8 default 0.05,
  out alpha_a bigint, out beta_a bigint, out alpha_b bigint, out beta_b bigint,
  out mean_a float8, out mean_b float8, out cred_low_a float8, out cred_high_a float8,
  out cred_low_b float8, out cred_high_b float8, out chance_to_win_b float8, out chance_to_win_a float8,
  out expected_loss_a float8, out expected_loss_b float8, out chance_to_win_normal_approx float8,
  out log_ratio_mean float8, out log_ratio_sd float8, out lognormal_lift float8,
  out lognormal_ci_low float8, out lognormal_ci_high float8, out lognormal_chance_to_win float8)
language sql immutable strict parallel safe
set search_path = ''
as $$
  with post as materialized (
    select prior_alpha + x_a as aa, prior_beta + n_a - x_a as ba, prior_alpha + x_b as ab, prior_beta + n_b - x_b as bb,
           stats.normal_quantile(1 - alpha / 2) as z
  ), m as materialized (
    select *, aa::float8 / (aa + ba) as ma, ab::float8 / (ab + bb) as mb,
           stats.beta_prob_greater(aa, ba, ab, bb) as ctw,
           stats.digamma(ab) - stats.digamma(ab + bb) - stats.digamma(aa) + stats.digamma(aa + ba) as lm,
           sqrt(stats.trigamma(aa) - stats.trigamma(aa + ba) + stats.trigamma(ab) - stats.trigamma(ab + bb)) as ls
    from post
  ), loss as materialized (
    select *, mb * stats.beta_prob_greater(aa, ba, ab + 1, bb) - ma * stats.beta_prob_greater(aa + 1, ba, ab, bb) as la
    from m
  )
  select aa, ba, ab, bb, ma, mb,
         stats.beta_quantile(alpha / 2, aa, ba), stats.beta_quantile(1 - alpha / 2, aa, ba),
         stats.beta_quantile(alpha / 2, ab, bb), stats.beta_quantile(1 - alpha / 2, ab, bb),
         ctw, 1 - ctw, la, la - (mb - ma),
         stats.normal_cdf((mb - ma) / sqrt(aa * ba / ((aa + ba) ^ 2 * (aa + ba + 1.0)) + ab * bb / ((ab + bb) ^ 2 * (ab + bb + 1.0)))),
         lm, ls, exp(lm) - 1, exp(lm - z * ls) - 1, exp(lm + z * ls) - 1, stats.normal_cdf(lm / ls)
  from loss
$$;
comment on function stats.beta_binomial_summary(bigint, bigint, bigint, bigint, integer, integer, float8) is
  'Beta-binomial comparison of A and B: posterior shapes and means, credible intervals, exact chance to win, '
  'expected loss of choosing A (E[max(B − A, 0)]) or B, normal-approximation chance to win, and GrowthBook '
  '≤ 2.x log-normal lift estimate (log_ratio_*, lognormal_*).';

-- P(arm i is best) = ∫ f_i(x) Π_{j≠i} F_j(x) dx. Integrated in u = logit(x), where every Beta density is
-- smooth and decays on both sides, so the trapezoidal rule converges geometrically (step = smallest
-- posterior sd / 8, range ±12 sd of every arm).
create function stats.beta_binomial_prob_best(
  n bigint[], x bigint[], prior_alpha integer default 1, prior_beta integer default 1)
returns float8[]
language sql immutable strict parallel safe
set search_path = ''
as $$
  with arms as materialized (
    select i, (prior_alpha + x[i])::float8 as a, (prior_beta + n[i] - x[i])::float8 as b
    from generate_subscripts(n, 1) as i
  ), spec as materialized (
    select min(ln(a / b) - 12 * sqrt(1 / a + 1 / b)) as lo, max(ln(a / b) + 12 * sqrt(1 / a + 1 / b)) as hi,
           min(sqrt(1 / a + 1 / b)) / 8 as h
    from arms
  ), grid as materialized (
    select s.h, 1 / (1 + exp(-(s.lo + k * s.h))) as gx, 1 / (1 + exp(s.lo + k * s.h)) as gy
    from spec s, generate_series(0, ceil((s.hi - s.lo) / s.h)::integer) as k
  ), at_point as materialized (
    select g.h, g.gx, a.i, a.a * ln(g.gx) + a.b * ln(g.gy) - stats.ln_beta(a.a, a.b) as ldens,
           stats.incomplete_beta_xy(a.a, a.b, g.gx, g.gy) as cdf
    from grid g cross join arms a
  ), integrand as materialized (
    select p.i, p.h, p.ldens + sum(ln(o.cdf)) filter (where o.cdf > 0) as lv, bool_or(o.cdf = 0) as zero
    from at_point p join at_point o on o.gx = p.gx and o.i <> p.i
    group by p.i, p.h, p.gx, p.ldens
  ), prob as materialized (
    select i, sum(case when zero or lv + ln(h) < -708 then 0 else exp(lv + ln(h)) end) as p from integrand group by i
  )
  select array_agg(coalesce(p.p, 1) order by a.i) from arms a left join prob p using (i)
$$;
comment on function stats.beta_binomial_prob_best(bigint[], bigint[], integer, integer) is
  'P(best) for each arm (arrays n and x in arm order) under independent Beta(prior_alpha, prior_beta) priors, '
  'by quadrature to ~1e-10. A single arm gets 1.';

-- GrowthBook's current Bayesian engine (EffectBayesianABTest): the effect estimate is treated as normal
-- with standard error se, combined with a normal prior (flat when prior_variance is null).
create function stats.gaussian_effect_posterior(
  estimate float8, se float8, prior_mean float8 default 0, prior_variance float8 default null, alpha float8 default 0.05,
  out posterior_mean float8, out posterior_sd float8, out chance_to_win float8, out ci_low float8, out ci_high float8,
  out risk_control float8, out risk_treatment float8)
language sql immutable parallel safe
set search_path = ''
as $$
  with post as materialized (
    select (estimate / nullif(se, 0) ^ 2 + coalesce(prior_mean / nullif(prior_variance, 0), 0))
             / (1 / nullif(se, 0) ^ 2 + coalesce(1 / nullif(prior_variance, 0), 0)) as mu,
           sqrt(1 / (1 / nullif(se, 0) ^ 2 + coalesce(1 / nullif(prior_variance, 0), 0))) as sd,
           stats.normal_quantile(1 - alpha / 2) as z
    where se > 0
  )
  select p.mu, p.sd, coalesce(stats.normal_cdf(p.mu / p.sd), 0.5), p.mu - p.z * p.sd, p.mu + p.z * p.sd,
         p.mu * stats.normal_cdf(p.mu / p.sd) + p.sd * stats.normal_pdf(p.mu / p.sd),
         -p.mu * stats.normal_cdf(-p.mu / p.sd) + p.sd * stats.normal_pdf(p.mu / p.sd)
  from (select 1) as one left join post p on true
$$;
comment on function stats.gaussian_effect_posterior(float8, float8, float8, float8, float8) is
  'Normal posterior of an effect (GrowthBook Gaussian engine): mean, sd, P(effect > 0), credible interval and '
  'risk [E[max(X,0)], E[max(−X,0)]] (loss of keeping control / shipping treatment). Without a usable se '
  '(null or ≤ 0) the chance to win is 0.5 and the rest null, as gbstats.';
create function stats.p_adjust_holm(p float8[])
returns float8[]
language sql immutable strict parallel safe
set search_path = ''
as $$
  with v as materialized (
    select p_i, ord from unnest(p) with ordinality as t(p_i, ord)
  ), ranked as materialized (
    select ord, p_i, row_number() over (order by p_i, ord) as r, count(*) over () as m from v where p_i is not null
  ), adjusted as materialized (
    select ord, max(least(1, (m - r + 1) * p_i)) over (order by r) as a from ranked
  )
  select coalesce(array_agg(adjusted.a order by v.ord), '{}') from v left join adjusted using (ord)
$$;
comment on function stats.p_adjust_holm(float8[]) is
  'Holm–Bonferroni adjusted p-values (family-wise error), returned in input order; nulls stay null and do not count.';
create function stats.p_adjust_bh(p float8[])
returns float8[]
language sql immutable strict parallel safe
set search_path = ''
as $$
  with v as materialized (
    select p_i, ord from unnest(p) with ordinality as t(p_i, ord)
  ), ranked as materialized (
    select ord, p_i, row_number() over (order by p_i, ord) as r, count(*) over () as m from v where p_i is not null
  ), adjusted as materialized (
    select ord, least(1, min(m * p_i / r) over (order by r desc)) as a from ranked
  )
  select coalesce(array_agg(adjusted.a order by v.ord), '{}') from v left join adjusted using (ord)
$$;
comment on function stats.p_adjust_bh(float8[]) is
  'Benjamini–Hochberg adjusted p-values (false discovery rate), returned in input order; nulls stay null.';

-- Sample-ratio mismatch (GrowthBook checkSrm): arms with weight 0 are dropped; the check only counts once
-- every remaining arm has min_units units.
create function stats.srm_chi_square(
  users bigint[], weights float8[], min_units integer default 8, threshold float8 default 0.001,
  out chi2 float8, out df integer, out p_value float8, out flagged boolean, out enough_data boolean,
  out mismatch boolean)
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
begin
  if coalesce(array_length(users, 1), 0) <> coalesce(array_length(weights, 1), 0) then
    raise exception 'stats.srm_chi_square: % user counts for % weights', array_length(users, 1), array_length(weights, 1)
      using errcode = '22023';
  end if;
  select coalesce(sum((v.u - v.w / t.sw * t.total) ^ 2 / nullif(v.w / t.sw * t.total, 0)), 0),
         greatest(count(*) - 1, 0), coalesce(bool_and(v.u >= min_units), false)
    into chi2, df, enough_data
  from unnest(users, weights) as v(u, w)
  cross join (select sum(u)::float8 as total, sum(w) as sw from unnest(users, weights) as s(u, w) where w > 0) as t
  where v.w > 0;
  p_value := case when df < 1 or chi2 = 0 then 1 else stats.chi2_sf(chi2, df) end;
  flagged := p_value < threshold;
  mismatch := enough_data and flagged;
end;
$$;
comment on function stats.srm_chi_square(bigint[], float8[], integer, float8) is
  'Sample-ratio mismatch chi-square against the configured weights (zero-weight arms dropped). flagged = '
  'p < threshold; mismatch = flagged once every arm has ≥ min_units units (GrowthBook defaults 0.001 and 8). '
  'A mismatch blocks any winner.';

-- Sequential SRM (Lindon, Semmens & Gotwalt 2022, as GrowthBook's ssrm): Bayes factor of a Dirichlet-multinomial
-- against the null multinomial, accumulated day by day; p = running minimum of 1/BF (anytime-valid). With a
-- slab weight each day's predictive mixes the tight prior with a Dirichlet(slab_concentration) slab.
create function stats.srm_sequential_p_values(
  daily_counts bigint[], null_probs float8[], concentration float8 default 10000, slab_weight float8 default 0,
  slab_concentration float8 default 1)
returns float8[]
language sql immutable strict parallel safe
set search_path = ''
as $$
  with cells as materialized (
    select (ord - 1) / array_length(daily_counts, 2) + 1 as day, (ord - 1) % array_length(daily_counts, 2) + 1 as arm,
           c::float8 as c
    from unnest(daily_counts) with ordinality as t(c, ord)
  ), prior as materialized (
    select day, arm, c, null_probs[arm] as p0,
           coalesce(sum(c) over (partition by arm order by day rows between unbounded preceding and 1 preceding), 0) as seen
    from cells
  ), per_day as materialized (
    select day,
           coalesce(sum(c * ln(p0)) filter (where c > 0), 0) as l0,
           stats.ln_gamma(sum(concentration * p0 + seen)) - stats.ln_gamma(sum(concentration * p0 + seen + c))
             + sum(stats.ln_gamma(concentration * p0 + seen + c) - stats.ln_gamma(concentration * p0 + seen)) as l_spike,
           stats.ln_gamma(sum(slab_concentration + seen)) - stats.ln_gamma(sum(slab_concentration + seen + c))
             + sum(stats.ln_gamma(slab_concentration + seen + c) - stats.ln_gamma(slab_concentration + seen)) as l_slab
    from prior group by day
  ), steps as materialized (
    select day, sum(case
             when slab_weight <= 0 then l_spike
             when slab_weight >= 1 then l_slab
             -- log-sum-exp; the smaller term is clamped at e^-700, far below the larger term's rounding.
             else greatest(l_spike, l_slab)
                  + ln((1 - slab_weight) * exp(greatest(l_spike - greatest(l_spike, l_slab), -700))
                       + slab_weight * exp(greatest(l_slab - greatest(l_spike, l_slab), -700)))
           end - l0) over (order by day) as log_bf
    from per_day
  ), p as materialized (
    select day, min(case when log_bf <= 0 then 1 when log_bf > 708 then 0 else exp(-log_bf) end) over (order by day) as p
    from steps
  )
  select coalesce(array_agg(p order by day), '{}') from p
$$;
comment on function stats.srm_sequential_p_values(bigint[], float8[], float8, float8, float8) is
  'Anytime-valid sequential SRM p-values, one per day: daily_counts is a 2-D array [day][arm] of new units, '
  'null_probs the expected split (all > 0). Dirichlet concentration 10000 and no slab by default (GrowthBook).';

-- GrowthBook's always-valid confidence sequence (Waudby-Smith et al. 2023, asymptotic): n_star is the total
-- sample of the two arms at which a decision is expected; the sequence is narrowest there. With
-- k = n·ρ² + 1, the report's half-width se·√n·√(2k/(n²ρ²)·ln(√k/α)) simplifies to se·√(2k/(k−1)·ln(√k/α)).
create function stats.confidence_sequence_z(n_total float8, n_star float8, alpha float8 default 0.05)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  select sqrt(2 * k / nullif(k - 1, 0) * ln(sqrt(k) / alpha))
  from (select n_total * (-2 * ln(alpha) + ln(-2 * ln(alpha) + 1)) / n_star + 1 as k) as s
$$;
comment on function stats.confidence_sequence_z(float8, float8, float8) is
  'Half-width of the asymptotic confidence sequence in standard errors after n_total units, tuned to n_star '
  '(the always-valid counterpart of z = 1.96).';
create function stats.confidence_sequence(
  estimate float8, se float8, n_total float8, n_star float8, alpha float8 default 0.05,
  out rho float8, out halfwidth float8, out ci_low float8, out ci_high float8, out p_value float8,
  out log_e_value float8)
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  k float8 := n_total * (-2 * ln(alpha) + ln(-2 * ln(alpha) + 1)) / n_star + 1;
begin
  rho := sqrt((-2 * ln(alpha) + ln(-2 * ln(alpha) + 1)) / n_star);
  if se > 0 and n_total > 0 then
    halfwidth := se * stats.confidence_sequence_z(n_total, n_star, alpha);
    ci_low := estimate - halfwidth;
    ci_high := estimate + halfwidth;
    log_e_value := (k - 1) * (estimate / se) ^ 2 / (2 * k) - 0.5 * ln(k);
    p_value := case when log_e_value <= 0 then 1 when log_e_value > 708 then 0 else exp(-log_e_value) end;
  end if;
end;
$$;
comment on function stats.confidence_sequence(float8, float8, float8, float8, float8) is
  'Asymptotic confidence sequence (GrowthBook sequential testing) for an estimate with standard error se after '
  'n_total units, tuned to n_star: half-width, interval, always-valid p-value and log e-value. Null when se ≤ 0.';
create function stats.confidence_sequence_proportions(
  n_a bigint, x_a bigint, n_b bigint, x_b bigint, n_star float8, alpha float8 default 0.05, relative boolean default false,
  out estimate float8, out se float8, out rho float8, out halfwidth float8, out ci_low float8, out ci_high float8,
  out p_value float8, out log_e_value float8, out z_ci_low float8, out z_ci_high float8)
language sql immutable strict parallel safe
set search_path = ''
as $$
  select e.est, e.s, cs.rho, cs.halfwidth, cs.ci_low, cs.ci_high, cs.p_value, cs.log_e_value,
         e.est - stats.normal_quantile(1 - alpha / 2) * e.s, e.est + stats.normal_quantile(1 - alpha / 2) * e.s
  from stats.two_proportion_test(n_a, x_a, n_b, x_b, alpha) t
  cross join lateral (
    select case when relative then t.lift else t.diff end as est, case when relative then t.lift_se else t.se end as s
  ) e
  cross join lateral stats.confidence_sequence(e.est, e.s, (n_a + n_b)::float8, n_star, alpha) cs
$$;
comment on function stats.confidence_sequence_proportions(bigint, bigint, bigint, bigint, float8, float8, boolean) is
  'Confidence sequence for rate_B − rate_A (or the relative lift when relative) with unpooled / delta-method se; '
  'z_ci_* is the fixed-horizon interval for comparison.';

-- mSPRT (Johari et al.) for two Bernoulli streams with n per arm and a N(theta0, tau2) mixture.
create function stats.msprt_bernoulli(
  n_a bigint, x_a bigint, n_b bigint, x_b bigint, tau2 float8, theta0 float8 default 0, alpha float8 default 0.05,
  out variance float8, out diff float8, out log_lambda float8, out lambda float8, out p_value float8, out reject boolean)
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  pa float8 := x_a::float8 / n_a;
  pb float8 := x_b::float8 / n_b;
begin
  if n_a <> n_b then
    raise exception 'stats.msprt_bernoulli: the mixture SPRT pairs observations, arms must have equal n (% vs %)', n_a, n_b
      using errcode = '22023';
  end if;
  variance := pa * (1 - pa) + pb * (1 - pb);
  diff := pb - pa;
  if variance = 0 then
    -- Both arms at 0% or 100%: no evidence when they agree, unbounded evidence when they do not.
    log_lambda := case when diff = theta0 then '-Infinity'::float8 else 'Infinity'::float8 end;
  else
    log_lambda := 0.5 * ln(variance / (variance + n_a * tau2))
                + n_a ^ 2 * tau2 * (diff - theta0) ^ 2 / (2 * variance * (variance + n_a * tau2));
  end if;
  lambda := case when log_lambda > 709 then 'Infinity'::float8 when log_lambda < -708 then 0 else exp(log_lambda) end;
  p_value := case when log_lambda <= 0 then 1 when log_lambda > 708 then 0 else exp(-log_lambda) end;
  reject := log_lambda >= -ln(alpha);
end;
$$;
comment on function stats.msprt_bernoulli(bigint, bigint, bigint, bigint, float8, float8, float8) is
  'Mixture SPRT likelihood ratio Λ for B − A at one look (equal n per arm); always-valid p = running min of '
  'p_value over looks; reject when Λ ≥ 1/alpha.';

-- Fixed-horizon sample size per arm for two proportions, by every formula the report compares. Evan Miller's
-- (pooled null variance) is the calculator most teams know; the unpooled formula is the one that matches
-- the Welch/Wald test CIS decides with, and is larger whenever the lift raises a rate below 50%.
create function stats.sample_size_per_arm(
  baseline_rate float8, mde_absolute float8, alpha float8 default 0.05, power float8 default 0.8,
  out evan_miller_raw float8, out evan_miller bigint, out power_at_evan_miller float8, out unpooled bigint,
  out cohen_h bigint, out growthbook_relative bigint)
language sql immutable strict parallel safe
set search_path = ''
as $$
  with z as materialized (
    select baseline_rate as p, baseline_rate + mde_absolute as p2, abs(mde_absolute) as d, mde_absolute / baseline_rate as e,
           stats.normal_quantile(1 - alpha / 2) as za, stats.normal_quantile(power) as zb
  ), sized as materialized (
    select *, (za * sqrt(2 * p * (1 - p)) + zb * sqrt(p * (1 - p) + p2 * (1 - p2))) ^ 2 / d ^ 2 as raw,
           -- GrowthBook's power calculator: variance p(1−p) in both arms, delta-method se of the relative lift.
           p * (1 - p) * (1 + (1 + e) ^ 2) / (p * p) as v_rel
    from z
  )
  select raw, ceil(raw)::bigint,
         -- two-sided: the far tail (a significant result in the wrong direction) counts too, as in the report.
         stats.normal_cdf((d * sqrt(ceil(raw)) - za * sqrt(2 * p * (1 - p))) / sqrt(p * (1 - p) + p2 * (1 - p2)))
           + stats.normal_cdf((-d * sqrt(ceil(raw)) - za * sqrt(2 * p * (1 - p))) / sqrt(p * (1 - p) + p2 * (1 - p2))),
         ceil((za + zb) ^ 2 * (p * (1 - p) + p2 * (1 - p2)) / d ^ 2)::bigint,
         -- var(2·asin √p̂) = 1/n per arm, so the difference of two arms needs 2·((za + zb)/h)².
         ceil(2 * ((za + zb) / abs(2 * asin(sqrt(p2)) - 2 * asin(sqrt(p)))) ^ 2)::bigint,
         (select min(k) from generate_series(greatest(1, floor(((za + zb) / e) ^ 2 * v_rel)::bigint - 2),
                                             ceil(((za + zb) / e) ^ 2 * v_rel)::bigint + 2) as k
          where 1 - stats.normal_cdf(za - e / sqrt(v_rel / k)) + stats.normal_cdf(-za - e / sqrt(v_rel / k)) >= power)
  from sized
$$;
comment on function stats.sample_size_per_arm(float8, float8, float8, float8) is
  'Units per arm to detect baseline_rate → baseline_rate + mde_absolute (two-sided alpha, power): Evan Miller '
  '(raw, ceil, and the power his formula promises at the ceil), unpooled normal, Cohen''s h, GrowthBook relative.';

-- GrowthBook power calculator (packages/shared/src/power/power.ts): relative effect, n_total split over
-- n_variations, two-sided z; with n_star > 0 the se is inflated to the confidence sequence's width.
create function stats.growthbook_power(
  mean float8, variance float8, relative_effect float8, n_total float8, n_variations integer,
  alpha float8 default 0.05, n_star float8 default 0)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  with s as materialized (
    select stats.normal_quantile(1 - alpha / 2) as zs,
           sqrt(variance * (1 + (1 + relative_effect) ^ 2) / (mean * mean * (n_total / n_variations))) as se_fixed
  ), se as materialized (
    select zs, case when n_star > 0 then se_fixed * stats.confidence_sequence_z(2 * n_total / n_variations, n_star, alpha) / zs
                    else se_fixed end as se
    from s
  )
  select 1 - stats.normal_cdf(zs - relative_effect / se) + stats.normal_cdf(-zs - relative_effect / se) from se
$$;
comment on function stats.growthbook_power(float8, float8, float8, float8, integer, float8, float8) is
  'GrowthBook frequentist power for a relative effect on a metric with this mean and variance, n_total users over '
  'n_variations arms; sequential (confidence-sequence) power when n_star > 0.';
create function stats.growthbook_mde(
  mean float8, variance float8, power float8, n_total float8, n_variations integer,
  alpha float8 default 0.05, n_star float8 default 0)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  with s as materialized (
    select n_total / n_variations as na,
           stats.normal_quantile(1 - alpha / 2) - stats.normal_quantile(1 - power) as z,
           case when n_star > 0
                then variance * (stats.confidence_sequence_z(2 * n_total / n_variations, n_star, alpha)
                                 / stats.normal_quantile(1 - alpha / 2)) ^ 2
                else variance end as v
  ), q as materialized (
    select *, 1 - z * z * v / na / (mean * mean) as qa, -2 * mean as qb, mean * mean - z * z * v / na as qc from s
  )
  select ((-qb + sqrt(qb * qb - 4 * qa * qc)) / (2 * qa) - mean) / mean from q
  where na > v * z * z / (mean * mean) and power > alpha
$$;
comment on function stats.growthbook_mde(float8, float8, float8, float8, integer, float8, float8) is
  'GrowthBook minimum detectable relative effect at this power (closed form); null when no positive solution '
  '(too few users per variation).';

-- Evan Miller's "Simple Sequential A/B Testing": count conversions only; B wins when T − C reaches d, stop
-- with no winner when T + C reaches N. Under H0 T − C is a fair random walk, under a lift it moves up with
-- q = (1+δ)/(2+δ); first passage at n: (d/n)·C(n, (n+d)/2)·q^((n+d)/2)·(1−q)^((n−d)/2). For each N the
-- smallest d with α(N, d) ≤ alpha; the answer is the smallest N whose power reaches the target.
create function stats.evan_miller_sequential_design(
  relative_lift float8, alpha float8 default 0.05, power float8 default 0.8,
  out total_conversions bigint, out lead bigint, out alpha_actual float8, out power_actual float8, out q float8)
language sql immutable strict parallel safe
set search_path = ''
as $$
  with params as materialized (
    select (1 + relative_lift) / (2 + relative_lift) as q,
           ceil(1.5 * ((stats.normal_quantile(1 - alpha / 2) + stats.normal_quantile(power))
                       / (relative_lift / (2 + relative_lift))) ^ 2)::integer as n_max
  ), walks as materialized (
    -- n = d + 2j steps with k = d + j up-moves; C(n, k) grows by (n+1)(n+2)/((k+1)(j+1)) per step of j.
    select d, j, d + 2 * j as n,
           ln(d::float8 / (d + 2 * j)) + coalesce(sum(ln((d + 2 * j + 1.0) * (d + 2 * j + 2) / ((d + j + 1.0) * (j + 1))))
             over (partition by d order by j rows between unbounded preceding and 1 preceding), 0) as lc
    from params p, generate_series(1, ceil(2.5 * sqrt(p.n_max))::integer + 2) as d,
         generate_series(0, (p.n_max - d) / 2) as j
  ), cumulative as materialized (
    select w.d, w.n,
           sum(case when w.lc + w.n * ln(0.5) < -708 then 0 else exp(w.lc + w.n * ln(0.5)) end) over (partition by w.d order by w.n) as a,
           sum(case when w.lc + (w.d + w.j) * ln(p.q) + w.j * ln(1 - p.q) < -708 then 0
                    else exp(w.lc + (w.d + w.j) * ln(p.q) + w.j * ln(1 - p.q)) end) over (partition by w.d order by w.n) as pw
    from walks w, params p
  ), per_total as materialized (
    -- a passage at n also holds for N = n + 1 (the other parity).
    select distinct on (big_n) big_n, c.d, c.a, c.pw
    from cumulative c cross join lateral (values (c.n), (c.n + 1)) as t(big_n)
    where c.a <= alpha
    order by big_n, c.d
  )
  select t.big_n, t.d, t.a, t.pw, p.q from per_total t, params p where t.pw >= power order by t.big_n limit 1
$$;
comment on function stats.evan_miller_sequential_design(float8, float8, float8) is
  'Evan Miller''s conversions-only sequential test for a relative lift (50/50 split, one-sided): stop with B when '
  'B leads by `lead` conversions, stop with no winner at `total_conversions`; the exact alpha and power achieved.';

-- The plan CIS uses: large enough for the test it actually runs (unpooled, at the fixed-horizon level left
-- after the early-stopping share of alpha) and never below Evan Miller's figure.
create function stats.ab_sample_size_target(
  baseline_rate float8, mde_absolute float8, alpha float8 default 0.05, power float8 default 0.8,
  early_alpha_share float8 default 0.2)
returns bigint
language sql immutable strict parallel safe
set search_path = ''
as $$
  select greatest(s.evan_miller, s.unpooled)
  from stats.sample_size_per_arm(baseline_rate, mde_absolute, alpha * (1 - early_alpha_share), power) s
$$;
comment on function stats.ab_sample_size_target(float8, float8, float8, float8, float8) is
  'sample_size_target (units per arm) for stats.ab_decision_binomial with the same alpha and early_alpha_share: '
  'the larger of Evan Miller''s and the unpooled formula at the fixed-horizon level alpha·(1 − early_alpha_share).';

-- The decision for a two-arm binomial experiment. alpha is split: early_alpha_share of it is spent on the
-- always-valid confidence sequence (checked at every look, tuned to n* = 2·target), the rest on the
-- fixed-horizon Welch test at the target, so peeking daily keeps the false-winner rate below alpha.
-- Small cells (< 5) are judged by Fisher's exact test instead of the normal approximation.
create function stats.ab_decision_binomial(
  n_a bigint, x_a bigint, n_b bigint, x_b bigint, target_per_arm bigint, alpha float8 default 0.05,
  weight_a float8 default 1, weight_b float8 default 1, early_alpha_share float8 default 0.2,
  out rate_a float8, out rate_b float8, out diff float8, out ci_level float8, out ci_low float8, out ci_high float8,
  out lift float8, out lift_ci_low float8, out lift_ci_high float8, out p_value float8, out fisher_p_value float8,
  out chance_to_win float8, out cs_low float8, out cs_high float8, out cs_p_value float8, out srm_p_value float8,
  out srm_mismatch boolean, out reached_target boolean, out progress float8, out decision text, out reason text)
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  a_early float8 := alpha * early_alpha_share;
  a_final float8 := alpha * (1 - early_alpha_share);
  small boolean := least(x_a, n_a - x_a, x_b, n_b - x_b) < 5;
  ua float8;
  ub float8;
  se float8;
  dof float8;
  tc float8;
  lift_se float8;
  final_sig boolean;
  early_sig boolean;
  leader text;
  cs record;
  srm record;
begin
  rate_a := x_a::float8 / nullif(n_a, 0);
  rate_b := x_b::float8 / nullif(n_b, 0);
  diff := rate_b - rate_a;
  ci_level := 1 - a_final;
  reached_target := least(n_a, n_b) >= target_per_arm;
  progress := least(n_a, n_b)::float8 / nullif(target_per_arm, 0);
  if n_a > 1 and n_b > 1 then
    ua := rate_a * (1 - rate_a) / n_a;
    ub := rate_b * (1 - rate_b) / n_b;
    se := sqrt(ua + ub);
  end if;
  if se > 0 then
    -- Welch–Satterthwaite also covers one arm at 0%/100% (dof = n_other − 1), which gbstats refuses.
    dof := (ua + ub) ^ 2 / (ua ^ 2 / (n_a - 1) + ub ^ 2 / (n_b - 1));
    tc := stats.t_quantile(1 - a_final / 2, dof);
    p_value := stats.t_two_sided_p(diff / se, dof);
    ci_low := diff - tc * se;
    ci_high := diff + tc * se;
    cs := stats.confidence_sequence(diff, se, (n_a + n_b)::float8, 2.0 * target_per_arm, a_early);
    cs_low := cs.ci_low;
    cs_high := cs.ci_high;
    cs_p_value := cs.p_value;
  end if;
  p_value := coalesce(p_value, 1);
  if rate_a > 0 then
    lift := diff / rate_a;
    lift_se := sqrt(rate_b * (1 - rate_b) / (n_b * rate_a ^ 2) + rate_a * (1 - rate_a) * rate_b ^ 2 / (n_a * rate_a ^ 4));
    lift_ci_low := lift - tc * lift_se;
    lift_ci_high := lift + tc * lift_se;
  end if;
  if small then
    fisher_p_value := stats.fisher_exact(n_a, x_a, n_b, x_b);
  end if;
  chance_to_win := stats.beta_binomial_chance_to_win(n_a, x_a, n_b, x_b);
  srm := stats.srm_chi_square(array[n_a, n_b], array[weight_a, weight_b]);
  srm_p_value := srm.p_value;
  srm_mismatch := srm.mismatch;

  final_sig := coalesce(case when small then fisher_p_value < a_final else p_value < a_final end, false);
  early_sig := coalesce((cs_low > 0 or cs_high < 0) and (not small or fisher_p_value < a_early), false);
  leader := case when diff > 0 then 'B' else 'A' end;
  if srm_mismatch then
    decision := 'inconclusive'; reason := 'sample_ratio_mismatch';
  elsif reached_target and final_sig then
    decision := leader; reason := 'fixed_horizon';
  elsif early_sig then
    decision := leader; reason := 'confidence_sequence';
  elsif reached_target then
    decision := 'no_difference'; reason := 'fixed_horizon';
  else
    decision := 'inconclusive'; reason := 'collecting';
  end if;
end;
$$;
comment on function stats.ab_decision_binomial(bigint, bigint, bigint, bigint, bigint, float8, float8, float8, float8) is
  'Decision for A (control) vs B from n and conversions per arm. decision: ''A''/''B'' (winner), ''no_difference'' '
  '(target reached, not significant) or ''inconclusive'' (still collecting, or SRM: reason says which). A winner '
  'before target_per_arm units per arm only when the confidence sequence (alpha·early_alpha_share, n* = 2·target) '
  'excludes 0; at the target the Welch test at alpha·(1 − early_alpha_share), or Fisher''s exact test when a cell '
  'is < 5. ci_* is the Welch CI at ci_level; chance_to_win = exact P(rate_B > rate_A) (Beta(1,1) priors). '
  'Once reached_target the decision should be frozen: re-testing a growing sample after the target peeks again.';

-- The tests behind CIS's answers (issue 11; docs/DETECTORS.md "How a finding is tested"), checked
-- against scipy in tests/sql/stats/honest.test.ts (tests/fixtures/stats/honest-vectors.json).

-- P(X ≥ x) for X ~ Binomial(n, p) = I_p(x, n − x + 1): the exact one-sided test of a count against
-- an expected share (the reading peak against a flat week and against the working day).
create function stats.binomial_sf(x bigint, n bigint, p float8)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  select case when x <= 0 then 1::float8 when x > n or p <= 0 then 0::float8 when p >= 1 then 1::float8
    else stats.incomplete_beta(x, n - x + 1, p) end
$$;
comment on function stats.binomial_sf(bigint, bigint, float8) is
  'Exact upper tail P(X ≥ x) of a Binomial(n, p) count (scipy.stats.binom.sf(x − 1, n, p)).';

-- Two counts of one multinomial sample (the top objection and the runner-up): given their sum,
-- each falls on either side with probability ½ when their shares are equal. Two-sided exact
-- binomial (sign) test, so a tie of the two leaders is called a winner at most α of the time.
create function stats.sign_test(a bigint, b bigint)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  select case when a + b = 0 or a = b then 1::float8
    else least(1, 2 * stats.binomial_sf(greatest(a, b), a + b, 0.5)) end
$$;
comment on function stats.sign_test(bigint, bigint) is
  'Two-sided exact binomial test that two counts of one sample have equal shares (scipy.stats.binomtest(a, a + b, 0.5)).';

-- Relative risk of B (a segment) against A (the rest) as a lift (rate_B / rate_A − 1) with an
-- interval on the log scale, so it never leaves [−100%, +∞). Katz's standard error, widened to
-- the one implied by p_value (the test the finding was judged by) whenever that is wider: an
-- interval that excludes no effect then always has p ≤ 1 − level. A zero in B gives −100% with a
-- Haldane–Anscombe upper bound (0.5 added to both cells of both groups); a zero in A leaves the
-- lift undefined (null): no finite ratio exists.
create function stats.relative_risk(
  n_a bigint, x_a bigint, n_b bigint, x_b bigint, p_value float8 default null, level float8 default 0.95,
  out lift float8, out ci_low float8, out ci_high float8, out se float8)
language plpgsql immutable parallel safe
set search_path = ''
as $$
declare
  z float8;
  lrr float8;
  se_test float8 := 0;
begin
  if n_a is null or x_a is null or n_b is null or x_b is null or n_a <= 0 or n_b <= 0 or x_a <= 0
     or x_a > n_a or x_b < 0 or x_b > n_b then
    return;
  end if;
  z := stats.normal_quantile(1 - (1 - coalesce(level, 0.95)) / 2);
  if x_b = 0 then
    lrr := ln((x_b + 0.5) / (n_b + 1.0)) - ln((x_a + 0.5) / (n_a + 1.0));
    se := sqrt(1 / (x_b + 0.5) - 1 / (n_b + 1.0) + 1 / (x_a + 0.5) - 1 / (n_a + 1.0));
    lift := -1;
    ci_low := -1;
  else
    lrr := ln((x_b::float8 / n_b) / (x_a::float8 / n_a));
    se := sqrt(1.0 / x_b - 1.0 / n_b + 1.0 / x_a - 1.0 / n_a);
    lift := exp(lrr) - 1;
  end if;
  if p_value > 0 and p_value < 1 and lrr <> 0 then
    se_test := abs(lrr) / stats.normal_quantile(1 - p_value / 2);
  end if;
  se := greatest(se, se_test);
  if x_b > 0 then
    ci_low := exp(lrr - z * se) - 1;
  end if;
  ci_high := case when lrr + z * se > 700 then 'Infinity'::float8 else exp(lrr + z * se) - 1 end;
end;
$$;
comment on function stats.relative_risk(bigint, bigint, bigint, bigint, float8, float8) is
  'Lift of B over A (rate_B / rate_A − 1) with a log-scale (Katz) interval at `level`, widened to the '
  'p-value''s own when that is wider; −100% with a Haldane upper bound when B has no conversions; null when A has none.';

-- The mean of positive money (won deal values) on the log scale: Cox's interval for the mean of a
-- log-normal sample, exp(m + s²/2 ± t(n − 1)·√(s²/n + s⁴/(2(n − 1)))) from the mean m and sample
-- variance s² of ln(value). It cannot go negative. Null under three values: no interval.
create function stats.lognormal_mean_interval(
  n bigint, sum_log float8, sum_log_sq float8, alpha float8 default 0.05,
  out estimate float8, out ci_low float8, out ci_high float8)
language sql immutable strict parallel safe
set search_path = ''
as $$
  -- Denominators go through nullif/greatest: the planner may fold them before the WHERE applies.
  with m as materialized (
    select sum_log / nullif(n, 0) as mean, greatest((sum_log_sq - sum_log * sum_log / nullif(n, 0)) / nullif(n - 1, 0), 0) as s2
    where n >= 3
  ), w as materialized (
    select mean + s2 / 2 as centre,
      stats.t_quantile(1 - alpha / 2, greatest(n - 1, 1)) * sqrt(s2 / nullif(n, 0) + s2 * s2 / (2 * nullif(n - 1, 0))) as half
    from m
  )
  select exp(w.centre), exp(w.centre - w.half), exp(w.centre + w.half) from (select 1) one left join w on true
$$;
comment on function stats.lognormal_mean_interval(bigint, float8, float8, float8) is
  'Cox''s log-scale interval (and estimate) for the mean of positive values from n, Σln x and Σ(ln x)²; '
  'positive by construction; null for fewer than 3 values.';

-- Pure math, harmless to expose to signed-in users and the service role; never to anon.
revoke all on function stats.two_proportion_test(bigint, bigint, bigint, bigint, float8) from public, anon, authenticated;
grant execute on function stats.two_proportion_test(bigint, bigint, bigint, bigint, float8) to authenticated, service_role;
revoke all on function stats.welch_t_test(float8, float8, float8, float8, float8, float8, float8) from public, anon, authenticated;
grant execute on function stats.welch_t_test(float8, float8, float8, float8, float8, float8, float8) to authenticated, service_role;
revoke all on function stats.welch_t_test_proportions(bigint, bigint, bigint, bigint, float8) from public, anon, authenticated;
grant execute on function stats.welch_t_test_proportions(bigint, bigint, bigint, bigint, float8) to authenticated, service_role;
revoke all on function stats.welch_t_test_sums(bigint, float8, float8, bigint, float8, float8, float8) from public, anon, authenticated;
grant execute on function stats.welch_t_test_sums(bigint, float8, float8, bigint, float8, float8, float8) to authenticated, service_role;
revoke all on function stats.fisher_exact(bigint, bigint, bigint, bigint) from public, anon, authenticated;
grant execute on function stats.fisher_exact(bigint, bigint, bigint, bigint) to authenticated, service_role;
revoke all on function stats.wilson_interval(bigint, bigint, float8) from public, anon, authenticated;
grant execute on function stats.wilson_interval(bigint, bigint, float8) to authenticated, service_role;
revoke all on function stats.beta_prob_greater(bigint, bigint, bigint, bigint) from public, anon, authenticated;
grant execute on function stats.beta_prob_greater(bigint, bigint, bigint, bigint) to authenticated, service_role;
revoke all on function stats.beta_binomial_chance_to_win(bigint, bigint, bigint, bigint, integer, integer) from public, anon, authenticated;
grant execute on function stats.beta_binomial_chance_to_win(bigint, bigint, bigint, bigint, integer, integer) to authenticated, service_role;
revoke all on function stats.beta_binomial_summary(bigint, bigint, bigint, bigint, integer, integer, float8) from public, anon, authenticated;
grant execute on function stats.beta_binomial_summary(bigint, bigint, bigint, bigint, integer, integer, float8) to authenticated, service_role;
revoke all on function stats.beta_binomial_prob_best(bigint[], bigint[], integer, integer) from public, anon, authenticated;
grant execute on function stats.beta_binomial_prob_best(bigint[], bigint[], integer, integer) to authenticated, service_role;
revoke all on function stats.gaussian_effect_posterior(float8, float8, float8, float8, float8) from public, anon, authenticated;
grant execute on function stats.gaussian_effect_posterior(float8, float8, float8, float8, float8) to authenticated, service_role;
revoke all on function stats.p_adjust_holm(float8[]) from public, anon, authenticated;
grant execute on function stats.p_adjust_holm(float8[]) to authenticated, service_role;
revoke all on function stats.p_adjust_bh(float8[]) from public, anon, authenticated;
grant execute on function stats.p_adjust_bh(float8[]) to authenticated, service_role;
revoke all on function stats.srm_chi_square(bigint[], float8[], integer, float8) from public, anon, authenticated;
grant execute on function stats.srm_chi_square(bigint[], float8[], integer, float8) to authenticated, service_role;
revoke all on function stats.srm_sequential_p_values(bigint[], float8[], float8, float8, float8) from public, anon, authenticated;
grant execute on function stats.srm_sequential_p_values(bigint[], float8[], float8, float8, float8) to authenticated, service_role;
revoke all on function stats.confidence_sequence_z(float8, float8, float8) from public, anon, authenticated;
grant execute on function stats.confidence_sequence_z(float8, float8, float8) to authenticated, service_role;
revoke all on function stats.confidence_sequence(float8, float8, float8, float8, float8) from public, anon, authenticated;
grant execute on function stats.confidence_sequence(float8, float8, float8, float8, float8) to authenticated, service_role;
revoke all on function stats.confidence_sequence_proportions(bigint, bigint, bigint, bigint, float8, float8, boolean) from public, anon, authenticated;
grant execute on function stats.confidence_sequence_proportions(bigint, bigint, bigint, bigint, float8, float8, boolean) to authenticated, service_role;
revoke all on function stats.msprt_bernoulli(bigint, bigint, bigint, bigint, float8, float8, float8) from public, anon, authenticated;
grant execute on function stats.msprt_bernoulli(bigint, bigint, bigint, bigint, float8, float8, float8) to authenticated, service_role;
revoke all on function stats.sample_size_per_arm(float8, float8, float8, float8) from public, anon, authenticated;
grant execute on function stats.sample_size_per_arm(float8, float8, float8, float8) to authenticated, service_role;
revoke all on function stats.growthbook_power(float8, float8, float8, float8, integer, float8, float8) from public, anon, authenticated;
grant execute on function stats.growthbook_power(float8, float8, float8, float8, integer, float8, float8) to authenticated, service_role;
revoke all on function stats.growthbook_mde(float8, float8, float8, float8, integer, float8, float8) from public, anon, authenticated;
grant execute on function stats.growthbook_mde(float8, float8, float8, float8, integer, float8, float8) to authenticated, service_role;
revoke all on function stats.evan_miller_sequential_design(float8, float8, float8) from public, anon, authenticated;
grant execute on function stats.evan_miller_sequential_design(float8, float8, float8) to authenticated, service_role;
revoke all on function stats.ab_sample_size_target(float8, float8, float8, float8, float8) from public, anon, authenticated;
grant execute on function stats.ab_sample_size_target(float8, float8, float8, float8, float8) to authenticated, service_role;
revoke all on function stats.ab_decision_binomial(bigint, bigint, bigint, bigint, bigint, float8, float8, float8, float8) from public, anon, authenticated;
grant execute on function stats.ab_decision_binomial(bigint, bigint, bigint, bigint, bigint, float8, float8, float8, float8) to authenticated, service_role;
revoke all on function stats.binomial_sf(bigint, bigint, float8) from public, anon, authenticated;
grant execute on function stats.binomial_sf(bigint, bigint, float8) to authenticated, service_role;
revoke all on function stats.sign_test(bigint, bigint) from public, anon, authenticated;
grant execute on function stats.sign_test(bigint, bigint) to authenticated, service_role;
revoke all on function stats.relative_risk(bigint, bigint, bigint, bigint, float8, float8) from public, anon, authenticated;
grant execute on function stats.relative_risk(bigint, bigint, bigint, bigint, float8, float8) to authenticated, service_role;
revoke all on function stats.lognormal_mean_interval(bigint, float8, float8, float8) from public, anon, authenticated;
grant execute on function stats.lognormal_mean_interval(bigint, float8, float8, float8) to authenticated, service_role;
