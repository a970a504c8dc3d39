-- 032_engagement_binding (intake): engagement on every channel, and events that arrive before the
-- touch they belong to.
-- Objects: leads.phone_normalized, phone_e164, linkedin_normalized and the identity keys
--          leads_client_phone_key, leads_client_linkedin_key (lead identity for SMS, calls,
--          LinkedIn); replies.provider_message_id; tables channel_events, pending_email_events;
--          private.prepare_email_events(), private.bind_waiting_events(),
--          private.activities_bind_after_insert() and its trigger activities_50_bind_waiting_events.
-- Identity: a lead is known by its email; one without an email by its phone (E.164); one with
-- neither by its LinkedIn URL. Each is unique per client, as email is, so two first touches of
-- the same new person arriving at once create one lead, whichever way the person is known.
-- Order-proof: an email open/click/bounce whose send is not known yet waits in
-- pending_email_events and is moved into email_events, classified, the moment the send arrives;
-- SMS/LinkedIn/call engagement and replies are stored at once and linked to their touch later.
-- Nothing is stranded: the intake writes a client's waiting events and its touches one batch at a
-- time (private.lock_client_intake, 030), and public.sweep_intake (039) binds anything a writer
-- outside the intake left waiting.

-- A phone number in E.164 ('+' and 8 to 15 digits), when it is written internationally ('+…' or
-- '00…'); null for a national number, whose country is not known. The intake computes the same
-- key for an event's phone (033), so both sides always agree.
create function private.phone_e164(phone text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  -- (One expression, so the planner inlines it into the statements that call it.)
  select case
    when phone ~ '^[[:space:]]*(\+|00)'
     and length(regexp_replace(regexp_replace(phone, '[^0-9]', '', 'g'), '^00', '')) between 8 and 15
    then '+' || regexp_replace(regexp_replace(phone, '[^0-9]', '', 'g'), '^00', '')
  end
$$;
comment on function private.phone_e164(text) is 'The phone number in E.164 form (+ and its digits) when written internationally (+ or 00 prefix), else null.';
revoke all on function private.phone_e164(text) from public, anon, authenticated;
-- A generated column computes it whenever a lead is written, as the writer: members edit leads.
grant execute on function private.phone_e164(text) to authenticated, service_role;

alter table public.leads
  add column phone_normalized text generated always as (nullif(regexp_replace(phone, '[^0-9]', '', 'g'), '')) stored,
  add column phone_e164 text generated always as (private.phone_e164(phone)) stored,
  add column linkedin_normalized text generated always as (nullif(lower(regexp_replace(trim(linkedin_url), '/+$', '')), '')) stored;
create index leads_client_phone_idx on public.leads (client_id, phone_normalized) where phone_normalized is not null;
create index leads_client_phone_e164_idx on public.leads (client_id, phone_e164) where phone_e164 is not null;
create index leads_client_linkedin_idx on public.leads (client_id, linkedin_normalized) where linkedin_normalized is not null;
-- The identity keys: a lead without an email is its phone; one without either is its LinkedIn URL.
create unique index leads_client_phone_key on public.leads (client_id, phone_e164)
  where phone_e164 is not null and email_normalized is null;
create unique index leads_client_linkedin_key on public.leads (client_id, linkedin_normalized)
  where linkedin_normalized is not null and email_normalized is null and phone_normalized is null;
comment on column public.leads.phone_normalized is 'Digits of the phone number, used to match SMS and call events written without a country code.';
comment on column public.leads.phone_e164 is 'The phone number in E.164 form when written internationally: how SMS and call events find the lead, and the lead''s identity when it has no email (unique per client).';
comment on column public.leads.linkedin_normalized is 'The LinkedIn URL lower-cased without trailing slashes: how LinkedIn events find the lead, and its identity when it has neither email nor phone (unique per client).';
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

-- Canonical email engagement events (JSON, as shared/ingest produces them) → rows for
-- email_events, bound to their activity when it is known (activity_id null otherwise). Used for
-- events that waited for their send; public.ingest_engagement_events prepares its batch the same way from
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

-- When touches arrive, everything that was waiting for them binds: pending email engagement moves
-- into email_events (classified against the now-known send time), and channel events and
-- replies that named the touch get linked. Returns the activities that received email events:
-- outside ingest_engagement_events the email_events trigger refreshes them; ingest_engagement_events refreshes them
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
  -- ingest_engagement_events binds its new touches itself, with the rest of its batch.
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
comment on function private.activities_bind_after_insert() is 'Statement trigger on activities: binds events that were waiting for these touches (outside ingest_engagement_events, which binds its own).';
create trigger activities_50_bind_waiting_events after insert on public.activities
  referencing new table as new_rows for each statement
  execute function private.activities_bind_after_insert();
