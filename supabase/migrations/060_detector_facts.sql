-- 060_detector_facts (issue 7): one row per contacted lead with everything the six detectors
-- compare — who the lead is, what it was sent, when, through which channels, how the
-- conversation went — and what came of it. Findings are computed from these rows.
-- Objects: engagement_settings.detector_min_n, competitor_names; private.band();
--          private.lead_facts(client_id, since) (set-returning, set-based); table
--          detector_lead_facts (the stored facts of the last refresh).

alter table public.engagement_settings
  add column detector_min_n integer not null default 30 check (detector_min_n >= 1),
  add column competitor_names text[] not null default '{}';
comment on column public.engagement_settings.detector_min_n is 'Segments with fewer leads are reported but never ranked as winners.';
comment on column public.engagement_settings.competitor_names is 'Competitor company names: a lead who worked at one "came from a competitor" (WHO detector).';

-- The label of the band a value falls in: bounds are ascending lower limits with their labels.
create function private.band(value double precision, bounds double precision[], labels text[])
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case when value is null then null else
    labels[(select max(i) from generate_subscripts(bounds, 1) i where value >= bounds[i])] end
$$;
comment on function private.band(double precision, double precision[], text[]) is 'Label of the band (ascending lower bounds) a value falls in; null for null.';
revoke all on function private.band(double precision, double precision[], text[]) from public, anon, authenticated;
grant execute on function private.band(double precision, double precision[], text[]) to service_role;

create function private.lead_facts(p_client_id uuid, p_since timestamptz)
returns table (
  client_id uuid, lead_id uuid, first_touch_at timestamptz,
  seniority text, department text, title text, revenue_band text, employee_band text, industry text,
  technologies text[], funding text, country text, state text, city text, email_status text,
  came_from_competitor text,
  template text, subject text, ab_variant text, word_count_band text, has_question text, has_links text,
  personalization text, cta_type text, ai_model text, prompt_version text,
  send_hour text, send_weekday text, touch_count_band text,
  channel_mix text, channel_sequence text, opened text, clicked text, profile_viewed text, sms_clicked text,
  call_connected text, voicemail text, preferred_channel text,
  objection text, sentiment text, turns_band text, our_response_band text, written_by text,
  booking_lead_time text,
  human_open boolean, replied boolean, positive_reply boolean, meeting_booked boolean, meeting_held boolean,
  deal_won boolean, revenue double precision
)
language sql
stable
set search_path = ''
as $$
  with scope as (
    select l.id as lead_id, l.client_id, l.lead_pool_id, l.title as lead_title, s.competitor_names, c.default_currency
    from public.leads l
    join public.clients c on c.id = l.client_id
    join public.engagement_settings s on s.client_id = l.client_id
    where (p_client_id is null or l.client_id = p_client_id)
  ), touches as (
    select a.lead_id,
      min(a.sent_at) as first_at,
      count(*) as touches,
      bool_or(a.human_opened) as opened,
      bool_or(a.human_clicked) as clicked,
      bool_or(a.activity_type = 'call' and a.call_duration_seconds > 0) as call_connected,
      bool_or(a.voicemail_left) as voicemail_left,
      string_agg(distinct a.channel::text, '+' order by a.channel::text) as channel_mix,
      count(*) filter (where a.written_by = 'ai') as by_ai,
      count(*) filter (where a.written_by = 'human') as by_human
    from public.activities a join scope s on s.lead_id = a.lead_id
    group by a.lead_id
  ), first_touch as (
    -- The first written message the lead received is what its WHAT and WHEN segments describe.
    select distinct on (a.lead_id) a.lead_id, a.sent_at, a.lead_local_time, a.lead_timezone, a.subject,
      a.content_snapshot, a.personalization_fields_used, a.links_included, t.name as template_name,
      case when a.ab_test_id is not null then coalesce(ab.name, 'test') || ': ' || a.ab_variant end as ab_variant
    from public.activities a
    join scope s on s.lead_id = a.lead_id
    left join public.email_templates t on t.id = a.template_id
    left join public.ab_tests ab on ab.id = a.ab_test_id
    where a.activity_type in ('email_sent', 'sms_sent', 'linkedin_message', 'linkedin_connection_request')
    order by a.lead_id, a.sent_at, a.id
  ), sequence as (
    select x.lead_id, string_agg(x.channel, '>' order by x.first_at) as channel_sequence
    from (
      select a.lead_id, a.channel::text as channel, min(a.sent_at) as first_at,
        row_number() over (partition by a.lead_id order by min(a.sent_at)) as k
      from public.activities a join scope s on s.lead_id = a.lead_id
      group by a.lead_id, a.channel
    ) x where x.k <= 3
    group by x.lead_id
  ), signals as (
    select e.lead_id,
      bool_or(e.event_type = 'profile_viewed') as profile_viewed,
      bool_or(e.event_type = 'clicked' and e.channel = 'sms' and not e.is_machine) as sms_clicked,
      bool_or(e.event_type = 'voicemail_listened') as voicemail_listened
    from public.channel_events e join scope s on s.lead_id = e.lead_id
    group by e.lead_id
  ), preference as (
    -- The channel a lead engages most on: human opens/clicks (email), channel events, replies.
    select distinct on (x.lead_id) x.lead_id, x.channel
    from (
      select a.lead_id, 'email' as channel, count(*) filter (where a.human_opened or a.human_clicked) as n
      from public.activities a join scope s on s.lead_id = a.lead_id where a.channel = 'email' group by a.lead_id
      union all
      select e.lead_id, e.channel::text, count(*) from public.channel_events e join scope s on s.lead_id = e.lead_id
      where e.event_type in ('clicked', 'connection_accepted', 'profile_viewed', 'post_engaged', 'voicemail_listened') and not e.is_machine
      group by e.lead_id, e.channel
      union all
      select r.lead_id, r.channel::text, 2 * count(*) from public.replies r join scope s on s.lead_id = r.lead_id
      group by r.lead_id, r.channel
    ) x where x.n > 0
    order by x.lead_id, x.n desc, x.channel
  ), answers as (
    select r.lead_id,
      bool_or(true) as replied,
      bool_or(r.reply_intent in ('interested', 'meeting_request')) as positive,
      (array_agg(r.objection_type order by r.received_at) filter (where r.objection_type is not null))[1] as first_objection,
      (array_agg(r.sentiment order by r.received_at) filter (where r.sentiment is not null))[1] as first_sentiment
    from public.replies r join scope s on s.lead_id = r.lead_id
    group by r.lead_id
  ), conversation as (
    select t.lead_id, max(t.message_count) as turns,
      min(m.response_time_minutes) filter (where m.direction = 'outbound' and m.position > 1) as our_response_minutes
    from public.conversation_threads t
    join scope s on s.lead_id = t.lead_id
    left join public.thread_messages m on m.thread_id = t.id
    group by t.lead_id
  ), booked as (
    select m.lead_id, min(m.booked_at) as booked_at,
      bool_or(m.showed_up) as held,
      (array_agg(m.scheduled_at - m.booked_at order by m.booked_at))[1] as lead_time
    from public.meetings m join scope s on s.lead_id = m.lead_id
    group by m.lead_id
  ), won as (
    select d.lead_id, bool_or(d.won) as won,
      sum(d.value) filter (where d.won and d.currency = s.default_currency) as revenue
    from public.deals d join scope s on s.lead_id = d.lead_id
    group by d.lead_id
  )
  select s.client_id, s.lead_id, tc.first_at,
    p.seniority, p.departments[1], lower(coalesce(p.title, s.lead_title)),
    private.band(p.company_revenue::double precision, array[0, 1e6, 1e7, 5e7, 2.5e8, 1e9],
      array['<$1M', '$1M–10M', '$10M–50M', '$50M–250M', '$250M–1B', '$1B+']),
    private.band(p.company_employee_count, array[1, 11, 51, 201, 501, 1001, 5001],
      array['1–10', '11–50', '51–200', '201–500', '501–1,000', '1,001–5,000', '5,000+']),
    p.company_industry,
    p.company_technologies,
    case when p.id is null then null
      when coalesce(p.company_total_funding, 0) > 0 or p.company_funding_stage is not null then 'funded'
      else 'bootstrapped' end,
    p.person_country, p.person_state, p.person_city, p.email_status_normalized,
    case when p.id is null or cardinality(s.competitor_names) = 0 then null
      when exists (
        select 1 from jsonb_array_elements(p.employment_history) h, unnest(s.competitor_names) cn
        where not coalesce((h->>'current')::boolean, false) and strpos(lower(h->>'organization_name'), lower(cn)) > 0)
      then 'yes' else 'no' end,
    ft.template_name, ft.subject, ft.ab_variant,
    private.band((ft.content_snapshot->>'word_count')::double precision, array[0, 50, 100, 150],
      array['<50 words', '50–99 words', '100–149 words', '150+ words']),
    case (ft.content_snapshot->>'has_question')::boolean when true then 'yes' when false then 'no' end,
    case when ft.lead_id is null then null when cardinality(ft.links_included) > 0 then 'yes' else 'no' end,
    case when ft.lead_id is null then null else private.band(coalesce(cardinality(ft.personalization_fields_used), 0),
      array[0, 1, 2, 3], array['none', '1 field', '2 fields', '3+ fields']) end,
    ft.content_snapshot->>'cta_type', ft.content_snapshot->>'ai_model', ft.content_snapshot->>'prompt_version',
    case when ft.lead_local_time is not null then to_char(ft.lead_local_time, 'HH24') || 'h' end,
    case when ft.lead_timezone is not null then to_char(ft.sent_at at time zone ft.lead_timezone, 'ID Dy') end,
    private.band(tc.touches, array[1, 2, 4, 7], array['1 touch', '2–3 touches', '4–6 touches', '7+ touches']),
    tc.channel_mix, sq.channel_sequence,
    case when tc.opened then 'yes' else 'no' end,
    case when tc.clicked then 'yes' else 'no' end,
    case when sg.profile_viewed then 'yes' else 'no' end,
    case when sg.sms_clicked then 'yes' else 'no' end,
    case when tc.call_connected then 'yes' else 'no' end,
    case when sg.voicemail_listened then 'left and listened' when tc.voicemail_left then 'left' else 'none' end,
    pf.channel,
    an.first_objection, an.first_sentiment,
    private.band(cv.turns, array[1, 2, 3, 5], array['1 message', '2 messages', '3–4 messages', '5+ messages']),
    private.band(cv.our_response_minutes, array[0, 60, 240, 1440],
      array['under 1 h', '1–4 h', '4–24 h', 'over a day']),
    case when tc.by_ai > 0 and tc.by_human > 0 then 'ai then human' when tc.by_human > 0 then 'human'
      when tc.by_ai > 0 then 'ai' end,
    private.band(extract(epoch from bk.lead_time) / 86400, array[-1e9, 1, 3, 8],
      array['same day', '1–2 days', '3–7 days', '8+ days']),
    coalesce(tc.opened, false), an.lead_id is not null, coalesce(an.positive, false),
    bk.lead_id is not null, coalesce(bk.held, false), coalesce(w.won, false), coalesce(w.revenue, 0)::double precision
  from scope s
  join touches tc on tc.lead_id = s.lead_id
  left join public.lead_pool p on p.id = s.lead_pool_id
  left join first_touch ft on ft.lead_id = s.lead_id
  left join sequence sq on sq.lead_id = s.lead_id
  left join signals sg on sg.lead_id = s.lead_id
  left join preference pf on pf.lead_id = s.lead_id
  left join answers an on an.lead_id = s.lead_id
  left join conversation cv on cv.lead_id = s.lead_id
  left join booked bk on bk.lead_id = s.lead_id
  left join won w on w.lead_id = s.lead_id
  where p_since is null or tc.first_at >= p_since
$$;
comment on function private.lead_facts(uuid, timestamptz) is 'One row per contacted lead (of one client or all, first touched since a date or ever): its WHO/WHAT/WHEN/HOW/CONVERSATION/FUNNEL segments and its outcomes.';
revoke all on function private.lead_facts(uuid, timestamptz) from public, anon, authenticated;
grant execute on function private.lead_facts(uuid, timestamptz) to service_role;
