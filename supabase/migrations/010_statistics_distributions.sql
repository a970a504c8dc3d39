-- 010_statistics_distributions: the special functions and distributions every CIS statistic is built on.
-- Objects: schema stats; functions stats.log1p, stats.stirling_correction, stats.ln_gamma, stats.ln_beta,
--          stats.digamma, stats.trigamma, stats.incomplete_gamma, stats.incomplete_beta(_xy), stats.beta_cdf,
--          stats.beta_quantile, stats.normal_pdf, stats.normal_cdf, stats.normal_two_sided_p,
--          stats.normal_quantile, stats.t_pdf, stats.t_cdf, stats.t_two_sided_p, stats.t_quantile,
--          stats.chi2_cdf, stats.chi2_sf.
-- Pure math: immutable, no table access. PostgreSQL 15 has no lgamma/erf, so they are written here
-- (Stirling series with recurrence, Lentz continued fractions) to double precision; the tests
-- compare them with scipy (tests/fixtures/stats/vectors.json). PostgreSQL raises an error on float
-- underflow, so every exp() of a possibly tiny value is guarded.

create schema if not exists stats;
comment on schema stats is
  'Pure statistics functions (distributions, A/B tests, sequential tests, planning). Not exposed through '
  'PostgREST; views and RPCs call them so the dashboard, cron and API all see the same numbers.';
grant usage on schema stats to authenticated, service_role;
alter default privileges in schema stats revoke execute on functions from public;

-- ln(1 + x) without the cancellation of ln(1 + x) for small x (Goldberg's correction).
create function stats.log1p(x float8)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  select case when 1 + x = 1 then x else ln(1 + x) * x / ((1 + x) - 1) end
$$;
comment on function stats.log1p(float8) is 'ln(1 + x), accurate for small x. x > -1.';

-- lgamma(x) - Stirling's leading terms, for x >= 15 (error < 1e-17 there).
create function stats.stirling_correction(x float8)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  select case
    when x > 1e7 then 1 / (12 * x)
    else (1 / x) * (1.0 / 12 + (1 / (x * x)) * (-1.0 / 360 + (1 / (x * x)) * (1.0 / 1260
         + (1 / (x * x)) * (-1.0 / 1680 + (1 / (x * x)) * (1.0 / 1188 + (1 / (x * x)) * (-691.0 / 360360
         + (1 / (x * x)) / 156))))))
  end
$$;
comment on function stats.stirling_correction(float8) is
  'ln Γ(x) − ((x − ½)·ln x − x + ½·ln 2π) by the Stirling series; valid for x ≥ 15.';
create function stats.ln_gamma(x float8)
returns float8
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  shift float8 := 1;
begin
  if x <= 0 then
    raise exception 'stats.ln_gamma: x must be positive, got %', x using errcode = '22003';
  end if;
  -- Γ(x) = Γ(x + k) / (x (x+1) … (x+k−1)): move into the range where the series is exact.
  while x < 15 loop
    shift := shift * x;
    x := x + 1;
  end loop;
  return (x - 0.5) * ln(x) - x + 0.91893853320467274178 + stats.stirling_correction(x) - ln(shift);
end;
$$;
comment on function stats.ln_gamma(float8) is 'ln Γ(x) for x > 0, to about 1e-15 absolute (PostgreSQL 15 has no lgamma).';

-- ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a+b). For large arguments the three logs are huge and nearly
-- cancel, so the Stirling terms are combined algebraically first (log1p keeps the small ratio exact).
create function stats.ln_beta(a float8, b float8)
returns float8
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  s float8 := least(a, b);
  l float8 := greatest(a, b);
begin
  if l < 15 then
    return stats.ln_gamma(s) + stats.ln_gamma(l) - stats.ln_gamma(s + l);
  elsif s >= 15 then
    return (s - 0.5) * ln(s / (s + l)) - (l - 0.5) * stats.log1p(s / l) - 0.5 * ln(s + l) + 0.91893853320467274178
      + stats.stirling_correction(s) + stats.stirling_correction(l) - stats.stirling_correction(s + l);
  end if;
  return stats.ln_gamma(s) - ((l - 0.5) * stats.log1p(s / l) + s * ln(l + s) - s
    + stats.stirling_correction(l + s) - stats.stirling_correction(l));
end;
$$;
comment on function stats.ln_beta(float8, float8) is 'ln B(a, b) for a, b > 0, accurate also when one argument is large.';
create function stats.digamma(x float8)
returns float8
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  acc float8 := 0;
  r2 float8;
begin
  if x <= 0 then
    raise exception 'stats.digamma: x must be positive, got %', x using errcode = '22003';
  end if;
  while x < 15 loop
    acc := acc - 1 / x;
    x := x + 1;
  end loop;
  r2 := 1 / (x * x);
  return acc + ln(x) - 0.5 / x - r2 * (1.0 / 12 - r2 * (1.0 / 120 - r2 * (1.0 / 252 - r2 * (1.0 / 240
    - r2 * (1.0 / 132 - r2 * (691.0 / 32760 - r2 / 12))))));
end;
$$;
comment on function stats.digamma(float8) is 'ψ(x) = d/dx ln Γ(x), x > 0 (log-moments of Beta posteriors).';
create function stats.trigamma(x float8)
returns float8
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  acc float8 := 0;
  r float8;
  r2 float8;
begin
  if x <= 0 then
    raise exception 'stats.trigamma: x must be positive, got %', x using errcode = '22003';
  end if;
  while x < 15 loop
    acc := acc + 1 / (x * x);
    x := x + 1;
  end loop;
  r := 1 / x;
  r2 := r * r;
  return acc + r + r2 / 2 + r * r2 * (1.0 / 6 - r2 * (1.0 / 30 - r2 * (1.0 / 42 - r2 * (1.0 / 30
    - r2 * (5.0 / 66 - r2 * (691.0 / 2730 - r2 * 7.0 / 6))))));
end;
$$;
comment on function stats.trigamma(float8) is 'ψ′(x), the second derivative of ln Γ(x), x > 0.';

-- Regularized incomplete gamma P(a, x) (or Q = 1 − P when upper): series below a + 1, Lentz's continued
-- fraction above, each computing the small tail directly so chi-square and normal tails keep full
-- relative precision.
create function stats.incomplete_gamma(a float8, x float8, upper boolean default false)
returns float8
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  ln_front float8;
  total float8;
  term float8;
  ap float8;
  b float8;
  c float8;
  d float8;
  h float8;
  an float8;
  delta float8;
  tail float8;
begin
  if a <= 0 or x < 0 then
    raise exception 'stats.incomplete_gamma: need a > 0 and x >= 0, got a=%, x=%', a, x using errcode = '22003';
  end if;
  if x = 0 then
    return case when upper then 1 else 0 end;
  end if;
  ln_front := a * ln(x) - x - stats.ln_gamma(a);
  if x < a + 1 then
    ap := a;
    term := 1 / a;
    total := term;
    for i in 1..100000 loop
      ap := ap + 1;
      term := term * x / ap;
      total := total + term;
      exit when abs(term) < abs(total) * 1e-17;
    end loop;
    tail := case when ln_front + ln(total) < -708 then 0 else exp(ln_front + ln(total)) end;
    return case when upper then 1 - tail else tail end;
  end if;
  b := x + 1 - a;
  c := 1e300;
  d := 1 / b;
  h := d;
  for i in 1..100000 loop
    an := -i * (i - a);
    b := b + 2;
    d := an * d + b;
    if abs(d) < 1e-300 then d := 1e-300; end if;
    c := b + an / c;
    if abs(c) < 1e-300 then c := 1e-300; end if;
    d := 1 / d;
    delta := d * c;
    h := h * delta;
    exit when abs(delta - 1) < 1e-16;
  end loop;
  tail := case when ln_front + ln(h) < -708 then 0 else exp(ln_front + ln(h)) end;
  return case when upper then tail else 1 - tail end;
end;
$$;
comment on function stats.incomplete_gamma(float8, float8, boolean) is
  'Regularized incomplete gamma: P(a, x), or Q(a, x) = 1 − P when upper. a > 0, x ≥ 0.';

-- Regularized incomplete beta I_x(a, b), given x and y = 1 − x separately: callers that know 1 − x
-- exactly (the t distribution) pass it, so tails near x = 1 lose nothing to rounding.
create function stats.incomplete_beta_xy(a float8, b float8, x float8, y float8)
returns float8
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  swap boolean;
  p float8;
  q float8;
  u float8;
  v float8;
  ln_front float8;
  c float8;
  d float8;
  h float8;
  aa float8;
  delta float8;
  m2 integer;
  converged boolean := false;
  part float8;
begin
  if a <= 0 or b <= 0 or x < 0 or y < 0 then
    raise exception 'stats.incomplete_beta: need a, b > 0 and 0 <= x <= 1, got a=%, b=%, x=%', a, b, x
      using errcode = '22003';
  end if;
  if x = 0 then return 0; end if;
  if y = 0 then return 1; end if;
  ln_front := a * (case when x > 0.5 then stats.log1p(-y) else ln(x) end)
            + b * (case when y > 0.5 then stats.log1p(-x) else ln(y) end)
            - stats.ln_beta(a, b);
  -- The continued fraction converges fast for x < (a+1)/(a+b+2); otherwise use I_x(a,b) = 1 − I_y(b,a).
  swap := x >= (a + 1) / (a + b + 2);
  if swap then p := b; q := a; u := y; v := x; else p := a; q := b; u := x; v := y; end if;
  c := 1;
  -- The first denominator 1 − (p+q)u/(p+1) cancels badly when u is near 1; rewritten with v = 1 − u.
  d := case when u > 0.5 then (1 - q + (p + q) * v) / (p + 1) else 1 - (p + q) * u / (p + 1) end;
  if abs(d) < 1e-300 then d := 1e-300; end if;
  d := 1 / d;
  h := d;
  for m in 1..100000 loop
    m2 := 2 * m;
    aa := m * (q - m) * u / ((p - 1 + m2) * (p + m2));
    d := 1 + aa * d;
    if abs(d) < 1e-300 then d := 1e-300; end if;
    c := 1 + aa / c;
    if abs(c) < 1e-300 then c := 1e-300; end if;
    d := 1 / d;
    h := h * d * c;
    aa := -(p + m) * (p + q + m) * u / ((p + m2) * (p + 1 + m2));
    d := 1 + aa * d;
    if abs(d) < 1e-300 then d := 1e-300; end if;
    c := 1 + aa / c;
    if abs(c) < 1e-300 then c := 1e-300; end if;
    d := 1 / d;
    delta := d * c;
    h := h * delta;
    if abs(delta - 1) < 1e-16 then
      converged := true;
      exit;
    end if;
  end loop;
  if not converged then
    raise exception 'stats.incomplete_beta: continued fraction did not converge (a=%, b=%, x=%)', a, b, x
      using errcode = '22000';
  end if;
  part := case when ln_front + ln(h) - ln(p) < -708 then 0 else exp(ln_front + ln(h) - ln(p)) end;
  return case when swap then 1 - part else part end;
end;
$$;
comment on function stats.incomplete_beta_xy(float8, float8, float8, float8) is
  'Regularized incomplete beta I_x(a, b) with y = 1 − x supplied exactly by the caller (Lentz continued fraction).';
create function stats.incomplete_beta(a float8, b float8, x float8)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  select stats.incomplete_beta_xy(a, b, x, 1 - x)
$$;
comment on function stats.incomplete_beta(float8, float8, float8) is 'Regularized incomplete beta I_x(a, b), 0 ≤ x ≤ 1.';
create function stats.beta_cdf(x float8, a float8, b float8)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  select case when x <= 0 then 0::float8 when x >= 1 then 1::float8 else stats.incomplete_beta_xy(a, b, x, 1 - x) end
$$;
comment on function stats.beta_cdf(float8, float8, float8) is 'P(X ≤ x) for X ~ Beta(a, b).';

-- Safeguarded Newton: a Newton step that leaves the bracket [lo, hi] is replaced by bisection.
create function stats.beta_quantile(p float8, a float8, b float8)
returns float8
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  lo float8 := 0;
  hi float8 := 1;
  x float8 := a / (a + b);
  next_x float8;
  f float8;
  ln_pdf float8;
  ln_b float8 := stats.ln_beta(a, b);
begin
  if p <= 0 then return 0; end if;
  if p >= 1 then return 1; end if;
  for i in 1..500 loop
    f := stats.incomplete_beta_xy(a, b, x, 1 - x) - p;
    if f = 0 then return x; end if;
    if f < 0 then lo := x; else hi := x; end if;
    ln_pdf := (a - 1) * ln(x) + (b - 1) * stats.log1p(-x) - ln_b;
    next_x := case when ln_pdf > -700 then x - f / exp(ln_pdf) end;
    if next_x is null or next_x <= lo or next_x >= hi then
      next_x := (lo + hi) / 2;
    end if;
    exit when abs(next_x - x) <= 1e-15 * next_x or hi - lo <= 1e-15 * x;
    x := next_x;
  end loop;
  return next_x;
end;
$$;
comment on function stats.beta_quantile(float8, float8, float8) is 'Inverse of stats.beta_cdf: x with P(X ≤ x) = p, X ~ Beta(a, b).';
create function stats.normal_pdf(z float8)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  select case when abs(z) > 37.5 then 0::float8 else exp(-z * z / 2) / 2.50662827463100050242 end
$$;
comment on function stats.normal_pdf(float8) is 'Standard normal density φ(z).';

-- Φ(z) = ½·erfc(−z/√2) and erfc(u) = Q(½, u²): the lower tail is computed directly.
create function stats.normal_cdf(z float8)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  select case
    when z < -38 then 0::float8
    when z > 38 then 1::float8
    when z < 0 then 0.5 * stats.incomplete_gamma(0.5, z * z / 2, true)
    else 1 - 0.5 * stats.incomplete_gamma(0.5, z * z / 2, true)
  end
$$;
comment on function stats.normal_cdf(float8) is 'Standard normal CDF Φ(z), full relative precision in the lower tail.';
create function stats.normal_two_sided_p(z float8)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  select case when abs(z) > 38 then 0::float8 else stats.incomplete_gamma(0.5, z * z / 2, true) end
$$;
comment on function stats.normal_two_sided_p(float8) is 'Two-sided normal p-value 2·(1 − Φ(|z|)), exact in the tail.';

-- Acklam's rational approximation (relative error ~1e-9), then Halley steps on the exact CDF.
create function stats.normal_quantile(p float8)
returns float8
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  q float8 := least(p, 1 - p);
  r float8;
  s float8;
  x float8;
  e float8;
  u float8;
begin
  if p <= 0 then return '-Infinity'; end if;
  if p >= 1 then return 'Infinity'; end if;
  if p = 0.5 then return 0; end if;
  if q < 0.02425 then
    r := sqrt(-2 * ln(q));
    x := (((((-7.784894002430293e-03 * r - 3.223964580411365e-01) * r - 2.400758277161838e+00) * r
          - 2.549732539343734e+00) * r + 4.374664141464968e+00) * r + 2.938163982698783e+00)
       / ((((7.784695709041462e-03 * r + 3.224671290700398e-01) * r + 2.445134137142996e+00) * r
          + 3.754408661907416e+00) * r + 1);
  else
    r := q - 0.5;
    s := r * r;
    x := (((((-3.969683028665376e+01 * s + 2.209460984245205e+02) * s - 2.759285104469687e+02) * s
          + 1.383577518672690e+02) * s - 3.066479806614716e+01) * s + 2.506628277459239e+00) * r
       / (((((-5.447609879822406e+01 * s + 1.615858368580409e+02) * s - 1.556989798598866e+02) * s
          + 6.680131188771972e+01) * s - 1.328068155288572e+01) * s + 1);
  end if;
  -- x is the lower-tail quantile of q (x < 0); refine it on the exact tail.
  for i in 1..2 loop
    e := stats.normal_cdf(x) - q;
    u := e / stats.normal_pdf(x);
    x := x - u / (1 + x * u / 2);
  end loop;
  return case when p < 0.5 then x else -x end;
end;
$$;
comment on function stats.normal_quantile(float8) is 'Inverse standard normal CDF Φ⁻¹(p), double precision.';
create function stats.t_two_sided_p(t float8, df float8)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  -- P(|T| ≥ |t|) = I_x(df/2, ½) with x = df/(df + t²); 1 − x = t²/(df + t²) is passed exactly.
  select case
    when df = 'Infinity'::float8 then stats.normal_two_sided_p(t)
    when abs(t) > 1e150 then 0::float8
    else stats.incomplete_beta_xy(df / 2, 0.5, df / (df + t * t), t * t / (df + t * t))
  end
$$;
comment on function stats.t_two_sided_p(float8, float8) is 'Two-sided Student t p-value P(|T| ≥ |t|), df > 0 (may be fractional, e.g. Welch).';
create function stats.t_cdf(t float8, df float8)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  select case when t < 0 then stats.t_two_sided_p(t, df) / 2 else 1 - stats.t_two_sided_p(t, df) / 2 end
$$;
comment on function stats.t_cdf(float8, float8) is 'Student t CDF P(T ≤ t) with df degrees of freedom.';
create function stats.t_pdf(t float8, df float8)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  select case
    when df = 'Infinity'::float8 then stats.normal_pdf(t)
    else exp(-(df + 1) / 2 * stats.log1p(t * t / df) - 0.5 * ln(df) - stats.ln_beta(df / 2, 0.5))
  end
$$;
comment on function stats.t_pdf(float8, float8) is 'Student t density with df degrees of freedom.';

-- Start from the Cornish–Fisher expansion around the normal quantile, then safeguarded Newton on the
-- exact upper tail (bisection whenever a step leaves the bracket, which heavy tails can cause).
create function stats.t_quantile(p float8, df float8)
returns float8
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  q float8 := least(p, 1 - p);
  z float8;
  t float8;
  next_t float8;
  tail float8;
  lo float8 := 0;
  hi float8;
begin
  if df <= 0 then
    raise exception 'stats.t_quantile: df must be positive, got %', df using errcode = '22003';
  end if;
  if p <= 0 then return '-Infinity'; end if;
  if p >= 1 then return 'Infinity'; end if;
  if p = 0.5 then return 0; end if;
  if df = 'Infinity'::float8 then return stats.normal_quantile(p); end if;
  z := -stats.normal_quantile(q);
  t := z;
  if df >= 4 then
    t := z + (z ^ 3 + z) / (4 * df) + (5 * z ^ 5 + 16 * z ^ 3 + 3 * z) / (96 * df ^ 2)
       + (3 * z ^ 7 + 19 * z ^ 5 + 17 * z ^ 3 - 15 * z) / (384 * df ^ 3)
       + (79 * z ^ 9 + 776 * z ^ 7 + 1482 * z ^ 5 - 1920 * z ^ 3 - 945 * z) / (92160 * df ^ 4);
  end if;
  for i in 1..200 loop
    tail := stats.t_two_sided_p(t, df) / 2;
    if tail > q then lo := t; else hi := t; end if;
    next_t := t + (tail - q) / stats.t_pdf(t, df);
    if next_t <= lo or next_t >= hi then
      next_t := case when hi is null then 2 * t + 1 else (lo + hi) / 2 end;
    elsif abs(next_t - t) <= 1e-9 * next_t then
      -- Newton converges quadratically (|f''/2f'| ≈ t/2 here): after a step this small the error is < 1e-17.
      t := next_t;
      exit;
    end if;
    exit when hi - lo <= 1e-15 * t;
    t := next_t;
  end loop;
  return case when p < 0.5 then -t else t end;
end;
$$;
comment on function stats.t_quantile(float8, float8) is 'Inverse Student t CDF: t with P(T ≤ t) = p, df > 0.';
create function stats.chi2_cdf(x float8, df float8)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  select case when x <= 0 then 0::float8 else stats.incomplete_gamma(df / 2, x / 2, false) end
$$;
comment on function stats.chi2_cdf(float8, float8) is 'Chi-square CDF P(X ≤ x) with df degrees of freedom.';
create function stats.chi2_sf(x float8, df float8)
returns float8
language sql immutable strict parallel safe
set search_path = ''
as $$
  select case when x <= 0 then 1::float8 else stats.incomplete_gamma(df / 2, x / 2, true) end
$$;
comment on function stats.chi2_sf(float8, float8) is 'Chi-square upper tail (p-value) P(X > x) with df degrees of freedom.';

-- Pure math, harmless to expose to signed-in users and the service role; never to anon.
revoke all on function stats.log1p(float8) from public, anon, authenticated;
grant execute on function stats.log1p(float8) to authenticated, service_role;
revoke all on function stats.stirling_correction(float8) from public, anon, authenticated;
grant execute on function stats.stirling_correction(float8) to authenticated, service_role;
revoke all on function stats.ln_gamma(float8) from public, anon, authenticated;
grant execute on function stats.ln_gamma(float8) to authenticated, service_role;
revoke all on function stats.ln_beta(float8, float8) from public, anon, authenticated;
grant execute on function stats.ln_beta(float8, float8) to authenticated, service_role;
revoke all on function stats.digamma(float8) from public, anon, authenticated;
grant execute on function stats.digamma(float8) to authenticated, service_role;
revoke all on function stats.trigamma(float8) from public, anon, authenticated;
grant execute on function stats.trigamma(float8) to authenticated, service_role;
revoke all on function stats.incomplete_gamma(float8, float8, boolean) from public, anon, authenticated;
grant execute on function stats.incomplete_gamma(float8, float8, boolean) to authenticated, service_role;
revoke all on function stats.incomplete_beta_xy(float8, float8, float8, float8) from public, anon, authenticated;
grant execute on function stats.incomplete_beta_xy(float8, float8, float8, float8) to authenticated, service_role;
revoke all on function stats.incomplete_beta(float8, float8, float8) from public, anon, authenticated;
grant execute on function stats.incomplete_beta(float8, float8, float8) to authenticated, service_role;
revoke all on function stats.beta_cdf(float8, float8, float8) from public, anon, authenticated;
grant execute on function stats.beta_cdf(float8, float8, float8) to authenticated, service_role;
revoke all on function stats.beta_quantile(float8, float8, float8) from public, anon, authenticated;
grant execute on function stats.beta_quantile(float8, float8, float8) to authenticated, service_role;
revoke all on function stats.normal_pdf(float8) from public, anon, authenticated;
grant execute on function stats.normal_pdf(float8) to authenticated, service_role;
revoke all on function stats.normal_cdf(float8) from public, anon, authenticated;
grant execute on function stats.normal_cdf(float8) to authenticated, service_role;
revoke all on function stats.normal_two_sided_p(float8) from public, anon, authenticated;
grant execute on function stats.normal_two_sided_p(float8) to authenticated, service_role;
revoke all on function stats.normal_quantile(float8) from public, anon, authenticated;
grant execute on function stats.normal_quantile(float8) to authenticated, service_role;
revoke all on function stats.t_two_sided_p(float8, float8) from public, anon, authenticated;
grant execute on function stats.t_two_sided_p(float8, float8) to authenticated, service_role;
revoke all on function stats.t_cdf(float8, float8) from public, anon, authenticated;
grant execute on function stats.t_cdf(float8, float8) to authenticated, service_role;
revoke all on function stats.t_pdf(float8, float8) from public, anon, authenticated;
grant execute on function stats.t_pdf(float8, float8) to authenticated, service_role;
revoke all on function stats.t_quantile(float8, float8) from public, anon, authenticated;
grant execute on function stats.t_quantile(float8, float8) to authenticated, service_role;
revoke all on function stats.chi2_cdf(float8, float8) from public, anon, authenticated;
grant execute on function stats.chi2_cdf(float8, float8) to authenticated, service_role;
revoke all on function stats.chi2_sf(float8, float8) from public, anon, authenticated;
grant execute on function stats.chi2_sf(float8, float8) to authenticated, service_role;
