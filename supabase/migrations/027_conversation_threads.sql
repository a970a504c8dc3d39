-- 027_conversation_threads (Phase 24D, spec THREAD-001): conversations and their messages.
-- Objects: tables conversation_threads, thread_messages; activities.thread_id; replies.thread_id,
--          objection_type, question_extracted, sentiment, sentiment_score; enum
--          rejection_reason_type; leads.rejection_reason, rejection_notes; the spec's indexes;
--          private.update_thread_stats() and its triggers on_thread_message (+ _update, _delete:
--          one per event, so their order never matters).
-- Fixed from the spec draft:
--   4. thread stats stay right when messages arrive out of order: counts are by direction,
--      last_* are maxima, and position / response_time_minutes follow sent_at order — all
--      recomputed set-based, by private.refresh_threads() (046_thread_metrics), for the threads a
--      statement touched;
--   6. a message's thread, activity and reply belong to its client (thread_messages carries
--      client_id, checked by composite keys);
--   7. the trigger writes conversation_threads as SECURITY DEFINER with an empty search_path.
-- Who joins which thread: 045_conversation_threading.

create table public.conversation_threads (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  lead_id uuid not null,
  campaign_id uuid,

  status text not null default 'active' check (status in ('active', 'resolved', 'stale')),
  channel public.channel_type not null,

  message_count integer not null default 0,
  our_message_count integer not null default 0,
  their_message_count integer not null default 0,

  started_at timestamptz default now(),
  last_message_at timestamptz,
  last_our_message_at timestamptz,
  last_their_message_at timestamptz,

  outcome text check (outcome in ('converted', 'rejected', 'no_response', 'ongoing')),
  outcome_at timestamptz,

  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  unique (client_id, id),
  foreign key (client_id, lead_id) references public.leads (client_id, id) on delete cascade,
  foreign key (client_id, campaign_id) references public.campaigns (client_id, id) on delete set null (campaign_id)
);

-- One conversation per lead, channel and campaign (campaign unknown counts as one value).
create unique index conversation_threads_identity_key on public.conversation_threads
  (client_id, lead_id, channel, campaign_id) nulls not distinct;
create index idx_threads_client on public.conversation_threads (client_id);
create index idx_threads_lead on public.conversation_threads (lead_id);
create index idx_threads_status on public.conversation_threads (status);
comment on table public.conversation_threads is 'One conversation with a lead on one channel (and campaign when known); counts and last_* times are derived from its messages.';
comment on column public.conversation_threads.started_at is 'Time of the thread''s earliest message.';
create table public.thread_messages (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  thread_id uuid not null,
  activity_id uuid,
  reply_id uuid,

  direction text not null check (direction in ('outbound', 'inbound')),
  content text not null,
  content_preview text generated always as (left(content, 200)) stored,

  sentiment text check (sentiment in ('positive', 'neutral', 'negative')),
  sentiment_score double precision check (sentiment_score between -1 and 1),
  intent text,
  objection_type text check (objection_type in ('timing', 'budget', 'authority', 'need', 'competitor')),
  question_extracted text,

  sent_at timestamptz not null,
  response_time_minutes integer,

  position integer not null default 0,

  created_at timestamptz default now(),
  foreign key (client_id, thread_id) references public.conversation_threads (client_id, id) on delete cascade,
  foreign key (client_id, activity_id) references public.activities (client_id, id) on delete set null (activity_id),
  foreign key (client_id, reply_id) references public.replies (client_id, id) on delete set null (reply_id),
  constraint thread_messages_source_matches_direction check (
    (direction = 'outbound' and reply_id is null) or (direction = 'inbound' and activity_id is null)
  )
);
create unique index thread_messages_activity_key on public.thread_messages (activity_id) where activity_id is not null;
create unique index thread_messages_reply_key on public.thread_messages (reply_id) where reply_id is not null;
create index idx_thread_messages_thread on public.thread_messages (thread_id);
create index idx_thread_messages_direction on public.thread_messages (direction);
create index idx_thread_messages_sentiment on public.thread_messages (sentiment);
create index idx_thread_messages_objection on public.thread_messages (objection_type);
comment on table public.thread_messages is 'A message in a conversation: ours (outbound, from an activity) or theirs (inbound, from a reply).';
comment on column public.thread_messages.position is '1, 2, 3… in sent_at order; renumbered when a message arrives late.';
comment on column public.thread_messages.response_time_minutes is 'Whole minutes since the other side''s last earlier message in the thread; null when there is none.';
select private.secure_tenant_table('public.conversation_threads');
select private.secure_tenant_table('public.thread_messages');
alter table public.activities
  add column thread_id uuid,
  add constraint activities_thread_same_client foreign key (client_id, thread_id)
    references public.conversation_threads (client_id, id) on delete set null (thread_id);
alter table public.replies
  add column thread_id uuid,
  add column objection_type text check (objection_type in ('timing', 'budget', 'authority', 'need', 'competitor')),
  add column question_extracted text,
  add column sentiment text check (sentiment in ('positive', 'neutral', 'negative')),
  add column sentiment_score double precision check (sentiment_score between -1 and 1),
  add constraint replies_thread_same_client foreign key (client_id, thread_id)
    references public.conversation_threads (client_id, id) on delete set null (thread_id);
create index activities_thread_idx on public.activities (thread_id);
create index replies_thread_idx on public.replies (thread_id);
create type public.rejection_reason_type as enum (
  'timing_not_now',
  'budget_constraints',
  'using_competitor',
  'not_decision_maker',
  'no_need',
  'bad_experience',
  'too_busy',
  'not_interested_generic',
  'do_not_contact',
  'other'
);
alter table public.leads
  add column rejection_reason public.rejection_reason_type,
  add column rejection_notes text;
comment on column public.leads.rejection_reason is 'Why the lead said no, from reply analysis (or entered by hand).';

-- Every change to a thread's messages recomputes that thread's figures (private.refresh_threads,
-- 046): inserted and deleted messages, and updates that move a message to another thread or change
-- its time, direction, analysis (intent) or author, because the outcome and escalation depend on them.
create function private.update_thread_stats()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  touched uuid[];
begin
  if tg_op = 'INSERT' then
    select array_agg(distinct n.thread_id) into touched from new_rows n;
  elsif tg_op = 'UPDATE' then
    -- A changed message refreshes its thread, and the one it left if it moved. Old and new rows are
    -- paired by grouping on the id, not by a join (see 045's activities_thread_after_update).
    select array_agg(distinct x.thread_id) into touched
    from (
      select array_agg(r.thread_id) as thread_ids
      from (
        select n.id, n.thread_id, (n.thread_id, n.sent_at, n.direction, n.intent, n.written_by) as judged
        from new_rows n
        union all
        select o.id, o.thread_id, (o.thread_id, o.sent_at, o.direction, o.intent, o.written_by)
        from old_rows o
      ) r
      group by r.id
      having count(distinct r.judged) > 1
    ) g
    cross join lateral unnest(g.thread_ids) x (thread_id);
  else
    select array_agg(distinct o.thread_id) into touched from old_rows o;
  end if;
  if touched is not null then
    perform private.refresh_threads(touched);
  end if;
  return null;
end;
$$;
comment on function private.update_thread_stats() is 'Statement trigger on thread_messages: refreshes the threads a statement touched.';
revoke all on function private.update_thread_stats() from public, anon, authenticated;
create trigger on_thread_message
  after insert on public.thread_messages
  referencing new table as new_rows
  for each statement
  execute function private.update_thread_stats();
create trigger on_thread_message_update
  after update on public.thread_messages
  referencing old table as old_rows new table as new_rows
  for each statement
  execute function private.update_thread_stats();
create trigger on_thread_message_delete
  after delete on public.thread_messages
  referencing old table as old_rows
  for each statement
  execute function private.update_thread_stats();
