-- 038_ingest_deals (intake, Phase 24E): CRM deal events (HubSpot, Pipedrive, cis) become
-- deals and stage history — idempotent, order-proof, set-based.
-- Objects: functions public.ingest_deal_events(client_id, events) returning
--          {accepted, duplicates, pending, unmatched, released, unmapped_stages, skipped};
--          private.deal_events_releasable(client_id).
-- How (README "Meetings, deals and the funnel"):
--   * each event is stored once in deal_events (a redelivery is a duplicate);
--   * its lead: the deal CIS already has; else a crm_links row for the deal; else the event's
--     contact email (a lead is created when unknown), cis lead id, or a crm_links row for the
--     person. HubSpot deal webhooks name no contact at all: such a deal's events wait in
--     deal_events (deal_id null, counted `pending`) until a crm_links row or a later event of the
--     same deal names the lead; every call (an empty batch too) applies whatever can now be
--     applied, in provider time order (`released`);
--   * stage: won/lost status, else the client's crm_stage_mappings; applied in provider time order,
--     one move per deal per round, and only when newer than the deal's stage_event_at, so an older
--     event arriving late never moves a deal backwards; each applied move is one
--     deal_stage_history row with changed_by 'webhook' and the event key as provider_event_id;
--   * value, currency, lost reason, name and deletion: the newest event that carries each,
--     applied only when newer than the time that field was last set (deals.*_event_at);
--   * a deal starts in qualification when its creation event names no stage (HubSpot), else in
--     the stage of its earliest stage event (a deal first seen through a later event);
--     created_at is the CRM creation event's time.
-- Concurrency: one ingest per client at a time (the client's intake lock, 030, shared with
-- engagement and meetings), so each deal's events are applied in one order.
-- Security: service_role only.

create function public.ingest_deal_events(p_client_id uuid, p_events jsonb)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  prev_actor text := pg_catalog.current_setting('cis.actor', true);
  prev_event text := pg_catalog.current_setting('cis.provider_event', true);
  -- The history trigger records cis.provider_event; one statement moves many deals, so it writes
  -- this marker and each round replaces it with the event that made each move.
  marker constant text := 'cis:ingest_deal_events';
  client_currency text;
  total integer;
  skipped integer;
  fresh integer;
  moved integer;
  touched uuid[];
  touched_leads uuid[];
  counts record;
begin
  if p_events is null or jsonb_typeof(p_events) <> 'array' then
    raise exception 'events must be a JSON array of canonical events' using errcode = '22023';
  end if;
  select c.default_currency into client_currency from public.clients c where c.id = p_client_id;
  select count(*) filter (where e->>'type' = 'deal'), count(*) filter (where e->>'type' is distinct from 'deal')
    into total, skipped
  from jsonb_array_elements(p_events) e;
  -- One batch per client at a time, so each deal's events are applied in one order.
  perform private.lock_client_intake(p_client_id);

  drop table if exists pg_temp.deal_batch;
  create temporary table deal_batch on commit drop as
  select distinct on (e->>'provider', e->>'event_key')
    e->>'provider' as provider,
    e->>'event_key' as event_key,
    e->>'kind' as kind,
    (e->>'occurred_at')::timestamptz as occurred_at,
    e->>'provider_deal_id' as provider_deal_id,
    nullif(lower(btrim(e->'contact'->>'email')), '') as email,
    nullif(e->'contact'->>'provider_person_id', '') as person_id,
    e,
    null::uuid as lead_id
  from jsonb_array_elements(p_events) with ordinality as x (e, ord)
  where e->>'type' = 'deal'
  order by e->>'provider', e->>'event_key', x.ord;

  delete from pg_temp.deal_batch b
  using public.deal_events s
  where s.client_id = p_client_id and s.provider = b.provider and s.event_key = b.event_key;

  -- 1. The lead each new event names: contact email (created when unknown), cis lead id, person link.
  update pg_temp.deal_batch b set lead_id = p.lead_id
  from private.ensure_leads(p_client_id, (
    select coalesce(jsonb_agg(jsonb_build_object('email', b2.email)), '[]'::jsonb)
    from pg_temp.deal_batch b2 where b2.email is not null)) p
  where p.email = b.email;

  update pg_temp.deal_batch b set lead_id = coalesce(
    (select l.id from public.leads l
     where b.provider = 'cis' and l.client_id = p_client_id
       and b.person_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
       and l.id = b.person_id::uuid),
    (select k.lead_id from public.crm_links k
     where k.client_id = p_client_id and k.provider = b.provider and k.object_type = 'person'
       and k.provider_object_id = b.person_id))
  where b.lead_id is null and b.person_id is not null;

  insert into public.deal_events (client_id, provider, event_key, kind, occurred_at, provider_deal_id, lead_id, event)
  select p_client_id, b.provider, b.event_key, b.kind, b.occurred_at, b.provider_deal_id, b.lead_id, b.e
  from pg_temp.deal_batch b
  on conflict (client_id, provider, event_key) do nothing;
  get diagnostics fresh = row_count;

  -- 2. Everything waiting for its deal (the new events and earlier ones), with the stage each asserts.
  drop table if exists pg_temp.deal_work;
  create temporary table deal_work on commit drop as
  select s.id, s.provider, s.event_key, s.kind, s.occurred_at, s.provider_deal_id, s.event,
    coalesce(s.lead_id,
      (select k.lead_id from public.crm_links k
       where k.client_id = p_client_id and k.provider = s.provider and k.object_type = 'person'
         and k.provider_object_id = s.event->'contact'->>'provider_person_id')) as lead_id,
    private.crm_stage(p_client_id, s.provider, s.event->>'provider_pipeline_id', s.event->>'provider_stage_id',
      s.kind, s.event->>'status') as stage
  from public.deal_events s
  where s.client_id = p_client_id and s.deal_id is null;

  -- Per deal: its lead, and where it starts. A CRM creation event that names no stage (HubSpot)
  -- starts the deal in qualification at its time; otherwise the deal starts in the stage of its
  -- earliest stage event (a deal first seen through a later event); else qualification.
  drop table if exists pg_temp.deal_keys;
  create temporary table deal_keys on commit drop as
  select g.provider, g.provider_deal_id, g.deal_id, g.lead_id, g.created_at,
    case when g.opens_unstaged then 'qualification' else coalesce(g.first_stage, 'qualification') end as initial_stage,
    case when g.opens_unstaged then g.created_at else coalesce(g.first_stage_at, g.created_at) end as initial_at,
    case when g.opens_unstaged then null else g.first_stage_at end as initial_guard,
    case when g.opens_unstaged then g.created_key else coalesce(g.first_stage_key, g.created_key, g.first_key) end as initial_key
  from (
    select k.*, (k.created_key is not null and (k.first_stage_at is null or k.created_at < k.first_stage_at)) as opens_unstaged
    from (
      select w.provider, w.provider_deal_id,
        (select d.id from public.deals d
         where d.client_id = p_client_id and d.provider = w.provider and d.provider_deal_id = w.provider_deal_id) as deal_id,
        coalesce(
          (select k.lead_id from public.crm_links k
           where k.client_id = p_client_id and k.provider = w.provider and k.object_type = 'deal'
             and k.provider_object_id = w.provider_deal_id),
          (array_agg(w.lead_id order by w.occurred_at, w.event_key) filter (where w.lead_id is not null))[1]) as lead_id,
        (array_agg(w.stage order by w.occurred_at, w.event_key) filter (where w.stage is not null))[1] as first_stage,
        min(w.occurred_at) filter (where w.stage is not null) as first_stage_at,
        (array_agg(w.event_key order by w.occurred_at, w.event_key) filter (where w.stage is not null))[1] as first_stage_key,
        (array_agg(w.event_key order by w.occurred_at, w.event_key) filter (where w.kind = 'created' and w.stage is null))[1] as created_key,
        (array_agg(w.event_key order by w.occurred_at, w.event_key))[1] as first_key,
        coalesce(min(w.occurred_at) filter (where w.kind = 'created'), min(w.occurred_at)) as created_at
      from pg_temp.deal_work w
      group by w.provider, w.provider_deal_id
    ) k
  ) g;

  perform pg_catalog.set_config('cis.actor', 'webhook', true);
  perform pg_catalog.set_config('cis.provider_event', marker, true);

  -- 3. Deals CIS has not seen, once their lead is known. Name, value and the rest follow in 5.
  insert into public.deals (client_id, lead_id, name, currency, stage, stage_changed_at, stage_event_at,
    created_at, provider, provider_deal_id)
  select p_client_id, k.lead_id,
    case k.provider when 'hubspot' then 'HubSpot' when 'pipedrive' then 'Pipedrive' else 'CIS' end
      || ' deal ' || k.provider_deal_id,
    client_currency, k.initial_stage, k.initial_at, k.initial_guard, k.created_at, k.provider, k.provider_deal_id
  from pg_temp.deal_keys k
  where k.deal_id is null and k.lead_id is not null
  on conflict (client_id, provider, provider_deal_id) where provider_deal_id is not null do nothing;

  update pg_temp.deal_keys k set deal_id = d.id
  from public.deals d
  where k.deal_id is null and d.client_id = p_client_id and d.provider = k.provider
    and d.provider_deal_id = k.provider_deal_id;

  update public.deal_stage_history h set provider_event_id = k.initial_key
  from pg_temp.deal_keys k
  where h.deal_id = k.deal_id and h.provider_event_id = marker;

  -- Events of a known deal now belong to it; these are the ones to apply.
  drop table if exists pg_temp.deal_apply;
  create temporary table deal_apply (
    id uuid, deal_id uuid, event_key text, kind text, occurred_at timestamptz, stage text, event jsonb
  ) on commit drop;
  with linked as (
    update public.deal_events s set deal_id = k.deal_id, stage = w.stage, lead_id = coalesce(s.lead_id, w.lead_id)
    from pg_temp.deal_work w
    join pg_temp.deal_keys k on k.provider = w.provider and k.provider_deal_id = w.provider_deal_id
    where s.id = w.id and k.deal_id is not null
    returning s.id, s.deal_id, s.event_key, s.kind, s.occurred_at, s.stage, s.event
  )
  insert into pg_temp.deal_apply select * from linked;

  -- 4. Stage moves in provider time order: each round applies, per deal, the earliest event newer
  --    than the deal's stage_event_at. Rounds are bounded by the stage events per deal.
  drop table if exists pg_temp.deal_moves;
  create temporary table deal_moves (deal_id uuid, event_key text) on commit drop;
  loop
    with nxt as (
      select distinct on (a.deal_id) a.deal_id, a.event_key, a.occurred_at, a.stage
      from pg_temp.deal_apply a
      join public.deals d on d.id = a.deal_id
      where a.stage is not null and (d.stage_event_at is null or a.occurred_at > d.stage_event_at)
      order by a.deal_id, a.occurred_at, a.event_key
    ), applied as (
      update public.deals d set
        stage = n.stage,
        stage_event_at = n.occurred_at,
        stage_changed_at = case when d.stage is distinct from n.stage then n.occurred_at else d.stage_changed_at end
      from nxt n
      where d.id = n.deal_id
      returning d.id, n.event_key
    )
    insert into pg_temp.deal_moves select * from applied;
    get diagnostics moved = row_count;
    exit when moved = 0;
    update public.deal_stage_history h set provider_event_id = m.event_key
    from pg_temp.deal_moves m
    where h.deal_id = m.deal_id and h.provider_event_id = marker;
    truncate pg_temp.deal_moves;
  end loop;

  -- 5. Every other field: the newest event carrying it, when newer than the field's own time.
  update public.deals d set
    value = case when f.value_at > coalesce(d.value_event_at, '-infinity') then f.value else d.value end,
    value_event_at = greatest(d.value_event_at, f.value_at),
    currency = case when f.currency_at > coalesce(d.currency_event_at, '-infinity') then f.currency else d.currency end,
    currency_event_at = greatest(d.currency_event_at, f.currency_at),
    lost_reason = case when f.lost_reason_at > coalesce(d.lost_reason_event_at, '-infinity') then f.lost_reason else d.lost_reason end,
    lost_reason_event_at = greatest(d.lost_reason_event_at, f.lost_reason_at),
    name = case when f.name_at > coalesce(d.name_event_at, '-infinity') then f.name else d.name end,
    name_event_at = greatest(d.name_event_at, f.name_at),
    provider_deleted_at = case when f.deletion_at > coalesce(d.deleted_event_at, '-infinity')
      then case when f.deleted then f.deletion_at end else d.provider_deleted_at end,
    deleted_event_at = greatest(d.deleted_event_at, f.deletion_at),
    created_at = least(d.created_at, f.created_at)
  from (
    select a.deal_id,
      (array_agg(round((a.event->>'value')::numeric, 2) order by a.occurred_at desc, a.event_key desc)
        filter (where v.ok))[1] as value,
      max(a.occurred_at) filter (where v.ok) as value_at,
      (array_agg(upper(btrim(a.event->>'currency')) order by a.occurred_at desc, a.event_key desc)
        filter (where upper(btrim(a.event->>'currency')) ~ '^[A-Z]{3}$'))[1] as currency,
      max(a.occurred_at) filter (where upper(btrim(a.event->>'currency')) ~ '^[A-Z]{3}$') as currency_at,
      (array_agg(btrim(a.event->>'lost_reason') order by a.occurred_at desc, a.event_key desc)
        filter (where nullif(btrim(a.event->>'lost_reason'), '') is not null))[1] as lost_reason,
      max(a.occurred_at) filter (where nullif(btrim(a.event->>'lost_reason'), '') is not null) as lost_reason_at,
      (array_agg(btrim(a.event->>'deal_name') order by a.occurred_at desc, a.event_key desc)
        filter (where nullif(btrim(a.event->>'deal_name'), '') is not null))[1] as name,
      max(a.occurred_at) filter (where nullif(btrim(a.event->>'deal_name'), '') is not null) as name_at,
      (array_agg(a.kind = 'deleted' or a.event->>'status' = 'deleted' order by a.occurred_at desc, a.event_key desc)
        filter (where a.kind = 'deleted' or a.event->>'status' = 'deleted' or a.event->>'raw_event_type' = 'deal.restore'))[1] as deleted,
      max(a.occurred_at) filter (where a.kind = 'deleted' or a.event->>'status' = 'deleted'
        or a.event->>'raw_event_type' = 'deal.restore') as deletion_at,
      min(a.occurred_at) filter (where a.kind = 'created') as created_at
    from pg_temp.deal_apply a
    cross join lateral (
      select jsonb_typeof(a.event->'value') = 'number'
        and (a.event->>'value')::numeric between 0 and 9999999999.99 as ok
    ) v
    group by a.deal_id
  ) f
  where d.id = f.deal_id;

  perform pg_catalog.set_config('cis.actor', coalesce(prev_actor, ''), true);
  perform pg_catalog.set_config('cis.provider_event', coalesce(prev_event, ''), true);

  -- 6. Meetings, attribution and the lead follow.
  touched := array(select distinct a.deal_id from pg_temp.deal_apply a);
  touched_leads := array(select distinct d.lead_id from public.deals d where d.id = any (touched));
  perform private.link_deals_to_meetings(touched_leads);
  perform private.refresh_deal_attribution(touched);
  perform private.refresh_lead_outcomes(touched_leads);

  select
    count(*) filter (where a.id is not null and b.event_key is not null) as accepted,
    count(*) filter (where a.id is not null and b.event_key is null) as released,
    count(*) filter (where a.id is not null and a.stage is null and a.event->>'provider_stage_id' is not null
      and a.kind not in ('deleted', 'won', 'lost')) as unmapped
  into counts
  from pg_temp.deal_apply a
  full join pg_temp.deal_batch b
    on a.event_key = b.event_key and a.event->>'provider' = b.provider;

  return jsonb_build_object(
    'accepted', counts.accepted,
    'duplicates', total - fresh,
    'pending', fresh - counts.accepted,
    'unmatched', 0,
    'released', counts.released,
    'unmapped_stages', counts.unmapped,
    'skipped', skipped
  );
end;
$$;
comment on function public.ingest_deal_events(uuid, jsonb) is 'Ingests a batch of canonical deal events for one client and applies any waiting ones that can now be: idempotent (per provider event key), order-proof (older events never overwrite newer state; every applied stage move recorded), set-based. Returns {accepted, duplicates, pending (waiting for the lead), unmatched (always 0: deal events wait instead), released (earlier waiting events applied now), unmapped_stages, skipped (not deal events)}.';
revoke all on function public.ingest_deal_events(uuid, jsonb) from public, anon, authenticated;
grant execute on function public.ingest_deal_events(uuid, jsonb) to service_role;

-- Whether any of the client's waiting deal events could be applied now: a crm_links row names its
-- deal or its person, or its deal exists. Waiting events need nothing else (an event that named a
-- contact would not be waiting), so a batch without deal events calls ingest_deal_events only
-- when this is true: waiting events cost a webhook an index probe each, not a deal round.
create function private.deal_events_releasable(p_client_id uuid)
returns boolean
language sql
stable
set search_path = ''
as $$
  select exists (
    select 1 from public.deal_events w
    where w.client_id = p_client_id and w.deal_id is null
      and (w.lead_id is not null
        or exists (select 1 from public.crm_links k
                   where k.client_id = w.client_id and k.provider = w.provider and k.object_type = 'deal'
                     and k.provider_object_id = w.provider_deal_id)
        or exists (select 1 from public.crm_links k
                   where k.client_id = w.client_id and k.provider = w.provider and k.object_type = 'person'
                     and k.provider_object_id = w.event->'contact'->>'provider_person_id')
        or exists (select 1 from public.deals d
                   where d.client_id = w.client_id and d.provider = w.provider and d.provider_deal_id = w.provider_deal_id)))
$$;
comment on function private.deal_events_releasable(uuid) is 'True when some waiting deal event of the client can be applied now (a crm_links row or the deal itself names its lead).';
revoke all on function private.deal_events_releasable(uuid) from public, anon, authenticated;
grant execute on function private.deal_events_releasable(uuid) to service_role;
