-- 034_outcome_events (intake, Phase 24E): where calendar and CRM events are kept, and the columns
-- that make their ingestion order-proof and their attribution possible.
-- Objects: tables meeting_events, deal_events, crm_links; columns meetings.canceled_at,
--          cancel_reason, attendance_event_at, converting_activity_id, converting_channel;
--          deals.stage_event_at, value_event_at, currency_event_at, lost_reason_event_at,
--          name_event_at, deleted_event_at, provider_deleted_at, first_touch_activity_id,
--          first_touch_channel; triggers meetings_10_guard_hand_edits, deals_10_guard_hand_edits.
-- Nothing destructive: new tables, nullable columns, two BEFORE UPDATE triggers.
-- Order-proof: every event is stored once (unique provider event key), so a redelivery is a
-- duplicate; a meeting's state is folded from all of its stored events, and each deal field keeps
-- the provider time of the event that last set it (`*_event_at`), so an older event never
-- overwrites a newer one. An edit by hand counts as the newest information (the triggers).

create table public.meeting_events (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  provider text not null,
  event_key text not null,
  kind text not null check (kind in (
    'created', 'canceled', 'rescheduled', 'no_show', 'no_show_reverted', 'ended', 'outcome_recorded'
  )),
  occurred_at timestamptz not null,
  provider_event_id text not null,
  provider_invitee_id text,
  rescheduled_from text,
  rescheduled_to text,
  lead_id uuid,
  meeting_id uuid,
  event jsonb not null,
  received_at timestamptz not null default now(),
  unique (client_id, provider, event_key),
  foreign key (client_id, lead_id) references public.leads (client_id, id) on delete set null (lead_id),
  foreign key (client_id, meeting_id) references public.meetings (client_id, id) on delete set null (meeting_id)
);
create index meeting_events_booking_idx on public.meeting_events (client_id, provider, provider_event_id);
create index meeting_events_from_idx on public.meeting_events (client_id, provider, rescheduled_from)
  where rescheduled_from is not null;
create index meeting_events_to_idx on public.meeting_events (client_id, provider, rescheduled_to)
  where rescheduled_to is not null;
create index meeting_events_meeting_idx on public.meeting_events (meeting_id);
comment on table public.meeting_events is 'Every calendar event (Calendly, Cal.com, cis) CIS received, once per provider event key. A meeting''s state is folded from its events; meeting_id is null while the booking is not known well enough to create the meeting (no time yet, or no lead).';
comment on column public.meeting_events.provider_event_id is 'The booking the event is about: Calendly scheduled-event URI, Cal.com booking uid, cis meeting id.';
comment on column public.meeting_events.rescheduled_from is 'provider_event_id of the booking this booking replaces.';
comment on column public.meeting_events.rescheduled_to is 'provider_event_id of the booking that replaces this one.';
comment on column public.meeting_events.event is 'The canonical meeting event (shared/ingest/canonical.ts) as received.';
comment on column public.meeting_events.id is 'Row id.';
comment on column public.meeting_events.client_id is 'The client whose webhook source delivered the event.';
comment on column public.meeting_events.provider is 'calendly, calcom or cis.';
comment on column public.meeting_events.event_key is 'The provider''s idempotency key for the event; a second delivery is a duplicate.';
comment on column public.meeting_events.kind is 'created, canceled, rescheduled, no_show, no_show_reverted, ended or outcome_recorded.';
comment on column public.meeting_events.occurred_at is 'When the event happened at the provider; the fold orders events by it.';
comment on column public.meeting_events.provider_invitee_id is 'Calendly invitee URI (one meeting per invitee of a booking); null for Cal.com and cis.';
comment on column public.meeting_events.lead_id is 'The lead the event named (invitee email, provider ids), when known.';
comment on column public.meeting_events.meeting_id is 'The meeting the event belongs to; null while it waits (pending: no start time known yet; unmatched: no lead).';
comment on column public.meeting_events.received_at is 'When CIS stored the event.';
create table public.deal_events (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  provider text not null,
  event_key text not null,
  kind text not null check (kind in ('created', 'stage_changed', 'amount_changed', 'won', 'lost', 'updated', 'deleted')),
  occurred_at timestamptz not null,
  provider_deal_id text not null,
  stage text check (stage in ('qualification', 'proposal', 'negotiation', 'closed_won', 'closed_lost')),
  lead_id uuid,
  deal_id uuid,
  event jsonb not null,
  received_at timestamptz not null default now(),
  unique (client_id, provider, event_key),
  foreign key (client_id, lead_id) references public.leads (client_id, id) on delete set null (lead_id),
  foreign key (client_id, deal_id) references public.deals (client_id, id) on delete set null (deal_id)
);
create index deal_events_deal_key_idx on public.deal_events (client_id, provider, provider_deal_id);
create index deal_events_waiting_idx on public.deal_events (client_id) where deal_id is null;
create index deal_events_deal_idx on public.deal_events (deal_id);
comment on table public.deal_events is 'Every CRM deal event (HubSpot, Pipedrive, cis) CIS received, once per provider event key. deal_id is null while the deal waits for its lead (a CRM event without a contact CIS can match): it is applied, in provider time order, once a crm_links row or a later event names the lead.';
comment on column public.deal_events.stage is 'The CIS stage the event asserted, resolved with the client''s crm_stage_mappings when applied; null when it named none or an unmapped one.';
comment on column public.deal_events.lead_id is 'The lead the event itself named (contact email, cis lead id, a crm_links row), when any.';
comment on column public.deal_events.event is 'The canonical deal event (shared/ingest/canonical.ts) as received.';
comment on column public.deal_events.id is 'Row id.';
comment on column public.deal_events.client_id is 'The client whose webhook source delivered the event.';
comment on column public.deal_events.provider is 'hubspot, pipedrive or cis.';
comment on column public.deal_events.event_key is 'The provider''s idempotency key (HubSpot eventId, Pipedrive meta.id, cis event_id).';
comment on column public.deal_events.kind is 'created, stage_changed, amount_changed, won, lost, updated or deleted.';
comment on column public.deal_events.occurred_at is 'When the change happened in the CRM; changes apply in this order, never backwards.';
comment on column public.deal_events.provider_deal_id is 'The CRM''s deal id.';
comment on column public.deal_events.deal_id is 'The deal the event was applied to; null while it waits for its lead.';
comment on column public.deal_events.received_at is 'When CIS stored the event.';

-- HubSpot deal webhooks carry no contact and Pipedrive's only a person id: this is how a CRM deal
-- or person is tied to a CIS lead (entered by an owner/analyst, or written by a sync job).
create table public.crm_links (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  provider text not null check (provider in ('hubspot', 'pipedrive', 'cis')),
  object_type text not null check (object_type in ('deal', 'person')),
  provider_object_id text not null check (length(provider_object_id) between 1 and 512),
  lead_id uuid not null,
  created_at timestamptz not null default now(),
  unique (client_id, provider, object_type, provider_object_id),
  foreign key (client_id, lead_id) references public.leads (client_id, id) on delete cascade
);
create index crm_links_lead_idx on public.crm_links (lead_id);
comment on table public.crm_links is 'Which CIS lead a CRM deal or person is: HubSpot deal webhooks name no contact, Pipedrive''s only a person id. Waiting deal events are applied on the next ingest_deal_events call for the client.';
comment on column public.crm_links.object_type is 'deal: provider_object_id is the CRM deal id; person: a HubSpot contact / Pipedrive person id.';
comment on column public.crm_links.id is 'Row id.';
comment on column public.crm_links.client_id is 'The client the link belongs to.';
comment on column public.crm_links.provider is 'hubspot, pipedrive or cis.';
comment on column public.crm_links.provider_object_id is 'The CRM''s id of the deal or person.';
comment on column public.crm_links.lead_id is 'The CIS lead the CRM deal or person is.';
comment on column public.crm_links.created_at is 'When the link was made.';
select private.secure_tenant_table('public.meeting_events');
select private.secure_tenant_table('public.deal_events');
select private.secure_tenant_table('public.crm_links', editable => true);
alter table public.meetings
  add column canceled_at timestamptz,
  add column cancel_reason text,
  add column attendance_event_at timestamptz,
  add column converting_activity_id uuid,
  add column converting_channel public.channel_type,
  add constraint meetings_converting_activity_same_client foreign key (client_id, converting_activity_id)
    references public.activities (client_id, id) on delete set null (converting_activity_id);
create index meetings_converting_activity_idx on public.meetings (converting_activity_id);
comment on column public.meetings.canceled_at is 'When the booking was canceled (not rescheduled), by the calendar''s event time.';
comment on column public.meetings.cancel_reason is 'Reason the invitee or host gave when canceling.';
comment on column public.meetings.attendance_event_at is 'Time of the signal showed_up comes from (no-show mark or undo, attendee flag, manual outcome, or a hand edit); an older signal never overrides it.';
comment on column public.meetings.converting_activity_id is 'The last outbound touch before the booking (the first booking of a reschedule chain) was made.';
comment on column public.meetings.converting_channel is 'Channel of converting_activity_id.';
alter table public.deals
  add column stage_event_at timestamptz,
  add column value_event_at timestamptz,
  add column currency_event_at timestamptz,
  add column lost_reason_event_at timestamptz,
  add column name_event_at timestamptz,
  add column deleted_event_at timestamptz,
  add column provider_deleted_at timestamptz,
  add column first_touch_activity_id uuid,
  add column first_touch_channel public.channel_type,
  add constraint deals_first_touch_same_client foreign key (client_id, first_touch_activity_id)
    references public.activities (client_id, id) on delete set null (first_touch_activity_id);
create index deals_first_touch_idx on public.deals (first_touch_activity_id);
create index deals_converting_activity_idx on public.deals (converting_activity_id);
comment on column public.deals.stage_event_at is 'Provider time of the last stage event applied (or of a hand edit); an older stage event is ignored, so out-of-order CRM webhooks never move a deal backwards.';
comment on column public.deals.value_event_at is 'Provider time of the event value came from; older amount events are ignored.';
comment on column public.deals.currency_event_at is 'Provider time of the event currency came from.';
comment on column public.deals.lost_reason_event_at is 'Provider time of the event lost_reason came from.';
comment on column public.deals.name_event_at is 'Provider time of the event name came from (null: a placeholder name).';
comment on column public.deals.deleted_event_at is 'Provider time of the last deletion or restore event.';
comment on column public.deals.provider_deleted_at is 'When the CRM deleted the deal; deleted deals are left out of the analytics views.';
comment on column public.deals.first_touch_activity_id is 'The lead''s first outbound touch before the conversion point (see converting_activity_id): the first-touch view of attribution.';
comment on column public.deals.first_touch_channel is 'Channel of first_touch_activity_id.';
comment on column public.deals.converting_activity_id is 'Last touch: the lead''s last outbound touch before its meeting was booked (the first booking of a reschedule chain), or before the deal was created when it has no meeting.';

-- A hand edit (PostgREST, dashboard) is the newest information about a meeting's attendance:
-- it moves the guard to now(), so an older calendar signal arriving later cannot undo it. The
-- intake functions set cis.actor = 'webhook' and manage the guard themselves.
create function private.meetings_guard_hand_edits()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if pg_catalog.current_setting('cis.actor', true) is distinct from 'webhook'
    and (new.showed_up, new.meeting_outcome) is distinct from (old.showed_up, old.meeting_outcome) then
    new.attendance_event_at := greatest(old.attendance_event_at, pg_catalog.now());
    if new.showed_up is distinct from old.showed_up then
      new.showed_up_confirmed_at := case when new.showed_up is not null then pg_catalog.now() end;
    end if;
  end if;
  return new;
end;
$$;
comment on function private.meetings_guard_hand_edits() is 'BEFORE UPDATE trigger on meetings: a hand edit of attendance or outcome becomes the newest attendance signal.';
revoke all on function private.meetings_guard_hand_edits() from public, anon, authenticated;
create trigger meetings_10_guard_hand_edits before update on public.meetings
  for each row execute function private.meetings_guard_hand_edits();

-- The same for deals: a field changed by hand takes now() as its provider time.
create function private.deals_guard_hand_edits()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  t timestamptz := pg_catalog.now();
begin
  if pg_catalog.current_setting('cis.actor', true) is not distinct from 'webhook' then
    return new;
  end if;
  if new.stage is distinct from old.stage then
    new.stage_event_at := greatest(old.stage_event_at, t);
  end if;
  if new.value is distinct from old.value then
    new.value_event_at := greatest(old.value_event_at, t);
  end if;
  if new.currency is distinct from old.currency then
    new.currency_event_at := greatest(old.currency_event_at, t);
  end if;
  if new.lost_reason is distinct from old.lost_reason then
    new.lost_reason_event_at := greatest(old.lost_reason_event_at, t);
  end if;
  if new.name is distinct from old.name then
    new.name_event_at := greatest(old.name_event_at, t);
  end if;
  return new;
end;
$$;
comment on function private.deals_guard_hand_edits() is 'BEFORE UPDATE trigger on deals: a field changed by hand takes now() as its provider time, so older CRM events cannot overwrite it.';
revoke all on function private.deals_guard_hand_edits() from public, anon, authenticated;
create trigger deals_10_guard_hand_edits before update on public.deals
  for each row execute function private.deals_guard_hand_edits();
