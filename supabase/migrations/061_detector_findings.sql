-- 061_detector_findings (issue 7): the six detectors' findings, computed set-based from the lead
-- facts — every segment of every dimension against every outcome, with its sample, effect size
-- and confidence, false discoveries controlled across the whole refresh.
-- Objects: tables detector_findings, detector_refreshes; private.detector_of(),
--          private.compute_findings(), private.analyze_detector_facts(), public.refresh_detectors().

create table public.detector_findings (
  client_id uuid not null references public.clients (id) on delete cascade,
  detector text not null check (detector in ('who', 'what', 'when', 'how', 'conversation', 'funnel')),
  dimension text not null,
  segment text not null,
  outcome text not null check (outcome in ('human_open', 'reply', 'positive_reply', 'meeting_booked', 'meeting_held', 'deal_won', 'revenue')),
  n integer not null,
  conversions integer not null,
  rate double precision,
  rate_ci_low double precision,
  rate_ci_high double precision,
  baseline_rate double precision,
  lift double precision,
  lift_ci_low double precision,
  lift_ci_high double precision,
  p_value double precision,
  q_value double precision,
  shrunk_rate double precision,
  min_n_met boolean not null,
  significant boolean not null,
  rank integer,
  refreshed_at timestamptz not null default now(),
  primary key (client_id, detector, dimension, segment, outcome)
);
create index detector_findings_ranked_idx on public.detector_findings (client_id, outcome, dimension, rank) where rank is not null;
comment on table public.detector_findings is 'What converts: every segment of every detector dimension against every outcome, with n (leads), conversions, rate and Wilson 95% CI, lift against the rest of the client''s leads with its CI, p-value and Benjamini–Hochberg q-value. rank is set only for significant findings (q < 0.05, n ≥ detector_min_n), by the empirically-Bayes shrunk rate.';
comment on column public.detector_findings.rate is 'Conversion rate of the segment (for revenue: revenue per lead in the client''s default currency).';
comment on column public.detector_findings.baseline_rate is 'Rate of the rest of the client''s leads with a known value for this dimension.';
comment on column public.detector_findings.lift is 'rate / baseline_rate − 1.';
comment on column public.detector_findings.q_value is 'Benjamini–Hochberg adjusted p-value across all findings of the refresh.';
comment on column public.detector_findings.shrunk_rate is 'Rate shrunk toward the dimension''s mean (beta-binomial empirical Bayes); used for ranking.';
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
grant execute on function private.detector_of(text) to service_role;
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
  with grouped as (
    -- One pass over the facts: every single-valued dimension is a grouping set.
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
          when grouping(f.city) = 0 then 'city'
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
          when grouping(f.touch_count_band) = 0 then 'touch_count_band'
          when grouping(f.channel_mix) = 0 then 'channel_mix'
          when grouping(f.channel_sequence) = 0 then 'channel_sequence'
          when grouping(f.opened) = 0 then 'opened'
          when grouping(f.clicked) = 0 then 'clicked'
          when grouping(f.profile_viewed) = 0 then 'profile_viewed'
          when grouping(f.sms_clicked) = 0 then 'sms_clicked'
          when grouping(f.call_connected) = 0 then 'call_connected'
          when grouping(f.voicemail) = 0 then 'voicemail'
          when grouping(f.preferred_channel) = 0 then 'preferred_channel'
          when grouping(f.objection) = 0 then 'objection'
          when grouping(f.sentiment) = 0 then 'sentiment'
          when grouping(f.turns_band) = 0 then 'turns_band'
          when grouping(f.our_response_band) = 0 then 'our_response_band'
          when grouping(f.written_by) = 0 then 'written_by'
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
          when grouping(f.city) = 0 then f.city
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
          when grouping(f.touch_count_band) = 0 then f.touch_count_band
          when grouping(f.channel_mix) = 0 then f.channel_mix
          when grouping(f.channel_sequence) = 0 then f.channel_sequence
          when grouping(f.opened) = 0 then f.opened
          when grouping(f.clicked) = 0 then f.clicked
          when grouping(f.profile_viewed) = 0 then f.profile_viewed
          when grouping(f.sms_clicked) = 0 then f.sms_clicked
          when grouping(f.call_connected) = 0 then f.call_connected
          when grouping(f.voicemail) = 0 then f.voicemail
          when grouping(f.preferred_channel) = 0 then f.preferred_channel
          when grouping(f.objection) = 0 then f.objection
          when grouping(f.sentiment) = 0 then f.sentiment
          when grouping(f.turns_band) = 0 then f.turns_band
          when grouping(f.our_response_band) = 0 then f.our_response_band
          when grouping(f.written_by) = 0 then f.written_by
          when grouping(f.booking_lead_time) = 0 then f.booking_lead_time
      end as segment,
      count(*) as n,
        count(*) filter (where f.human_open) as x_human_open,
        count(*) filter (where f.replied) as x_reply,
        count(*) filter (where f.positive_reply) as x_positive_reply,
        count(*) filter (where f.meeting_booked) as x_meeting_booked,
        count(*) filter (where f.meeting_held) as x_meeting_held,
        count(*) filter (where f.deal_won) as x_deal_won,
        sum(f.revenue) as revenue_sum,
        sum(f.revenue * f.revenue) as revenue_sq
    from pg_temp.detector_facts f
    group by grouping sets (
        (f.client_id, f.seniority),
        (f.client_id, f.department),
        (f.client_id, f.title),
        (f.client_id, f.revenue_band),
        (f.client_id, f.employee_band),
        (f.client_id, f.industry),
        (f.client_id, f.funding),
        (f.client_id, f.country),
        (f.client_id, f.state),
        (f.client_id, f.city),
        (f.client_id, f.email_status),
        (f.client_id, f.came_from_competitor),
        (f.client_id, f.template),
        (f.client_id, f.subject),
        (f.client_id, f.ab_variant),
        (f.client_id, f.word_count_band),
        (f.client_id, f.has_question),
        (f.client_id, f.has_links),
        (f.client_id, f.personalization),
        (f.client_id, f.cta_type),
        (f.client_id, f.ai_model),
        (f.client_id, f.prompt_version),
        (f.client_id, f.send_hour),
        (f.client_id, f.send_weekday),
        (f.client_id, f.touch_count_band),
        (f.client_id, f.channel_mix),
        (f.client_id, f.channel_sequence),
        (f.client_id, f.opened),
        (f.client_id, f.clicked),
        (f.client_id, f.profile_viewed),
        (f.client_id, f.sms_clicked),
        (f.client_id, f.call_connected),
        (f.client_id, f.voicemail),
        (f.client_id, f.preferred_channel),
        (f.client_id, f.objection),
        (f.client_id, f.sentiment),
        (f.client_id, f.turns_band),
        (f.client_id, f.our_response_band),
        (f.client_id, f.written_by),
        (f.client_id, f.booking_lead_time)
    )
    union all
    -- Technologies are many per lead: one row per (lead, technology).
    select f.client_id, 'technology', t.technology,
      count(*) as n,
        count(*) filter (where f.human_open) as x_human_open,
        count(*) filter (where f.replied) as x_reply,
        count(*) filter (where f.positive_reply) as x_positive_reply,
        count(*) filter (where f.meeting_booked) as x_meeting_booked,
        count(*) filter (where f.meeting_held) as x_meeting_held,
        count(*) filter (where f.deal_won) as x_deal_won,
        sum(f.revenue) as revenue_sum,
        sum(f.revenue * f.revenue) as revenue_sq
    from pg_temp.detector_facts f cross join lateral unnest(f.technologies) as t (technology)
    group by f.client_id, t.technology
  ), known as (
    -- Leads with a known value per dimension: the population each segment is compared within.
    select g.client_id, g.dimension,
      sum(g.n)::bigint as n, sum(g.x_human_open)::bigint as x_human_open, sum(g.x_reply)::bigint as x_reply,
      sum(g.x_positive_reply)::bigint as x_positive_reply, sum(g.x_meeting_booked)::bigint as x_meeting_booked,
      sum(g.x_meeting_held)::bigint as x_meeting_held, sum(g.x_deal_won)::bigint as x_deal_won,
      sum(g.revenue_sum) as revenue_sum, sum(g.revenue_sq) as revenue_sq
    from grouped g where g.segment is not null and g.dimension <> 'technology'
    group by g.client_id, g.dimension
    union all
    select f.client_id, 'technology', count(*), count(*) filter (where f.human_open), count(*) filter (where f.replied),
      count(*) filter (where f.positive_reply), count(*) filter (where f.meeting_booked),
      count(*) filter (where f.meeting_held), count(*) filter (where f.deal_won), sum(f.revenue), sum(f.revenue * f.revenue)
    from pg_temp.detector_facts f where cardinality(f.technologies) > 0
    group by f.client_id
  ), cells as (
    select g.client_id, g.dimension, g.segment, o.outcome, g.n, o.x, (k.n - g.n)::bigint as rest_n, (o.known_x - o.x)::bigint as rest_x,
      g.revenue_sum, g.revenue_sq, k.revenue_sum - g.revenue_sum as rest_sum, k.revenue_sq - g.revenue_sq as rest_sq
    from grouped g
    join known k on k.client_id = g.client_id and k.dimension = g.dimension
    cross join lateral (values
      ('human_open', g.x_human_open, k.x_human_open), ('reply', g.x_reply, k.x_reply),
      ('positive_reply', g.x_positive_reply, k.x_positive_reply), ('meeting_booked', g.x_meeting_booked, k.x_meeting_booked),
      ('meeting_held', g.x_meeting_held, k.x_meeting_held), ('deal_won', g.x_deal_won, k.x_deal_won),
      ('revenue', null::bigint, null::bigint)
    ) as o (outcome, x, known_x)
    where g.segment is not null
      -- A dimension defined by the outcome itself would "find" the outcome: a click implies an
      -- open; thread length, sentiment, objections, our response time and channel preference exist
      -- only for leads who replied; booking lead time only for leads who booked.
      and not (o.outcome = 'human_open' and g.dimension in ('opened', 'clicked'))
      and not (o.outcome in ('reply', 'positive_reply')
               and g.dimension in ('turns_band', 'sentiment', 'objection', 'our_response_band', 'preferred_channel'))
      and not (o.outcome = 'meeting_booked' and g.dimension = 'booking_lead_time')
  ), tested as (
    select c.*,
      case when c.outcome = 'revenue' then c.revenue_sum / nullif(c.n, 0) else c.x::double precision / nullif(c.n, 0) end as rate,
      case when c.outcome = 'revenue' then c.rest_sum / nullif(c.rest_n, 0) else c.rest_x::double precision / nullif(c.rest_n, 0) end as rest_rate,
      w.low as ci_low, w.high as ci_high,
      z.lift_ci_low, z.lift_ci_high,
      case
        when c.rest_n = 0 or c.n = 0 then null
        when c.outcome = 'revenue' then r.p_value
        when least(c.x, c.n - c.x, c.rest_x, c.rest_n - c.rest_x) < 5 then stats.fisher_exact(c.rest_n, c.rest_x, c.n, c.x)
        else z.pooled_p_value
      end as p_value,
      r.lift_ci_low as revenue_lift_ci_low, r.lift_ci_high as revenue_lift_ci_high,
      r.ci_low as revenue_diff_ci_low,
      case when c.outcome = 'revenue' then (c.revenue_sum / nullif(c.n, 0)) end as mean_revenue,
      case when c.outcome = 'revenue' and c.n > 1 then stats.t_quantile(0.975, c.n - 1)
        * sqrt(greatest((c.revenue_sq - c.revenue_sum * c.revenue_sum / c.n) / (c.n - 1), 0) / c.n) end as revenue_half_width
    from cells c
    left join lateral stats.wilson_interval(nullif(c.n, 0), c.x) w on c.outcome <> 'revenue' and c.n > 0
    -- nullif: these functions are strict, so an empty comparison yields no row instead of a
    -- division by zero the planner may evaluate before the join condition.
    left join lateral stats.two_proportion_test(nullif(c.rest_n, 0), c.rest_x, nullif(c.n, 0), c.x) z
      on c.outcome <> 'revenue' and c.rest_n > 0 and c.n > 0
    left join lateral stats.welch_t_test_sums(nullif(c.rest_n, 0), c.rest_sum, c.rest_sq, nullif(c.n, 0), c.revenue_sum, c.revenue_sq) r
      on c.outcome = 'revenue' and c.rest_n > 1 and c.n > 1
  ), ordered as (
    select t.*, count(t.p_value) over () as m, row_number() over (order by t.p_value) as r
    from tested t
  ), adjusted as (
    -- Benjamini–Hochberg: q_(i) = min over j ≥ i of p_(j)·m/j, with p sorted ascending.
    select o.*, least(1, min(o.p_value * o.m / o.r)
        over (order by o.p_value desc nulls first range between unbounded preceding and current row)) as q_value
    from ordered o
  ), means as (
    select a.client_id, a.dimension, a.outcome, sum(a.x)::double precision / nullif(sum(a.n), 0) as mean
    from adjusted a where a.outcome <> 'revenue' and a.n > 0
    group by a.client_id, a.dimension, a.outcome
  ), prior as (
    -- Beta-binomial prior per client, dimension and outcome by the method of moments: the spread
    -- of segment rates beyond what binomial noise alone would give.
    select a.client_id, a.dimension, a.outcome, m.mean,
      greatest(sum(a.n * (a.rate - m.mean) ^ 2) / nullif(sum(a.n), 0) - m.mean * (1 - m.mean) * avg(1.0 / a.n), 1e-9) as between_var
    from adjusted a
    join means m on m.client_id = a.client_id and m.dimension = a.dimension and m.outcome = a.outcome
    where a.outcome <> 'revenue' and a.n > 0
    group by a.client_id, a.dimension, a.outcome, m.mean
  ), final as (
    select a.*, s.detector_min_n,
      case when a.outcome = 'revenue' then a.rate
        else (a.x + pr.k * pr.mean) / (a.n + pr.k) end as shrunk,
      (a.n >= s.detector_min_n) as min_n_met,
      (a.n >= s.detector_min_n and a.q_value < 0.05) as significant
    from adjusted a
    join public.engagement_settings s on s.client_id = a.client_id
    left join lateral (
      select p.mean, least(greatest(p.mean * (1 - p.mean) / p.between_var - 1, 1), 1e6) as k
      from prior p where p.client_id = a.client_id and p.dimension = a.dimension and p.outcome = a.outcome
    ) pr on true
  )
  select f.client_id, private.detector_of(f.dimension), f.dimension, f.segment, f.outcome,
    f.n::integer, coalesce(f.x, 0)::integer, f.rate,
    case when f.outcome = 'revenue' then f.mean_revenue - f.revenue_half_width else f.ci_low end,
    case when f.outcome = 'revenue' then f.mean_revenue + f.revenue_half_width else f.ci_high end,
    f.rest_rate,
    f.rate / nullif(f.rest_rate, 0) - 1,
    case when f.outcome = 'revenue' then f.revenue_lift_ci_low else f.lift_ci_low end,
    case when f.outcome = 'revenue' then f.revenue_lift_ci_high else f.lift_ci_high end,
    f.p_value, f.q_value, f.shrunk, f.min_n_met, f.significant,
    (case when f.significant then rank() over (
      partition by f.client_id, f.dimension, f.outcome, f.significant order by f.shrunk desc) end)::integer,
    pg_catalog.now()
  from final f;
end;
$$;
comment on function private.compute_findings(uuid, timestamptz) is 'Computes detector findings from the stored lead facts (since null) or from live facts of leads first touched since a date.';
revoke all on function private.compute_findings(uuid, timestamptz) from public, anon, authenticated;
grant execute on function private.compute_findings(uuid, timestamptz) to service_role;

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
