-- 043_intake_and_statistics_revisions: fix-forward of migrations that had reached main (026, 030,
-- 033, 034, 041, 042). Each block below replaces the earlier definition; the comments say why.
--   * Batch ingestion does the engagement triggers' work once per batch (private.bulk_ingest(),
--     `cis.bulk`), classifies machine engagement set-based (private.machine_reasons() over
--     private.engagement_signal[], replacing the per-row private.machine_reason()), and binds
--     waiting events itself (bind_waiting_events now returns the activities it bound).
--   * idx_email_events_activity is on (activity_id, event_type).
--   * Hot per-webhook functions are PL/pgSQL, so their plans are kept per session.
--   * stats.fisher_exact walks out from the mode instead of summing the whole support.
--   * The activity trigger picks the sticky A/B variant inline (it runs for every touch);
--     analyze_ab_tests also reports a test none of whose arms has touches yet, as collecting.

-- ===== 026: email engagement =====
-- The plan's index on activity_id, with event_type second: "this message's clicks" (burst
-- detection, 033) is then one index probe. With activity_id alone the planner ANDs in
-- idx_email_events_type, a bitmap of every click ever stored, once per click.
drop index public.idx_email_events_activity;
create index idx_email_events_activity on public.email_events (activity_id, event_type);
-- Batch ingestion (public.ingest_events, 034) runs with `cis.bulk = on` for its own duration (a
-- SET clause on the function, restored on return or error) and does the statement triggers'
-- per-statement work itself, once per batch and set-based. Every other writer leaves it unset,
-- so direct inserts and updates keep their triggers. Only service_role writes these tables; a
-- writer that sets the flag by hand gets summaries that `rebuild_summaries()` puts right.
create or replace function private.bulk_ingest()
returns boolean
language sql
stable
set search_path = ''
as $$
  select coalesce(pg_catalog.current_setting('cis.bulk', true), '') = 'on'
$$;
comment on function private.bulk_ingest() is 'True inside public.ingest_events, which does the engagement triggers'' work itself, once per batch.';
revoke all on function private.bulk_ingest() from public, anon, authenticated;
grant execute on function private.bulk_ingest() to service_role;
-- Recomputes the engagement summaries of the given activities from their stored events, and
-- the lead flags those events imply. Called by the trigger with the batch's activities and by
-- the rebuild function with all of them, so incremental and rebuilt figures cannot differ.
-- SECURITY DEFINER: the trigger fires for service_role inserts today, but summaries must stay
-- right whoever inserts; it writes only the rows named by the ids; search_path is pinned.
-- PL/pgSQL rather than SQL: its plan is kept for the session instead of being made again in every
-- transaction, which is most of the cost of a single webhook's refresh.
create or replace function private.refresh_activity_engagement(activity_ids uuid[])
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
-- Old and new rows are compared by grouping, not by joining the two transition tables: PL/pgSQL
-- keeps the plan of its first execution in the session, often one for empty tables, and a join
-- planned for one row each is a nested loop, quadratic in the rows the statement updated. Grouping
-- is n log n whatever the plan.
create or replace function private.activities_touches_after_update()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  moved uuid[];
begin
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
-- Local time and step are properties of the row itself, set before it is written.
-- SECURITY DEFINER: reads the lead's timezone and the step number, which an inserting role may
-- not be able to read; writes only NEW; search_path is pinned.
create or replace function private.activities_fill_context()
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

-- ===== 030: statistics =====
-- Two-sided Fisher exact test on the 2×2 table [x_a, n_a − x_a; x_b, n_b − x_b]: sums the hypergeometric
-- probabilities no larger than the observed one (relative tolerance 1e-7, as R). Probabilities are
-- built from ratios of neighbours, in logs relative to the mode, so no factorial of a large n is
-- ever formed. The distribution is log-concave: walking out from the mode the terms only shrink,
-- so each walk stops once a term is below e^-708 of the mode's (zero in float8). The cost follows
-- the spread of the distribution (a few thousand terms), not the size of the table — a segment of
-- 150,000 leads against 50,000 is as quick as one of 20.
create or replace function stats.fisher_exact(n_a bigint, x_a bigint, n_b bigint, x_b bigint)
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

-- ===== 033: engagement binding and machine flags =====
-- What the machine rule looks at, one open/click (or any event: only opens and clicks can be
-- machine) at a time.
create type private.engagement_signal as (
  client_id uuid,
  event_type text,
  event_at timestamptz,
  sent_at timestamptz,
  user_agent text,
  ip text
);
comment on type private.engagement_signal is 'Input of private.machine_reasons(): an event''s client, type and time, its send time, user agent and IP.';
-- Why each open or click was a machine, or null for a person: scanner user agent, proxy IP, or
-- too soon after the send, by its client's engagement_settings. One definition, used when events
-- are stored (ingestion, binding) and when they are reclassified (rebuild), so all agree.
-- Set-based: a batch is classified in one call, each distinct user agent matched once (webhooks
-- repeat a handful of agents thousands of times). Results are keyed by position in the array.
-- (PL/pgSQL, so its plan is kept for the session: see refresh_activity_engagement above.)
create or replace function private.machine_reasons(p_signals private.engagement_signal[])
returns table (ordinality bigint, reason text)
language plpgsql
stable
parallel safe
set search_path = ''
as $$
begin
  return query
    with signals as materialized (
      select x.client_id, x.event_type, x.event_at, x.sent_at, x.user_agent, x.ip, x.ord
      from unnest(p_signals) with ordinality as x (client_id, event_type, event_at, sent_at, user_agent, ip, ord)
    ), settings as (
      select s.client_id, s.machine_user_agent_patterns, s.machine_ip_prefixes,
        s.machine_open_within_seconds, s.machine_click_within_seconds,
        make_interval(secs => s.machine_open_within_seconds) as open_window,
        make_interval(secs => s.machine_click_within_seconds) as click_window
      from public.engagement_settings s
      where s.client_id in (select distinct g.client_id from signals g)
    ), scanners as (
      select a.client_id, a.user_agent
      from (select distinct g.client_id, g.user_agent from signals g
            where g.user_agent is not null and g.event_type in ('opened', 'clicked')) a
      join settings s on s.client_id = a.client_id
      where exists (select 1 from unnest(s.machine_user_agent_patterns) p
                    where strpos(lower(a.user_agent), lower(p)) > 0)
    )
    select g.ord, case
        when g.event_type not in ('opened', 'clicked') then null
        when sc.user_agent is not null then 'scanner_user_agent'
        when g.ip ^@ any (s.machine_ip_prefixes) then 'proxy_ip'
        when g.event_type = 'opened' and g.event_at - g.sent_at < s.open_window
          then 'opened_within_' || s.machine_open_within_seconds || 's_of_send'
        when g.event_type = 'clicked' and g.event_at - g.sent_at < s.click_window
          then 'clicked_within_' || s.machine_click_within_seconds || 's_of_send'
      end
    from signals g
    left join settings s on s.client_id = g.client_id
    left join scanners sc on sc.client_id = g.client_id and sc.user_agent = g.user_agent;
end;
$$;
comment on function private.machine_reasons(private.engagement_signal[]) is 'Machine-engagement rule for each open/click of a batch: scanner user agent, proxy IP, or too soon after the send. Null means human. Keyed by position (ordinality) in the input.';
revoke all on function private.machine_reasons(private.engagement_signal[]) from public, anon, authenticated;
grant execute on function private.machine_reasons(private.engagement_signal[]) to service_role;
-- Canonical email engagement events (JSON, as shared/ingest produces them) → rows for
-- email_events, bound to their activity when it is known (activity_id null otherwise). Used for
-- events that waited for their send; public.ingest_events prepares its batch the same way from
-- its own table.
create or replace function private.prepare_email_events(p_client_id uuid, p_events jsonb)
returns table (
  activity_id uuid, lead_id uuid, event_type text, event_at timestamptz, event_at_raw text,
  provider text, event_key text, provider_message_id text, clicked_url text, user_agent text,
  ip_address text, is_machine boolean, machine_reason text, event jsonb
)
language sql
stable
set search_path = ''
as $$
  with bound as materialized (
    select row_number() over () as pos, a.id as activity_id, a.lead_id, a.sent_at, e
    from jsonb_array_elements(p_events) e
    left join public.activities a
      on a.client_id = p_client_id
     and a.provider = e->>'provider'
     and a.provider_message_id = e->'message'->>'provider_message_id'
  ), reasons as (
    select r.ordinality, r.reason
    from private.machine_reasons((
      select array_agg(row(p_client_id, b.e->>'kind', (b.e->>'occurred_at')::timestamptz, b.sent_at,
        b.e->'engagement'->>'user_agent', b.e->'engagement'->>'ip')::private.engagement_signal order by b.pos)
      from bound b)) r
  )
  select b.activity_id, b.lead_id, b.e->>'kind', (b.e->>'occurred_at')::timestamptz, b.e->>'occurred_at_raw',
    b.e->>'provider', b.e->>'event_key', b.e->'message'->>'provider_message_id', b.e->'engagement'->>'url',
    b.e->'engagement'->>'user_agent', b.e->'engagement'->>'ip',
    r.reason is not null, r.reason, b.e
  from bound b
  join reasons r on r.ordinality = b.pos
$$;
-- A scanner clicks every link of a message within moments. Flags each click that has a click on
-- a different link of the same message within the client's window, whichever arrived first.
-- SECURITY DEFINER: called from triggers and ingestion; updates only the named activities'
-- clicks; search_path is pinned.
-- (PL/pgSQL, so its plan is kept for the session: see refresh_activity_engagement above.)
create or replace function private.flag_click_bursts(activity_ids uuid[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.email_events e set is_machine = true, machine_reason = 'multi_link_burst'
  from public.engagement_settings s
  where e.activity_id = any (activity_ids)
    and e.event_type = 'clicked'
    and not e.is_machine
    and s.client_id = e.client_id
    -- (One probe of idx_email_events_activity, which is on (activity_id, event_type): see 043.)
    and exists (
      select 1 from public.email_events o
      where o.activity_id = e.activity_id and o.event_type = e.event_type and o.id <> e.id
        and o.clicked_url is distinct from e.clicked_url
        and abs(extract(epoch from (o.event_at - e.event_at))) * 1000 <= s.machine_multi_click_window_ms);
end;
$$;
-- Recomputes every machine flag of the given activities' events from the stored fields and the
-- current settings (after a settings change, or in a rebuild).
-- SECURITY DEFINER for the same reason as flag_click_bursts.
create or replace function private.reclassify_email_events(activity_ids uuid[])
returns void
language sql
security definer
set search_path = ''
as $$
  with events as materialized (
    select ev.id, ev.is_machine, ev.machine_reason, row_number() over () as pos,
      row(ev.client_id, ev.event_type, ev.event_at, a.sent_at, ev.user_agent, ev.ip_address)::private.engagement_signal as signal
    from public.email_events ev
    join public.activities a on a.id = ev.activity_id
    where ev.activity_id = any (activity_ids)
  ), reasons as (
    select r.ordinality, r.reason
    from private.machine_reasons((select array_agg(x.signal order by x.pos) from events x)) r
  )
  update public.email_events e set is_machine = r.reason is not null, machine_reason = r.reason
  from events x
  join reasons r on r.ordinality = x.pos
  where e.id = x.id and (x.is_machine, x.machine_reason) is distinct from (r.reason is not null, r.reason);
  select private.flag_click_bursts(activity_ids);
$$;
-- Every insert path classifies: events written directly (not through ingest_events) get their
-- human/machine flags from the same rules, so stored flags never depend on how a row arrived.
-- Inside ingest_events (bulk) the batch was classified as it was stored, and the function flags
-- bursts and refreshes the summaries once at the end.
create or replace function private.update_activity_email_stats()
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
comment on function private.update_activity_email_stats() is 'Statement trigger on email_events: classifies the batch''s events and refreshes the summaries of the activities it touched (outside ingest_events, which does both itself).';
-- A flag or time changed after insert (burst found later, reclassification): refresh summaries.
-- Old and new rows are grouped by id rather than joined, as in 026's
-- activities_touches_after_update (a plan cached for empty transition tables makes a join
-- quadratic).
create or replace function private.email_events_after_update()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  changed uuid[];
begin
  if private.bulk_ingest() then
    return null;
  end if;
  select array_agg(distinct x.activity_id) into changed
  from (
    select array_agg(r.activity_id) as activity_ids
    from (
      select n.id, n.activity_id, n.is_machine, n.event_at, n.event_type from new_rows n
      union all
      select o.id, o.activity_id, o.is_machine, o.event_at, o.event_type from old_rows o
    ) r
    group by r.id
    having count(distinct (r.activity_id, r.is_machine, r.event_at, r.event_type)) > 1
  ) g
  cross join lateral unnest(g.activity_ids) x (activity_id);
  if changed is not null then
    perform private.refresh_activity_engagement(changed);
  end if;
  return null;
end;
$$;
comment on function private.email_events_after_update() is 'Statement trigger on email_events: refreshes summaries of activities whose events changed (outside ingest_events, which refreshes once at the end).';
-- When touches arrive, everything that was waiting for them binds: pending email engagement moves
-- into email_events (classified against the now-known send time), and channel events and
-- replies that named the touch get linked. Returns the activities that received email events:
-- outside ingest_events the email_events trigger refreshes them; ingest_events refreshes them
-- with the rest of its batch.
-- SECURITY DEFINER: runs inside whatever inserted the activity; writes only rows that name the
-- new activities' provider message ids; search_path is pinned.
-- (Its result type changes, so it is dropped and created again, with its grants.)
drop function private.bind_waiting_events(uuid[]);
create function private.bind_waiting_events(activity_ids uuid[])
returns uuid[]
language plpgsql
security definer
set search_path = ''
as $$
declare
  c record;
  bound uuid[] := '{}';
  more uuid[];
begin
  for c in
    select distinct a.client_id from public.activities a
    join public.pending_email_events p
      on p.client_id = a.client_id and p.provider = a.provider and p.provider_message_id = a.provider_message_id
    where a.id = any (activity_ids)
  loop
    with waiting as (
      delete from public.pending_email_events p
      using public.activities a
      where a.id = any (activity_ids) and a.client_id = c.client_id
        and p.client_id = a.client_id and p.provider = a.provider and p.provider_message_id = a.provider_message_id
      returning p.event
    ), stored as (
      insert into public.email_events (client_id, activity_id, lead_id, event_type, event_at, event_at_raw, provider,
        event_key, clicked_url, user_agent, ip_address, is_machine, machine_reason)
      select c.client_id, x.activity_id, x.lead_id, x.event_type, x.event_at, x.event_at_raw, x.provider,
        x.event_key, x.clicked_url, x.user_agent, x.ip_address, x.is_machine, x.machine_reason
      from private.prepare_email_events(c.client_id, (select coalesce(jsonb_agg(w.event), '[]'::jsonb) from waiting w)) x
      where x.activity_id is not null
      on conflict do nothing
      returning activity_id
    )
    select array_agg(distinct s.activity_id) into more from stored s;
    bound := bound || coalesce(more, '{}');
  end loop;

  update public.channel_events ce set activity_id = a.id
  from public.activities a
  where a.id = any (activity_ids) and ce.activity_id is null
    and ce.client_id = a.client_id and ce.provider = a.provider and ce.provider_message_id = a.provider_message_id;

  update public.replies r set activity_id = a.id
  from public.activities a
  where a.id = any (activity_ids) and r.activity_id is null
    and r.client_id = a.client_id and r.provider = a.provider and r.provider_message_id = a.provider_message_id;
  return bound;
end;
$$;
comment on function private.bind_waiting_events(uuid[]) is 'Binds pending email engagement, channel events and replies to newly arrived touches; returns the activities that received email events.';
revoke all on function private.bind_waiting_events(uuid[]) from public, anon, authenticated;
grant execute on function private.bind_waiting_events(uuid[]) to service_role;
create or replace function private.activities_bind_after_insert()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  ids uuid[];
begin
  -- ingest_events binds its new touches itself, with the rest of its batch.
  if private.bulk_ingest() then
    return null;
  end if;
  select array_agg(n.id) into ids from new_rows n where n.provider_message_id is not null;
  if ids is not null then
    perform private.bind_waiting_events(ids);
  end if;
  return null;
end;
$$;
comment on function private.activities_bind_after_insert() is 'Statement trigger on activities: binds events that were waiting for these touches (outside ingest_events, which binds its own).';

-- The per-row rule is replaced by private.machine_reasons() above.
drop function private.machine_reason(text, timestamptz, timestamptz, text, text, public.engagement_settings);

-- ===== 034: ingest_events =====
-- Every step is one statement over the whole batch, and steps the batch has nothing for are
-- skipped. The function runs with `cis.bulk = on` (above), so the email_events and activities
-- triggers leave their per-statement work to it: events are classified as they are stored, and
-- click bursts, waiting events and engagement summaries are done once, at the end, for exactly
-- the activities that changed.
create or replace function public.ingest_events(p_client_id uuid, p_events jsonb)
returns jsonb
language plpgsql
set search_path = ''
set cis.bulk = 'on'
-- The batch table holds whole events; sorting it for deduplication must not spill to disk.
set work_mem = '64MB'
as $$
declare
  total integer;
  touches integer := 0;
  emails integer := 0;
  pending integer := 0;
  others integer := 0;
  replies_in integer := 0;
  skipped integer := 0;
  unmatched integer := 0;
  shape record;
  written uuid[] := '{}';
  -- Activities whose email events changed (summaries to refresh), and those that may now hold a
  -- burst of clicks.
  touched uuid[] := '{}';
  clicked uuid[] := '{}';
  bound uuid[];
  stored_activities uuid[];
  stored_clicks uuid[];
begin
  if p_events is null or jsonb_typeof(p_events) <> 'array' then
    raise exception 'events must be a JSON array of canonical events' using errcode = '22023';
  end if;
  total := jsonb_array_length(p_events);

  -- The batch table lives as long as the session (its rows go at commit), so the plans of the
  -- statements below survive from one call to the next: a single webhook does not pay for
  -- planning them all again, as it would for a table created per call.
  if pg_catalog.to_regclass('pg_temp.ingest_batch') is null then
    create temporary table ingest_batch (
      ord bigint,
      provider text,
      event_key text,
      kind text,
      channel public.channel_type,
      occurred_at timestamptz,
      occurred_at_raw text,
      lead_email text,
      lead_phone text,
      lead_linkedin text,
      message_id text,
      campaign_ref text,
      e jsonb,
      lead_id uuid,
      -- The touch the event names, once known: its id, lead and send time.
      activity_id uuid,
      activity_lead_id uuid,
      sent_at timestamptz
    ) on commit delete rows;
    -- Whichever role created it, the others allowed to call this function in the same session
    -- can use it (a temporary table is visible to its own session only).
    grant select, insert, update, delete on pg_temp.ingest_batch to public;
  end if;
  -- (A second call in the same transaction finds the first one's rows.)
  delete from pg_temp.ingest_batch;
  insert into pg_temp.ingest_batch (ord, provider, event_key, kind, channel, occurred_at, occurred_at_raw,
    lead_email, lead_phone, lead_linkedin, message_id, campaign_ref, e)
  select distinct on (e->>'provider', e->>'event_key')
    x.ord,
    e->>'provider',
    e->>'event_key',
    e->>'kind',
    (e->>'channel')::public.channel_type,
    (e->>'occurred_at')::timestamptz,
    e->>'occurred_at_raw',
    nullif(lower(trim(e->'lead'->>'email')), ''),
    nullif(regexp_replace(coalesce(e->'lead'->>'phone', ''), '[^0-9]', '', 'g'), ''),
    nullif(lower(regexp_replace(trim(coalesce(e->'lead'->>'linkedin_url', '')), '/+$', '')), ''),
    e->'message'->>'provider_message_id',
    e->'message'->>'provider_campaign_id',
    e
  from jsonb_array_elements(p_events) with ordinality as x (e, ord)
  where e->>'type' = 'engagement'
  order by e->>'provider', e->>'event_key', x.ord;
  -- Events of other types (meetings, deals) are handled by their own functions.
  skipped := (select count(*) from jsonb_array_elements(p_events) e where e->>'type' is distinct from 'engagement');

  -- What the batch holds decides which steps run at all: a webhook is mostly of one kind.
  select
    count(*) filter (where b.kind in ('sent', 'message_sent', 'connection_requested', 'call_completed', 'voicemail_left')) as touches,
    count(*) filter (where b.channel = 'email' and b.kind in ('delivered', 'opened', 'clicked', 'bounced', 'complained', 'unsubscribed')) as email,
    count(*) filter (where b.kind in ('unsubscribed', 'complained', 'bounced')) as suppressions,
    count(*) filter (where b.kind in ('connection_accepted', 'profile_viewed', 'post_engaged', 'voicemail_listened', 'send_failed', 'categorized')
      or (b.channel <> 'email' and b.kind in ('delivered', 'clicked', 'unsubscribed', 'bounced'))) as other_channels,
    count(*) filter (where b.kind = 'replied') as replies
  into shape
  from pg_temp.ingest_batch b;

  -- 1. Who: the activity's lead when the touch is known, else by email, phone, LinkedIn URL.
  -- Lookups are one index probe per batch row (correlated subqueries) rather than joins: a join
  -- planned on statistics taken before a large import (a new client's first 10 000 sends) can be
  -- a nested loop over both tables, quadratic; a probe per row is linear whatever the statistics.
  update pg_temp.ingest_batch b set (activity_id, activity_lead_id, sent_at) = (
    select a.id, a.lead_id, a.sent_at from public.activities a
    where a.client_id = p_client_id and a.provider = b.provider and a.provider_message_id = b.message_id)
  where b.message_id is not null;
  update pg_temp.ingest_batch b set lead_id = b.activity_lead_id where b.activity_id is not null;
  for pass in 1 .. 2 loop
    update pg_temp.ingest_batch b set lead_id = (
      select l.id from public.leads l where l.client_id = p_client_id and l.email_normalized = b.lead_email)
    where b.lead_id is null and b.lead_email is not null;
    -- Phone and LinkedIn URL are not unique per client: the earliest lead wins.
    update pg_temp.ingest_batch b set lead_id = (
      select l.id from public.leads l where l.client_id = p_client_id and l.phone_normalized = b.lead_phone
      order by l.created_at, l.id limit 1)
    where b.lead_id is null and b.lead_email is null and b.lead_phone is not null;
    update pg_temp.ingest_batch b set lead_id = (
      select l.id from public.leads l where l.client_id = p_client_id and l.linkedin_normalized = b.lead_linkedin
      order by l.created_at, l.id limit 1)
    where b.lead_id is null and b.lead_email is null and b.lead_phone is null and b.lead_linkedin is not null;
    exit when pass = 2 or not exists (
      select 1 from pg_temp.ingest_batch b
      where b.lead_id is null and coalesce(b.lead_email, b.lead_phone, b.lead_linkedin) is not null);

    -- A lead CIS has never seen is created under the source's client, then found like the rest.
    insert into public.leads (client_id, email, first_name, last_name, phone, linkedin_url, company, timezone)
    select distinct on (coalesce(b.lead_email, b.lead_phone, b.lead_linkedin))
      p_client_id, b.e->'lead'->>'email', b.e->'lead'->>'first_name', b.e->'lead'->>'last_name',
      b.e->'lead'->>'phone', b.e->'lead'->>'linkedin_url', b.e->'lead'->>'company_name',
      -- (pg_timezone_names takes ~50 ms to list: only consulted for a lead that names a zone.)
      case when b.e->'lead'->>'timezone' is not null
        and (b.e->'lead'->>'timezone') in (select name from pg_catalog.pg_timezone_names) then b.e->'lead'->>'timezone' end
    from pg_temp.ingest_batch b
    where b.lead_id is null and coalesce(b.lead_email, b.lead_phone, b.lead_linkedin) is not null
    order by coalesce(b.lead_email, b.lead_phone, b.lead_linkedin), b.ord
    on conflict (client_id, email_normalized) where email_normalized is not null do nothing;
  end loop;

  -- 2. Touches: create the activity, or complete one an engine recorded first.
  insert into public.campaigns (client_id, name, provider, provider_campaign_id, status)
  select distinct on (b.provider, b.campaign_ref)
    p_client_id, coalesce(nullif(btrim(b.e->'message'->>'campaign_name'), ''), b.provider || ' campaign ' || b.campaign_ref),
    b.provider, b.campaign_ref, 'active'
  from pg_temp.ingest_batch b
  where b.campaign_ref is not null
    and not exists (select 1 from public.campaigns c
                    where c.client_id = p_client_id and c.provider = b.provider and c.provider_campaign_id = b.campaign_ref)
  order by b.provider, b.campaign_ref, b.ord
  on conflict (client_id, provider, provider_campaign_id) do nothing;

  if shape.touches > 0 then
    with touch as materialized (
      select distinct on (b.provider, coalesce(b.message_id, b.event_key))
        b.*, c.id as campaign_id, pg_catalog.gen_random_uuid() as new_id,
        coalesce((b.e->'message'->>'sent_at')::timestamptz, b.occurred_at) as touch_sent_at,
        (select l.timezone from public.leads l where l.id = b.lead_id) as lead_timezone
      from pg_temp.ingest_batch b
      left join public.campaigns c
        on c.client_id = p_client_id and c.provider = b.provider and c.provider_campaign_id = b.campaign_ref
      where b.kind in ('sent', 'message_sent', 'connection_requested', 'call_completed', 'voicemail_left')
        and b.lead_id is not null
      order by b.provider, coalesce(b.message_id, b.event_key), b.ord
    ), numbered as (
      -- Touch order as 026's refresh_lead_touches computes it, over the leads' known touches and
      -- the new ones, written with the row: the statement trigger then finds nothing to renumber
      -- unless a touch was back-filled (it still checks, and fixes, every lead of the batch).
      select x.id, row_number() over w as touch_number,
        floor(extract(epoch from (x.sent_at - lag(x.sent_at) over w)) / 86400)::integer as days_since
      from (
        select a.id, a.lead_id, a.sent_at from public.activities a
        where a.lead_id = any (array(select distinct t.lead_id from touch t where t.activity_id is null))
        union all
        select t.new_id, t.lead_id, t.touch_sent_at from touch t where t.activity_id is null
      ) x
      window w as (partition by x.lead_id order by x.sent_at, x.id)
    ), stored as (
      insert into public.activities as a (id, client_id, lead_id, campaign_id, channel, activity_type, subject,
        full_message_body, provider, provider_message_id, provider_campaign_id, provider_lead_id, sent_at,
        sequence_step, written_by, call_duration_seconds, voicemail_left, content_snapshot, lead_timezone,
        touch_number, days_since_last_touch)
      select t.new_id, p_client_id, t.lead_id, t.campaign_id, t.channel,
        (case
          when t.kind = 'connection_requested' then 'linkedin_connection_request'
          when t.kind in ('call_completed', 'voicemail_left') or t.channel = 'voice' then 'call'
          when t.channel = 'email' then 'email_sent'
          when t.channel = 'sms' then 'sms_sent'
          else 'linkedin_message' end)::public.activity_type,
        t.e->'message'->>'subject',
        coalesce(t.e->'message'->>'body_html', t.e->'message'->>'body_text'),
        t.provider, coalesce(t.message_id, t.event_key),
        t.campaign_ref, t.e->'lead'->>'provider_lead_id', t.touch_sent_at,
        nullif((t.e->'message'->>'sequence_step')::integer, 0),
        case (t.e->'message'->>'ai_generated')::boolean when true then 'ai' when false then 'human' end,
        case when t.kind in ('call_completed', 'voicemail_left') or t.channel = 'voice'
          then round((t.e->'call'->>'duration_seconds')::numeric)::integer end,
        case when t.kind = 'voicemail_left' then true
          when t.kind = 'call_completed' or t.channel = 'voice' then (t.e->'call'->>'voicemail_left')::boolean end,
        -- What the sender reported about how the message was made; derived keys are added by the
        -- activities_derive_content trigger.
        jsonb_strip_nulls(jsonb_build_object(
          'ai_model', t.e->'message'->>'ai_model', 'prompt_version', t.e->'message'->>'prompt_version',
          'template_name', t.e->'message'->>'template_name', 'reported_ab_variant', t.e->'message'->>'ab_variant')),
        -- The lead's zone, so the row trigger need not look it up row by row (026).
        t.lead_timezone, n.touch_number, n.days_since
      from touch t
      left join numbered n on n.id = t.new_id
      on conflict (client_id, provider, provider_message_id) where provider_message_id is not null
      do update set
        subject = coalesce(a.subject, excluded.subject),
        full_message_body = coalesce(a.full_message_body, excluded.full_message_body),
        campaign_id = coalesce(a.campaign_id, excluded.campaign_id),
        provider_campaign_id = coalesce(a.provider_campaign_id, excluded.provider_campaign_id),
        sequence_step = coalesce(a.sequence_step, excluded.sequence_step),
        written_by = coalesce(a.written_by, excluded.written_by),
        call_duration_seconds = coalesce(a.call_duration_seconds, excluded.call_duration_seconds),
        content_snapshot = excluded.content_snapshot || a.content_snapshot
      where (a.subject is null and excluded.subject is not null)
         or (a.full_message_body is null and excluded.full_message_body is not null)
         or (a.campaign_id is null and excluded.campaign_id is not null)
         or (a.sequence_step is null and excluded.sequence_step is not null)
         or (a.written_by is null and excluded.written_by is not null)
         or (a.call_duration_seconds is null and excluded.call_duration_seconds is not null)
      returning a.id
    )
    select count(*), coalesce(array_agg(s.id), '{}') into touches, written from stored s;

    update public.leads l set status = 'contacted'
    where l.id = any (array(
        select distinct b.lead_id from pg_temp.ingest_batch b
        where b.lead_id is not null
          and b.kind in ('sent', 'message_sent', 'connection_requested', 'call_completed', 'voicemail_left')))
      and l.client_id = p_client_id and l.status = 'new';

    if cardinality(written) > 0 then
      -- Engagement that waited for these touches binds now (classified against their send).
      bound := private.bind_waiting_events(written);
      touched := touched || bound;
      clicked := clicked || bound;
      -- Engagement in this same batch for touches it created.
      update pg_temp.ingest_batch b set (activity_id, activity_lead_id, sent_at) = (
        select a.id, a.lead_id, a.sent_at from public.activities a
        where a.client_id = p_client_id and a.provider = b.provider and a.provider_message_id = b.message_id)
      where b.activity_id is null and b.message_id is not null;
    end if;
  end if;

  -- 3. Email engagement: bound events into email_events, classified as they are stored; the
  --    rest wait for their send.
  if shape.email > 0 then
    with engagement as materialized (
      select b.ord, b.provider, b.event_key, b.kind, b.occurred_at, b.occurred_at_raw, b.message_id,
        b.e->'engagement'->>'url' as url, b.e->'engagement'->>'user_agent' as user_agent,
        b.e->'engagement'->>'ip' as ip, b.activity_id, b.activity_lead_id as lead_id, b.sent_at,
        row_number() over (order by b.ord) as pos
      from pg_temp.ingest_batch b
      where b.activity_id is not null and b.channel = 'email' and b.kind in ('delivered', 'opened', 'clicked', 'bounced', 'complained', 'unsubscribed')
        and b.message_id is not null
    ), reasons as (
      select r.ordinality, r.reason
      from private.machine_reasons((
        select array_agg(row(p_client_id, g.kind, g.occurred_at, g.sent_at, g.user_agent, g.ip)::private.engagement_signal
                         order by g.pos)
        from engagement g)) r
    ), stored as (
      insert into public.email_events (client_id, activity_id, lead_id, event_type, event_at, event_at_raw, provider,
        event_key, clicked_url, user_agent, ip_address, is_machine, machine_reason)
      select p_client_id, g.activity_id, g.lead_id, g.kind, g.occurred_at, g.occurred_at_raw, g.provider,
        g.event_key, g.url, g.user_agent, g.ip, r.reason is not null, r.reason
      from engagement g
      join reasons r on r.ordinality = g.pos
      on conflict do nothing
      returning activity_id, event_type
    )
    select count(*),
      coalesce(array_agg(distinct s.activity_id), '{}'),
      coalesce(array_agg(distinct s.activity_id) filter (where s.event_type = 'clicked'), '{}')
    into emails, stored_activities, stored_clicks
    from stored s;
    touched := touched || stored_activities;
    clicked := clicked || stored_clicks;

    with waiting as (
      insert into public.pending_email_events (client_id, provider, event_key, provider_message_id, event)
      select p_client_id, b.provider, b.event_key, b.message_id, b.e
      from pg_temp.ingest_batch b
      where b.activity_id is null and b.channel = 'email' and b.message_id is not null
        and b.kind in ('delivered', 'opened', 'clicked', 'bounced', 'complained', 'unsubscribed')
      on conflict do nothing
      returning 1
    )
    select count(*) into pending from waiting;
  end if;

  -- What the email_events triggers would have done statement by statement, once for the batch:
  -- clicks on several links within moments are a scanner, then the summaries (026).
  if cardinality(clicked) > 0 then
    perform private.flag_click_bursts(clicked);
  end if;
  if cardinality(touched) > 0 then
    perform private.refresh_activity_engagement(touched);
  end if;

  if shape.suppressions > 0 then
    -- Suppression is immediate, even while the event waits for its send: an unsubscribe, a
    -- complaint or a hard bounce must stop contact now.
    update public.leads l set
      do_not_contact = l.do_not_contact or s.unsubscribed is not null or s.complained is not null,
      do_not_contact_at = case when l.do_not_contact then l.do_not_contact_at else least(s.unsubscribed, s.complained) end,
      do_not_contact_reason = case when l.do_not_contact then l.do_not_contact_reason
        when s.complained is not null then 'complained' when s.unsubscribed is not null then 'unsubscribed' end,
      unsubscribed_at = least(l.unsubscribed_at, s.unsubscribed),
      complained_at = least(l.complained_at, s.complained),
      bounced_at = least(l.bounced_at, s.bounced),
      status = case
        when (s.unsubscribed is not null or s.complained is not null) and l.status not in ('meeting_booked', 'converted')
          then 'unsubscribed'::public.lead_status
        when s.bounced is not null and l.status in ('new', 'contacted') then 'bounced'::public.lead_status
        else l.status end
    from (
      select b.lead_id,
        min(b.occurred_at) filter (where b.kind = 'unsubscribed') as unsubscribed,
        min(b.occurred_at) filter (where b.kind = 'complained') as complained,
        min(b.occurred_at) filter (where b.kind = 'bounced' and b.channel = 'email') as bounced
      from pg_temp.ingest_batch b
      where b.kind in ('unsubscribed', 'complained', 'bounced') and b.lead_id is not null
      group by b.lead_id
    ) s
    where l.id = s.lead_id;

    -- Email unsubscribes/complaints without a message id have nothing to bind to: they count as
    -- accepted once they changed the lead, which the update above did.
    emails := emails + (select count(*) from pg_temp.ingest_batch b
      where b.channel = 'email' and b.kind in ('unsubscribed', 'complained', 'bounced') and b.message_id is null
        and b.lead_id is not null);
  end if;

  -- 4. Engagement on other channels, failures and vendor categories.
  if shape.other_channels > 0 then
    with engagement as materialized (
      select b.*, row_number() over (order by b.ord) as pos
      from pg_temp.ingest_batch b
      where b.lead_id is not null
        and (b.kind in ('connection_accepted', 'profile_viewed', 'post_engaged', 'voicemail_listened', 'send_failed', 'categorized')
          or (b.channel <> 'email' and b.kind in ('delivered', 'clicked', 'unsubscribed', 'bounced')))
    ), reasons as (
      select r.ordinality, r.reason
      from private.machine_reasons((
        select array_agg(row(p_client_id, g.kind, g.occurred_at, g.sent_at, g.e->'engagement'->>'user_agent',
          g.e->'engagement'->>'ip')::private.engagement_signal order by g.pos)
        from engagement g)) r
    ), stored as (
      insert into public.channel_events as ce (client_id, lead_id, activity_id, channel, event_type, event_at,
        event_at_raw, provider, event_key, provider_message_id, url, user_agent, ip_address, detail,
        is_machine, machine_reason)
      select p_client_id, g.lead_id, g.activity_id, g.channel,
        case when g.kind = 'bounced' then 'send_failed' else g.kind end,
        g.occurred_at, g.occurred_at_raw, g.provider, g.event_key, g.message_id,
        g.e->'engagement'->>'url', g.e->'engagement'->>'user_agent', g.e->'engagement'->>'ip',
        jsonb_strip_nulls(jsonb_build_object(
          'category', g.e->>'category', 'category_sentiment', g.e->>'category_sentiment',
          'failure', g.e->'failure', 'bounce', g.e->'bounce')),
        r.reason is not null, r.reason
      from engagement g
      join reasons r on r.ordinality = g.pos
      on conflict (client_id, provider, event_key) do nothing
      returning 1
    )
    select count(*) into others from stored;
  end if;

  -- 5. Replies, linked to the touch they answer (now or when it arrives).
  if shape.replies > 0 then
    with stored as (
      insert into public.replies (client_id, lead_id, activity_id, channel, reply_content, subject, received_at,
        provider, provider_reply_id, provider_message_id, raw_headers)
      select p_client_id, b.lead_id, b.activity_id, b.channel, b.e->'reply'->>'text', b.e->'reply'->>'subject', b.occurred_at,
        b.provider, coalesce(b.e->'reply'->>'provider_reply_id', b.event_key), b.message_id, b.e->'reply'->'headers'
      from pg_temp.ingest_batch b
      where b.kind = 'replied' and b.lead_id is not null and b.e->'reply'->>'text' is not null
      on conflict (client_id, provider, provider_reply_id) where provider_reply_id is not null do nothing
      returning lead_id
    ), marked as (
      update public.leads l set status = 'replied'
      where l.id in (select lead_id from stored) and l.status in ('new', 'contacted', 'engaged')
      returning 1
    )
    select count(*) into replies_in from stored;
  end if;

  unmatched := (select count(*) from pg_temp.ingest_batch b where b.lead_id is null);
  return jsonb_build_object(
    'accepted', touches + emails + others + replies_in,
    'duplicates', greatest(0, total - skipped - (touches + emails + others + replies_in) - pending - unmatched),
    'pending', pending,
    'unmatched', unmatched,
    'skipped', skipped
  );
end;
$$;

-- ===== 041: experiments =====
-- Every touch in a campaign with a running test carries the lead's assigned variant.
-- SECURITY DEFINER: the assignment must be recorded whoever writes the touch; it writes only the
-- lead's assignment row and NEW; search_path is pinned.
create or replace function private.assign_activity_variant()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  test_id uuid;
  assigned text;
  reported text := new.ab_variant;
begin
  if new.campaign_id is null then
    return new;
  end if;
  select t.id into test_id from public.ab_tests t
  where t.client_id = new.client_id and t.campaign_id = new.campaign_id and t.status = 'running'
  order by t.started_at desc nulls last, t.id limit 1;
  if test_id is null then
    return new;
  end if;
  -- The lead's existing assignment, else the same weighted pick assign_variants makes (inlined:
  -- this runs for every touch in a tested campaign).
  select a.variant into assigned from public.ab_test_assignments a where a.ab_test_id = test_id and a.lead_id = new.lead_id;
  if assigned is null then
    select v.label into assigned from (
      select v.label, sum(v.weight) over (order by v.label) / sum(v.weight) over () as upper_bound
      from public.ab_test_variants v where v.ab_test_id = test_id
    ) v where v.upper_bound > private.variant_bucket(test_id, new.lead_id)
    order by v.upper_bound limit 1;
    insert into public.ab_test_assignments (client_id, ab_test_id, lead_id, variant)
    values (new.client_id, test_id, new.lead_id, assigned)
    on conflict (ab_test_id, lead_id) do nothing;
    select a.variant into assigned from public.ab_test_assignments a where a.ab_test_id = test_id and a.lead_id = new.lead_id;
  end if;
  new.ab_variant := assigned;
  new.ab_test_id := test_id;
  if reported is not null and reported is distinct from new.ab_variant then
    new.content_snapshot := coalesce(new.content_snapshot, '{}'::jsonb) || jsonb_build_object('reported_ab_variant', reported);
  end if;
  return new;
end;
$$;

-- ===== 042: experiment analysis =====
create or replace function public.analyze_ab_tests(p_client_id uuid default null)
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
      (select array_agg(a.n order by a.variant) from arms a where a.ab_test_id = t.id) as ns,
      (select array_agg(a.weight order by a.variant) from arms a where a.ab_test_id = t.id) as weights
    from public.ab_tests t
    join arms c on c.ab_test_id = t.id and c.variant = t.control_variant
    cross join lateral (select least(greatest(c.conversions::double precision / nullif(c.n, 0), 0.01), 0.9) as rate) b
  ), compared as (
    select p.id, p.metric, p.alpha, p.control_variant, p.target, p.n_c, v.variant, v.n, v.conversions,
      d.diff, d.ci_low, d.ci_high, d.chance_to_win, d.reached_target, d.decision, d.reason,
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
    select p.id, p.metric, p.control_variant, p.target, p.n_c, srm.mismatch as srm, srm.p_value as srm_p,
      bool_and(a.n >= p.target and p.n_c >= p.target) as reached,
      (select min(x) from unnest(p.ns) x) as smallest_arm,
      -- Two arms, binomial: the engine's own decision (fixed horizon or confidence sequence).
      -- Otherwise: significant at the fixed horizon after Holm, best effect wins.
      case
        when srm.mismatch or count(a.variant) = 0 then null
        when count(a.variant) = 1 and p.metric <> 'revenue_per_lead' then
          case max(a.decision) when 'B' then max(a.variant) when 'A' then p.control_variant
            when 'no_difference' then 'no_difference' end
        when bool_and(a.n >= p.target and p.n_c >= p.target) then coalesce(
          (select b.variant from adjusted b where b.id = p.id and b.p_holm < p.alpha * 0.8 and b.effect > 0
           order by b.effect desc limit 1),
          case when bool_and(a.p_holm < p.alpha * 0.8 and a.effect < 0) then p.control_variant end,
          'no_difference')
      end as winner
    from plan p
    left join adjusted a on a.id = p.id
    cross join lateral stats.srm_chi_square(p.ns, p.weights) srm
    group by p.id, p.metric, p.alpha, p.control_variant, p.target, p.n_c, p.ns, srm.mismatch, srm.p_value
  ), best as (
    -- The comparison the verdict talks about: the winner's, else the variant with the largest effect.
    select distinct on (j.id) j.*, coalesce(a.variant, 'B') as shown, a.diff, a.ci_low, a.ci_high, a.chance_to_win, a.p_holm,
      a.effect, a.revenue_ci_low, a.revenue_ci_high
    from judged j left join adjusted a on a.id = j.id
    order by j.id, (a.variant = j.winner) desc, a.effect desc nulls last
  )
  update public.ab_tests t set
    winner = b.winner,
    confidence = case
      when b.winner = b.shown then b.chance_to_win
      when b.winner = b.control_variant then 1 - b.chance_to_win end,
    status = case when b.winner is not null then 'decided' else t.status end,
    ended_at = case when b.winner is not null then coalesce(t.ended_at, pg_catalog.now()) else t.ended_at end,
    decision_reason = case
      when coalesce(b.srm, false) then 'sample_ratio_mismatch'
      when b.winner is null then 'collecting'
      when b.reached then 'fixed_horizon'
      else 'confidence_sequence' end,
    verdict = case
      when coalesce(b.srm, false) then pg_catalog.format(
        'Sample ratio mismatch (p = %s): leads are not split as the weights say, so no winner can be trusted until assignment is fixed',
        to_char(b.srm_p, 'FM0.00000'))
      when b.winner is null then pg_catalog.format(
        'Collecting: %s of %s leads per variant (%s%%); %s vs %s on %s so far: %s — too early to call',
        to_char(b.smallest_arm, 'FM999,999,990'), to_char(b.target, 'FM999,999,990'),
        to_char(100.0 * b.smallest_arm / nullif(b.target, 0), 'FM990'), b.shown, b.control_variant,
        private.metric_label(b.metric), private.format_effect(b.metric, b.effect, b.ci_low, b.ci_high, b.revenue_ci_low, b.revenue_ci_high))
      when b.winner = 'no_difference' then pg_catalog.format(
        'No difference on %s: %s vs %s %s; %s of %s leads planned',
        private.metric_label(b.metric), b.shown, b.control_variant,
        private.format_effect(b.metric, b.effect, b.ci_low, b.ci_high, b.revenue_ci_low, b.revenue_ci_high),
        to_char(b.smallest_arm, 'FM999,999,990'), to_char(b.target, 'FM999,999,990'))
      else pg_catalog.format(
        '%s beats %s on %s: %s, %s%% chance to win; %s of %s leads planned',
        b.winner, case when b.winner = b.control_variant then b.shown else b.control_variant end,
        private.metric_label(b.metric),
        private.format_effect(b.metric, case when b.winner = b.control_variant then -b.effect else b.effect end,
          case when b.winner = b.control_variant then -b.ci_high else b.ci_low end,
          case when b.winner = b.control_variant then -b.ci_low else b.ci_high end,
          case when b.winner = b.control_variant then -b.revenue_ci_high else b.revenue_ci_low end,
          case when b.winner = b.control_variant then -b.revenue_ci_low else b.revenue_ci_high end),
        to_char(100 * case when b.winner = b.shown then b.chance_to_win else 1 - b.chance_to_win end, 'FM990'),
        to_char(b.smallest_arm, 'FM999,999,990'), to_char(b.target, 'FM999,999,990'))
    end,
    analyzed_at = pg_catalog.now()
  from best b
  where t.id = b.id
  returning t.*
$$;
