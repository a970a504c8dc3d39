-- 033_engagement_binding (Phase 24C): engagement on every channel, machine flags, and events that
-- arrive before the touch they belong to.
-- Objects: tables channel_events, pending_email_events; leads.phone_normalized,
--          leads.linkedin_normalized; replies.provider_message_id; type private.engagement_signal;
--          functions private.machine_reasons(), private.prepare_email_events(),
--          private.flag_click_bursts(), private.reclassify_email_events(),
--          private.bind_waiting_events(); triggers that give
--          every client engagement settings, bind waiting events when their touch arrives, and
--          refresh summaries when a machine flag changes.
-- Order-proof: an email open/click/bounce whose send is not known yet waits in
-- pending_email_events and is moved into email_events, classified, the moment the send arrives;
-- SMS/LinkedIn/call engagement and replies are stored at once and linked to their touch later.

alter table public.leads
  add column phone_normalized text generated always as (nullif(regexp_replace(phone, '[^0-9]', '', 'g'), '')) stored,
  add column linkedin_normalized text generated always as (nullif(lower(regexp_replace(trim(linkedin_url), '/+$', '')), '')) stored;
create index leads_client_phone_idx on public.leads (client_id, phone_normalized) where phone_normalized is not null;
create index leads_client_linkedin_idx on public.leads (client_id, linkedin_normalized) where linkedin_normalized is not null;
comment on column public.leads.phone_normalized is 'Digits of the phone number, used to match SMS and call events to the lead.';

alter table public.replies add column provider_message_id text;
create index replies_unbound_idx on public.replies (client_id, provider, provider_message_id)
  where activity_id is null and provider_message_id is not null;
comment on column public.replies.provider_message_id is 'The sender''s id of the touch this reply answers; links the reply when that touch arrives later.';

create table public.channel_events (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  lead_id uuid not null,
  activity_id uuid,
  channel public.channel_type not null,
  event_type text not null check (event_type in (
    'delivered', 'clicked', 'unsubscribed', 'connection_accepted', 'profile_viewed', 'post_engaged',
    'voicemail_listened', 'send_failed', 'categorized'
  )),
  event_at timestamptz not null,
  event_at_raw text,
  provider text not null,
  event_key text not null,
  provider_message_id text,
  url text,
  user_agent text,
  ip_address text,
  detail jsonb not null default '{}'::jsonb,
  is_machine boolean not null default false,
  machine_reason text,
  created_at timestamptz not null default now(),
  unique (client_id, provider, event_key),
  foreign key (client_id, lead_id) references public.leads (client_id, id) on delete cascade,
  foreign key (client_id, activity_id) references public.activities (client_id, id) on delete set null (activity_id)
);
create index channel_events_activity_idx on public.channel_events (activity_id);
create index channel_events_lead_idx on public.channel_events (lead_id, event_type);
create index channel_events_unbound_idx on public.channel_events (client_id, provider, provider_message_id)
  where activity_id is null and provider_message_id is not null;
comment on table public.channel_events is 'Engagement on SMS, LinkedIn and calls (link clicks, connection accepted, profile views of us, post engagement, voicemail listened), send failures and vendor lead categories. Email opens and clicks are in email_events.';
comment on column public.channel_events.detail is 'Event specifics: category and its sentiment, failure code and reason, call duration.';
select private.secure_tenant_table('public.channel_events');

create table public.pending_email_events (
  client_id uuid not null references public.clients (id) on delete cascade,
  provider text not null,
  event_key text not null,
  provider_message_id text not null,
  event jsonb not null,
  received_at timestamptz not null default now(),
  primary key (client_id, provider, event_key)
);
create index pending_email_events_message_idx on public.pending_email_events (client_id, provider, provider_message_id);
comment on table public.pending_email_events is 'Email engagement whose send is not known yet (an open before its send). Moved into email_events when the send arrives; never dropped.';
select private.secure_tenant_table('public.pending_email_events');

-- Every client gets its engagement settings row (the defaults) so classification needs no
-- special case; existing clients are backfilled.
insert into public.engagement_settings (client_id) select id from public.clients on conflict do nothing;

-- SECURITY DEFINER: a client may be created by any role allowed to; its settings row must exist
-- whoever that is. Writes only the new client's row; search_path is pinned.
create function private.create_engagement_settings()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.engagement_settings (client_id) select n.id from new_clients n on conflict do nothing;
  return null;
end;
$$;
revoke all on function private.create_engagement_settings() from public, anon, authenticated;
comment on function private.create_engagement_settings() is 'Statement trigger on clients: default engagement settings for each new client.';
create trigger clients_engagement_settings after insert on public.clients
  referencing new table as new_clients for each statement
  execute function private.create_engagement_settings();

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
-- (PL/pgSQL, so its plan is kept for the session: see 026's refresh_activity_engagement.)
create function private.machine_reasons(p_signals private.engagement_signal[])
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
create function private.prepare_email_events(p_client_id uuid, p_events jsonb)
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
comment on function private.prepare_email_events(uuid, jsonb) is 'Binds canonical email engagement events to their activities and classifies opens/clicks as human or machine.';
revoke all on function private.prepare_email_events(uuid, jsonb) from public, anon, authenticated;
grant execute on function private.prepare_email_events(uuid, jsonb) to service_role;

-- A scanner clicks every link of a message within moments. Flags each click that has a click on
-- a different link of the same message within the client's window, whichever arrived first.
-- SECURITY DEFINER: called from triggers and ingestion; updates only the named activities'
-- clicks; search_path is pinned.
-- (PL/pgSQL, so its plan is kept for the session: see 026's refresh_activity_engagement.)
create function private.flag_click_bursts(activity_ids uuid[])
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
    -- (One probe of idx_email_events_activity, which is on (activity_id, event_type): see 026.)
    and exists (
      select 1 from public.email_events o
      where o.activity_id = e.activity_id and o.event_type = e.event_type and o.id <> e.id
        and o.clicked_url is distinct from e.clicked_url
        and abs(extract(epoch from (o.event_at - e.event_at))) * 1000 <= s.machine_multi_click_window_ms);
end;
$$;
comment on function private.flag_click_bursts(uuid[]) is 'Marks clicks on several different links of one message within the burst window as machine clicks.';
revoke all on function private.flag_click_bursts(uuid[]) from public, anon, authenticated;
grant execute on function private.flag_click_bursts(uuid[]) to service_role;

-- Recomputes every machine flag of the given activities' events from the stored fields and the
-- current settings (after a settings change, or in a rebuild).
-- SECURITY DEFINER for the same reason as flag_click_bursts.
create function private.reclassify_email_events(activity_ids uuid[])
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
comment on function private.reclassify_email_events(uuid[]) is 'Recomputes the human/machine flags of the given activities'' email events.';
revoke all on function private.reclassify_email_events(uuid[]) from public, anon, authenticated;
grant execute on function private.reclassify_email_events(uuid[]) to service_role;

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
revoke all on function private.update_activity_email_stats() from public, anon, authenticated;

-- A flag or time changed after insert (burst found later, reclassification): refresh summaries.
-- Old and new rows are grouped by id rather than joined, as in 026's
-- activities_touches_after_update (a plan cached for empty transition tables makes a join
-- quadratic).
create function private.email_events_after_update()
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
revoke all on function private.email_events_after_update() from public, anon, authenticated;
comment on function private.email_events_after_update() is 'Statement trigger on email_events: refreshes summaries of activities whose events changed (outside ingest_events, which refreshes once at the end).';
create trigger on_email_event_update after update on public.email_events
  referencing old table as old_rows new table as new_rows for each statement
  execute function private.email_events_after_update();

-- When touches arrive, everything that was waiting for them binds: pending email engagement moves
-- into email_events (classified against the now-known send time), and channel events and
-- replies that named the touch get linked. Returns the activities that received email events:
-- outside ingest_events the email_events trigger refreshes them; ingest_events refreshes them
-- with the rest of its batch.
-- SECURITY DEFINER: runs inside whatever inserted the activity; writes only rows that name the
-- new activities' provider message ids; search_path is pinned.
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

create function private.activities_bind_after_insert()
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
revoke all on function private.activities_bind_after_insert() from public, anon, authenticated;
comment on function private.activities_bind_after_insert() is 'Statement trigger on activities: binds events that were waiting for these touches (outside ingest_events, which binds its own).';
create trigger activities_bind_waiting_events after insert on public.activities
  referencing new table as new_rows for each statement
  execute function private.activities_bind_after_insert();
