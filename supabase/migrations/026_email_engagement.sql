-- 026_email_engagement (Phase 24C, spec ENGAGE-001): engagement events and the summaries the
-- detectors read.
-- Objects: table email_events (+ the spec's indexes); activities summary columns
--          (email_opened…, time_to_open_minutes, time_to_click_minutes, touch_number,
--          days_since_last_touch, sequence_step, lead_local_time, lead_timezone) plus human-only
--          figures and bounce/complaint/unsubscribe times; private.bulk_ingest();
--          private.refresh_activity_engagement() (summaries from the stored events),
--          private.fold_email_events() (the same summaries, advanced by events just stored),
--          private.update_activity_email_stats() and its trigger on_email_event; touch metadata:
--          private.refresh_lead_touches() and the activities triggers that keep it
--          (activities_80/81_touches_*, activities_30_fill_context).
-- Fixed from the spec draft:
--   1. first open/click are the EARLIEST events whatever the arrival order, and time_to_open /
--      time_to_click count from the send time (sent_at, not the row's created_at): they are
--      derived columns and cannot drift when later opens arrive;
--   2. a provider event delivered twice is stored once (unique provider event key; a natural key
--      for events without one) and the summaries are recomputed from the stored events, so a
--      duplicate can never be counted;
--   3. a click implies an open; bounces, complaints and unsubscribes update activity and lead;
--   6. an event's lead and client must be its activity's (composite foreign key);
--   7. the trigger writes activities and leads as SECURITY DEFINER with an empty search_path;
--   8. every summary is a pure function of the event rows (public.rebuild_summaries(), 070,
--      recomputes them all), maintained set-based by statement-level triggers; machine opens and
--      clicks are flagged by 031_machine_engagement and counted apart from people's.

create table public.email_events (
  id uuid primary key default gen_random_uuid(),
  activity_id uuid not null,
  lead_id uuid not null,
  client_id uuid not null references public.clients (id) on delete cascade,

  event_type text not null,
  event_at timestamptz not null,

  -- Counters as the vendor reported them with this event, when it does (informational).
  open_count integer default 0,
  first_opened_at timestamptz,
  last_opened_at timestamptz,

  clicked_url text,
  click_count integer default 0,
  first_clicked_at timestamptz,

  device_type text,
  email_client text,

  open_city text,
  open_country text,

  provider text not null default 'cis',
  event_key text,
  event_at_raw text,
  user_agent text,
  ip_address text,
  is_machine boolean not null default false,
  machine_reason text,

  created_at timestamptz default now(),

  constraint valid_event_type check (event_type in ('sent', 'delivered', 'opened', 'clicked', 'bounced', 'complained', 'unsubscribed')),
  constraint email_events_machine_has_reason check (not is_machine or machine_reason is not null),
  foreign key (client_id, activity_id) references public.activities (client_id, id) on delete cascade,
  foreign key (client_id, lead_id) references public.leads (client_id, id) on delete cascade
);
create unique index email_events_provider_event_key on public.email_events (client_id, provider, event_key)
  where event_key is not null;

-- Events without a provider key are deduplicated on what they say.
create unique index email_events_natural_key on public.email_events
  (client_id, activity_id, event_type, event_at, coalesce(clicked_url, ''))
  where event_key is null;

-- The plan's index on activity_id, with event_type second: "this message's clicks" (burst
-- detection, 031) is then one index probe. With activity_id alone the planner ANDs in
-- idx_email_events_type, a bitmap of every click ever stored, once per click.
create index idx_email_events_activity on public.email_events (activity_id, event_type);
create index idx_email_events_lead on public.email_events (lead_id);
create index idx_email_events_type on public.email_events (event_type);
create index idx_email_events_time on public.email_events (event_at);
comment on table public.email_events is 'Every engagement event on an email touch, as delivered by the sender (deduplicated). Summaries on activities are derived from these rows.';
comment on column public.email_events.event_key is 'The provider''s idempotency key for this event; a second delivery with the same key is ignored.';
comment on column public.email_events.is_machine is 'True when the open/click was made by a machine (privacy proxy pre-fetch, link scanner); machine_reason says why.';
select private.secure_tenant_table('public.email_events');
alter table public.activities
  add column email_opened boolean default false,
  add column email_opened_at timestamptz,
  add column email_open_count integer default 0,
  add column email_clicked boolean default false,
  add column email_clicked_at timestamptz,
  add column email_click_count integer default 0,
  add column time_to_open_minutes integer generated always as (
    case when email_opened_at is not null
      then greatest(0, floor(extract(epoch from (email_opened_at - sent_at)) / 60))::integer end
  ) stored,
  add column time_to_click_minutes integer generated always as (
    case when email_clicked_at is not null
      then greatest(0, floor(extract(epoch from (email_clicked_at - sent_at)) / 60))::integer end
  ) stored,
  add column human_opened boolean not null default false,
  add column human_opened_at timestamptz,
  add column human_open_count integer not null default 0,
  add column human_clicked boolean not null default false,
  add column human_clicked_at timestamptz,
  add column human_click_count integer not null default 0,
  add column email_delivered_at timestamptz,
  add column email_bounced boolean not null default false,
  add column email_bounced_at timestamptz,
  add column email_complained_at timestamptz,
  add column email_unsubscribed_at timestamptz,
  add column touch_number integer,
  add column days_since_last_touch integer,
  add column sequence_step integer check (sequence_step > 0),
  add column lead_local_time time,
  add column lead_timezone text;
comment on column public.activities.email_opened is 'Opened by anyone or anything (a click implies an open). human_opened excludes machine opens.';
comment on column public.activities.email_opened_at is 'Earliest open (or click) of this touch, whatever order the events arrived in.';
comment on column public.activities.email_open_count is 'Open events recorded (deduplicated), machine ones included.';
comment on column public.activities.time_to_open_minutes is 'Whole minutes from sent_at to the earliest open; derived, never stale.';
comment on column public.activities.time_to_click_minutes is 'Whole minutes from sent_at to the earliest click; derived, never stale.';
comment on column public.activities.human_opened_at is 'Earliest open or click not flagged as machine.';
comment on column public.activities.touch_number is '1 for the lead''s first outbound touch (any channel, by sent_at), 2 for the next, …; kept right under back-filled touches.';
comment on column public.activities.days_since_last_touch is 'Whole days since the lead''s previous touch; null for the first.';
comment on column public.activities.sequence_step is 'Step of the campaign sequence this touch was (from sequence_steps or the sender).';
comment on column public.activities.lead_local_time is 'Wall-clock time at the lead when the touch was sent (lead_timezone).';
comment on column public.activities.lead_timezone is 'IANA zone of the lead used for lead_local_time.';
create index idx_activities_opened on public.activities (email_opened) where email_opened = true;
create index idx_activities_clicked on public.activities (email_clicked) where email_clicked = true;

-- Batch ingestion (public.ingest_engagement_events, 033) runs with `cis.bulk = on` for its own duration (a
-- SET clause on the function, restored on return or error) and does the statement triggers'
-- per-statement work itself, once per batch and set-based. Every other writer leaves it unset,
-- so direct inserts and updates keep their triggers. Only service_role writes these tables; a
-- writer that sets the flag by hand gets summaries that `rebuild_summaries()` puts right.
create function private.bulk_ingest()
returns boolean
language sql
stable
set search_path = ''
as $$
  select coalesce(pg_catalog.current_setting('cis.bulk', true), '') = 'on'
$$;
comment on function private.bulk_ingest() is 'True inside public.ingest_engagement_events, which does the engagement triggers'' work itself, once per batch.';
revoke all on function private.bulk_ingest() from public, anon, authenticated;
grant execute on function private.bulk_ingest() to service_role;

-- Recomputes the engagement summaries of the given activities from their stored events, and
-- the lead flags those events imply. Called by the trigger with the batch's activities and by
-- the rebuild function with all of them, so incremental and rebuilt figures cannot differ.
-- SECURITY DEFINER: the trigger fires for service_role inserts today, but summaries must stay
-- right whoever inserts; it writes only the rows named by the ids; search_path is pinned.
-- PL/pgSQL rather than SQL: its plan is kept for the session instead of being made again in every
-- transaction, which is most of the cost of a single webhook's refresh.
create function private.refresh_activity_engagement(activity_ids uuid[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- One read of the activities' events feeds both updates; the activities themselves are read
  -- only to be updated, and only where a figure changed.
  with events as materialized (
    select e.activity_id, e.lead_id, e.event_type, e.event_at, e.is_machine
    from public.email_events e
    where e.activity_id = any (activity_ids)
  ), stats as (
    select x.id,
      count(*) filter (where e.event_type = 'opened') as opens,
      count(*) filter (where e.event_type = 'clicked') as clicks,
      count(*) filter (where e.event_type = 'opened' and not e.is_machine) as human_opens,
      count(*) filter (where e.event_type = 'clicked' and not e.is_machine) as human_clicks,
      min(e.event_at) filter (where e.event_type in ('opened', 'clicked')) as first_open,
      min(e.event_at) filter (where e.event_type = 'clicked') as first_click,
      min(e.event_at) filter (where e.event_type in ('opened', 'clicked') and not e.is_machine) as first_human_open,
      min(e.event_at) filter (where e.event_type = 'clicked' and not e.is_machine) as first_human_click,
      min(e.event_at) filter (where e.event_type = 'delivered') as delivered,
      min(e.event_at) filter (where e.event_type = 'bounced') as bounced,
      min(e.event_at) filter (where e.event_type = 'complained') as complained,
      min(e.event_at) filter (where e.event_type = 'unsubscribed') as unsubscribed
    from (select distinct u.id from unnest(activity_ids) as u (id)) x
    left join events e on e.activity_id = x.id
    group by x.id
  ), summaries as (
    update public.activities a set
      email_opened = s.first_open is not null,
      email_opened_at = s.first_open,
      email_open_count = s.opens,
      email_clicked = s.clicks > 0,
      email_clicked_at = s.first_click,
      email_click_count = s.clicks,
      human_opened = s.first_human_open is not null,
      human_opened_at = s.first_human_open,
      human_open_count = s.human_opens,
      human_clicked = s.human_clicks > 0,
      human_clicked_at = s.first_human_click,
      human_click_count = s.human_clicks,
      email_delivered_at = s.delivered,
      email_bounced = s.bounced is not null,
      email_bounced_at = s.bounced,
      email_complained_at = s.complained,
      email_unsubscribed_at = s.unsubscribed
    from stats s
    where a.id = s.id
      and (a.email_open_count, a.email_click_count, a.human_open_count, a.human_click_count,
           a.email_opened_at, a.email_clicked_at, a.human_opened_at, a.human_clicked_at,
           a.email_delivered_at, a.email_bounced_at, a.email_complained_at, a.email_unsubscribed_at)
        is distinct from
          (s.opens::integer, s.clicks::integer, s.human_opens::integer, s.human_clicks::integer,
           s.first_open, s.first_click, s.first_human_open, s.first_human_click,
           s.delivered, s.bounced, s.complained, s.unsubscribed)
    returning 1
  ), lead_events as (
    select e.lead_id,
      min(e.event_at) filter (where e.event_type = 'bounced') as bounced,
      min(e.event_at) filter (where e.event_type = 'complained') as complained,
      min(e.event_at) filter (where e.event_type = 'unsubscribed') as unsubscribed
    from events e
    where e.event_type in ('bounced', 'complained', 'unsubscribed')
    group by e.lead_id
  )
  -- Lead flags only ever move forward: a bounce, complaint or unsubscribe is never undone by
  -- later events, and the earliest time wins.
  update public.leads l set
    bounced_at = least(l.bounced_at, le.bounced),
    complained_at = least(l.complained_at, le.complained),
    unsubscribed_at = least(l.unsubscribed_at, le.unsubscribed),
    do_not_contact = l.do_not_contact or le.complained is not null or le.unsubscribed is not null,
    do_not_contact_at = case
      when l.do_not_contact then l.do_not_contact_at
      else least(le.complained, le.unsubscribed) end,
    do_not_contact_reason = case
      when l.do_not_contact then l.do_not_contact_reason
      when le.complained is not null then 'complained'
      when le.unsubscribed is not null then 'unsubscribed' end,
    status = case
      when (le.unsubscribed is not null or le.complained is not null)
        and l.status not in ('meeting_booked', 'converted') then 'unsubscribed'::public.lead_status
      when le.bounced is not null and l.status in ('new', 'contacted') then 'bounced'::public.lead_status
      else l.status end
  from lead_events le
  where l.id = le.lead_id
    and (l.bounced_at is distinct from least(l.bounced_at, le.bounced)
      or l.complained_at is distinct from least(l.complained_at, le.complained)
      or l.unsubscribed_at is distinct from least(l.unsubscribed_at, le.unsubscribed)
      or (not l.do_not_contact and (le.complained is not null or le.unsubscribed is not null))
      or (le.bounced is not null and l.status in ('new', 'contacted')));
end;
$$;
comment on function private.refresh_activity_engagement(uuid[]) is 'Recomputes activity engagement summaries and implied lead flags from email_events for the given activities.';
revoke all on function private.refresh_activity_engagement(uuid[]) from public, anon, authenticated;

-- The batch triggers run as the writer (service_role), which must be able to call it.
grant execute on function private.refresh_activity_engagement(uuid[]) to service_role;

-- The incremental form of refresh_activity_engagement, for events just stored: each touch's counts
-- grow by its new events and each first time becomes the earlier of the stored one and the new
-- events'. Exact because an event is stored once (the caller passes only the rows its insert
-- returned, so redeliveries never reach here) and counts and minimums do not depend on arrival
-- order; the summary-rebuild property test holds the two forms to the same figures. A batch then
-- reads no earlier events at all. Activities only: the caller updates the leads (033's
-- suppression step). An event whose flags change after it was stored (a click burst found later)
-- is recounted with refresh_activity_engagement instead.
-- SECURITY DEFINER for the same reason as refresh_activity_engagement.
create function private.fold_email_events(
  p_activity_ids uuid[], p_event_types text[], p_event_at timestamptz[], p_is_machine boolean[]
)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.activities a set
    email_opened = coalesce(a.email_opened, false) or s.first_open is not null,
    email_opened_at = least(a.email_opened_at, s.first_open),
    email_open_count = coalesce(a.email_open_count, 0) + s.opens,
    email_clicked = coalesce(a.email_clicked, false) or s.clicks > 0,
    email_clicked_at = least(a.email_clicked_at, s.first_click),
    email_click_count = coalesce(a.email_click_count, 0) + s.clicks,
    human_opened = a.human_opened or s.first_human_open is not null,
    human_opened_at = least(a.human_opened_at, s.first_human_open),
    human_open_count = a.human_open_count + s.human_opens,
    human_clicked = a.human_clicked or s.human_clicks > 0,
    human_clicked_at = least(a.human_clicked_at, s.first_human_click),
    human_click_count = a.human_click_count + s.human_clicks,
    email_delivered_at = least(a.email_delivered_at, s.delivered),
    email_bounced = a.email_bounced or s.bounced is not null,
    email_bounced_at = least(a.email_bounced_at, s.bounced),
    email_complained_at = least(a.email_complained_at, s.complained),
    email_unsubscribed_at = least(a.email_unsubscribed_at, s.unsubscribed)
  from (
    select x.activity_id,
      count(*) filter (where x.event_type = 'opened')::integer as opens,
      count(*) filter (where x.event_type = 'clicked')::integer as clicks,
      count(*) filter (where x.event_type = 'opened' and not x.is_machine)::integer as human_opens,
      count(*) filter (where x.event_type = 'clicked' and not x.is_machine)::integer as human_clicks,
      min(x.event_at) filter (where x.event_type in ('opened', 'clicked')) as first_open,
      min(x.event_at) filter (where x.event_type = 'clicked') as first_click,
      min(x.event_at) filter (where x.event_type in ('opened', 'clicked') and not x.is_machine) as first_human_open,
      min(x.event_at) filter (where x.event_type = 'clicked' and not x.is_machine) as first_human_click,
      min(x.event_at) filter (where x.event_type = 'delivered') as delivered,
      min(x.event_at) filter (where x.event_type = 'bounced') as bounced,
      min(x.event_at) filter (where x.event_type = 'complained') as complained,
      min(x.event_at) filter (where x.event_type = 'unsubscribed') as unsubscribed
    from unnest(p_activity_ids, p_event_types, p_event_at, p_is_machine) as x (activity_id, event_type, event_at, is_machine)
    group by x.activity_id
  ) s
  where a.id = s.activity_id
    -- Only touches whose figures move: a second delivery report, say, changes nothing.
    and (s.opens > 0 or s.clicks > 0
      or s.delivered < coalesce(a.email_delivered_at, 'infinity')
      or s.bounced < coalesce(a.email_bounced_at, 'infinity')
      or s.complained < coalesce(a.email_complained_at, 'infinity')
      or s.unsubscribed < coalesce(a.email_unsubscribed_at, 'infinity'));
end;
$$;
comment on function private.fold_email_events(uuid[], text[], timestamptz[], boolean[]) is 'Advances activity engagement summaries by email events just stored (parallel arrays: activity, type, time, machine flag); the incremental form of refresh_activity_engagement.';
revoke all on function private.fold_email_events(uuid[], text[], timestamptz[], boolean[]) from public, anon, authenticated;
grant execute on function private.fold_email_events(uuid[], text[], timestamptz[], boolean[]) to service_role;

-- Every insert path classifies: events written directly (not through ingest_engagement_events) get their
-- human/machine flags from the same rules, so stored flags never depend on how a row arrived.
-- Inside ingest_engagement_events (bulk) the batch was classified as it was stored, and the function flags
-- bursts and refreshes the summaries once at the end.
create function private.update_activity_email_stats()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  touched uuid[];
begin
  if private.bulk_ingest() then
    return null;
  end if;
  touched := (select array_agg(distinct n.activity_id) from new_events n);
  perform private.reclassify_email_events(touched);
  perform private.refresh_activity_engagement(touched);
  return null;
end;
$$;
comment on function private.update_activity_email_stats() is 'Statement trigger on email_events: classifies the batch''s events and refreshes the summaries of the activities it touched (outside ingest_engagement_events, which does both itself).';
revoke all on function private.update_activity_email_stats() from public, anon, authenticated;
create trigger on_email_event
  after insert on public.email_events
  referencing new table as new_events
  for each statement
  execute function private.update_activity_email_stats();

-- Touch order per lead: any insert or change of sent_at renumbers that lead's touches, so a
-- back-filled touch lands in its place and the ones after it shift.
-- SECURITY DEFINER for the same reason as refresh_activity_engagement; it writes only the
-- touch columns of the named leads' activities.
create function private.refresh_lead_touches(lead_ids uuid[])
returns void
language sql
security definer
set search_path = ''
as $$
  with ordered as (
    select a.id,
      row_number() over w as touch_number,
      floor(extract(epoch from (a.sent_at - lag(a.sent_at) over w)) / 86400)::integer as days_since
    from public.activities a
    where a.lead_id = any (lead_ids)
    window w as (partition by a.lead_id order by a.sent_at, a.id)
  )
  update public.activities a set
    touch_number = o.touch_number,
    days_since_last_touch = o.days_since
  from ordered o
  where a.id = o.id
    and (a.touch_number, a.days_since_last_touch) is distinct from (o.touch_number::integer, o.days_since);
$$;
comment on function private.refresh_lead_touches(uuid[]) is 'Renumbers touch_number and days_since_last_touch for all activities of the given leads.';
revoke all on function private.refresh_lead_touches(uuid[]) from public, anon, authenticated;

-- The batch triggers run as the writer (service_role), which must be able to call it.
grant execute on function private.refresh_lead_touches(uuid[]) to service_role;
create function private.activities_touches_after_insert()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  -- ingest_engagement_events writes each new touch with its number (033).
  if private.bulk_ingest() then
    return null;
  end if;
  perform private.refresh_lead_touches((select array_agg(distinct n.lead_id) from new_rows n));
  return null;
end;
$$;
revoke all on function private.activities_touches_after_insert() from public, anon, authenticated;

-- Old and new rows are compared by grouping, not by joining the two transition tables: PL/pgSQL
-- keeps the plan of its first execution in the session, often one for empty tables, and a join
-- planned for one row each is a nested loop, quadratic in the rows the statement updated. Grouping
-- is n log n whatever the plan.
create function private.activities_touches_after_update()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  moved uuid[];
begin
  -- ingest_engagement_events never moves a touch in time or to another lead: its updates (a touch
  -- completed, summaries, thread ids) leave the order as it is.
  if private.bulk_ingest() then
    return null;
  end if;
  select array_agg(distinct x.lead_id) into moved
  from (
    select array_agg(r.lead_id) as lead_ids
    from (
      select n.id, n.lead_id, n.sent_at from new_rows n
      union all
      select o.id, o.lead_id, o.sent_at from old_rows o
    ) r
    group by r.id
    having count(distinct r.lead_id) > 1 or count(distinct r.sent_at) > 1
  ) g
  cross join lateral unnest(g.lead_ids) x (lead_id);
  if moved is not null then
    perform private.refresh_lead_touches(moved);
  end if;
  return null;
end;
$$;
revoke all on function private.activities_touches_after_update() from public, anon, authenticated;
comment on function private.activities_touches_after_insert() is 'Statement trigger on activities: renumbers the touches of the leads the batch touched (outside ingest_engagement_events, which numbers its new touches as it writes them).';
comment on function private.activities_touches_after_update() is 'Statement trigger on activities: renumbers touches of leads whose touches moved in time or changed lead (outside ingest_engagement_events, which moves none).';
create trigger activities_80_touches_on_insert
  after insert on public.activities
  referencing new table as new_rows
  for each statement
  execute function private.activities_touches_after_insert();
create trigger activities_81_touches_on_update
  after update on public.activities
  referencing old table as old_rows new table as new_rows
  for each statement
  execute function private.activities_touches_after_update();

-- Local time and step are properties of the row itself, set before it is written.
-- SECURITY DEFINER: reads the lead's timezone and the step number, which an inserting role may
-- not be able to read; writes only NEW; search_path is pinned.
create function private.activities_fill_context()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- Batch ingestion writes the lead's timezone with the row (one join for the whole batch), so
  -- an insert needs no lookup per row then.
  if (new.lead_timezone is null and not (tg_op = 'INSERT' and private.bulk_ingest()))
     or (tg_op = 'UPDATE' and new.lead_id is distinct from old.lead_id) then
    select l.timezone into new.lead_timezone from public.leads l where l.id = new.lead_id;
  end if;
  if new.lead_timezone is not null then
    new.lead_local_time := (new.sent_at at time zone new.lead_timezone)::time;
  else
    new.lead_local_time := null;
  end if;
  if new.sequence_step is null and new.sequence_step_id is not null then
    select s.step_number into new.sequence_step from public.sequence_steps s where s.id = new.sequence_step_id;
  end if;
  return new;
end;
$$;
comment on function private.activities_fill_context() is 'BEFORE trigger on activities: lead_timezone, lead_local_time and sequence_step.';
revoke all on function private.activities_fill_context() from public, anon, authenticated;
create trigger activities_30_fill_context
  before insert or update of sent_at, lead_id, lead_timezone, sequence_step_id on public.activities
  for each row execute function private.activities_fill_context();
