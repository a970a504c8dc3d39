-- 042_experiment_analysis (CONTENT-005): per-lead outcomes, per-variant statistics, and the
-- analysis that writes ab_tests.winner, confidence and a plain-language verdict.
-- Objects: views ab_test_lead_outcomes, ab_test_variant_stats, ab_test_results;
--          functions private.metric_label(), private.format_effect(), private.chance_text(),
--          public.analyze_ab_tests().
-- Method (see ../shared/reference/stats via docs): binomial metrics by stats.ab_decision_binomial
-- (Welch CI, Fisher's exact test for small cells, exact Beta(1,1) chance to win, SRM gate,
-- always-valid confidence sequence for early calls); revenue per lead by Welch's t on Σx, Σx²;
-- more than two variants: each against control, Holm-adjusted. Without a planned
-- sample_size_target, the plan assumes a 30% relative effect on the observed control rate
-- (taken between 1% and 90%), so a test is never judged on an open-ended sample.
-- Verdicts say what the data say (issue 11): a winner; "no difference" only when every interval
-- lies inside ±the planned minimum effect (the equivalence margin); else, at the planned sample,
-- "inconclusive: effects from X to Y are still possible". Intervals are named by their level (96%:
-- the fixed-horizon test spends 4% of α; 1% goes to early stopping).

create function private.metric_label(metric text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case metric
    when 'human_open_rate' then 'human opens' when 'click_rate' then 'clicks'
    when 'reply_rate' then 'replies' when 'positive_reply_rate' then 'positive replies'
    when 'meeting_booked_rate' then 'meetings booked' when 'meeting_held_rate' then 'meetings held'
    when 'deal_won_rate' then 'deals won' when 'revenue_per_lead' then 'revenue per lead'
    else metric end
$$;
revoke all on function private.metric_label(text) from public, anon, authenticated;
grant execute on function private.metric_label(text) to authenticated, service_role;
comment on function private.metric_label(text) is 'Human name of an experiment metric.';

-- One row per exposed lead (assigned and touched at least once in the test): what happened after
-- the first exposure. Revenue counts won deals in the client's default currency only.
create view public.ab_test_lead_outcomes with (security_invoker = true) as
select a.client_id, a.ab_test_id, a.variant, a.lead_id, e.first_exposed_at,
  e.human_opened, e.human_clicked,
  exists (select 1 from public.replies r where r.lead_id = a.lead_id and r.received_at >= e.first_exposed_at) as replied,
  exists (select 1 from public.replies r where r.lead_id = a.lead_id and r.received_at >= e.first_exposed_at
          and r.reply_intent in ('interested', 'meeting_request')) as positive_reply,
  exists (select 1 from public.meetings m where m.lead_id = a.lead_id and m.booked_at >= e.first_exposed_at) as meeting_booked,
  exists (select 1 from public.meetings m where m.lead_id = a.lead_id and m.booked_at >= e.first_exposed_at
          and m.showed_up) as meeting_held,
  exists (select 1 from public.deals d where d.lead_id = a.lead_id and d.won and d.created_at >= e.first_exposed_at) as deal_won,
  coalesce((select sum(d.value) from public.deals d join public.clients c on c.id = d.client_id
            where d.lead_id = a.lead_id and d.won and d.created_at >= e.first_exposed_at
              and d.currency = c.default_currency), 0)::double precision as revenue
from public.ab_test_assignments a
join lateral (
  select min(x.sent_at) as first_exposed_at, coalesce(bool_or(x.human_opened), false) as human_opened,
    coalesce(bool_or(x.human_clicked), false) as human_clicked
  from public.activities x where x.ab_test_id = a.ab_test_id and x.lead_id = a.lead_id
) e on e.first_exposed_at is not null;
comment on view public.ab_test_lead_outcomes is 'Per exposed lead of an experiment: its variant and every outcome after its first touch in the test.';
create view public.ab_test_variant_stats with (security_invoker = true) as
select v.client_id, v.ab_test_id, v.label as variant, v.weight, t.metric,
  (v.label = t.control_variant) as is_control,
  count(o.lead_id) as n,
  count(o.lead_id) filter (where case t.metric
    when 'human_open_rate' then o.human_opened when 'click_rate' then o.human_clicked
    when 'reply_rate' then o.replied when 'positive_reply_rate' then o.positive_reply
    when 'meeting_booked_rate' then o.meeting_booked when 'meeting_held_rate' then o.meeting_held
    when 'deal_won_rate' then o.deal_won when 'revenue_per_lead' then o.revenue > 0 end) as conversions,
  coalesce(sum(o.revenue), 0)::double precision as revenue_sum,
  coalesce(sum(o.revenue * o.revenue), 0)::double precision as revenue_sum_squares
from public.ab_test_variants v
join public.ab_tests t on t.id = v.ab_test_id
left join public.ab_test_lead_outcomes o on o.ab_test_id = v.ab_test_id and o.variant = v.label
group by v.client_id, v.ab_test_id, v.label, v.weight, t.metric, t.control_variant;
comment on view public.ab_test_variant_stats is 'Sufficient statistics per experiment variant: exposed leads, conversions on the test''s metric, revenue sum and sum of squares.';

-- Per variant against control: rate with a Wilson 95% CI, difference with its CI, lift, p-value
-- (Holm-adjusted when there are several variants), chance to beat control, SRM and the verdict.
create view public.ab_test_results with (security_invoker = true) as
with arms as (
  select s.*, t.control_variant, t.alpha, t.status, t.winner, t.confidence, t.verdict, t.decision_reason,
    t.sample_size_target
  from public.ab_test_variant_stats s join public.ab_tests t on t.id = s.ab_test_id
), versus as (
  select v.*, c.n as control_n, c.conversions as control_conversions,
    d.diff, d.ci_low, d.ci_high, d.ci_level, d.lift, d.p_value, d.fisher_p_value, d.chance_to_win,
    w.p_value as revenue_p_value, w.diff as revenue_diff,
    count(*) filter (where not v.is_control) over (partition by v.ab_test_id) as comparisons
  from arms v
  join arms c on c.ab_test_id = v.ab_test_id and c.is_control
  left join lateral stats.ab_decision_binomial(c.n, c.conversions, v.n, v.conversions,
    greatest(coalesce(v.sample_size_target, 1), 1), v.alpha, c.weight, v.weight) d
    on not v.is_control and c.n > 0 and v.n > 0
  left join lateral stats.welch_t_test_sums(c.n, c.revenue_sum, c.revenue_sum_squares,
    v.n, v.revenue_sum, v.revenue_sum_squares, v.alpha) w
    on not v.is_control and v.metric = 'revenue_per_lead'
)
select x.client_id, x.ab_test_id, x.variant, x.is_control, x.metric, x.n, x.conversions,
  x.conversions::double precision / nullif(x.n, 0) as rate,
  ci.low as rate_ci_low, ci.high as rate_ci_high,
  case when x.metric = 'revenue_per_lead' then x.revenue_sum / nullif(x.n, 0) end as revenue_per_lead,
  x.diff, x.ci_low as diff_ci_low, x.ci_high as diff_ci_high, x.ci_level as diff_ci_level, x.lift,
  coalesce(case when x.metric = 'revenue_per_lead' then x.revenue_p_value else coalesce(x.fisher_p_value, x.p_value) end, null) as p_value,
  x.chance_to_win, x.sample_size_target, x.status, x.winner, x.confidence, x.decision_reason, x.verdict
from versus x
left join lateral stats.wilson_interval(x.n, x.conversions) ci on x.n > 0;
comment on view public.ab_test_results is 'Per variant of each experiment: n, conversions, rate with 95% CI, difference against control with its interval at diff_ci_level (0.96: the fixed-horizon share of alpha), lift, p-value, chance to win, and the test''s status and verdict.';
select private.secure_view('public.ab_test_lead_outcomes');
select private.secure_view('public.ab_test_variant_stats');
select private.secure_view('public.ab_test_results');

-- "+2.1 pts [+0.4, +3.8]" for rates, "+12.50 per lead [+1.20, +23.80]" for revenue; one minus sign (−).
create function private.format_effect(metric text, effect double precision, ci_low double precision,
  ci_high double precision, revenue_ci_low double precision, revenue_ci_high double precision)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select replace(case
    when effect is null then 'no data yet'
    when metric = 'revenue_per_lead' then pg_catalog.format('%s per lead [%s, %s]',
      to_char(effect, 'FMS999,999,990.00'), coalesce(to_char(revenue_ci_low, 'FMS999,999,990.00'), '?'),
      coalesce(to_char(revenue_ci_high, 'FMS999,999,990.00'), '?'))
    else pg_catalog.format('%s pts [%s, %s]', to_char(100 * effect, 'FMS990.0'),
      coalesce(to_char(100 * ci_low, 'FMS990.0'), '?'), coalesce(to_char(100 * ci_high, 'FMS990.0'), '?'))
  end, '-', '−')
$$;
revoke all on function private.format_effect(text, double precision, double precision, double precision, double precision, double precision) from public, anon, authenticated;
grant execute on function private.format_effect(text, double precision, double precision, double precision, double precision, double precision) to service_role;
comment on function private.format_effect(text, double precision, double precision, double precision, double precision, double precision) is 'An experiment effect with its interval, in points for rates or money per lead for revenue, with a true minus sign.';

-- A chance to win as the report and its tables both print it: one decimal, and never "100%" for
-- a probability short of certainty (">99.9%", "<0.1%"). shared/report/format.ts chance() agrees.
create function private.chance_text(p double precision)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case when p is null then '—' when p >= 0.9995 then '>99.9%' when p < 0.0005 then '<0.1%'
    else trim_scale(round((100 * p)::numeric, 1))::text || '%' end
$$;
revoke all on function private.chance_text(double precision) from public, anon, authenticated;
grant execute on function private.chance_text(double precision) to authenticated, service_role;
comment on function private.chance_text(double precision) is 'A probability as a percentage with one decimal, ">99.9%" and "<0.1%" at the ends (never a rounded 100%).';

create function public.analyze_ab_tests(p_client_id uuid default null)
returns setof public.ab_tests
language sql
set search_path = ''
as $$
  with arms as (
    select s.* from public.ab_test_variant_stats s
    join public.ab_tests t on t.id = s.ab_test_id
    where t.status = 'running' and (p_client_id is null or t.client_id = p_client_id)
  ), plan as (
    select t.id, t.metric, t.alpha, t.control_variant, c.n as n_c, c.conversions as x_c, c.weight as w_c,
      c.revenue_sum as sum_c, c.revenue_sum_squares as sq_c,
      coalesce(t.sample_size_target, stats.ab_sample_size_target(b.rate, least(0.3 * b.rate, 0.99 - b.rate), t.alpha, t.power)) as target,
      -- The equivalence margin: the effect the test was planned to detect (else the assumed 30%).
      case when t.metric <> 'revenue_per_lead' then coalesce(t.minimum_detectable_effect, least(0.3 * b.rate, 0.99 - b.rate)) end as margin,
      t.minimum_detectable_effect is not null as planned_margin,
      (select array_agg(a.n order by a.variant) from arms a where a.ab_test_id = t.id) as ns,
      (select array_agg(a.weight order by a.variant) from arms a where a.ab_test_id = t.id) as weights
    from public.ab_tests t
    join arms c on c.ab_test_id = t.id and c.variant = t.control_variant
    cross join lateral (select least(greatest(c.conversions::double precision / nullif(c.n, 0), 0.01), 0.9) as rate) b
  ), compared as (
    select p.id, p.metric, p.alpha, p.control_variant, p.target, p.margin, p.n_c, v.variant, v.n, v.conversions,
      d.diff, d.ci_low, d.ci_high, d.ci_level, d.chance_to_win, d.reached_target, d.decision, d.reason,
      case when p.metric = 'revenue_per_lead' then w.p_value else coalesce(d.fisher_p_value, d.p_value) end as p_raw,
      case when p.metric = 'revenue_per_lead' then w.diff else d.diff end as effect,
      w.ci_low as revenue_ci_low, w.ci_high as revenue_ci_high,
      row_number() over (partition by p.id order by v.variant) as k,
      count(*) over (partition by p.id) as comparisons
    from plan p
    join arms v on v.ab_test_id = p.id and v.variant <> p.control_variant
    cross join lateral stats.ab_decision_binomial(p.n_c, p.x_c, v.n, v.conversions, p.target, p.alpha, p.w_c, v.weight) d
    left join lateral stats.welch_t_test_sums(p.n_c, p.sum_c, p.sq_c, v.n, v.revenue_sum, v.revenue_sum_squares, p.alpha) w
      on p.metric = 'revenue_per_lead'
    where p.n_c > 0 and v.n > 0
  ), adjusted as (
    select c.*,
      (stats.p_adjust_holm(array_agg(coalesce(c.p_raw, 1)) over (partition by c.id order by c.k
        rows between unbounded preceding and unbounded following)))[c.k] as p_holm
    from compared c
  ), judged as (
    select p.id, p.metric, p.control_variant, p.target, p.margin, p.planned_margin, p.n_c, srm.mismatch as srm, srm.p_value as srm_p,
      bool_and(a.n >= p.target and p.n_c >= p.target) as reached,
      -- No difference only when every comparison's interval lies inside ±margin.
      bool_and(p.margin is not null and a.ci_low > -p.margin and a.ci_high < p.margin) as equivalent,
      (select min(x) from unnest(p.ns) x) as smallest_arm,
      -- Two arms, binomial: the engine's own decision (fixed horizon or confidence sequence).
      -- Otherwise: significant at the fixed horizon after Holm, best effect wins.
      case
        when srm.mismatch or count(a.variant) = 0 then null
        when count(a.variant) = 1 and p.metric <> 'revenue_per_lead' then
          case max(a.decision) when 'B' then max(a.variant) when 'A' then p.control_variant end
        when bool_and(a.n >= p.target and p.n_c >= p.target) then coalesce(
          (select b.variant from adjusted b where b.id = p.id and b.p_holm < p.alpha * 0.8 and b.effect > 0
           order by b.effect desc limit 1),
          case when bool_and(a.p_holm < p.alpha * 0.8 and a.effect < 0) then p.control_variant end)
      end as leader
    from plan p
    left join adjusted a on a.id = p.id
    cross join lateral stats.srm_chi_square(p.ns, p.weights) srm
    group by p.id, p.metric, p.alpha, p.control_variant, p.target, p.margin, p.planned_margin, p.n_c, p.ns, srm.mismatch, srm.p_value
  ), decided as (
    select j.*,
      case
        when coalesce(j.srm, false) then 'srm'
        when j.leader is not null then 'winner'
        when j.reached and j.equivalent then 'equivalent'
        when j.reached then 'inconclusive'
        else 'collecting'
      end as kind
    from judged j
  ), best as (
    -- The comparison the verdict talks about: the winner's, else the variant with the largest effect.
    select distinct on (j.id) j.*, coalesce(a.variant, 'B') as shown, a.diff, a.ci_low, a.ci_high, a.ci_level, a.chance_to_win,
      a.p_holm, a.effect, a.revenue_ci_low, a.revenue_ci_high
    from decided j left join adjusted a on a.id = j.id
    order by j.id, (a.variant = j.leader) desc, a.effect desc nulls last
  ), worded as (
    select b.*,
      case when b.metric = 'revenue_per_lead' then '' else pg_catalog.format(' (%s%% interval)', trim_scale(round((100 * b.ci_level)::numeric, 1))) end as level_note,
      pg_catalog.format('%s lead%s per variant (%s planned)', to_char(b.smallest_arm, 'FM999,999,990'),
        case when b.smallest_arm = 1 then '' else 's' end, to_char(b.target, 'FM999,999,990')) as sample_note,
      case when b.planned_margin then 'the planned ±' || replace(to_char(100 * b.margin, 'FM990.0'), '.0', '') || ' pts'
        else '±' || replace(to_char(100 * b.margin, 'FM990.0'), '.0', '') || ' pts (30% of ' || b.control_variant
          || '''s rate: no effect was planned)' end as margin_text
    from best b
  )
  update public.ab_tests t set
    winner = case b.kind when 'winner' then b.leader when 'equivalent' then 'no_difference' end,
    confidence = case
      when b.kind <> 'winner' then null
      when b.leader = b.shown then b.chance_to_win
      when b.leader = b.control_variant then 1 - b.chance_to_win end,
    status = case when b.kind in ('winner', 'equivalent', 'inconclusive') then 'decided' else t.status end,
    ended_at = case when b.kind in ('winner', 'equivalent', 'inconclusive') then coalesce(t.ended_at, pg_catalog.now()) else t.ended_at end,
    decision_reason = case b.kind
      when 'srm' then 'sample_ratio_mismatch'
      when 'collecting' then 'collecting'
      when 'winner' then case when b.reached then 'fixed_horizon' else 'confidence_sequence' end
      when 'equivalent' then 'equivalence'
      else 'inconclusive' end,
    verdict = case b.kind
      when 'srm' then pg_catalog.format(
        'Sample ratio mismatch (p = %s): leads are not split as the weights say, so no winner can be trusted until assignment is fixed',
        to_char(b.srm_p, 'FM0.00000'))
      when 'collecting' then pg_catalog.format(
        'Collecting: %s of %s leads per variant (%s%%); %s vs %s on %s so far: %s%s — too early to call',
        to_char(b.smallest_arm, 'FM999,999,990'), to_char(b.target, 'FM999,999,990'),
        to_char(100.0 * b.smallest_arm / nullif(b.target, 0), 'FM990'), b.shown, b.control_variant,
        private.metric_label(b.metric), private.format_effect(b.metric, b.effect, b.ci_low, b.ci_high, b.revenue_ci_low, b.revenue_ci_high),
        b.level_note)
      when 'equivalent' then pg_catalog.format(
        'No difference on %s larger than %s: %s vs %s %s%s; %s',
        private.metric_label(b.metric), b.margin_text, b.shown, b.control_variant,
        private.format_effect(b.metric, b.effect, b.ci_low, b.ci_high, b.revenue_ci_low, b.revenue_ci_high), b.level_note, b.sample_note)
      when 'inconclusive' then pg_catalog.format(
        'Inconclusive at the planned sample: %s vs %s on %s %s%s; effects from %s to %s are still possible%s; %s',
        b.shown, b.control_variant, private.metric_label(b.metric),
        private.format_effect(b.metric, b.effect, b.ci_low, b.ci_high, b.revenue_ci_low, b.revenue_ci_high), b.level_note,
        replace(case when b.metric = 'revenue_per_lead' then to_char(b.revenue_ci_low, 'FMS999,999,990.00') else to_char(100 * b.ci_low, 'FMS990.0') || ' pts' end, '-', '−'),
        replace(case when b.metric = 'revenue_per_lead' then to_char(b.revenue_ci_high, 'FMS999,999,990.00') else to_char(100 * b.ci_high, 'FMS990.0') || ' pts' end, '-', '−'),
        case when b.margin is not null then pg_catalog.format(' (sized to detect %s)', b.margin_text) else '' end,
        b.sample_note)
      else pg_catalog.format(
        '%s beats %s on %s: %s%s, %s chance to win; %s',
        b.leader, case when b.leader = b.control_variant then b.shown else b.control_variant end,
        private.metric_label(b.metric),
        private.format_effect(b.metric, case when b.leader = b.control_variant then -b.effect else b.effect end,
          case when b.leader = b.control_variant then -b.ci_high else b.ci_low end,
          case when b.leader = b.control_variant then -b.ci_low else b.ci_high end,
          case when b.leader = b.control_variant then -b.revenue_ci_high else b.revenue_ci_low end,
          case when b.leader = b.control_variant then -b.revenue_ci_low else b.revenue_ci_high end),
        b.level_note,
        private.chance_text(case when b.leader = b.shown then b.chance_to_win else 1 - b.chance_to_win end),
        b.sample_note)
    end,
    analyzed_at = pg_catalog.now()
  from worded b
  where t.id = b.id
  returning t.*
$$;
comment on function public.analyze_ab_tests(uuid) is 'Analyses every running experiment (of one client or all): writes winner (a variant, no_difference only when every interval lies within the planned ±minimum effect, else null), confidence (chance to win of a winner), status, decision_reason (fixed_horizon, confidence_sequence, equivalence, inconclusive, collecting, sample_ratio_mismatch) and verdict; returns the tests it analysed. Called by the detector refresh.';
revoke all on function public.analyze_ab_tests(uuid) from public, anon, authenticated;
grant execute on function public.analyze_ab_tests(uuid) to service_role;
