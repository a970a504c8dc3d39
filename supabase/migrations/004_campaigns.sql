-- 004_campaigns: what the agency sends, per client.
-- Objects: enums channel_type, campaign_status; tables campaigns, email_templates, sequence_steps.
-- Integrity: a step or template can only reference a campaign of its own client (composite keys).
-- Security: members read; owners/analysts edit; service_role writes from the engines.

create type public.channel_type as enum ('email', 'sms', 'linkedin', 'voice');
create type public.campaign_status as enum ('draft', 'active', 'paused', 'completed', 'archived');
create table public.campaigns (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  name text not null check (length(trim(name)) > 0),
  channel public.channel_type,
  status public.campaign_status not null default 'draft',
  provider text,
  provider_campaign_id text,
  started_at timestamptz,
  ended_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (client_id, id),
  unique (client_id, provider, provider_campaign_id)
);
comment on table public.campaigns is 'An outbound campaign of one client. channel is null for a multi-channel sequence.';
comment on column public.campaigns.provider_campaign_id is 'The sending tool''s own campaign id (e.g. Smartlead campaign_id), used to match webhooks.';
create table public.email_templates (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  campaign_id uuid,
  name text not null check (length(trim(name)) > 0),
  channel public.channel_type not null default 'email',
  subject text,
  body text not null default '',
  personalization_fields text[] not null default '{}',
  version integer not null default 1 check (version > 0),
  ai_model text,
  prompt_version text,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (client_id, id),
  foreign key (client_id, campaign_id) references public.campaigns (client_id, id) on delete set null (campaign_id)
);
comment on table public.email_templates is 'Message templates for every written channel (email, SMS, LinkedIn) — the unit the WHAT detector compares.';
create table public.sequence_steps (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  campaign_id uuid not null,
  step_number integer not null check (step_number > 0),
  channel public.channel_type not null,
  delay_days numeric(6, 2) not null default 0 check (delay_days >= 0),
  template_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (client_id, id),
  unique (campaign_id, step_number),
  foreign key (client_id, campaign_id) references public.campaigns (client_id, id) on delete cascade,
  foreign key (client_id, template_id) references public.email_templates (client_id, id) on delete set null (template_id)
);
comment on table public.sequence_steps is 'The ordered steps of a campaign: step number, channel and the delay after the previous step.';
create index campaigns_client_idx on public.campaigns (client_id);
create index email_templates_campaign_idx on public.email_templates (client_id, campaign_id);
create index sequence_steps_template_idx on public.sequence_steps (client_id, template_id);
create trigger campaigns_touch_updated_at before update on public.campaigns
  for each row execute function private.touch_updated_at();
create trigger email_templates_touch_updated_at before update on public.email_templates
  for each row execute function private.touch_updated_at();
create trigger sequence_steps_touch_updated_at before update on public.sequence_steps
  for each row execute function private.touch_updated_at();
select private.secure_tenant_table('public.campaigns', editable => true);
select private.secure_tenant_table('public.email_templates', editable => true);
select private.secure_tenant_table('public.sequence_steps', editable => true);
