-- 035_crm_stage_mappings (intake, Phase 24E): each client maps its CRM's pipeline stage ids to the
-- CIS stages (qualification, proposal, negotiation, closed_won, closed_lost).
-- Objects: table crm_stage_mappings; functions private.add_default_stage_mappings() (trigger
--          clients_50_default_stage_mappings), private.crm_stage().
-- Defaults: HubSpot's default-pipeline stage ids, for any pipeline (owners and analysts edit or
-- delete them). Won and lost never need a row: HubSpot closedwon/closedlost and Pipedrive's
-- won/lost status arrive as won/lost events. Pipedrive stage ids are numbers of each account's own
-- pipeline, so they have no defaults. A `cis` event may name a CIS stage directly.
-- Nothing destructive.

create table public.crm_stage_mappings (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  provider text not null check (provider in ('hubspot', 'pipedrive', 'cis')),
  provider_pipeline_id text,
  provider_stage_id text not null check (length(provider_stage_id) between 1 and 512),
  stage text not null check (stage in ('qualification', 'proposal', 'negotiation', 'closed_won', 'closed_lost')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint crm_stage_mappings_one_per_stage unique nulls not distinct (client_id, provider, provider_pipeline_id, provider_stage_id)
);
comment on table public.crm_stage_mappings is 'Per client: which CIS stage a CRM pipeline stage id means. A row with a pipeline id wins over one without (any pipeline). Unmapped stage ids leave the deal''s stage unchanged.';
comment on column public.crm_stage_mappings.provider_pipeline_id is 'CRM pipeline id; null matches every pipeline of the provider.';
comment on column public.crm_stage_mappings.provider_stage_id is 'The CRM''s stage id as its webhooks send it (HubSpot dealstage value, Pipedrive stage_id).';
comment on column public.crm_stage_mappings.stage is 'CIS stage: qualification, proposal, negotiation, closed_won or closed_lost.';
comment on column public.crm_stage_mappings.id is 'Row id.';
comment on column public.crm_stage_mappings.client_id is 'The client whose CRM this mapping describes.';
comment on column public.crm_stage_mappings.provider is 'hubspot, pipedrive or cis.';
comment on column public.crm_stage_mappings.created_at is 'When the mapping was added.';
comment on column public.crm_stage_mappings.updated_at is 'When the mapping last changed.';
create trigger crm_stage_mappings_touch_updated_at before update on public.crm_stage_mappings
  for each row execute function private.touch_updated_at();
select private.secure_tenant_table('public.crm_stage_mappings', editable => true);

-- Clients are created by service_role (or the migration owner) only, both of which may write this
-- table, so the trigger runs with the caller's rights.
create function private.add_default_stage_mappings()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  insert into public.crm_stage_mappings (client_id, provider, provider_stage_id, stage)
  select n.id, 'hubspot', d.stage_id, d.stage
  from new_clients n
  cross join (values
    ('appointmentscheduled', 'qualification'),
    ('qualifiedtobuy', 'qualification'),
    ('presentationscheduled', 'proposal'),
    ('decisionmakerboughtin', 'negotiation'),
    ('contractsent', 'negotiation'),
    ('closedwon', 'closed_won'),
    ('closedlost', 'closed_lost')
  ) as d (stage_id, stage)
  on conflict do nothing;
  return null;
end;
$$;
comment on function private.add_default_stage_mappings() is 'Statement trigger on clients: HubSpot default-pipeline stage mappings for each new client.';
revoke all on function private.add_default_stage_mappings() from public, anon, authenticated;
create trigger clients_50_default_stage_mappings after insert on public.clients
  referencing new table as new_clients for each statement
  execute function private.add_default_stage_mappings();

-- The CIS stage a deal event asserts: won/lost by kind or status; else the client's mapping of the
-- stage id (a pipeline-specific row before an any-pipeline one); else, for cis, a CIS stage name.
-- Null when the event asserts no stage (an amount change, a deletion) or an unmapped one.
create function private.crm_stage(
  p_client_id uuid, p_provider text, p_pipeline_id text, p_stage_id text, p_kind text, p_status text
)
returns text
language sql
stable
set search_path = ''
as $$
  select case
    when p_kind = 'deleted' or p_status = 'deleted' then null
    when p_kind = 'won' or p_status = 'won' then 'closed_won'
    when p_kind = 'lost' or p_status = 'lost' then 'closed_lost'
    when p_stage_id is null then null
    else coalesce(
      (select m.stage from public.crm_stage_mappings m
       where m.client_id = p_client_id and m.provider = p_provider and m.provider_stage_id = p_stage_id
         and (m.provider_pipeline_id = p_pipeline_id or m.provider_pipeline_id is null)
       order by m.provider_pipeline_id nulls last
       limit 1),
      case when p_provider = 'cis'
        and p_stage_id in ('qualification', 'proposal', 'negotiation', 'closed_won', 'closed_lost') then p_stage_id end)
  end
$$;
comment on function private.crm_stage(uuid, text, text, text, text, text) is 'CIS stage asserted by one CRM deal event for a client (won/lost status, else the client''s stage mapping); null when none.';
revoke all on function private.crm_stage(uuid, text, text, text, text, text) from public, anon, authenticated;
grant execute on function private.crm_stage(uuid, text, text, text, text, text) to service_role;
