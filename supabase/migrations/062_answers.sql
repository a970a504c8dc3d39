-- 062_answers (issue 7): the eight questions the plan says CIS must answer, with numbers and
-- honest confidence, as one JSON document (for the report, the CLI and any client) and as views
-- for PostgREST.
-- Objects: private.pct(), private.signed_pct(), private.confidence_label(), private.outcome_label(),
--          private.finding_sentence();
--          public.cis_report(client_id, since); views answer_open_times, answer_deal_value.
-- Show rate and funnel views are migrations 050/051's (meeting_attendance, show_rate_by_*,
-- funnel_by_*); the report reads attendance from meeting_attendance so both always agree.

create function private.pct(value double precision, digits integer default 1)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case when value is null then '?' else trim_scale(round((100 * value)::numeric, digits))::text || '%' end
$$;
comment on function private.pct(double precision, integer) is '0.0612 → "6.1%", 0.6 → "60%".';
create function private.signed_pct(value double precision, digits integer default 0)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case when value is null then '?' when value < 0 then '−' || private.pct(-value, digits)
    else '+' || private.pct(value, digits) end
$$;
comment on function private.signed_pct(double precision, integer) is '1.04 → "+104%", -0.2 → "−20%".';

-- high: significant with a large sample and q < 0.01; medium: significant; low: a hint (p < 0.05
-- before correction, or under the minimum sample); insufficient: nothing to go on.
create function private.confidence_label(significant boolean, q double precision, p double precision, n integer, min_n integer)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case
    when significant and q < 0.01 and n >= 3 * min_n then 'high'
    when significant then 'medium'
    when p < 0.05 or n < min_n then 'low'
    else 'insufficient' end
$$;
comment on function private.confidence_label(boolean, double precision, double precision, integer, integer) is 'Plain confidence of a finding: high, medium, low or insufficient.';
create function private.outcome_label(outcome text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case outcome
    when 'human_open' then 'open (humans only)' when 'reply' then 'reply'
    when 'positive_reply' then 'reply positively' when 'meeting_booked' then 'book a meeting'
    when 'meeting_held' then 'hold a meeting' when 'deal_won' then 'become a won deal'
    when 'revenue' then 'bring revenue' else outcome end
$$;
comment on function private.outcome_label(text) is 'Verb phrase for an outcome: "book a meeting".';

-- "c_suite leads book a meeting at 20.1% [15.9%, 25.1%] vs 8.4% for the rest (lift +139%
-- [+66%, +244%], q < 0.001; n = 301)" — or why nothing can be said yet.
create function private.finding_sentence(subject text, dimension text, f public.detector_findings, tested integer)
returns text
language sql
immutable
set search_path = ''
as $$
  select case
    when f.client_id is null then pg_catalog.format('No data on %s yet.', subject)
    when f.significant then pg_catalog.format('%s %s at %s [%s, %s] vs %s for the rest (%sq %s; n = %s).',
      f.segment, private.outcome_label(f.outcome), private.pct(f.rate), private.pct(f.rate_ci_low), private.pct(f.rate_ci_high),
      private.pct(f.baseline_rate),
      case when f.lift is null then '' else pg_catalog.format('lift %s [%s, %s], ',
        private.signed_pct(f.lift), private.signed_pct(f.lift_ci_low), private.signed_pct(f.lift_ci_high)) end,
      case when f.q_value < 0.001 then '< 0.001' else '= ' || to_char(f.q_value, 'FM0.000') end,
      to_char(f.n, 'FM999,999,990'))
    else pg_catalog.format('Nothing stands out on %s yet: the best is %s at %s [%s, %s] (n = %s), not significant after correcting for %s comparisons (q = %s).',
      subject, f.segment, private.pct(f.rate), private.pct(f.rate_ci_low), private.pct(f.rate_ci_high),
      to_char(f.n, 'FM999,999,990'), to_char(tested, 'FM999,999,990'), coalesce(to_char(f.q_value, 'FM0.000'), '?'))
  end
$$;
comment on function private.finding_sentence(text, text, public.detector_findings, integer) is 'One sentence stating a finding with its numbers and confidence, or why there is none.';
revoke all on function private.pct(double precision, integer), private.signed_pct(double precision, integer), private.confidence_label(boolean, double precision, double precision, integer, integer),
  private.outcome_label(text), private.finding_sentence(text, text, public.detector_findings, integer) from public, anon, authenticated;
grant execute on function private.pct(double precision, integer), private.signed_pct(double precision, integer), private.confidence_label(boolean, double precision, double precision, integer, integer),
  private.outcome_label(text), private.finding_sentence(text, text, public.detector_findings, integer) to authenticated, service_role;

-- Open times: human opens by weekday (0 = Monday) and hour in the lead's own time zone.
create view public.answer_open_times with (security_invoker = true) as
select e.client_id,
  (extract(isodow from e.event_at at time zone a.lead_timezone)::integer - 1) as weekday,
  extract(hour from e.event_at at time zone a.lead_timezone)::integer as hour,
  count(*) as human_opens,
  count(*)::double precision / sum(count(*)) over (partition by e.client_id) as share
from public.email_events e
join public.activities a on a.id = e.activity_id
where e.event_type = 'opened' and not e.is_machine and a.lead_timezone is not null
group by e.client_id, 2, 3;
comment on view public.answer_open_times is 'When leads read email: human opens by weekday (0 = Monday) and hour in each lead''s local time.';
select private.secure_view('public.answer_open_times');
create view public.answer_deal_value with (security_invoker = true) as
select d.client_id, d.currency, count(*) as deals, avg(d.value)::double precision as average,
  percentile_cont(0.5) within group (order by d.value) as median,
  (avg(d.value) - stats.t_quantile(0.975, greatest(count(*) - 1, 1)) * stddev_samp(d.value) / sqrt(count(*)))::double precision as ci_low,
  (avg(d.value) + stats.t_quantile(0.975, greatest(count(*) - 1, 1)) * stddev_samp(d.value) / sqrt(count(*)))::double precision as ci_high
from public.deals d
where d.won and d.value is not null
group by d.client_id, d.currency;
comment on view public.answer_deal_value is 'Average (with a 95% t interval) and median value of won deals per client and currency; currencies are never summed together.';
select private.secure_view('public.answer_deal_value');

-- The report: the eight questions answered for one client, as documented JSON. Findings come from
-- the last refresh_detectors(), or are computed live for leads first touched since p_since.
create function public.cis_report(p_client_id uuid default null, p_since date default null)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  client public.clients;
  since timestamptz := p_since::timestamptz;
  min_n integer;
  tested integer;
  significant integer;
  questions jsonb := '[]'::jsonb;
  best public.detector_findings;
begin
  if p_client_id is null then
    if (select count(*) from public.clients) <> 1 then
      raise exception 'choose a client: cis_report needs a client id when there is not exactly one client'
        using errcode = '22023';
    end if;
    select c.* into client from public.clients c;
  else
    select c.* into client from public.clients c where c.id = p_client_id;
    if client.id is null then
      raise exception 'no client %', p_client_id using errcode = 'P0002';
    end if;
  end if;
  select s.detector_min_n into min_n from public.engagement_settings s where s.client_id = client.id;

  drop table if exists pg_temp.report_findings;
  if since is null then
    create temporary table report_findings on commit drop as
      select * from public.detector_findings f where f.client_id = client.id;
  else
    create temporary table report_findings on commit drop as
      select * from private.compute_findings(client.id, since);
  end if;
  select count(*) filter (where f.p_value is not null), count(*) filter (where f.significant)
    into tested, significant from pg_temp.report_findings f;

  -- 1, 2 and 7: segment questions answered from the findings.
  questions := questions || (
    select jsonb_agg(s.q order by s.ord) from (
      select x.ord, jsonb_build_object(
        'key', x.key, 'question', x.question, 'outcome', x.outcome,
        'answer', private.finding_sentence(x.subject, x.dimension, b, tested),
        'confidence', coalesce(private.confidence_label(b.significant, b.q_value, b.p_value, b.n, min_n), 'insufficient'),
        'data', coalesce((
          select jsonb_agg(jsonb_build_object(
            'dimension', f.dimension, 'segment', f.segment, 'n', f.n, 'conversions', f.conversions, 'rate', f.rate,
            'ci_low', f.rate_ci_low, 'ci_high', f.rate_ci_high, 'lift', f.lift, 'lift_ci_low', f.lift_ci_low,
            'lift_ci_high', f.lift_ci_high, 'p_value', f.p_value, 'q_value', f.q_value,
            'significant', f.significant, 'shrunk_rate', f.shrunk_rate) order by f.shrunk_rate desc nulls last, f.n desc)
          from pg_temp.report_findings f
          where f.outcome = x.outcome and (f.dimension = x.dimension or (x.dimension is null and (f.significant or f.n >= min_n)))
            and (x.dimension is not null or f.lift > 0)
        ), '[]'::jsonb)) as q
      from (values
        (1, 'seniority', 'Which seniority converts best?', 'meeting_booked', 'seniority', 'seniority'),
        (2, 'subject_lines', 'Which email subject lines get opened?', 'human_open', 'subject', 'subject lines'),
        (7, 'deal_predictors', 'Which leads become deals?', 'deal_won', null, 'what predicts a won deal')
      ) as x (ord, key, question, outcome, dimension, subject)
      left join lateral (
        select f.* from pg_temp.report_findings f
        where f.outcome = x.outcome and (x.dimension is null or f.dimension = x.dimension)
        order by f.significant desc, (f.lift > 0) desc, f.rank nulls last, f.shrunk_rate desc nulls last, f.n desc
        limit 1
      ) b on true
    ) s (ord, q));

  -- 3: when leads read email, in their own time.
  questions := questions || jsonb_build_array((
    with cells as (
      select (extract(isodow from e.event_at at time zone a.lead_timezone)::integer - 1) as weekday,
        extract(hour from e.event_at at time zone a.lead_timezone)::integer as hour, count(*) as opens
      from public.email_events e join public.activities a on a.id = e.activity_id
      where e.client_id = client.id and e.event_type = 'opened' and not e.is_machine and a.lead_timezone is not null
        and (since is null or e.event_at >= since)
      group by 1, 2
    ), total as (select sum(opens) as n from cells),
    peak as (
      -- The busiest two-hour window of the day, summed over weekdays.
      select h.hour, sum(c.opens) as opens
      from generate_series(0, 23) h (hour) join cells c on c.hour in (h.hour, (h.hour + 1) % 24)
      group by h.hour order by 2 desc, 1 limit 1
    )
    select jsonb_build_object(
      'key', 'open_times', 'question', 'What time do our leads read email?',
      'answer', case when (select n from total) is null then 'No human opens recorded yet.'
        else pg_catalog.format('Leads read email most between %s:00 and %s:00 their time: %s of %s human opens (machine opens excluded).',
          (select lpad(hour::text, 2, '0') from peak), (select lpad(((hour + 2) % 24)::text, 2, '0') from peak),
          private.pct((select opens from peak)::double precision / (select n from total), 0),
          to_char((select n from total), 'FM999,999,990')) end,
      'confidence', case when coalesce((select n from total), 0) >= 1000 then 'high' when coalesce((select n from total), 0) >= 100 then 'medium'
        when (select n from total) > 0 then 'low' else 'insufficient' end,
      'data', coalesce((select jsonb_agg(jsonb_build_object('weekday', c.weekday, 'hour', c.hour, 'human_opens', c.opens,
        'share', c.opens::double precision / t.n) order by c.weekday, c.hour) from cells c, total t), '[]'::jsonb),
      'peak', (select jsonb_build_object('weekday', c.weekday, 'hour', c.hour, 'share', c.opens::double precision / t.n)
               from cells c, total t order by c.opens desc, c.weekday, c.hour limit 1))));

  -- 4: objections, and which still convert after our answer.
  questions := questions || jsonb_build_array((
    with mix as (
      select f.segment as objection_type, f.n, f.conversions,
        f.n::double precision / sum(f.n) over () as share, sum(f.n) over () as total
      from pg_temp.report_findings f where f.dimension = 'objection' and f.outcome = 'meeting_booked'
    )
    select jsonb_build_object(
      'key', 'objections', 'question', 'What objections do we hear most?',
      'answer', coalesce((select pg_catalog.format('%s is the objection we hear most: %s of %s leads who objected [%s, %s]; after our answer %s of them still booked a meeting.',
          initcap(m.objection_type), private.pct(m.share, 0), to_char(m.total, 'FM999,999,990'),
          private.pct(w.low, 0), private.pct(w.high, 0), private.pct(m.conversions::double precision / m.n, 0))
        from mix m cross join lateral stats.wilson_interval(m.total::bigint, m.n) w order by m.n desc limit 1),
        'No objections analysed yet.'),
      'confidence', case when coalesce((select max(total) from mix), 0) >= 100 then 'high'
        when coalesce((select max(total) from mix), 0) >= 30 then 'medium' when (select max(total) from mix) > 0 then 'low' else 'insufficient' end,
      'data', coalesce((select jsonb_agg(jsonb_build_object('objection_type', m.objection_type, 'n', m.n, 'share', m.share,
          'ci_low', w.low, 'ci_high', w.high, 'converted', m.conversions, 'conversion_rate', m.conversions::double precision / m.n)
          order by m.n desc)
        from mix m cross join lateral stats.wilson_interval(m.total::bigint, m.n) w), '[]'::jsonb))));

  -- 5: experiments, as analysed.
  questions := questions || jsonb_build_array(jsonb_build_object(
    'key', 'ab_tests', 'question', 'Which A/B variant won?',
    'answer', coalesce((select string_agg(t.name || ': ' || coalesce(t.verdict, 'not analysed yet'), ' ' order by t.started_at desc)
      from public.ab_tests t where t.client_id = client.id), 'No experiments yet.'),
    'confidence', coalesce((select case when bool_or(t.winner is not null and t.winner <> 'no_difference') then 'high'
      when bool_or(t.winner = 'no_difference') then 'medium' else 'low' end
      from public.ab_tests t where t.client_id = client.id), 'insufficient'),
    'data', coalesce((select jsonb_agg(jsonb_build_object('test', t.name, 'campaign', c.name, 'metric', t.metric,
        'status', t.status, 'winner', t.winner, 'confidence', t.confidence, 'verdict', t.verdict) order by t.started_at desc)
      from public.ab_tests t join public.campaigns c on c.id = t.campaign_id where t.client_id = client.id), '[]'::jsonb)));

  -- 6: show rate; unconfirmed meetings are never counted as held.
  questions := questions || jsonb_build_array((
    with past as (
      -- Attendance as meeting_attendance derives it: unconfirmed past meetings are never held.
      select coalesce(c.name, '(no campaign)') as campaign,
        case a.attendance when 'held' then true when 'no_show' then false end as showed_up
      from public.meeting_attendance a left join public.campaigns c on c.id = a.campaign_id
      where a.client_id = client.id and a.attendance in ('held', 'no_show', 'unconfirmed')
        and (since is null or a.scheduled_at >= since)
    ), rates as (
      select grouping(p.campaign) = 1 as overall, coalesce(p.campaign, 'all') as segment,
        count(*) filter (where p.showed_up) as held, count(*) filter (where p.showed_up = false) as no_show,
        count(*) filter (where p.showed_up is null) as unconfirmed
      from past p group by grouping sets ((), (p.campaign))
    )
    select jsonb_build_object(
      'key', 'show_rate', 'question', 'What''s our show rate?',
      'answer', coalesce((select case when r.held + r.no_show = 0 then 'No past meeting has a known outcome yet.'
          else pg_catalog.format('%s of past meetings were held [%s, %s] (%s of %s with a known outcome)%s.',
            private.pct(r.held::double precision / (r.held + r.no_show), 0), private.pct(w.low, 0), private.pct(w.high, 0),
            to_char(r.held, 'FM999,999,990'), to_char(r.held + r.no_show, 'FM999,999,990'),
            case when r.unconfirmed > 0 then pg_catalog.format('; %s more are unconfirmed and not counted as held', r.unconfirmed) else '' end) end
        from rates r left join lateral stats.wilson_interval(nullif(r.held + r.no_show, 0), r.held) w on true where r.overall),
        'No meetings yet.'),
      'confidence', coalesce((select case when r.held + r.no_show >= 100 then 'high' when r.held + r.no_show >= 30 then 'medium'
        when r.held + r.no_show > 0 then 'low' else 'insufficient' end from rates r where r.overall), 'insufficient'),
      'data', coalesce((select jsonb_agg(jsonb_build_object('scope', case when r.overall then 'client' else 'campaign' end,
          'segment', r.segment, 'held', r.held, 'no_show', r.no_show, 'unconfirmed', r.unconfirmed,
          'rate', r.held::double precision / nullif(r.held + r.no_show, 0), 'ci_low', w.low, 'ci_high', w.high)
          order by r.overall desc, r.held + r.no_show desc)
        from rates r left join lateral stats.wilson_interval(nullif(r.held + r.no_show, 0), r.held) w on true), '[]'::jsonb))));

  -- 8: average deal value, per currency.
  questions := questions || jsonb_build_array((
    with won as (
      select d.currency, count(*) as deals, avg(d.value)::double precision as average,
        percentile_cont(0.5) within group (order by d.value) as median, stddev_samp(d.value)::double precision as sd
      from public.deals d
      where d.client_id = client.id and d.won and d.value is not null and (since is null or d.closed_at >= since)
      group by d.currency
    ), ci as (
      select w.*, w.average - stats.t_quantile(0.975, greatest(w.deals - 1, 1)) * coalesce(w.sd, 0) / sqrt(w.deals) as ci_low,
        w.average + stats.t_quantile(0.975, greatest(w.deals - 1, 1)) * coalesce(w.sd, 0) / sqrt(w.deals) as ci_high
      from won w
    )
    select jsonb_build_object(
      'key', 'deal_value', 'question', 'What''s our average deal value?',
      'answer', coalesce((select string_agg(pg_catalog.format('%s %s on average [%s, %s], median %s, over %s won deals',
          c.currency, to_char(c.average, 'FM999,999,990'), to_char(c.ci_low, 'FM999,999,990'), to_char(c.ci_high, 'FM999,999,990'),
          to_char(c.median, 'FM999,999,990'), c.deals), '; ' order by c.deals desc) || '.' from ci c), 'No won deals yet.'),
      'confidence', coalesce((select case when max(c.deals) >= 30 then 'high' when max(c.deals) >= 10 then 'medium' else 'low' end from ci c), 'insufficient'),
      'data', coalesce((select jsonb_agg(jsonb_build_object('currency', c.currency, 'deals', c.deals, 'average', c.average,
        'median', c.median, 'ci_low', c.ci_low, 'ci_high', c.ci_high) order by c.deals desc) from ci c), '[]'::jsonb))));

  return jsonb_build_object(
    'generated_at', pg_catalog.now(),
    'client', jsonb_build_object('id', client.id, 'name', client.name),
    'since', p_since,
    'questions', (select jsonb_agg(q order by array_position(
      array['seniority', 'subject_lines', 'open_times', 'objections', 'ab_tests', 'show_rate', 'deal_predictors', 'deal_value'], q->>'key'))
      from jsonb_array_elements(questions) q),
    'funnel', coalesce((
      with f as (
        select count(*) as contacted, count(*) filter (where x.replied or x.meeting_booked) as replied,
          count(*) filter (where x.positive_reply or x.meeting_booked) as positive, count(*) filter (where x.meeting_booked) as booked,
          count(*) filter (where x.meeting_held) as held, count(*) filter (where x.deal_won) as won
        from (select * from public.detector_lead_facts l where since is null and l.client_id = client.id
              union all select * from private.lead_facts(client.id, since) where since is not null) x
      )
      select jsonb_agg(jsonb_build_object('stage', s.stage, 'n', s.n,
        'rate_from_previous', s.n::double precision / nullif(s.previous, 0), 'ci_low', w.low, 'ci_high', w.high) order by s.ord)
      from f cross join lateral (values (1, 'contacted', f.contacted, null::bigint), (2, 'replied', f.replied, f.contacted),
        (3, 'positive reply', f.positive, f.replied), (4, 'meeting booked', f.booked, f.positive),
        (5, 'meeting held', f.held, f.booked), (6, 'deal won', f.won, f.held)) as s (ord, stage, n, previous)
      left join lateral stats.wilson_interval(nullif(s.previous, 0), least(s.n, s.previous)) w on true), '[]'::jsonb),
    'findings', jsonb_build_object('tested', tested, 'significant', significant, 'min_n', min_n)
  );
end;
$$;
comment on function public.cis_report(uuid, date) is 'The eight questions of the plan answered for one client, with numbers and confidence, as JSON (shape documented in the README). Findings from the last refresh, or live for leads first touched since p_since.';
revoke all on function public.cis_report(uuid, date) from public, anon, authenticated;
grant execute on function public.cis_report(uuid, date) to service_role;
