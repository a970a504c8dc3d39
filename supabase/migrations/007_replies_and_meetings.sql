-- 007_replies_and_meetings: what leads send back, and the meetings they book.
-- Objects: enum meeting_status; tables replies, meetings.
-- Integrity: a reply's lead and activity, and a meeting's lead and campaign, belong to its client.
-- Security: members read; owners/analysts may edit meetings (manual outcome entry); service_role
--           writes from webhooks.
-- Triggers, in firing order:
--   replies   BEFORE ROW  replies_10_touch_updated_at; AFTER STMT replies_50_thread_on_insert,
--                         replies_51_thread_on_update (045)
--   meetings  BEFORE ROW  meetings_10_guard_hand_edits (034), meetings_20_touch_updated_at;
--             AFTER STMT  meetings_50_refresh_threads_on_insert, _51_on_update, _52_on_delete (046)

create table public.replies (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  lead_id uuid not null,
  activity_id uuid,
  channel public.channel_type not null,
  reply_content text not null,
  reply_intent text check (reply_intent in (
    'interested', 'meeting_request', 'question', 'objection', 'not_interested', 'referral',
    'out_of_office', 'unsubscribe'
  )),
  subject text,
  received_at timestamptz not null,
  provider text,
  provider_reply_id text,
  raw_headers jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (client_id, id),
  foreign key (client_id, lead_id) references public.leads (client_id, id) on delete cascade,
  foreign key (client_id, activity_id) references public.activities (client_id, id) on delete set null (activity_id)
);
create unique index replies_provider_reply_key on public.replies (client_id, provider, provider_reply_id)
  where provider_reply_id is not null;
create index replies_lead_received_idx on public.replies (lead_id, received_at);
create index replies_activity_idx on public.replies (client_id, activity_id);
comment on table public.replies is 'An inbound message from a lead on any channel, linked to the touch it answers when known.';
comment on column public.replies.reply_intent is 'Set by reply analysis: interested, meeting_request, question, objection, not_interested, referral, out_of_office, unsubscribe.';
create type public.meeting_status as enum ('scheduled', 'canceled', 'rescheduled', 'completed', 'no_show');
create table public.meetings (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  lead_id uuid not null,
  campaign_id uuid,
  scheduled_at timestamptz not null,
  ends_at timestamptz,
  booked_at timestamptz not null default now(),
  status public.meeting_status not null default 'scheduled',
  provider text,
  provider_event_id text,
  provider_invitee_id text,
  rescheduled_from_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (client_id, id),
  foreign key (client_id, lead_id) references public.leads (client_id, id) on delete cascade,
  foreign key (client_id, campaign_id) references public.campaigns (client_id, id) on delete set null (campaign_id),
  foreign key (client_id, rescheduled_from_id) references public.meetings (client_id, id) on delete set null (rescheduled_from_id),
  constraint meetings_end_after_start check (ends_at is null or ends_at >= scheduled_at)
);
create unique index meetings_provider_key on public.meetings (client_id, provider, provider_event_id, provider_invitee_id)
  nulls not distinct where provider is not null;
create index meetings_lead_idx on public.meetings (lead_id);
create index meetings_client_scheduled_idx on public.meetings (client_id, scheduled_at);
comment on table public.meetings is 'A meeting a lead booked (calendar tools or our engines); reschedules link to the meeting they replace.';
comment on column public.meetings.provider_event_id is 'Calendly scheduled-event URI or Cal.com booking uid.';
create trigger replies_10_touch_updated_at before update on public.replies
  for each row execute function private.touch_updated_at();
create trigger meetings_20_touch_updated_at before update on public.meetings
  for each row execute function private.touch_updated_at();
select private.secure_tenant_table('public.replies');
select private.secure_tenant_table('public.meetings', editable => true);
