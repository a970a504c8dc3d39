-- The refresh benchmark's dataset, written straight into the tables in its final state (the
-- triggers are off while it loads: this measures the refresh, not ingestion). Sizes scale with
-- :'scale' (1 = 200k leads, 1M activities, 2M email events, 50k replies).
-- Values are drawn from hashes of the row numbers, so every run builds the same data.
set session_replication_role = replica;

create temporary table bench_size as
select round(200000 * :scale)::integer as leads;

insert into public.lead_pool (id, email, seniority, departments, title, company_industry, company_revenue,
  company_employee_count, company_technologies, company_total_funding, person_country, person_state, person_city,
  timezone, email_status_normalized, employment_history)
select md5('pool' || g)::uuid, 'lead' || g || '@bench.example',
  (array['owner', 'founder', 'c_suite', 'vp', 'head', 'director', 'manager', 'senior', 'entry'])[1 + g % 9],
  array[(array['master_sales', 'master_marketing', 'master_engineering_technical', 'master_operations', 'c_suite'])[1 + g % 5]],
  (array['CEO', 'Head of Sales', 'VP Marketing', 'Operations Manager', 'CTO', 'Sales Director'])[1 + (g / 7) % 6],
  (array['software', 'logistics', 'financial services', 'health care', 'retail', 'manufacturing', 'education'])[1 + (g / 3) % 7],
  ((g::bigint * 7919) % 1000) * 1e6, ((g::bigint * 104729) % 5000) + 5,
  case (g / 11) % 5 when 0 then array['HubSpot', 'Slack'] when 1 then array['Salesforce'] when 2 then array['HubSpot']
    when 3 then array['Zendesk', 'Slack'] else array[]::text[] end,
  case when g % 4 = 0 then 0 else ((g * 31) % 50) * 1e6 end,
  (array['United States', 'United Kingdom', 'Australia', 'Germany'])[1 + (g / 13) % 4],
  (array['California', 'Texas', 'New York', 'England', 'New South Wales', 'Bavaria'])[1 + (g / 17) % 6],
  (array['San Francisco', 'Austin', 'New York', 'London', 'Sydney', 'Munich', 'Boston'])[1 + (g / 19) % 7],
  (array['America/Los_Angeles', 'America/Chicago', 'America/New_York', 'Europe/London', 'Australia/Sydney', 'Europe/Berlin'])[1 + (g / 17) % 6],
  (array['verified', 'verified', 'unverified', 'guessed'])[1 + g % 4],
  case when g % 10 = 0 then '[{"organization_name": "Rivalsoft", "current": false}]'::jsonb else '[]'::jsonb end
from generate_series(1, (select leads from bench_size)) g;

-- Each pool record is assigned to the client (a lead may only link a record its client holds).
insert into public.lead_assignments (client_id, lead_pool_id)
select :'client', md5('pool' || g)::uuid
from generate_series(1, (select leads from bench_size)) g;

insert into public.leads (id, client_id, lead_pool_id, email, timezone, status)
select md5('lead' || g)::uuid, :'client', md5('pool' || g)::uuid, 'lead' || g || '@bench.example',
  (array['America/Los_Angeles', 'America/Chicago', 'America/New_York', 'Europe/London', 'Australia/Sydney', 'Europe/Berlin'])[1 + (g / 17) % 6],
  'contacted'
from generate_series(1, (select leads from bench_size)) g;

-- Five touches per lead over three weeks: mostly email, some LinkedIn, SMS and calls.
insert into public.activities (id, client_id, lead_id, channel, activity_type, sent_at, subject, written_by,
  content_snapshot, personalization_fields_used, links_included, lead_timezone, lead_local_time,
  human_opened, human_clicked, email_opened, email_clicked, call_duration_seconds, touch_number)
select md5('act' || g || ':' || k)::uuid, :'client', md5('lead' || g)::uuid, c.channel,
  (case c.channel when 'email' then 'email_sent' when 'sms' then 'sms_sent' when 'voice' then 'call' else 'linkedin_message' end)::public.activity_type,
  t.sent_at,
  case when c.channel = 'email' then (array['Quick question', 'Idea for {{company}}', 'Saw your post', 'Worth a chat?', 'Re: logistics', 'A thought'])[1 + (g + k) % 6] end,
  case when (g + k) % 9 = 0 then 'human' else 'ai' end,
  jsonb_build_object('word_count', 40 + (g * k) % 160, 'has_question', (g + k) % 3 <> 0,
    'cta_type', (array['meeting_request', 'interest_check', 'calendar_link', 'question'])[1 + (g + k) % 4],
    'ai_model', (array['gpt-4o-mini', 'gpt-4o'])[1 + g % 2], 'prompt_version', 'v' || (1 + k % 3)),
  case (g + k) % 3 when 0 then array['first_name'] when 1 then array['first_name', 'company'] else array[]::text[] end,
  case when (g + k) % 2 = 0 then array['https://bench.example/case'] else array[]::text[] end,
  p.tz, (t.sent_at at time zone p.tz)::time,
  c.channel = 'email' and (g * 13 + k) % 10 < 3,
  c.channel = 'email' and (g * 17 + k) % 20 = 0,
  c.channel = 'email' and (g * 13 + k) % 10 < 6,
  c.channel = 'email' and (g * 17 + k) % 20 = 0,
  case when c.channel = 'voice' then (g * 7) % 300 end,
  k + 1
from generate_series(1, (select leads from bench_size)) g
cross join generate_series(0, 4) k
cross join lateral (select (array['America/Los_Angeles', 'America/Chicago', 'America/New_York', 'Europe/London', 'Australia/Sydney', 'Europe/Berlin'])[1 + (g / 17) % 6] as tz) p
cross join lateral (select case when k = 0 or (g + k) % 10 < 7 then 'email' when (g + k) % 10 < 8 then 'linkedin'
  when (g + k) % 10 < 9 then 'sms' else 'voice' end::public.channel_type as channel) c
cross join lateral (select timestamptz '2026-05-04 08:00+00' + (k * 4 + g % 5) * interval '1 day' + ((g * 37) % 600) * interval '1 minute' as sent_at) t;

-- Two engagement events per touch: 2M rows at scale 1.
insert into public.email_events (client_id, activity_id, lead_id, event_type, event_at, provider, event_key, user_agent, is_machine, machine_reason)
select :'client', md5('act' || g || ':' || k)::uuid, md5('lead' || g)::uuid,
  case when e = 0 then 'opened' else (array['opened', 'clicked', 'delivered'])[1 + (g + k) % 3] end,
  timestamptz '2026-05-04 08:00+00' + (k * 4 + g % 5) * interval '1 day' + ((g * 37) % 600 + 30 + e * 90) * interval '1 minute',
  'bench', g || ':' || k || ':' || e,
  case when (g + e) % 7 = 0 then 'Mimecast scanner' else 'Mozilla/5.0' end,
  (g + e) % 7 = 0, case when (g + e) % 7 = 0 then 'scanner_user_agent' end
from generate_series(1, (select leads from bench_size)) g
cross join generate_series(0, 4) k
cross join generate_series(0, 1) e;

-- 50k replies at scale 1 (a quarter of the leads), each answering the lead's first touch.
insert into public.replies (id, client_id, lead_id, activity_id, channel, reply_content, received_at, reply_intent,
  sentiment, sentiment_score, objection_type)
select md5('reply' || g)::uuid, :'client', md5('lead' || g)::uuid, md5('act' || g || ':0')::uuid, 'email',
  'Thanks — not right now.', timestamptz '2026-05-06 10:00+00' + (g % 20) * interval '1 day',
  (array['interested', 'meeting_request', 'question', 'objection', 'not_interested', 'out_of_office'])[1 + (g / 4) % 6],
  (array['positive', 'neutral', 'negative'])[1 + (g / 4) % 3], ((g % 21) - 10) / 10.0,
  case when (g / 4) % 6 = 3 then (array['budget', 'timing', 'authority', 'need', 'competitor'])[1 + (g / 24) % 5] end
from generate_series(1, (select leads from bench_size)) g where g % 4 = 0;

insert into public.meetings (id, client_id, lead_id, scheduled_at, booked_at, status, showed_up)
select md5('meeting' || g)::uuid, :'client', md5('lead' || g)::uuid,
  timestamptz '2026-05-20 15:00+00' + (g % 10) * interval '1 day', timestamptz '2026-05-12 10:00+00', 'scheduled',
  case when g % 10 < 7 then true when g % 10 < 9 then false end
from generate_series(1, (select leads from bench_size)) g where g % 24 = 0;

insert into public.deals (client_id, lead_id, meeting_id, name, value, currency, stage, won, closed_at, created_at)
select :'client', md5('lead' || g)::uuid, md5('meeting' || g)::uuid, 'Deal ' || g, 5000 + (g % 40) * 500, 'AUD',
  case when g % 3 = 0 then 'closed_won' when g % 3 = 1 then 'closed_lost' else 'proposal' end,
  case when g % 3 = 0 then true when g % 3 = 1 then false end,
  case when g % 3 < 2 then timestamptz '2026-06-15 00:00+00' end, timestamptz '2026-05-25 00:00+00'
from generate_series(1, (select leads from bench_size)) g where g % 48 = 0;

-- A conversation per replying lead: our first touch and their reply.
insert into public.conversation_threads (id, client_id, lead_id, channel, message_count, our_message_count, their_message_count)
select md5('thread' || g)::uuid, :'client', md5('lead' || g)::uuid, 'email', 2, 1, 1
from generate_series(1, (select leads from bench_size)) g where g % 4 = 0;
insert into public.thread_messages (client_id, thread_id, activity_id, reply_id, direction, content, sent_at, position, response_time_minutes)
select :'client', md5('thread' || g)::uuid, case when d = 'outbound' then md5('act' || g || ':0')::uuid end,
  case when d = 'inbound' then md5('reply' || g)::uuid end, d, 'message', timestamptz '2026-05-06 10:00+00',
  case when d = 'outbound' then 1 else 2 end, case when d = 'inbound' then 600 end
from generate_series(1, (select leads from bench_size)) g cross join (values ('outbound'), ('inbound')) v (d) where g % 4 = 0;

set session_replication_role = origin;
analyze;
