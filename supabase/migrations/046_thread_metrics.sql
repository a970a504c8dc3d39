-- 046_thread_metrics (Phase 24D, THREAD-002): what a conversation did and how it ended.
-- Objects: conversation_threads.conversation_turns, their_response_time_minutes,
--          our_response_time_minutes, our_avg_response_time_minutes, escalated_to_human,
--          escalated_at; thread_messages.our_response_message_id; replies.our_response_activity_id;
--          private.refresh_thread_outcomes(), private.refresh_threads() (every figure of a thread,
--          called by 027's update_thread_stats); private.meetings_deals_refresh_threads() and its
--          statement triggers on meetings and deals; public.refresh_thread_status() and its hourly
--          pg_cron job where pg_cron is available (Supabase).
-- Definitions (all recomputed from the messages, so arrival order never matters):
--   conversation_turns   runs of one side speaking, in sent_at order: direction changes + 1
--                        (out, out, in, out = 3); 0 for an empty thread.
--   our_response         for each inbound message, our first message after it.
--   their / our response time   response_time_minutes (027: minutes since the other side's latest
--                        earlier message) of their first message after one of ours, and of our
--                        first message after one of theirs; our average over every message of ours
--                        that directly answers one of theirs.
--   escalated_to_human   a message written by a person (activities.written_by) after one written
--                        by AI; escalated_at is the first such message.
--   outcome  converted   the lead booked a meeting (not canceled) or got a deal at or after the
--                        thread began, in this campaign or with no campaign named;
--            rejected    they asked to unsubscribe, or their latest analysed reply (out-of-office
--                        aside) is not_interested or an objection — a later positive reply undoes it;
--            no_response we wrote, they never replied, and the thread went stale;
--            ongoing     anything else.
--   status   resolved (converted or rejected), stale (no message for the client's
--            engagement_settings.stale_thread_after_days), else active.
-- Staleness depends on the clock: triggers judge it at write time, public.refresh_thread_status()
-- (the reply-analysis run, cron) moves quiet threads on.

alter table public.conversation_threads
  add column conversation_turns integer not null default 0,
  add column their_response_time_minutes integer,
  add column our_response_time_minutes integer,
  add column our_avg_response_time_minutes integer,
  add column escalated_to_human boolean not null default false,
  add column escalated_at timestamptz;
comment on column public.conversation_threads.conversation_turns is 'Runs of one side speaking in sent_at order (direction changes + 1); 0 when empty.';
comment on column public.conversation_threads.their_response_time_minutes is 'Minutes from our latest message to their first reply after it.';
comment on column public.conversation_threads.our_response_time_minutes is 'Minutes from their latest message to our first message after one of theirs (our first answer).';
comment on column public.conversation_threads.our_avg_response_time_minutes is 'Average minutes we took to answer, over every message of ours that directly follows one of theirs.';
comment on column public.conversation_threads.escalated_to_human is 'True once a person wrote a message after an AI-written one.';
comment on column public.conversation_threads.escalated_at is 'When a person first wrote after AI in this thread.';
comment on column public.conversation_threads.status is 'active; resolved once the outcome is converted or rejected; stale after the client''s stale_thread_after_days without a message.';
comment on column public.conversation_threads.outcome is 'converted (meeting or deal), rejected (unsubscribe, or latest analysed reply a refusal/objection), no_response (we wrote, no reply, stale) or ongoing.';
comment on column public.conversation_threads.outcome_at is 'When the outcome was reached: booking/deal time, the refusing reply, or when the thread went stale.';
alter table public.thread_messages
  add column our_response_message_id uuid references public.thread_messages (id) on delete set null;
comment on column public.thread_messages.our_response_message_id is 'Inbound only: our first message after this one in the thread (our answer).';
alter table public.replies
  add column our_response_activity_id uuid,
  add constraint replies_our_response_same_client foreign key (client_id, our_response_activity_id)
    references public.activities (client_id, id) on delete set null (our_response_activity_id);
comment on column public.replies.our_response_activity_id is 'The touch we sent next in this reply''s thread: our answer to it.';
create index replies_our_response_idx on public.replies (our_response_activity_id) where our_response_activity_id is not null;

-- Outcome and status of the given threads at time p_now (rules in the header). Returns how many
-- threads changed.
-- SECURITY DEFINER: called from triggers on meetings and deals, which owners and analysts edit by
-- hand; it writes only outcome, outcome_at, status of the named threads; search_path is pinned.
create function private.refresh_thread_outcomes(thread_ids uuid[], p_now timestamptz)
returns integer
language sql
security definer
set search_path = ''
as $$
  with facts as (
    select t.id, t.our_message_count, t.their_message_count, t.last_message_at,
      t.last_message_at + make_interval(days => coalesce(s.stale_thread_after_days, 14)) as stale_from,
      least(
        (select min(mt.booked_at) from public.meetings mt
         where mt.client_id = t.client_id and mt.lead_id = t.lead_id and mt.status <> 'canceled'
           and (t.campaign_id is null or mt.campaign_id is null or mt.campaign_id = t.campaign_id)
           and mt.booked_at >= t.started_at),
        (select min(d.created_at) from public.deals d
         where d.client_id = t.client_id and d.lead_id = t.lead_id and d.created_at >= t.started_at)
      ) as converted_at,
      (select min(m.sent_at) from public.thread_messages m
       where m.thread_id = t.id and m.direction = 'inbound' and m.intent = 'unsubscribe') as unsubscribed_at,
      (select case when m.intent in ('not_interested', 'objection') then m.sent_at end
       from public.thread_messages m
       where m.thread_id = t.id and m.direction = 'inbound' and m.intent is not null and m.intent <> 'out_of_office'
       order by m.sent_at desc, m.id desc limit 1) as refused_at
    from public.conversation_threads t
    left join public.engagement_settings s on s.client_id = t.client_id
    where t.id = any (thread_ids)
  ), decided as (
    select f.id, o.outcome,
      case o.outcome
        when 'converted' then f.converted_at
        when 'rejected' then coalesce(f.unsubscribed_at, f.refused_at)
        when 'no_response' then f.stale_from
      end as outcome_at,
      case
        when o.outcome in ('converted', 'rejected') then 'resolved'
        when f.stale_from <= p_now then 'stale'
        else 'active'
      end as status
    from facts f
    cross join lateral (select case
      when f.converted_at is not null then 'converted'
      when f.unsubscribed_at is not null or f.refused_at is not null then 'rejected'
      when f.our_message_count > 0 and f.their_message_count = 0 and f.stale_from <= p_now then 'no_response'
      else 'ongoing' end as outcome) o
  ), changed as (
    update public.conversation_threads t set
      outcome = d.outcome,
      outcome_at = d.outcome_at,
      status = d.status,
      updated_at = pg_catalog.now()
    from decided d
    where t.id = d.id and (t.outcome, t.outcome_at, t.status) is distinct from (d.outcome, d.outcome_at, d.status)
    returning 1
  )
  select count(*)::integer from changed;
$$;
comment on function private.refresh_thread_outcomes(uuid[], timestamptz) is 'Sets outcome, outcome_at and status of the given threads as of p_now. Returns the number of threads changed.';
revoke all on function private.refresh_thread_outcomes(uuid[], timestamptz) from public, anon, authenticated;
grant execute on function private.refresh_thread_outcomes(uuid[], timestamptz) to service_role;

-- Every figure of the given threads, recomputed from their messages: counts by direction, last_*
-- times, positions and response times in sent_at order (027), our_response links, turns, response
-- times, escalation, replies.our_response_activity_id and the outcome.
-- SECURITY DEFINER: called from the thread_messages triggers for whoever wrote the messages; it
-- writes only the named threads, their messages and replies; search_path is pinned.
create function private.refresh_threads(thread_ids uuid[])
returns void
language sql
security definer
set search_path = ''
as $$
  -- Our response to an inbound message is the next outbound one. Counting outbound messages from
  -- the end of the thread puts each outbound message in one group with the inbound messages just
  -- before it, so windows find it without joining the messages to themselves (the size of
  -- thread_ids is unknown when this is planned, and a nested loop over thousands of messages
  -- compares millions of pairs).
  with ordered as (
    select m.id, m.thread_id, m.direction,
      row_number() over w as position,
      case m.direction
        when 'inbound' then max(m.sent_at) filter (where m.direction = 'outbound') over w_before
        else max(m.sent_at) filter (where m.direction = 'inbound') over w_before
      end as other_side_last,
      m.sent_at,
      count(*) filter (where m.direction = 'outbound')
        over (partition by m.thread_id order by m.sent_at desc, m.id desc) as outbound_from_end
    from public.thread_messages m
    where m.thread_id = any (thread_ids)
    window w as (partition by m.thread_id order by m.sent_at, m.id),
           w_before as (partition by m.thread_id order by m.sent_at, m.id
                        rows between unbounded preceding and 1 preceding)
  ), numbered as (
    select o.id, o.position::integer as position,
      floor(extract(epoch from (o.sent_at - o.other_side_last)) / 60)::integer as response_time,
      case when o.direction = 'inbound' then
        (max(o.id::text) filter (where o.direction = 'outbound') over (partition by o.thread_id, o.outbound_from_end))::uuid
      end as our_response
    from ordered o
  )
  update public.thread_messages m set
    position = n.position,
    response_time_minutes = n.response_time,
    our_response_message_id = n.our_response
  from numbered n
  where m.id = n.id
    and (m.position, m.response_time_minutes, m.our_response_message_id)
      is distinct from (n.position, n.response_time, n.our_response);

  with timeline as (
    select m.id, m.thread_id, m.direction, m.sent_at, m.written_by, m.response_time_minutes,
      lag(m.direction) over w as previous_direction,
      coalesce(bool_or(m.direction = 'outbound' and m.written_by = 'ai')
        over (w rows between unbounded preceding and 1 preceding), false) as ai_wrote_before
    from public.thread_messages m
    where m.thread_id = any (thread_ids)
    window w as (partition by m.thread_id order by m.sent_at, m.id)
  ), stats as (
    select t.id,
      count(s.id) as messages,
      count(s.id) filter (where s.direction = 'outbound') as ours,
      count(s.id) filter (where s.direction = 'inbound') as theirs,
      min(s.sent_at) as first_at,
      max(s.sent_at) as last_at,
      max(s.sent_at) filter (where s.direction = 'outbound') as last_ours,
      max(s.sent_at) filter (where s.direction = 'inbound') as last_theirs,
      count(s.id) filter (where s.previous_direction is distinct from s.direction) as turns,
      (array_agg(s.response_time_minutes order by s.sent_at, s.id)
        filter (where s.direction = 'inbound' and s.response_time_minutes is not null))[1] as their_response,
      (array_agg(s.response_time_minutes order by s.sent_at, s.id)
        filter (where s.direction = 'outbound' and s.response_time_minutes is not null))[1] as our_response,
      round(avg(s.response_time_minutes)
        filter (where s.direction = 'outbound' and s.previous_direction = 'inbound'))::integer as our_avg,
      min(s.sent_at) filter (where s.direction = 'outbound' and s.written_by = 'human' and s.ai_wrote_before) as escalated_at
    from public.conversation_threads t
    left join timeline s on s.thread_id = t.id
    where t.id = any (thread_ids)
    group by t.id
  )
  update public.conversation_threads t set
    message_count = s.messages,
    our_message_count = s.ours,
    their_message_count = s.theirs,
    started_at = coalesce(s.first_at, t.started_at),
    last_message_at = s.last_at,
    last_our_message_at = s.last_ours,
    last_their_message_at = s.last_theirs,
    conversation_turns = s.turns,
    their_response_time_minutes = s.their_response,
    our_response_time_minutes = s.our_response,
    our_avg_response_time_minutes = s.our_avg,
    escalated_to_human = s.escalated_at is not null,
    escalated_at = s.escalated_at,
    updated_at = pg_catalog.now()
  from stats s
  where t.id = s.id
    and (t.message_count, t.our_message_count, t.their_message_count, t.started_at,
         t.last_message_at, t.last_our_message_at, t.last_their_message_at, t.conversation_turns,
         t.their_response_time_minutes, t.our_response_time_minutes, t.our_avg_response_time_minutes,
         t.escalated_to_human, t.escalated_at)
      is distinct from
        (s.messages::integer, s.ours::integer, s.theirs::integer, coalesce(s.first_at, t.started_at),
         s.last_at, s.last_ours, s.last_theirs, s.turns::integer,
         s.their_response, s.our_response, s.our_avg,
         s.escalated_at is not null, s.escalated_at);

  update public.replies r set our_response_activity_id = answer.activity_id
  from public.thread_messages m
  left join public.thread_messages answer on answer.id = m.our_response_message_id
  where m.thread_id = any (thread_ids) and m.reply_id = r.id
    and r.our_response_activity_id is distinct from answer.activity_id;

  select private.refresh_thread_outcomes(thread_ids, pg_catalog.now());
$$;
comment on function private.refresh_threads(uuid[]) is 'Recomputes everything derived from the given threads'' messages: counts, last_* times, positions, response times, our_response links, turns, escalation, outcome and status.';
revoke all on function private.refresh_threads(uuid[]) from public, anon, authenticated;

-- The batch triggers run as the writer (service_role), which must be able to call it.
grant execute on function private.refresh_threads(uuid[]) to service_role;

-- Meetings and deals decide conversions: their changes re-judge the lead's threads.
-- SECURITY DEFINER: owners and analysts edit meetings and deals by hand and may not execute the
-- private helper; it only refreshes outcomes of the threads of the leads in the statement.
create function private.meetings_deals_refresh_threads()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  lead_ids uuid[];
begin
  if tg_op = 'INSERT' then
    select array_agg(distinct n.lead_id) into lead_ids from new_rows n;
  elsif tg_op = 'DELETE' then
    select array_agg(distinct o.lead_id) into lead_ids from old_rows o;
  else
    select array_agg(distinct x.lead_id) into lead_ids
    from (select n.lead_id from new_rows n union select o.lead_id from old_rows o) x;
  end if;
  perform private.refresh_thread_outcomes(
    array(select t.id from public.conversation_threads t where t.lead_id = any (lead_ids)), pg_catalog.now());
  return null;
end;
$$;
comment on function private.meetings_deals_refresh_threads() is 'Statement trigger on meetings and deals: re-judges the outcome of the affected leads'' threads.';
revoke all on function private.meetings_deals_refresh_threads() from public, anon, authenticated;
create trigger meetings_50_refresh_threads_on_insert after insert on public.meetings
  referencing new table as new_rows for each statement execute function private.meetings_deals_refresh_threads();
create trigger meetings_51_refresh_threads_on_update after update on public.meetings
  referencing old table as old_rows new table as new_rows for each statement execute function private.meetings_deals_refresh_threads();
create trigger meetings_52_refresh_threads_on_delete after delete on public.meetings
  referencing old table as old_rows for each statement execute function private.meetings_deals_refresh_threads();
create trigger deals_50_refresh_threads_on_insert after insert on public.deals
  referencing new table as new_rows for each statement execute function private.meetings_deals_refresh_threads();
create trigger deals_51_refresh_threads_on_update after update on public.deals
  referencing old table as old_rows new table as new_rows for each statement execute function private.meetings_deals_refresh_threads();
create trigger deals_52_refresh_threads_on_delete after delete on public.deals
  referencing old table as old_rows for each statement execute function private.meetings_deals_refresh_threads();

-- Moves threads on as time passes (stale, no_response) and re-judges every outcome: called by the
-- reply-analysis run and by cron. Returns how many threads changed.
create function public.refresh_thread_status(p_now timestamptz default pg_catalog.now(), p_client_id uuid default null)
returns integer
language sql
set search_path = ''
as $$
  select private.refresh_thread_outcomes(
    array(select t.id from public.conversation_threads t where p_client_id is null or t.client_id = p_client_id),
    p_now);
$$;
comment on function public.refresh_thread_status(timestamptz, uuid) is 'Recomputes status (active/resolved/stale) and outcome of every thread (or one client''s) as of p_now. Returns the number of threads changed.';
revoke all on function public.refresh_thread_status(timestamptz, uuid) from public, anon, authenticated;
grant execute on function public.refresh_thread_status(timestamptz, uuid) to service_role;
do $$
begin
  if exists (select 1 from pg_catalog.pg_available_extensions where name = 'pg_cron') then
    create extension if not exists pg_cron;
    perform cron.schedule('cis-refresh-thread-status', '47 * * * *', 'select public.refresh_thread_status()');
  else
    raise notice 'pg_cron is not available here: refresh_thread_status() runs at the end of each reply-analysis run';
  end if;
end
$$;
