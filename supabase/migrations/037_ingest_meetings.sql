-- 037_ingest_meetings (intake, Phase 24E): calendar events (Calendly, Cal.com, cis) become
-- meetings — idempotent, order-proof, set-based.
-- Objects: functions private.campaign_from_hints(), public.ingest_meeting_events(client_id, events)
--          returning {accepted, duplicates, pending, unmatched, skipped}.
-- How (README "Meetings, deals and the funnel"):
--   * each event is stored once in meeting_events (a redelivery is a duplicate);
--   * its lead: the invitee's email (a lead is created when unknown), else the booking's meeting
--     or other events, the booking it replaces or is replaced by, the cis touch, metadata
--     cis_lead_id;
--   * a booking's state is folded from ALL its stored events, so arrival order is irrelevant:
--     times from the latest event that has them; booked_at from the creation event; canceled and
--     rescheduled are final; attendance from the latest attendance signal (no-show mark → false,
--     its undo → unconfirmed again, Cal.com's attendee flag when it says no-show, a manual outcome);
--     a hand edit newer than that signal stands (meetings.attendance_event_at);
--   * reschedules arrive as two events (old booking `rescheduled` + rescheduled_to, new booking
--     `created` + rescheduled_from), in either order: whichever comes second links them;
--   * a booking without a start time yet (a no-show event before its booking) waits as `pending`
--     in meeting_events and is folded in when the booking arrives.
-- Cal.com's `no_show: false` on MEETING_ENDED is the default of an unmarked attendee, not proof
-- anyone came: a meeting is held only on a positive signal (manual outcome), never by silence.
-- Concurrency: one ingest per client at a time (the client's intake lock, 030, shared with
-- engagement and deals), so a fold always sees every event stored before it.
-- Security: service_role only.

-- The campaign a booking's attribution hints name: the cis touch it came from, the cis campaign
-- id, a CIS campaign uuid (metadata cis_campaign_id / campaign_id / utm_campaign), the sending
-- tool's campaign (utm_source = provider, utm_campaign = its id or "<provider>-<id>"), or a
-- campaign named like utm_campaign. Null when none resolves.
create function private.campaign_from_hints(p_client_id uuid, p_attribution jsonb, p_lead_ref jsonb)
returns uuid
language sql
stable
set search_path = ''
as $$
  with h as (
    select
      nullif(btrim(coalesce(p_attribution->>'utm_campaign', p_attribution->'metadata'->>'utm_campaign')), '') as utm_campaign,
      nullif(lower(btrim(coalesce(p_attribution->>'utm_source', p_attribution->'metadata'->>'utm_source'))), '') as utm_source,
      nullif(lower(btrim(coalesce(p_attribution->'metadata'->>'cis_campaign_id', p_attribution->'metadata'->>'campaign_id'))), '') as campaign_uuid,
      p_lead_ref->>'provider_message_id' as touch_id,
      p_lead_ref->>'provider_campaign_id' as cis_campaign_id
  )
  select coalesce(
    (select a.campaign_id from public.activities a
     where a.client_id = p_client_id and a.provider = 'cis' and a.provider_message_id = h.touch_id),
    (select c.id from public.campaigns c
     where c.client_id = p_client_id and c.provider = 'cis' and c.provider_campaign_id = h.cis_campaign_id),
    (select c.id from public.campaigns c
     where c.client_id = p_client_id and c.id::text in (h.campaign_uuid, lower(h.utm_campaign))),
    (select c.id from public.campaigns c
     where c.client_id = p_client_id and c.provider = h.utm_source
       and h.utm_campaign in (c.provider_campaign_id, c.provider || '-' || c.provider_campaign_id)
     order by c.created_at, c.id limit 1),
    (select c.id from public.campaigns c
     where c.client_id = p_client_id and lower(c.name) = lower(h.utm_campaign)
     order by c.created_at, c.id limit 1))
  from h
$$;
comment on function private.campaign_from_hints(uuid, jsonb, jsonb) is 'Campaign named by a booking''s attribution (utm_*, Cal.com metadata) or cis touch reference; null when none resolves.';
revoke all on function private.campaign_from_hints(uuid, jsonb, jsonb) from public, anon, authenticated;
grant execute on function private.campaign_from_hints(uuid, jsonb, jsonb) to service_role;
create function public.ingest_meeting_events(p_client_id uuid, p_events jsonb)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  prev_actor text := pg_catalog.current_setting('cis.actor', true);
  total integer;
  skipped integer;
  fresh integer;
  touched uuid[];
  touched_leads uuid[];
  counts record;
begin
  if p_events is null or jsonb_typeof(p_events) <> 'array' then
    raise exception 'events must be a JSON array of canonical events' using errcode = '22023';
  end if;
  select count(*) filter (where e->>'type' = 'meeting'), count(*) filter (where e->>'type' is distinct from 'meeting')
    into total, skipped
  from jsonb_array_elements(p_events) e;
  -- One batch per client at a time: a booking's fold must see every event stored before it (two
  -- webhooks about one booking can arrive together). Each statement below then reads them all.
  perform private.lock_client_intake(p_client_id);

  drop table if exists pg_temp.meeting_batch;
  create temporary table meeting_batch on commit drop as
  select distinct on (e->>'provider', e->>'event_key')
    e->>'provider' as provider,
    e->>'event_key' as event_key,
    e->>'kind' as kind,
    (e->>'occurred_at')::timestamptz as occurred_at,
    e->>'provider_event_id' as provider_event_id,
    nullif(e->>'provider_invitee_id', '') as provider_invitee_id,
    nullif(e->>'rescheduled_from', '') as rescheduled_from,
    nullif(e->>'rescheduled_to', '') as rescheduled_to,
    nullif(lower(btrim(e->'invitee'->>'email')), '') as email,
    e,
    null::uuid as lead_id,
    false as is_new
  from jsonb_array_elements(p_events) with ordinality as x (e, ord)
  where e->>'type' = 'meeting'
  order by e->>'provider', e->>'event_key', x.ord;

  -- Already stored: a duplicate, nothing to do.
  delete from pg_temp.meeting_batch b
  using public.meeting_events s
  where s.client_id = p_client_id and s.provider = b.provider and s.event_key = b.event_key;

  -- 1. Who: the invitee's email, creating the lead when unknown.
  update pg_temp.meeting_batch b set lead_id = p.lead_id
  from private.ensure_leads(p_client_id, (
    select coalesce(jsonb_agg(jsonb_build_object(
      'email', b2.email,
      'first_name', nullif(split_part(btrim(b2.e->'invitee'->>'name'), ' ', 1), ''),
      'last_name', case when strpos(btrim(b2.e->'invitee'->>'name'), ' ') > 0
        then btrim(substr(btrim(b2.e->'invitee'->>'name'), strpos(btrim(b2.e->'invitee'->>'name'), ' ') + 1)) end,
      'timezone', b2.e->'invitee'->>'timezone')), '[]'::jsonb)
    from pg_temp.meeting_batch b2 where b2.email is not null)) p
  where p.email = b.email;

  -- Without an email: the provider ids say whose booking it is.
  update pg_temp.meeting_batch b set lead_id = coalesce(
    (select m.lead_id from public.meetings m
     where m.client_id = p_client_id and m.provider = b.provider and m.provider_event_id = b.provider_event_id
     order by (m.provider_invitee_id is not distinct from b.provider_invitee_id) desc limit 1),
    (select s.lead_id from public.meeting_events s
     where s.client_id = p_client_id and s.provider = b.provider and s.provider_event_id = b.provider_event_id
       and s.lead_id is not null
     order by s.occurred_at limit 1),
    (select b2.lead_id from pg_temp.meeting_batch b2
     where b2.provider = b.provider and b2.provider_event_id = b.provider_event_id and b2.lead_id is not null
     limit 1),
    (select m.lead_id from public.meetings m
     where m.client_id = p_client_id and m.provider = b.provider
       and m.provider_event_id in (b.rescheduled_from, b.rescheduled_to)
     limit 1),
    (select a.lead_id from public.activities a
     where a.client_id = p_client_id and a.provider = 'cis'
       and a.provider_message_id = b.e->'lead_ref'->>'provider_message_id'),
    (select l.id from public.leads l
     where l.client_id = p_client_id
       and (b.e->'attribution'->'metadata'->>'cis_lead_id') ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
       and l.id = (b.e->'attribution'->'metadata'->>'cis_lead_id')::uuid))
  where b.lead_id is null;

  -- 2. Store the new events; anything that conflicts was stored meanwhile (a duplicate).
  with stored as (
    insert into public.meeting_events (client_id, provider, event_key, kind, occurred_at, provider_event_id,
      provider_invitee_id, rescheduled_from, rescheduled_to, lead_id, event)
    select p_client_id, b.provider, b.event_key, b.kind, b.occurred_at, b.provider_event_id,
      b.provider_invitee_id, b.rescheduled_from, b.rescheduled_to, b.lead_id, b.e
    from pg_temp.meeting_batch b
    on conflict (client_id, provider, event_key) do nothing
    returning provider, event_key
  )
  update pg_temp.meeting_batch b set is_new = true
  from stored s where s.provider = b.provider and s.event_key = b.event_key;
  select count(*) into fresh from pg_temp.meeting_batch b where b.is_new;

  -- 3. Fold every stored event of each touched booking into its state.
  drop table if exists pg_temp.meeting_fold;
  create temporary table meeting_fold on commit drop as
  with keys as (
    select b.provider, b.provider_event_id, b.provider_invitee_id
    from pg_temp.meeting_batch b where b.is_new
    union -- and bookings with events still waiting, so nothing waits longer than it must
    select s.provider, s.provider_event_id, s.provider_invitee_id
    from public.meeting_events s where s.client_id = p_client_id and s.meeting_id is null and s.lead_id is not null
  ), ev as (
    select s.*,
      case
        when s.kind = 'no_show' then false
        when s.kind = 'ended' then false
        when s.kind = 'outcome_recorded' then coalesce((s.event->'outcome'->>'showed_up')::boolean,
          case s.event->'outcome'->>'meeting_outcome' when 'no_show' then false when 'good' then true when 'bad' then true end)
      end as attended,
      (s.kind in ('no_show', 'no_show_reverted')
        or (s.kind = 'ended' and (s.event->>'no_show')::boolean)
        or (s.kind = 'outcome_recorded' and ((s.event->'outcome'->>'showed_up') is not null
          or s.event->'outcome'->>'meeting_outcome' in ('good', 'bad', 'no_show')))) as decisive
    from public.meeting_events s
    join keys k
      on s.client_id = p_client_id and s.provider = k.provider and s.provider_event_id = k.provider_event_id
     and s.provider_invitee_id is not distinct from k.provider_invitee_id
  )
  select ev.provider, ev.provider_event_id, ev.provider_invitee_id,
    (array_agg(ev.lead_id order by ev.occurred_at, ev.event_key) filter (where ev.lead_id is not null))[1] as lead_id,
    (array_agg((ev.event->>'scheduled_start')::timestamptz order by ev.occurred_at desc, ev.event_key desc)
      filter (where ev.event->>'scheduled_start' is not null))[1] as scheduled_at,
    (array_agg((ev.event->>'scheduled_end')::timestamptz order by ev.occurred_at desc, ev.event_key desc)
      filter (where ev.event->>'scheduled_end' is not null))[1] as ends_at,
    coalesce(min(ev.occurred_at) filter (where ev.kind = 'created'), min(ev.occurred_at)) as booked_at,
    bool_or(ev.kind = 'rescheduled') as rescheduled,
    min(ev.occurred_at) filter (where ev.kind = 'canceled') as canceled_at,
    (array_agg(btrim(ev.event->'cancel'->>'reason') order by ev.occurred_at desc, ev.event_key desc)
      filter (where ev.kind in ('canceled', 'rescheduled') and nullif(btrim(ev.event->'cancel'->>'reason'), '') is not null))[1] as cancel_reason,
    max(ev.occurred_at) filter (where ev.decisive) as attendance_at,
    (array_agg(ev.attended order by ev.occurred_at desc, ev.event_key desc) filter (where ev.decisive))[1] as showed_up,
    (array_agg(ev.event->'outcome'->>'meeting_outcome' order by ev.occurred_at desc, ev.event_key desc)
      filter (where ev.kind = 'outcome_recorded' and ev.event->'outcome'->>'meeting_outcome' in ('good', 'bad')))[1] as outcome,
    (array_agg(ev.event->'outcome'->>'notes' order by ev.occurred_at desc, ev.event_key desc)
      filter (where ev.kind = 'outcome_recorded' and nullif(ev.event->'outcome'->>'notes', '') is not null))[1] as notes,
    (array_agg(ev.event->'outcome'->>'next_steps' order by ev.occurred_at desc, ev.event_key desc)
      filter (where ev.kind = 'outcome_recorded' and nullif(ev.event->'outcome'->>'next_steps', '') is not null))[1] as next_steps,
    private.campaign_from_hints(p_client_id,
      (array_agg(ev.event->'attribution' order by ev.occurred_at desc, ev.event_key desc)
        filter (where jsonb_typeof(ev.event->'attribution') = 'object'))[1],
      (array_agg(ev.event->'lead_ref' order by ev.occurred_at desc, ev.event_key desc)
        filter (where jsonb_typeof(ev.event->'lead_ref') = 'object'))[1]) as hint_campaign_id
  from ev
  group by ev.provider, ev.provider_event_id, ev.provider_invitee_id;

  perform pg_catalog.set_config('cis.actor', 'webhook', true);

  -- 4. New bookings become meetings once their lead and start time are known.
  insert into public.meetings (client_id, lead_id, campaign_id, scheduled_at, ends_at, booked_at, provider,
    provider_event_id, provider_invitee_id)
  select p_client_id, f.lead_id, f.hint_campaign_id, f.scheduled_at,
    case when f.ends_at >= f.scheduled_at then f.ends_at end, f.booked_at, f.provider,
    f.provider_event_id, f.provider_invitee_id
  from pg_temp.meeting_fold f
  where f.lead_id is not null and f.scheduled_at is not null
  on conflict (client_id, provider, provider_event_id, provider_invitee_id) where provider is not null do nothing;

  -- 5. Every touched meeting takes the folded state. Attendance applies only when its signal is
  --    at least as new as the one the meeting has (a later hand edit stands).
  update public.meetings m set
    scheduled_at = coalesce(f.scheduled_at, m.scheduled_at),
    ends_at = case when coalesce(f.ends_at, m.ends_at) >= coalesce(f.scheduled_at, m.scheduled_at)
      then coalesce(f.ends_at, m.ends_at) end,
    booked_at = least(m.booked_at, f.booked_at),
    campaign_id = coalesce(m.campaign_id, f.hint_campaign_id),
    canceled_at = coalesce(f.canceled_at, m.canceled_at),
    cancel_reason = coalesce(f.cancel_reason, m.cancel_reason),
    showed_up = a.showed_up,
    showed_up_confirmed_at = case when a.applies then case when f.showed_up is not null then f.attendance_at end
      else m.showed_up_confirmed_at end,
    attendance_event_at = case when a.applies then f.attendance_at else m.attendance_event_at end,
    meeting_notes = coalesce(f.notes, m.meeting_notes),
    next_steps = coalesce(f.next_steps, m.next_steps),
    status = case
      when f.rescheduled or m.status = 'rescheduled' then 'rescheduled'::public.meeting_status
      when f.canceled_at is not null or m.status = 'canceled' then 'canceled'::public.meeting_status
      when not a.applies then m.status
      when a.showed_up then 'completed'::public.meeting_status
      when not a.showed_up then 'no_show'::public.meeting_status
      else 'scheduled'::public.meeting_status end,
    meeting_outcome = case
      when f.rescheduled or m.status = 'rescheduled' then 'rescheduled'
      when not a.applies then m.meeting_outcome
      when a.showed_up = false then 'no_show'
      when f.outcome is not null then f.outcome
      when m.meeting_outcome = 'no_show' then null -- the no-show was undone
      else m.meeting_outcome end
  from pg_temp.meeting_fold f
  join public.meetings m0
    on m0.client_id = p_client_id and m0.provider = f.provider and m0.provider_event_id = f.provider_event_id
   and m0.provider_invitee_id is not distinct from f.provider_invitee_id
  cross join lateral (
    select applies, case when applies then f.showed_up else m0.showed_up end as showed_up
    from (select f.attendance_at is not null
      and (m0.attendance_event_at is null or f.attendance_at >= m0.attendance_event_at) as applies) x
  ) a
  where m.id = m0.id;

  -- 6. The events now belong to their meeting (and its lead).
  update public.meeting_events s set meeting_id = m.id, lead_id = coalesce(s.lead_id, m.lead_id)
  from pg_temp.meeting_fold f
  join public.meetings m
    on m.client_id = p_client_id and m.provider = f.provider and m.provider_event_id = f.provider_event_id
   and m.provider_invitee_id is not distinct from f.provider_invitee_id
  where s.client_id = p_client_id and s.provider = f.provider and s.provider_event_id = f.provider_event_id
    and s.provider_invitee_id is not distinct from f.provider_invitee_id and s.meeting_id is null;

  touched := array(
    select m.id from pg_temp.meeting_fold f
    join public.meetings m
      on m.client_id = p_client_id and m.provider = f.provider and m.provider_event_id = f.provider_event_id
     and m.provider_invitee_id is not distinct from f.provider_invitee_id);

  -- 7. Reschedules: whichever half arrives second links the new booking to the one it replaces
  --    (same provider, same lead), and the replaced booking is marked rescheduled.
  update public.meetings n set rescheduled_from_id = o.id
  from public.meetings o
  where n.client_id = p_client_id and o.client_id = p_client_id
    and (n.id = any (touched) or o.id = any (touched))
    and n.rescheduled_from_id is null and o.id <> n.id
    and o.provider = n.provider and o.lead_id = n.lead_id
    and exists (
      select 1 from public.meeting_events s
      where s.client_id = p_client_id and s.provider = n.provider
        and ((s.provider_event_id = n.provider_event_id and s.rescheduled_from = o.provider_event_id)
          or (s.provider_event_id = o.provider_event_id and s.rescheduled_to = n.provider_event_id)));

  touched := touched
    || array(select m.rescheduled_from_id from public.meetings m where m.id = any (touched) and m.rescheduled_from_id is not null)
    || array(select m.id from public.meetings m where m.rescheduled_from_id = any (touched));

  update public.meetings o set status = 'rescheduled', meeting_outcome = 'rescheduled'
  where o.id = any (touched)
    and (o.status <> 'rescheduled' or o.meeting_outcome is distinct from 'rescheduled')
    and exists (select 1 from public.meetings n where n.rescheduled_from_id = o.id);

  -- 8. Leads, deals and attribution follow.
  touched_leads := array(select distinct m.lead_id from public.meetings m where m.id = any (touched));
  perform private.refresh_meeting_attribution(touched);
  perform private.link_deals_to_meetings(touched_leads);
  perform private.refresh_deal_attribution(array(select d.id from public.deals d where d.lead_id = any (touched_leads)));
  perform private.refresh_lead_outcomes(touched_leads);

  perform pg_catalog.set_config('cis.actor', coalesce(prev_actor, ''), true);

  select
    count(*) filter (where s.meeting_id is not null) as accepted,
    count(*) filter (where s.meeting_id is null and s.lead_id is not null) as pending,
    count(*) filter (where s.meeting_id is null and s.lead_id is null) as unmatched
  into counts
  from pg_temp.meeting_batch b
  join public.meeting_events s on s.client_id = p_client_id and s.provider = b.provider and s.event_key = b.event_key
  where b.is_new;

  return jsonb_build_object(
    'accepted', counts.accepted,
    'duplicates', total - fresh,
    'pending', counts.pending,
    'unmatched', counts.unmatched,
    'skipped', skipped
  );
end;
$$;
comment on function public.ingest_meeting_events(uuid, jsonb) is 'Ingests a batch of canonical meeting events for one client: idempotent (per provider event key), order-proof (state folded from every stored event of a booking; reschedules link in either order), set-based. Returns {accepted, duplicates, pending (booking not known yet), unmatched (no lead), skipped (not meeting events)}.';
revoke all on function public.ingest_meeting_events(uuid, jsonb) from public, anon, authenticated;
grant execute on function public.ingest_meeting_events(uuid, jsonb) to service_role;
