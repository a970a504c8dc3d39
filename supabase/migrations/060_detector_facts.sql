-- 060_detector_facts (issue 7): one row per contacted lead with everything the six detectors
-- compare — who the lead is, what it was sent, when, through which channels, how the
-- conversation went — and what came of it. Findings (061) are computed from these rows.
-- Objects: engagement_settings.detector_min_n, competitor_names; private.subject_line();
--          private.lead_facts(client_id, since) (set-returning, set-based); table
--          detector_lead_facts (the stored facts of the last refresh).

alter table public.engagement_settings
  add column detector_min_n integer not null default 30 check (detector_min_n >= 1),
  add column competitor_names text[] not null default '{}';
comment on column public.engagement_settings.detector_min_n is 'Segments with fewer leads are reported but never ranked as winners.';
comment on column public.engagement_settings.competitor_names is 'Competitor company names: a lead who worked at one "came from a competitor" (WHO detector).';

-- Bands are written inline as labels[width_bucket(value, lower_bounds)]: a helper function with a
-- pinned search_path would not be inlined and would cost a call per lead and band.

-- A subject line as the sender wrote it, before it was filled in for the lead: the lead's own
-- company, last name and first name, where they stand as whole words, become {company},
-- {last_name} and {first_name}. "Quick question, Marta" and "Quick question, Ren" are then one
-- subject line whose open rate can be compared; "Annual review" stays as it is for an Ann.
-- PL/pgSQL with fixed patterns only: no regular expression is compiled per lead.
create function private.subject_line(subject text, first_name text, last_name text, company text)
returns text
language plpgsql
immutable
parallel safe
set search_path = ''
as $$
declare
  vals text[] := array[company, last_name, first_name];
  marks text[] := array['{company}', '{last_name}', '{first_name}'];
  pos integer;
  len integer;
begin
  if subject is null then
    return null;
  end if;
  for i in 1 .. 3 loop
    len := length(vals[i]);
    continue when coalesce(len, 0) < 2;
    pos := strpos(lower(subject), lower(vals[i]));
    if pos > 0
       and (pos = 1 or substr(subject, pos - 1, 1) !~ '[[:alnum:]]')
       and substr(subject, pos + len, 1) !~ '[[:alnum:]]' then
      subject := overlay(subject placing marks[i] from pos for len);
    end if;
  end loop;
  return subject;
end;
$$;
comment on function private.subject_line(text, text, text, text) is 'A subject line with the lead''s own company, last and first name (whole words) put back as {company}, {last_name}, {first_name}: the line as written, comparable across leads.';
revoke all on function private.subject_line(text, text, text, text) from public, anon, authenticated;
grant execute on function private.subject_line(text, text, text, text) to authenticated, service_role;
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
-- One large query over every lead: JIT compilation costs more than it saves here (4× slower
-- measured on PostgreSQL 15).
set jit = off
as $$
  with scope as (
    select l.id as lead_id, l.client_id, l.lead_pool_id, l.title as lead_title, s.competitor_names, c.default_currency
    from public.leads l
    join public.clients c on c.id = l.client_id
    join public.engagement_settings s on s.client_id = l.client_id
    where (p_client_id is null or l.client_id = p_client_id)
  ), touches as (
    -- One pass over the lead's touches gives everything per lead that comes from activities.
    select a.lead_id,
      min(a.sent_at) as first_at,
      count(*) as touches,
      bool_or(a.human_opened) as opened,
      bool_or(a.human_clicked) as clicked,
      bool_or(a.activity_type = 'call' and a.call_duration_seconds > 0) as call_connected,
      bool_or(a.voicemail_left) as voicemail_left,
      min(a.sent_at) filter (where a.channel = 'email') as first_email,
      min(a.sent_at) filter (where a.channel = 'linkedin') as first_linkedin,
      min(a.sent_at) filter (where a.channel = 'sms') as first_sms,
      min(a.sent_at) filter (where a.channel = 'voice') as first_voice,
      count(*) filter (where a.channel = 'email' and (a.human_opened or a.human_clicked)) as email_engaged,
      count(*) filter (where a.written_by = 'ai') as by_ai,
      count(*) filter (where a.written_by = 'human') as by_human,
      -- The first written message is what the lead's WHAT and WHEN segments describe.
      (array_agg(a.id order by a.sent_at, a.id)
        filter (where a.activity_type in ('email_sent', 'sms_sent', 'linkedin_message', 'linkedin_connection_request')))[1] as first_message_id
    from public.activities a join scope s on s.lead_id = a.lead_id
    group by a.lead_id
  ), first_touch as (
    -- Wide columns for one row per lead only.
    select tc.lead_id, a.sent_at, a.lead_local_time, a.lead_timezone,
      private.subject_line(a.subject, coalesce(l.first_name, lp.first_name), coalesce(l.last_name, lp.last_name),
        coalesce(l.company, lp.company_name)) as subject,
      a.content_snapshot, a.personalization_fields_used, a.links_included, t.name as template_name,
      case when a.ab_test_id is not null then coalesce(ab.name, 'test') || ': ' || a.ab_variant end as ab_variant
    from touches tc
    join public.activities a on a.id = tc.first_message_id
    join public.leads l on l.id = tc.lead_id
    left join public.lead_pool lp on lp.id = l.lead_pool_id
    left join public.email_templates t on t.id = a.template_id
    left join public.ab_tests ab on ab.id = a.ab_test_id
  ), signals as (
    select e.lead_id,
      bool_or(e.event_type = 'profile_viewed') as profile_viewed,
      bool_or(e.event_type = 'clicked' and e.channel = 'sms' and not e.is_machine) as sms_clicked,
      bool_or(e.event_type = 'voicemail_listened') as voicemail_listened
    from public.channel_events e join scope s on s.lead_id = e.lead_id
    group by e.lead_id
  ), channel_engagement as (
    select e.lead_id,
      count(*) filter (where e.channel = 'sms') as sms, count(*) filter (where e.channel = 'linkedin') as linkedin,
      count(*) filter (where e.channel = 'voice') as voice, count(*) filter (where e.channel = 'email') as email
    from public.channel_events e join scope s on s.lead_id = e.lead_id
    where e.event_type in ('clicked', 'connection_accepted', 'profile_viewed', 'post_engaged', 'voicemail_listened')
      and not e.is_machine
    group by e.lead_id
  ), answers as (
    select r.lead_id,
      bool_or(true) as replied,
      bool_or(r.reply_intent in ('interested', 'meeting_request')) as positive,
      (array_agg(r.objection_type order by r.received_at) filter (where r.objection_type is not null))[1] as first_objection,
      (array_agg(r.sentiment order by r.received_at) filter (where r.sentiment is not null))[1] as first_sentiment,
      count(*) filter (where r.channel = 'email') as email_replies, count(*) filter (where r.channel = 'sms') as sms_replies,
      count(*) filter (where r.channel = 'linkedin') as linkedin_replies, count(*) filter (where r.channel = 'voice') as voice_replies
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
    (array['<$1M', '$1M–10M', '$10M–50M', '$50M–250M', '$250M–1B', '$1B+'])[width_bucket((p.company_revenue::double precision)::double precision, array[0, 1e6, 1e7, 5e7, 2.5e8, 1e9]::double precision[])],
    (array['1–10', '11–50', '51–200', '201–500', '501–1,000', '1,001–5,000', '5,000+'])[width_bucket((p.company_employee_count)::double precision, array[1, 11, 51, 201, 501, 1001, 5001]::double precision[])],
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
    (array['<50 words', '50–99 words', '100–149 words', '150+ words'])[width_bucket(((ft.content_snapshot->>'word_count')::double precision)::double precision, array[0, 50, 100, 150]::double precision[])],
    case (ft.content_snapshot->>'has_question')::boolean when true then 'yes' when false then 'no' end,
    case when ft.lead_id is null then null when cardinality(ft.links_included) > 0 then 'yes' else 'no' end,
    case when ft.lead_id is null then null else (array['none', '1 field', '2 fields', '3+ fields'])[width_bucket((coalesce(cardinality(ft.personalization_fields_used), 0))::double precision, array[0, 1, 2, 3]::double precision[])] end,
    ft.content_snapshot->>'cta_type', ft.content_snapshot->>'ai_model', ft.content_snapshot->>'prompt_version',
    case when ft.lead_local_time is not null then to_char(ft.lead_local_time, 'HH24') || 'h' end,
    case when ft.lead_timezone is not null then to_char(ft.sent_at at time zone ft.lead_timezone, 'ID Dy') end,
    (array['1 touch', '2–3 touches', '4–6 touches', '7+ touches'])[width_bucket((tc.touches)::double precision, array[1, 2, 4, 7]::double precision[])],
    concat_ws('+', case when tc.first_email is not null then 'email' end, case when tc.first_linkedin is not null then 'linkedin' end,
      case when tc.first_sms is not null then 'sms' end, case when tc.first_voice is not null then 'voice' end),
    (select string_agg(v.channel, '>' order by v.first_at) from (values ('email', tc.first_email),
      ('linkedin', tc.first_linkedin), ('sms', tc.first_sms), ('voice', tc.first_voice)) as v (channel, first_at)
     where v.first_at is not null),
    case when tc.opened then 'yes' else 'no' end,
    case when tc.clicked then 'yes' else 'no' end,
    case when sg.profile_viewed then 'yes' else 'no' end,
    case when sg.sms_clicked then 'yes' else 'no' end,
    case when tc.call_connected then 'yes' else 'no' end,
    case when sg.voicemail_listened then 'left and listened' when tc.voicemail_left then 'left' else 'none' end,
    -- Channel preference: where the lead engages most (replies count double).
    (select v.channel from (values
        ('email', tc.email_engaged + coalesce(ce.email, 0) + 2 * coalesce(an.email_replies, 0)),
        ('linkedin', coalesce(ce.linkedin, 0) + 2 * coalesce(an.linkedin_replies, 0)),
        ('sms', coalesce(ce.sms, 0) + 2 * coalesce(an.sms_replies, 0)),
        ('voice', coalesce(ce.voice, 0) + 2 * coalesce(an.voice_replies, 0))) as v (channel, n)
     where v.n > 0 order by v.n desc, v.channel limit 1),
    an.first_objection, an.first_sentiment,
    (array['1 message', '2 messages', '3–4 messages', '5+ messages'])[width_bucket((cv.turns)::double precision, array[1, 2, 3, 5]::double precision[])],
    (array['under 1 h', '1–4 h', '4–24 h', 'over a day'])[width_bucket((cv.our_response_minutes)::double precision, array[0, 60, 240, 1440]::double precision[])],
    case when tc.by_ai > 0 and tc.by_human > 0 then 'ai then human' when tc.by_human > 0 then 'human'
      when tc.by_ai > 0 then 'ai' end,
    (array['same day', '1–2 days', '3–7 days', '8+ days'])[width_bucket((extract(epoch from bk.lead_time) / 86400)::double precision, array[-1e9, 1, 3, 8]::double precision[])],
    coalesce(tc.opened, false), an.lead_id is not null, coalesce(an.positive, false),
    bk.lead_id is not null, coalesce(bk.held, false), coalesce(w.won, false), coalesce(w.revenue, 0)::double precision
  from scope s
  join touches tc on tc.lead_id = s.lead_id
  left join public.lead_pool p on p.id = s.lead_pool_id
  left join first_touch ft on ft.lead_id = s.lead_id
  left join signals sg on sg.lead_id = s.lead_id
  left join channel_engagement ce on ce.lead_id = s.lead_id
  left join answers an on an.lead_id = s.lead_id
  left join conversation cv on cv.lead_id = s.lead_id
  left join booked bk on bk.lead_id = s.lead_id
  left join won w on w.lead_id = s.lead_id
  where p_since is null or tc.first_at >= p_since
$$;
comment on function private.lead_facts(uuid, timestamptz) is 'One row per contacted lead (of one client or all, first touched since a date or ever): its WHO/WHAT/WHEN/HOW/CONVERSATION/FUNNEL segments and its outcomes.';
revoke all on function private.lead_facts(uuid, timestamptz) from public, anon, authenticated;
-- Signed-in members reach it through cis_report(since => …); it runs as its caller, so row level
-- security limits it to their clients.
grant execute on function private.lead_facts(uuid, timestamptz) to authenticated, service_role;
create table public.detector_lead_facts as
  select * from private.lead_facts(null, null) with no data;
alter table public.detector_lead_facts
  add primary key (lead_id),
  add foreign key (client_id, lead_id) references public.leads (client_id, id) on delete cascade;
create index detector_lead_facts_client_idx on public.detector_lead_facts (client_id);
comment on table public.detector_lead_facts is 'One row per contacted lead with its detector segments and outcomes, as of the last refresh_detectors().';
select private.secure_tenant_table('public.detector_lead_facts');
