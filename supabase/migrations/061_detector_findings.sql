-- 061_detector_findings (issues 7, 11): the detectors' findings, computed set-based from the lead
-- facts (060) — each segment of each tested dimension against the outcomes that come after it in
-- the funnel, with its sample, effect size and confidence, false discoveries controlled within
-- each family of each client.
-- Objects: tables detector_findings, detector_refreshes; private.detector_of(),
--          private.compute_findings(), private.analyze_detector_facts(), public.refresh_detectors().
-- Method (docs/DETECTORS.md, "How a finding is tested"):
--   * Families, per client (never pooled across clients): `seniority` (seniority × meeting booked),
--     `subject_lines` (subject × human open), `deal_predictors` (who the lead is and what we sent
--     first × deal won; free-text job titles, a finer cut of seniority and department, only as
--     exploration) and `exploratory` (everything else tested). A finding is named at 1%:
--     Benjamini–Hochberg q ≤ 0.01 within each question's family; in the large exploratory family
--     (hundreds of unplanned tests) Holm, family-wise, at 0.1%.
--   * No leakage: a dimension is tested only against outcomes after it. Lead attributes and the
--     first message are tested against every outcome; our response time only among leads we
--     answered, booking lead time only among leads who booked (their value exists only there).
--     Engagement, channel mix, touch counts, thread length, sentiment and objections depend on the
--     outcomes themselves (sequences stop on a reply, our answers are touches) and are not tested.
--     Country / region / city are one partition of one market: country is tested when the client's
--     leads span several countries, else region; city never. Dimensions that split a client's
--     leads identically (a template, its subject line and its A/B variant) are tested once.
--   * Tests: only segments with detector_min_n leads against a rest of as many; Fisher's exact test
--     when an expected cell count is under 10, else the pooled z test; a test whose smallest
--     attainable p-value exceeds 0.01 is not counted in its family (Tarone); a two-segment
--     dimension is one test.
--   * Lift = rate / rest − 1 with a log-scale interval at the family's level — 1 − 0.01·max(R, 1)/m
--     (R of the family's m tests significant; exploratory: 1 − 0.001/m) — widened to the test's own
--     p-value: a finding is significant exactly when that interval excludes no effect (and then its
--     q passes).

create table public.detector_findings (
  client_id uuid not null references public.clients (id) on delete cascade,
  detector text not null check (detector in ('who', 'what', 'when', 'how', 'conversation', 'funnel')),
  family text not null check (family in ('seniority', 'subject_lines', 'deal_predictors', 'exploratory')),
  dimension text not null,
  segment text not null,
  outcome text not null check (outcome in ('human_open', 'reply', 'positive_reply', 'meeting_booked', 'meeting_held', 'deal_won')),
  n integer not null,
  conversions integer not null,
  rate double precision,
  rate_ci_low double precision,
  rate_ci_high double precision,
  baseline_n integer not null,
  baseline_rate double precision,
  lift double precision,
  lift_ci_low double precision,
  lift_ci_high double precision,
  lift_ci_level double precision,
  test text check (test in ('fisher', 'z')),
  p_value double precision,
  q_value double precision,
  family_tests integer,
  min_n_met boolean not null,
  tested boolean not null,
  significant boolean not null,
  rank integer,
  refreshed_at timestamptz not null default now(),
  primary key (client_id, detector, dimension, segment, outcome)
);
create index detector_findings_family_idx on public.detector_findings (client_id, family, outcome);
comment on table public.detector_findings is 'What converts: each segment of each tested dimension against each outcome that follows it, per client: n (leads), conversions, rate with a Wilson 95% CI, lift against the rest of the client''s leads with a known value, the test (Fisher or z), p-value, and the q-value within the client''s family (Benjamini–Hochberg; Holm in the exploratory family). significant: q ≤ 0.01 (exploratory: ≤ 0.001), n and rest ≥ detector_min_n, and the lift interval excludes no effect.';
comment on column public.detector_findings.family is 'The family the q-value belongs to: seniority, subject_lines, deal_predictors (questions of the report) or exploratory.';
comment on column public.detector_findings.rate is 'Conversion rate of the segment.';
comment on column public.detector_findings.baseline_n is 'Leads in the rest: the client''s other leads with a known value for this dimension.';
comment on column public.detector_findings.baseline_rate is 'Rate of the rest.';
comment on column public.detector_findings.lift is 'rate / baseline_rate − 1; null when the rest never converted (no finite lift).';
comment on column public.detector_findings.lift_ci_low is 'Lower bound of the lift interval (log scale, never below −100%), at lift_ci_level; null when not tested.';
comment on column public.detector_findings.lift_ci_level is 'Confidence level of the lift interval: 1 − 0.01·max(R, 1)/m for the family''s m tests and R significant ones (false-coverage adjusted); 1 − 0.001/m in the exploratory family.';
comment on column public.detector_findings.test is 'fisher (an expected cell count under 10) or z (pooled two-proportion z test).';
comment on column public.detector_findings.p_value is 'Two-sided p-value of the segment against the rest; null when the segment or the rest is under detector_min_n.';
comment on column public.detector_findings.q_value is 'Adjusted p-value within the client''s family: Benjamini–Hochberg for the questions'' families, Holm for the exploratory one; null when not tested.';
comment on column public.detector_findings.family_tests is 'm: the tests in the client''s family (a two-segment dimension is one test).';
comment on column public.detector_findings.tested is 'Counted in its family: enough leads on both sides, and a p-value of 0.01 or less attainable with these margins.';
comment on column public.detector_findings.rank is 'Among the family''s significant findings for this outcome: 1 = strongest evidence (smallest q, then largest lift).';
select private.secure_tenant_table('public.detector_findings');
create table public.detector_refreshes (
  id uuid primary key default gen_random_uuid(),
  client_id uuid references public.clients (id) on delete cascade,
  started_at timestamptz not null,
  finished_at timestamptz not null,
  leads integer not null,
  findings integer not null,
  significant integer not null
);
comment on table public.detector_refreshes is 'Each refresh_detectors() run: scope (a client, or all when client_id is null), duration and counts.';
alter table public.detector_refreshes enable row level security;
revoke all on public.detector_refreshes from anon, authenticated, service_role;
grant select, insert on public.detector_refreshes to service_role;
grant select on public.detector_refreshes to authenticated;
create policy detector_refreshes_select_policy on public.detector_refreshes for select to authenticated
  using (client_id in (select private.member_client_ids()));
create function private.detector_of(dimension text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case dimension
    when 'seniority' then 'who'
    when 'department' then 'who'
    when 'title' then 'who'
    when 'revenue_band' then 'who'
    when 'employee_band' then 'who'
    when 'industry' then 'who'
    when 'funding' then 'who'
    when 'country' then 'who'
    when 'state' then 'who'
    when 'city' then 'who'
    when 'email_status' then 'who'
    when 'came_from_competitor' then 'who'
    when 'template' then 'what'
    when 'subject' then 'what'
    when 'ab_variant' then 'what'
    when 'word_count_band' then 'what'
    when 'has_question' then 'what'
    when 'has_links' then 'what'
    when 'personalization' then 'what'
    when 'cta_type' then 'what'
    when 'ai_model' then 'what'
    when 'prompt_version' then 'what'
    when 'send_hour' then 'when'
    when 'send_weekday' then 'when'
    when 'touch_count_band' then 'when'
    when 'channel_mix' then 'how'
    when 'channel_sequence' then 'how'
    when 'opened' then 'how'
    when 'clicked' then 'how'
    when 'profile_viewed' then 'how'
    when 'sms_clicked' then 'how'
    when 'call_connected' then 'how'
    when 'voicemail' then 'how'
    when 'preferred_channel' then 'how'
    when 'objection' then 'conversation'
    when 'sentiment' then 'conversation'
    when 'turns_band' then 'conversation'
    when 'our_response_band' then 'conversation'
    when 'written_by' then 'conversation'
    when 'booking_lead_time' then 'funnel'
    when 'technology' then 'who'
  end
$$;
comment on function private.detector_of(text) is 'The detector (who, what, when, how, conversation, funnel) a dimension belongs to.';
revoke all on function private.detector_of(text) from public, anon, authenticated;
grant execute on function private.detector_of(text) to authenticated, service_role;
create function private.compute_findings(p_client_id uuid, p_since timestamptz)
returns setof public.detector_findings
language plpgsql
set search_path = ''
set jit = off
as $$
begin
  -- The findings query reads pg_temp.detector_facts: a view over the stored facts (no copy of
  -- 200k wide rows), or over facts computed live once into a temporary table.
  -- (Checked first: in a session without temporary objects, DROP … IF EXISTS says so in a notice.)
  if pg_catalog.to_regclass('pg_temp.detector_facts') is not null then
    drop view pg_temp.detector_facts;
  end if;
  if p_since is null then
    execute pg_catalog.format(
      'create temporary view detector_facts as select * from public.detector_lead_facts f where %s',
      case when p_client_id is null then 'true' else pg_catalog.format('f.client_id = %L', p_client_id) end);
  else
    if pg_catalog.to_regclass('pg_temp.detector_facts_live') is not null then
      drop table pg_temp.detector_facts_live;
    end if;
    create temporary table detector_facts_live on commit drop as
      select * from private.lead_facts(p_client_id, p_since);
    create temporary view detector_facts as select * from pg_temp.detector_facts_live;
  end if;

  return query
  with grouped as materialized (
    -- One pass over the facts: every tested single-valued dimension is a grouping set.
    select f.client_id,
      case
        when grouping(f.seniority) = 0 then 'seniority'
        when grouping(f.department) = 0 then 'department'
        when grouping(f.title) = 0 then 'title'
        when grouping(f.revenue_band) = 0 then 'revenue_band'
        when grouping(f.employee_band) = 0 then 'employee_band'
        when grouping(f.industry) = 0 then 'industry'
        when grouping(f.funding) = 0 then 'funding'
        when grouping(f.country) = 0 then 'country'
        when grouping(f.state) = 0 then 'state'
        when grouping(f.email_status) = 0 then 'email_status'
        when grouping(f.came_from_competitor) = 0 then 'came_from_competitor'
        when grouping(f.template) = 0 then 'template'
        when grouping(f.subject) = 0 then 'subject'
        when grouping(f.ab_variant) = 0 then 'ab_variant'
        when grouping(f.word_count_band) = 0 then 'word_count_band'
        when grouping(f.has_question) = 0 then 'has_question'
        when grouping(f.has_links) = 0 then 'has_links'
        when grouping(f.personalization) = 0 then 'personalization'
        when grouping(f.cta_type) = 0 then 'cta_type'
        when grouping(f.ai_model) = 0 then 'ai_model'
        when grouping(f.prompt_version) = 0 then 'prompt_version'
        when grouping(f.send_hour) = 0 then 'send_hour'
        when grouping(f.send_weekday) = 0 then 'send_weekday'
        when grouping(f.our_response_band) = 0 then 'our_response_band'
        when grouping(f.booking_lead_time) = 0 then 'booking_lead_time'
      end as dimension,
      case
        when grouping(f.seniority) = 0 then f.seniority
        when grouping(f.department) = 0 then f.department
        when grouping(f.title) = 0 then f.title
        when grouping(f.revenue_band) = 0 then f.revenue_band
        when grouping(f.employee_band) = 0 then f.employee_band
        when grouping(f.industry) = 0 then f.industry
        when grouping(f.funding) = 0 then f.funding
        when grouping(f.country) = 0 then f.country
        when grouping(f.state) = 0 then f.state
        when grouping(f.email_status) = 0 then f.email_status
        when grouping(f.came_from_competitor) = 0 then f.came_from_competitor
        when grouping(f.template) = 0 then f.template
        when grouping(f.subject) = 0 then f.subject
        when grouping(f.ab_variant) = 0 then f.ab_variant
        when grouping(f.word_count_band) = 0 then f.word_count_band
        when grouping(f.has_question) = 0 then f.has_question
        when grouping(f.has_links) = 0 then f.has_links
        when grouping(f.personalization) = 0 then f.personalization
        when grouping(f.cta_type) = 0 then f.cta_type
        when grouping(f.ai_model) = 0 then f.ai_model
        when grouping(f.prompt_version) = 0 then f.prompt_version
        when grouping(f.send_hour) = 0 then f.send_hour
        when grouping(f.send_weekday) = 0 then f.send_weekday
        when grouping(f.our_response_band) = 0 then f.our_response_band
        when grouping(f.booking_lead_time) = 0 then f.booking_lead_time
      end as segment,
      count(*) as n,
      count(*) filter (where f.human_open) as x_human_open,
      count(*) filter (where f.replied) as x_reply,
      count(*) filter (where f.positive_reply) as x_positive_reply,
      count(*) filter (where f.meeting_booked) as x_meeting_booked,
      count(*) filter (where f.meeting_held) as x_meeting_held,
      count(*) filter (where f.deal_won) as x_deal_won
    from pg_temp.detector_facts f
    group by grouping sets (
      (f.client_id, f.seniority), (f.client_id, f.department), (f.client_id, f.title),
      (f.client_id, f.revenue_band), (f.client_id, f.employee_band), (f.client_id, f.industry),
      (f.client_id, f.funding), (f.client_id, f.country), (f.client_id, f.state),
      (f.client_id, f.email_status), (f.client_id, f.came_from_competitor),
      (f.client_id, f.template), (f.client_id, f.subject), (f.client_id, f.ab_variant),
      (f.client_id, f.word_count_band), (f.client_id, f.has_question), (f.client_id, f.has_links),
      (f.client_id, f.personalization), (f.client_id, f.cta_type), (f.client_id, f.ai_model),
      (f.client_id, f.prompt_version), (f.client_id, f.send_hour), (f.client_id, f.send_weekday),
      (f.client_id, f.our_response_band), (f.client_id, f.booking_lead_time)
    )
    union all
    -- Technologies are many per lead: each is its own yes/no split of the leads with any.
    select f.client_id, 'technology', t.technology,
      count(*), count(*) filter (where f.human_open), count(*) filter (where f.replied),
      count(*) filter (where f.positive_reply), count(*) filter (where f.meeting_booked),
      count(*) filter (where f.meeting_held), count(*) filter (where f.deal_won)
    from pg_temp.detector_facts f cross join lateral unnest(f.technologies) as t (technology)
    group by f.client_id, t.technology
  ), markets as (
    select g.client_id, count(*) filter (where g.dimension = 'country' and g.segment is not null) as countries
    from grouped g group by g.client_id
  ), kept as (
    -- One market is one partition of the leads: country when they span several, else region.
    select g.* from grouped g join markets k on k.client_id = g.client_id
    where g.segment is not null
      and not (g.dimension = 'country' and k.countries < 2)
      and not (g.dimension = 'state' and k.countries >= 2)
  ), known as (
    -- Leads with a known value per dimension: the population each segment is compared within.
    select g.client_id, g.dimension,
      sum(g.n)::bigint as n, sum(g.x_human_open)::bigint as x_human_open, sum(g.x_reply)::bigint as x_reply,
      sum(g.x_positive_reply)::bigint as x_positive_reply, sum(g.x_meeting_booked)::bigint as x_meeting_booked,
      sum(g.x_meeting_held)::bigint as x_meeting_held, sum(g.x_deal_won)::bigint as x_deal_won
    from kept g where g.dimension <> 'technology'
    group by g.client_id, g.dimension
    union all
    select f.client_id, 'technology', count(*), count(*) filter (where f.human_open), count(*) filter (where f.replied),
      count(*) filter (where f.positive_reply), count(*) filter (where f.meeting_booked),
      count(*) filter (where f.meeting_held), count(*) filter (where f.deal_won)
    from pg_temp.detector_facts f where cardinality(f.technologies) > 0
    group by f.client_id
  ), cells as materialized (
    select g.client_id, g.dimension, g.segment, o.outcome, g.n, o.x,
      (k.n - g.n)::bigint as rest_n, (o.known_x - o.x)::bigint as rest_x,
      case
        when g.dimension = 'seniority' and o.outcome = 'meeting_booked' then 'seniority'
        when g.dimension = 'subject' and o.outcome = 'human_open' then 'subject_lines'
        -- Job titles are free text: a finer cut of seniority and department, tested as exploration.
        when o.outcome = 'deal_won' and g.dimension not in ('title', 'our_response_band', 'booking_lead_time') then 'deal_predictors'
        else 'exploratory'
      end as family,
      count(*) over (partition by g.client_id, g.dimension, o.outcome) as segments
    from kept g
    join known k on k.client_id = g.client_id and k.dimension = g.dimension
    cross join lateral (values
      ('human_open', g.x_human_open, k.x_human_open), ('reply', g.x_reply, k.x_reply),
      ('positive_reply', g.x_positive_reply, k.x_positive_reply), ('meeting_booked', g.x_meeting_booked, k.x_meeting_booked),
      ('meeting_held', g.x_meeting_held, k.x_meeting_held), ('deal_won', g.x_deal_won, k.x_deal_won)
    ) as o (outcome, x, known_x)
    -- Within its stage only: our response time exists for leads we answered, booking lead time
    -- for leads who booked; each is tested against what comes after it there.
    where (g.dimension <> 'our_response_band' or o.outcome in ('meeting_booked', 'meeting_held', 'deal_won'))
      and (g.dimension <> 'booking_lead_time' or o.outcome in ('meeting_held', 'deal_won'))
  ), signatures as (
    -- Same (n, conversions) per segment under two names: the same partition (template, subject, variant).
    select c.client_id, c.dimension, c.outcome, c.family, string_agg(c.n || ':' || c.x, ',' order by c.n, c.x) as signature
    from cells c group by c.client_id, c.dimension, c.outcome, c.family
  ), signed as (
    select c.*, g.signature from cells c
    join signatures g on g.client_id = c.client_id and g.dimension = c.dimension and g.outcome = c.outcome
  ), distinct_partitions as (
    select c.* from signed c
    where c.dimension = 'technology' or not exists (
      select 1 from signatures d
      where d.client_id = c.client_id and d.family = c.family and d.outcome = c.outcome and d.signature = c.signature
        and d.dimension <> 'technology'
        and array_position(array['seniority', 'department', 'title', 'revenue_band', 'employee_band', 'industry', 'funding',
              'country', 'state', 'email_status', 'came_from_competitor', 'ab_variant', 'subject', 'template', 'word_count_band',
              'has_question', 'has_links', 'personalization', 'cta_type', 'ai_model', 'prompt_version', 'send_hour',
              'send_weekday', 'our_response_band', 'booking_lead_time'], d.dimension)
          < array_position(array['seniority', 'department', 'title', 'revenue_band', 'employee_band', 'industry', 'funding',
              'country', 'state', 'email_status', 'came_from_competitor', 'ab_variant', 'subject', 'template', 'word_count_band',
              'has_question', 'has_links', 'personalization', 'cta_type', 'ai_model', 'prompt_version', 'send_hour',
              'send_weekday', 'our_response_band', 'booking_lead_time'], c.dimension))
  ), sized as (
    select c.client_id, c.dimension, c.segment, c.outcome, c.n, c.x, c.rest_n, c.rest_x, c.family, c.segments,
      s.detector_min_n as min_n, c.x + c.rest_x as total_x, c.n + c.rest_n as total_n,
      (c.n >= s.detector_min_n and c.rest_n >= s.detector_min_n
        and c.x + c.rest_x > 0 and c.x + c.rest_x < c.n + c.rest_n) as eligible
    from distinct_partitions c
    join public.engagement_settings s on s.client_id = c.client_id
  ), judged as materialized (
    select z.*,
      case when z.eligible then case when z.exact then 'fisher' else 'z' end end as test,
      case when not z.eligible then null
        when z.exact then stats.fisher_exact(z.rest_n, z.rest_x, z.n, z.x)
        else (select t.pooled_p_value from stats.two_proportion_test(z.rest_n, z.rest_x, z.n, z.x) t)
      end as p_value,
      -- Tarone: a test that cannot reach 0.01 with these margins never counts in its family.
      case when not z.eligible then null
        when not z.exact then true
        else least(
          stats.fisher_exact(z.rest_n, z.total_x - least(z.total_x, z.n), z.n, least(z.total_x, z.n)),
          stats.fisher_exact(z.rest_n, z.total_x - greatest(0, z.total_x - z.rest_n), z.n, greatest(0, z.total_x - z.rest_n))) <= 0.01
      end as attainable,
      -- A two-segment dimension is one comparison, seen from either side.
      z.dimension || '|' || z.outcome || '|' || case when z.segments = 2 and z.dimension <> 'technology' then '*' else z.segment end as test_key
    from (
      select s.*,
        -- Expected count of the smallest cell under no effect: exact below 10, normal above.
        (least(s.n, s.rest_n)::float8 * least(s.total_x, s.total_n - s.total_x) / nullif(s.total_n, 0) < 10) as exact
      from sized s
    ) z
  ), family_tests as (
    select distinct on (j.client_id, j.family, j.test_key) j.client_id, j.family, j.test_key, j.p_value
    from judged j where j.eligible and j.attainable
    order by j.client_id, j.family, j.test_key
  ), ordered as (
    select t.*, count(*) over (partition by t.client_id, t.family) as m,
      row_number() over (partition by t.client_id, t.family order by t.p_value, t.test_key) as r
    from family_tests t
  ), adjusted as (
    -- Benjamini–Hochberg within a question's family: q_(i) = min over j ≥ i of p_(j)·m/j; Holm in
    -- the exploratory family (hundreds of tests, most of them of no effect): q_(i) = max over j ≤ i
    -- of min(1, (m − j + 1)·p_(j)).
    select o.client_id, o.family, o.test_key, o.m,
      case when o.family = 'exploratory'
        then least(1, max((o.m - o.r + 1) * o.p_value) over (partition by o.client_id, o.family order by o.r))
        else least(1, min(o.p_value * o.m / o.r) over (partition by o.client_id, o.family order by o.r desc)) end as q_value
    from ordered o
  ), levels as (
    select a.client_id, a.family, max(a.m) as m,
      case when a.family = 'exploratory' then 1 - 0.001 / max(a.m)
        else 1 - 0.01 * greatest(count(*) filter (where a.q_value <= 0.01), 1)::float8 / max(a.m) end as level
    from adjusted a group by a.client_id, a.family
  ), final as (
    select j.*, a.q_value, l.m as family_tests, case when a.q_value is not null then l.level end as level,
      (a.q_value is not null) as is_tested
    from judged j
    left join adjusted a on a.client_id = j.client_id and a.family = j.family and a.test_key = j.test_key and j.eligible and j.attainable
    left join levels l on l.client_id = j.client_id and l.family = j.family
  ), lifted as (
    select f.*, w.low as ci_low, w.high as ci_high,
      f.x::float8 / nullif(f.n, 0) / nullif(f.rest_x::float8 / nullif(f.rest_n, 0), 0) - 1 as lift,
      rr.ci_low as lift_low, rr.ci_high as lift_high
    from final f
    left join lateral stats.wilson_interval(f.n, f.x) w on f.n > 0
    left join lateral stats.relative_risk(f.rest_n, f.rest_x, f.n, f.x, f.p_value, f.level) rr on f.is_tested
  ), flagged as (
    select l.*, (l.is_tested and l.q_value <= case when l.family = 'exploratory' then 0.001 else 0.01 end
      and l.lift is not null and (l.lift_low > 0 or l.lift_high < 0)) as is_significant
    from lifted l
  )
  select f.client_id, private.detector_of(f.dimension), f.family, f.dimension, f.segment, f.outcome,
    f.n::integer, f.x::integer, f.x::float8 / nullif(f.n, 0), f.ci_low, f.ci_high,
    f.rest_n::integer, f.rest_x::float8 / nullif(f.rest_n, 0),
    f.lift, f.lift_low, f.lift_high, f.level, f.test, f.p_value, f.q_value, f.family_tests::integer,
    (f.n >= f.min_n), f.is_tested, f.is_significant,
    (case when f.is_significant then row_number() over (
      partition by f.client_id, f.family, f.outcome, f.is_significant order by f.q_value, abs(f.lift) desc, f.dimension, f.segment) end)::integer,
    pg_catalog.now()
  from flagged f;
  -- Dropped now: a temporary view outlives the transaction, and a later call on the same pooled
  -- connection, perhaps as another role (PostgREST), must be able to create its own.
  drop view pg_temp.detector_facts;
  if p_since is not null then
    drop table pg_temp.detector_facts_live;
  end if;
end;
$$;
comment on function private.compute_findings(uuid, timestamptz) is 'Computes detector findings (families, tests, q-values and lift intervals as this migration''s header says) from the stored lead facts (since null) or from live facts of leads first touched since a date.';
revoke all on function private.compute_findings(uuid, timestamptz) from public, anon, authenticated;
-- Signed-in members reach it through cis_report(since => …), as their caller (row level security).
grant execute on function private.compute_findings(uuid, timestamptz) to authenticated, service_role;

-- The findings query is planned right after the facts are replaced: with the statistics of the
-- facts before (often an empty table) the planner picks sort-based grouping sets that spill to
-- disk, three times slower at 200k leads. ANALYZE needs the table's owner, hence SECURITY DEFINER;
-- it takes no input and touches only this table's statistics.
create function private.analyze_detector_facts()
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  analyze public.detector_lead_facts;
end;
$$;
comment on function private.analyze_detector_facts() is 'Refreshes the planner statistics of detector_lead_facts (refresh_detectors calls it after replacing the facts).';
revoke all on function private.analyze_detector_facts() from public, anon, authenticated;
grant execute on function private.analyze_detector_facts() to service_role;
create function public.refresh_detectors(p_client_id uuid default null)
returns jsonb
language plpgsql
set search_path = ''
set jit = off
as $$
declare
  started timestamptz := pg_catalog.clock_timestamp();
  lead_count integer;
  finding_count integer;
  significant_count integer;
  tests integer;
begin
  -- Experiments are judged first: their verdicts are part of what the detectors report.
  select count(*) into tests from public.analyze_ab_tests(p_client_id);

  delete from public.detector_lead_facts f where p_client_id is null or f.client_id = p_client_id;
  insert into public.detector_lead_facts select * from private.lead_facts(p_client_id, null);
  get diagnostics lead_count = row_count;
  perform private.analyze_detector_facts();

  delete from public.detector_findings f where p_client_id is null or f.client_id = p_client_id;
  insert into public.detector_findings select * from private.compute_findings(p_client_id, null);
  get diagnostics finding_count = row_count;
  select count(*) into significant_count from public.detector_findings f
  where f.significant and (p_client_id is null or f.client_id = p_client_id);

  insert into public.detector_refreshes (client_id, started_at, finished_at, leads, findings, significant)
  values (p_client_id, started, pg_catalog.clock_timestamp(), lead_count, finding_count, significant_count);

  return jsonb_build_object('leads', lead_count, 'findings', finding_count, 'significant', significant_count,
    'experiments', tests, 'seconds', round(extract(epoch from pg_catalog.clock_timestamp() - started)::numeric, 3));
end;
$$;
comment on function public.refresh_detectors(uuid) is 'Recomputes lead facts and all detector findings (and analyses running experiments) for one client or all. Set-based; returns counts and duration.';
revoke all on function public.refresh_detectors(uuid) from public, anon, authenticated;
grant execute on function public.refresh_detectors(uuid) to service_role;
