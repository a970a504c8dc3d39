-- 033_engagement_binding (Phase 24C): engagement on every channel, machine flags, and events that
-- arrive before the touch they belong to.
-- Objects: tables channel_events, pending_email_events; leads.phone_normalized,
--          leads.linkedin_normalized; replies.provider_message_id; functions
--          private.machine_reason(), private.prepare_email_events(), private.flag_click_bursts(),
--          private.reclassify_email_events(), private.bind_waiting_events(); triggers that give
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

-- Why an open or click was a machine, or null for a person. One definition, used when events are
-- stored and when they are reclassified, so both always agree.
create function private.machine_reason(
  event_type text, event_at timestamptz, sent_at timestamptz, user_agent text, ip text,
  settings public.engagement_settings
)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case
    when event_type not in ('opened', 'clicked') then null
    when user_agent is not null and exists (
      select 1 from unnest(settings.machine_user_agent_patterns) p
      where strpos(lower(user_agent), lower(p)) > 0) then 'scanner_user_agent'
    when ip is not null and exists (
      select 1 from unnest(settings.machine_ip_prefixes) p where starts_with(ip, p)) then 'proxy_ip'
    when event_type = 'opened' and event_at - sent_at < make_interval(secs => settings.machine_open_within_seconds)
      then 'opened_within_' || settings.machine_open_within_seconds || 's_of_send'
    when event_type = 'clicked' and event_at - sent_at < make_interval(secs => settings.machine_click_within_seconds)
      then 'clicked_within_' || settings.machine_click_within_seconds || 's_of_send'
  end
$$;
comment on function private.machine_reason(text, timestamptz, timestamptz, text, text, public.engagement_settings) is 'Machine-engagement rule for one open/click: scanner user agent, proxy IP, or too soon after the send. Null means human.';
revoke all on function private.machine_reason(text, timestamptz, timestamptz, text, text, public.engagement_settings) from public, anon, authenticated;
grant execute on function private.machine_reason(text, timestamptz, timestamptz, text, text, public.engagement_settings) to service_role;

-- Canonical email engagement events (JSON, as shared/ingest produces them) → rows for
-- email_events, bound to their activity when it is known (activity_id null otherwise).
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
  select a.id, a.lead_id, e->>'kind', (e->>'occurred_at')::timestamptz, e->>'occurred_at_raw',
    e->>'provider', e->>'event_key', e->'message'->>'provider_message_id', e->'engagement'->>'url',
    e->'engagement'->>'user_agent', e->'engagement'->>'ip',
    r.reason is not null, r.reason, e
  from jsonb_array_elements(p_events) e
  cross join public.engagement_settings s
  left join public.activities a
    on a.client_id = p_client_id
   and a.provider = e->>'provider'
   and a.provider_message_id = e->'message'->>'provider_message_id'
  cross join lateral (
    select private.machine_reason(e->>'kind', (e->>'occurred_at')::timestamptz, a.sent_at,
      e->'engagement'->>'user_agent', e->'engagement'->>'ip', s) as reason
  ) r
  where s.client_id = p_client_id
$$;
comment on function private.prepare_email_events(uuid, jsonb) is 'Binds canonical email engagement events to their activities and classifies opens/clicks as human or machine.';
revoke all on function private.prepare_email_events(uuid, jsonb) from public, anon, authenticated;
grant execute on function private.prepare_email_events(uuid, jsonb) to service_role;

-- A scanner clicks every link of a message within moments. Flags each click that has a click on
-- a different link of the same message within the client's window, whichever arrived first.
-- SECURITY DEFINER: called from triggers and ingestion; updates only the named activities'
-- clicks; search_path is pinned.
create function private.flag_click_bursts(activity_ids uuid[])
returns void
language sql
security definer
set search_path = ''
as $$
  update public.email_events e set is_machine = true, machine_reason = 'multi_link_burst'
  from public.engagement_settings s
  where e.activity_id = any (activity_ids)
    and e.event_type = 'clicked'
    and not e.is_machine
    and s.client_id = e.client_id
    and exists (
      select 1 from public.email_events o
      where o.activity_id = e.activity_id and o.event_type = 'clicked' and o.id <> e.id
        and o.clicked_url is distinct from e.clicked_url
        and abs(extract(epoch from (o.event_at - e.event_at))) * 1000 <= s.machine_multi_click_window_ms);
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
  update public.email_events e set is_machine = x.reason is not null, machine_reason = x.reason
  from (
    select ev.id, private.machine_reason(ev.event_type, ev.event_at, a.sent_at, ev.user_agent, ev.ip_address, s) as reason
    from public.email_events ev
    join public.activities a on a.id = ev.activity_id
    join public.engagement_settings s on s.client_id = ev.client_id
    where ev.activity_id = any (activity_ids)
  ) x
  where e.id = x.id and (e.is_machine, e.machine_reason) is distinct from (x.reason is not null, x.reason);
  select private.flag_click_bursts(activity_ids);
$$;
comment on function private.reclassify_email_events(uuid[]) is 'Recomputes the human/machine flags of the given activities'' email events.';
revoke all on function private.reclassify_email_events(uuid[]) from public, anon, authenticated;
grant execute on function private.reclassify_email_events(uuid[]) to service_role;

-- Every insert path classifies: events written directly (not through ingest_events) get their
-- human/machine flags from the same rules, so stored flags never depend on how a row arrived.
create or replace function private.update_activity_email_stats()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  touched uuid[] := (select array_agg(distinct n.activity_id) from new_events n);
begin
  perform private.reclassify_email_events(touched);
  perform private.refresh_activity_engagement(touched);
  return null;
end;
$$;
comment on function private.update_activity_email_stats() is 'Statement trigger on email_events: classifies the batch''s events and refreshes the summaries of the activities it touched.';
revoke all on function private.update_activity_email_stats() from public, anon, authenticated;

-- A flag or time changed after insert (burst found later, reclassification): refresh summaries.
create function private.email_events_after_update()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  changed uuid[];
begin
  select array_agg(distinct n.activity_id) into changed
  from new_rows n join old_rows o on o.id = n.id
  where (n.is_machine, n.event_at, n.event_type, n.activity_id) is distinct from (o.is_machine, o.event_at, o.event_type, o.activity_id);
  if changed is not null then
    perform private.refresh_activity_engagement(changed);
  end if;
  return null;
end;
$$;
revoke all on function private.email_events_after_update() from public, anon, authenticated;
comment on function private.email_events_after_update() is 'Statement trigger on email_events: refreshes summaries of activities whose events changed.';
create trigger on_email_event_update after update on public.email_events
  referencing old table as old_rows new table as new_rows for each statement
  execute function private.email_events_after_update();

-- When touches arrive, everything that was waiting for them binds: pending email engagement moves
-- into email_events (classified against the now-known send time), and channel events and
-- replies that named the touch get linked.
-- SECURITY DEFINER: runs inside whatever inserted the activity; writes only rows that name the
-- new activities' provider message ids; search_path is pinned.
create function private.bind_waiting_events(activity_ids uuid[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  c record;
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
    )
    insert into public.email_events (client_id, activity_id, lead_id, event_type, event_at, event_at_raw, provider,
      event_key, clicked_url, user_agent, ip_address, is_machine, machine_reason)
    select c.client_id, x.activity_id, x.lead_id, x.event_type, x.event_at, x.event_at_raw, x.provider,
      x.event_key, x.clicked_url, x.user_agent, x.ip_address, x.is_machine, x.machine_reason
    from private.prepare_email_events(c.client_id, (select coalesce(jsonb_agg(w.event), '[]'::jsonb) from waiting w)) x
    where x.activity_id is not null
    on conflict do nothing;
  end loop;
  perform private.flag_click_bursts(activity_ids);

  update public.channel_events ce set activity_id = a.id
  from public.activities a
  where a.id = any (activity_ids) and ce.activity_id is null
    and ce.client_id = a.client_id and ce.provider = a.provider and ce.provider_message_id = a.provider_message_id;

  update public.replies r set activity_id = a.id
  from public.activities a
  where a.id = any (activity_ids) and r.activity_id is null
    and r.client_id = a.client_id and r.provider = a.provider and r.provider_message_id = a.provider_message_id;
end;
$$;
comment on function private.bind_waiting_events(uuid[]) is 'Binds pending email engagement, channel events and replies to newly arrived touches.';
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
  select array_agg(n.id) into ids from new_rows n where n.provider_message_id is not null;
  if ids is not null then
    perform private.bind_waiting_events(ids);
  end if;
  return null;
end;
$$;
revoke all on function private.activities_bind_after_insert() from public, anon, authenticated;
comment on function private.activities_bind_after_insert() is 'Statement trigger on activities: binds events that were waiting for these touches.';
create trigger activities_bind_waiting_events after insert on public.activities
  referencing new table as new_rows for each statement
  execute function private.activities_bind_after_insert();
