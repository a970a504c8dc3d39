-- 028_downstream_outcomes (Phase 24E, spec OUTCOME-001): meeting outcomes, deals, stage history.
-- Objects: meetings.showed_up, showed_up_confirmed_at, meeting_outcome, meeting_notes,
--          next_steps, deal_created; tables deals, deal_stage_history; the spec's indexes;
--          triggers on_deal_stage_change (the plan's name) and deals_40_record_stage_history.
-- Fixed from the spec draft:
--   5. the history records the first stage on insert and every change with who made it
--      (system / user / webhook, plus the provider event); a deal created already closed gets
--      closed_at and won; reopening a closed deal clears closed_at and won; days_to_close is
--      whole days from creation to close (derived, so it can never disagree);
--   6. a deal's lead, meeting and converting activity belong to its client, and so does each
--      history row (composite keys);
--   7. the history writer is SECURITY DEFINER with an empty search_path, so an analyst moving a
--      deal by hand is recorded although they cannot write the history table themselves.
-- Who made a change: the writer says so with `set local cis.actor = 'webhook'` (and
-- `cis.provider_event` for the event id); without it, a signed-in user is 'user', else 'system'.
-- Triggers on deals, in firing order: BEFORE ROW deals_10_guard_hand_edits (034),
-- deals_20_touch_updated_at, on_deal_stage_change; AFTER ROW deals_40_record_stage_history;
-- AFTER STMT deals_50_refresh_threads_on_insert, _51_on_update, _52_on_delete (046).

alter table public.meetings
  add column showed_up boolean,
  add column showed_up_confirmed_at timestamptz,
  add column meeting_outcome text check (meeting_outcome in ('good', 'bad', 'rescheduled', 'no_show')),
  add column meeting_notes text,
  add column next_steps text,
  add column deal_created boolean default false;
comment on column public.meetings.showed_up is 'True once attendance is confirmed, false for a confirmed no-show; null while unconfirmed.';
comment on column public.meetings.meeting_outcome is 'good, bad, rescheduled or no_show.';
create table public.deals (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  lead_id uuid not null,
  meeting_id uuid,

  name text not null check (length(trim(name)) > 0),
  value decimal(12, 2) check (value >= 0),
  currency text default 'AUD' check (currency ~ '^[A-Z]{3}$'),

  stage text default 'qualification' check (stage in ('qualification', 'proposal', 'negotiation', 'closed_won', 'closed_lost')),
  stage_changed_at timestamptz default now(),

  closed_at timestamptz,
  won boolean,
  lost_reason text,

  days_to_close integer generated always as (
    case when closed_at is not null
      then floor(extract(epoch from (closed_at - created_at)) / 86400)::integer end
  ) stored,

  converting_activity_id uuid,
  converting_channel public.channel_type,

  provider text,
  provider_deal_id text,

  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  unique (client_id, id),
  foreign key (client_id, lead_id) references public.leads (client_id, id) on delete cascade,
  foreign key (client_id, meeting_id) references public.meetings (client_id, id) on delete set null (meeting_id),
  foreign key (client_id, converting_activity_id) references public.activities (client_id, id) on delete set null (converting_activity_id),
  constraint deals_closed_consistent check ((stage in ('closed_won', 'closed_lost')) = (closed_at is not null))
);
create unique index deals_provider_key on public.deals (client_id, provider, provider_deal_id)
  where provider_deal_id is not null;
create index idx_deals_client on public.deals (client_id);
create index idx_deals_lead on public.deals (lead_id);
create index idx_deals_stage on public.deals (stage);
create index idx_deals_won on public.deals (won) where won is not null;
create index deals_meeting_idx on public.deals (meeting_id);
comment on table public.deals is 'A sales opportunity that came from outbound, with its stage, value and the touch it is attributed to.';
comment on column public.deals.days_to_close is 'Whole days from created_at to closed_at; null while open.';
comment on column public.deals.converting_activity_id is 'The touch credited with the deal (see the attribution rule in the README).';
create table public.deal_stage_history (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  deal_id uuid not null,
  from_stage text,
  to_stage text not null,
  changed_at timestamptz default now(),
  changed_by text check (changed_by in ('system', 'user', 'webhook')),
  provider_event_id text,
  foreign key (client_id, deal_id) references public.deals (client_id, id) on delete cascade
);
create index idx_deal_history_deal on public.deal_stage_history (deal_id);
comment on table public.deal_stage_history is 'Every stage a deal entered, when, and who moved it (system, user or webhook).';
create trigger deals_20_touch_updated_at before update on public.deals
  for each row execute function private.touch_updated_at();
select private.secure_tenant_table('public.deals', editable => true);
select private.secure_tenant_table('public.deal_stage_history');

-- Closing fields follow the stage. An explicit stage_changed_at (e.g. the CRM's event time) is
-- kept; otherwise a stage change is stamped now().
create function private.track_deal_stage_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    -- A deal enters its first stage when it is created: a back-dated created_at (a CRM's own
    -- creation time) moves the column default along with it; an explicit time is kept.
    if new.stage_changed_at is null or new.stage_changed_at = pg_catalog.now() then
      new.stage_changed_at := coalesce(new.created_at, pg_catalog.now());
    end if;
  elsif new.stage is distinct from old.stage
    and new.stage_changed_at is not distinct from old.stage_changed_at then
    new.stage_changed_at := pg_catalog.now();
  end if;

  if new.stage in ('closed_won', 'closed_lost') then
    if tg_op = 'INSERT' or new.stage is distinct from old.stage then
      new.closed_at := case
        when tg_op = 'UPDATE' and new.closed_at is distinct from old.closed_at and new.closed_at is not null
          then new.closed_at
        when tg_op = 'INSERT' and new.closed_at is not null then new.closed_at
        else new.stage_changed_at end;
    end if;
    new.won := new.stage = 'closed_won';
  else
    new.closed_at := null;
    new.won := null;
  end if;
  return new;
end;
$$;
comment on function private.track_deal_stage_change() is 'BEFORE trigger on deals: stage_changed_at, closed_at and won follow the stage; reopening clears them.';
revoke all on function private.track_deal_stage_change() from public, anon, authenticated;
create trigger on_deal_stage_change
  before insert or update on public.deals
  for each row
  execute function private.track_deal_stage_change();

-- SECURITY DEFINER: an owner/analyst may move a deal (RLS-checked on deals) but has no grant on
-- deal_stage_history; the history must still record the move. It inserts exactly one row per
-- stage change of the deal being written, with the client of that deal; search_path is pinned.
create function private.record_deal_stage_history()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  actor text := nullif(pg_catalog.current_setting('cis.actor', true), '');
begin
  if tg_op = 'UPDATE' and new.stage is not distinct from old.stage then
    return null;
  end if;
  if actor is null then
    actor := case when (select auth.uid()) is not null then 'user' else 'system' end;
  end if;
  insert into public.deal_stage_history (client_id, deal_id, from_stage, to_stage, changed_at, changed_by, provider_event_id)
  values (
    new.client_id, new.id,
    case when tg_op = 'UPDATE' then old.stage end,
    new.stage, new.stage_changed_at, actor,
    nullif(pg_catalog.current_setting('cis.provider_event', true), '')
  );
  return null;
end;
$$;
comment on function private.record_deal_stage_history() is 'AFTER trigger on deals: appends the first stage and every stage change to deal_stage_history with who made it.';
revoke all on function private.record_deal_stage_history() from public, anon, authenticated;
create trigger deals_40_record_stage_history
  after insert or update of stage on public.deals
  for each row
  execute function private.record_deal_stage_history();
