-- 006_activities: one row per outbound touch on any channel.
-- Objects: enum activity_type; table activities.
-- Integrity: an activity's lead, campaign and step belong to its own client (composite keys);
--            the activity type matches the channel.
-- Security: members read; only service_role (engines, webhooks) writes.
-- Triggers on activities, in firing order (PostgreSQL fires triggers of one timing and event in
-- name order; the numbers state it):
--   BEFORE ROW   activities_10_assign_variant      (041) insert: the lead's sticky A/B variant
--                activities_20_derive_content      (040) insert/update: body, links, CTA, personalisation
--                activities_30_fill_context        (026) insert/update: lead local time, timezone, step
--                activities_40_touch_updated_at    (006) update
--   AFTER STMT   activities_50_bind_waiting_events (032) insert: events that waited for this send
--                activities_60_refresh_outcome_attribution (036) insert: meetings/deals this touch earned
--                activities_70_thread_on_insert    (045) insert: join the conversation thread
--                activities_71_thread_on_update    (045) update
--                activities_80_touches_on_insert   (026) insert: touch number, days since last touch
--                activities_81_touches_on_update   (026) update

create type public.activity_type as enum (
  'email_sent', 'sms_sent', 'linkedin_connection_request', 'linkedin_message',
  'linkedin_profile_view', 'call'
);
create table public.activities (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  lead_id uuid not null,
  campaign_id uuid,
  sequence_step_id uuid,
  channel public.channel_type not null,
  activity_type public.activity_type not null,
  subject text,
  content_snapshot jsonb not null default '{}'::jsonb,
  provider text,
  provider_message_id text,
  provider_campaign_id text,
  provider_lead_id text,
  sent_at timestamptz not null default now(),
  written_by text check (written_by in ('ai', 'human')),
  call_duration_seconds integer check (call_duration_seconds >= 0),
  voicemail_left boolean,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (client_id, id),
  foreign key (client_id, lead_id) references public.leads (client_id, id) on delete cascade,
  foreign key (client_id, campaign_id) references public.campaigns (client_id, id) on delete set null (campaign_id),
  foreign key (client_id, sequence_step_id) references public.sequence_steps (client_id, id) on delete set null (sequence_step_id),
  constraint activities_type_matches_channel check (
    case activity_type
      when 'email_sent' then channel = 'email'
      when 'sms_sent' then channel = 'sms'
      when 'call' then channel = 'voice'
      else channel = 'linkedin'
    end
  ),
  constraint activities_call_fields_only_on_calls check (
    activity_type = 'call' or (call_duration_seconds is null and voicemail_left is null)
  )
);
create unique index activities_provider_message_key on public.activities (client_id, provider, provider_message_id)
  where provider_message_id is not null;
create index activities_lead_sent_idx on public.activities (lead_id, sent_at);
create index activities_client_sent_idx on public.activities (client_id, sent_at);
create index activities_campaign_idx on public.activities (client_id, campaign_id);
comment on table public.activities is 'One outbound touch: an email or SMS sent, a LinkedIn request/message/profile view, or a call.';
comment on column public.activities.sent_at is 'When the touch happened. Time-to-open/click and touch order count from here.';
comment on column public.activities.provider_message_id is 'The sending tool''s id for this touch (Smartlead stats_id, Instantly email_id, Twilio MessageSid, …), used to bind webhooks.';
comment on column public.activities.written_by is 'Who wrote the message: ai or human (a person took over).';
comment on column public.activities.call_duration_seconds is 'Calls only: connected duration in seconds.';
create trigger activities_40_touch_updated_at before update on public.activities
  for each row execute function private.touch_updated_at();
select private.secure_tenant_table('public.activities');
