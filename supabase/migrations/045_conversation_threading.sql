-- 045_conversation_threading (Phase 24D, THREAD-002/003/006): every outbound touch and every
-- inbound reply joins its conversation thread by itself, whatever the order things arrive in.
-- Objects: thread_messages.written_by; functions private.thread_activities(),
--          private.thread_replies(); statement triggers on activities and replies (insert and
--          update): activities_70/71_thread_*, replies_50/51_thread_*.
-- Thread identity (027): client, lead, channel, campaign (null = unknown, one value).
--   * An activity joins the thread of its own client, lead, channel and campaign. A LinkedIn
--     profile view says nothing to the lead, so it is a touch but not a message.
--   * A reply bound to its activity joins the thread of that activity's campaign (on the
--     reply's channel). An unbound reply (Instantly, Twilio and UNTRACKED_REPLIES name no touch)
--     joins the lead's thread on that channel whose latest message is at or before the reply
--     (else the one whose first message is soonest after it), else a new campaign-less thread.
--   * Batch ingestion (033) writes a new touch with its thread already chosen by the rule above and
--     then calls thread_activities for what it wrote; the activities triggers leave those to it.
--   * Late binding: when private.bind_waiting_events (032) sets replies.activity_id because the
--     send arrived after the reply, the reply moves to the send's thread; a thread left empty by
--     a move is deleted. A reply that could not be bound (no touch named) and sits in a
--     campaign-less thread is placed again when a touch of its lead and channel, sent before it,
--     arrives late (Instantly or Twilio reply first, send second). Otherwise an unbound reply
--     stays where it first landed, so analysing or rebuilding never reshuffles conversations.

alter table public.thread_messages add column written_by text check (written_by in ('ai', 'human'));
comment on column public.thread_messages.written_by is 'Outbound only: who wrote the message (from activities.written_by): ai or human; null when the sender did not say.';

-- The thread a set of activities belongs to, created when missing, and their messages in it.
-- SECURITY DEFINER: the trigger fires for whoever writes activities; it writes only the threads
-- and messages of the named activities and their thread_id; search_path is pinned.
create function private.thread_activities(activity_ids uuid[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  previous uuid[];
  placeholders uuid[];
begin
  select array_agg(distinct m.thread_id) into previous
  from public.thread_messages m where m.activity_id = any (activity_ids);

  -- A touch that became a profile view is no longer a message.
  delete from public.thread_messages m
  using public.activities a
  where m.activity_id = a.id and a.id = any (activity_ids) and a.activity_type = 'linkedin_profile_view';

  -- New threads start as what they almost always are (046 re-judges them): saves rewriting each.
  insert into public.conversation_threads (client_id, lead_id, campaign_id, channel, started_at, outcome)
  select distinct on (a.client_id, a.lead_id, a.channel, a.campaign_id)
    a.client_id, a.lead_id, a.campaign_id, a.channel, a.sent_at, 'ongoing'
  from public.activities a
  where a.id = any (activity_ids) and a.activity_type <> 'linkedin_profile_view'
  order by a.client_id, a.lead_id, a.channel, a.campaign_id, a.sent_at
  on conflict (client_id, lead_id, channel, campaign_id) do nothing;

  insert into public.thread_messages as m (client_id, thread_id, activity_id, direction, content, sent_at, written_by)
  select a.client_id, t.id, a.id, 'outbound',
    coalesce(a.content_snapshot->>'body_full', a.full_message_body, a.subject, a.activity_type::text),
    a.sent_at, a.written_by
  from public.activities a
  join public.conversation_threads t
    on t.client_id = a.client_id and t.lead_id = a.lead_id and t.channel = a.channel
   and t.campaign_id is not distinct from a.campaign_id
  where a.id = any (activity_ids) and a.activity_type <> 'linkedin_profile_view'
  on conflict (activity_id) where activity_id is not null do update set
    thread_id = excluded.thread_id,
    content = excluded.content,
    sent_at = excluded.sent_at,
    written_by = excluded.written_by
  where (m.thread_id, m.content, m.sent_at, m.written_by)
    is distinct from (excluded.thread_id, excluded.content, excluded.sent_at, excluded.written_by);

  update public.activities a set thread_id = m.thread_id
  from public.thread_messages m
  where m.activity_id = a.id and a.id = any (activity_ids) and a.thread_id is distinct from m.thread_id;
  update public.activities a set thread_id = null
  where a.id = any (activity_ids) and a.activity_type = 'linkedin_profile_view' and a.thread_id is not null;

  delete from public.conversation_threads t
  where t.id = any (previous)
    and not exists (select 1 from public.thread_messages m where m.thread_id = t.id);

  -- A campaign-less thread that holds unbound replies was a placeholder: when a touch of that
  -- lead and channel arrives late, sent before such a reply, the reply is placed again.
  select array_agg(distinct m.reply_id) into placeholders
  from public.activities a
  join public.conversation_threads t
    on t.client_id = a.client_id and t.lead_id = a.lead_id and t.channel = a.channel and t.campaign_id is null
  join public.thread_messages m on m.thread_id = t.id and m.reply_id is not null
  join public.replies r on r.id = m.reply_id and r.activity_id is null
  where a.id = any (activity_ids) and a.campaign_id is not null
    and a.activity_type <> 'linkedin_profile_view' and a.sent_at <= r.received_at;
  if placeholders is not null then
    perform private.thread_replies(placeholders, true);
  end if;
end;
$$;
comment on function private.thread_activities(uuid[]) is 'Puts the given activities (outbound touches) into their threads as messages, creating threads as needed; sets activities.thread_id.';
revoke all on function private.thread_activities(uuid[]) from public, anon, authenticated;
grant execute on function private.thread_activities(uuid[]) to service_role;

-- The thread of each reply (rules in the header), its message there, and replies.thread_id. With
-- `relocate` false a reply already in a thread and not bound to a touch keeps its thread, and
-- only its message's text, time and analysis are refreshed.
-- SECURITY DEFINER for the same reason as thread_activities.
create function private.thread_replies(reply_ids uuid[], relocate boolean default true)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  previous uuid[];
begin
  select array_agg(distinct m.thread_id) into previous
  from public.thread_messages m where m.reply_id = any (reply_ids);

  drop table if exists pg_temp.reply_threading;
  create temporary table reply_threading on commit drop as
  select r.id as reply_id, r.client_id, r.lead_id, r.channel,
    a.campaign_id,
    case
      when a.id is not null then null
      when not relocate and here.thread_id is not null then here.thread_id
      else pick.thread_id
    end as thread_id
  from public.replies r
  left join public.activities a on a.id = r.activity_id
  left join public.thread_messages here on here.reply_id = r.id
  left join lateral (
    select m.thread_id
    from public.conversation_threads t
    join public.thread_messages m on m.thread_id = t.id
    where a.id is null and (relocate or here.thread_id is null)
      and t.client_id = r.client_id and t.lead_id = r.lead_id and t.channel = r.channel
      and m.reply_id is distinct from r.id
    order by (m.sent_at <= r.received_at) desc,
      case when m.sent_at <= r.received_at then m.sent_at end desc,
      m.sent_at, m.id
    limit 1
  ) pick on true
  where r.id = any (reply_ids);

  insert into public.conversation_threads (client_id, lead_id, campaign_id, channel, outcome)
  select distinct x.client_id, x.lead_id, x.campaign_id, x.channel, 'ongoing'
  from pg_temp.reply_threading x where x.thread_id is null
  on conflict (client_id, lead_id, channel, campaign_id) do nothing;

  update pg_temp.reply_threading x set thread_id = t.id
  from public.conversation_threads t
  where x.thread_id is null
    and t.client_id = x.client_id and t.lead_id = x.lead_id and t.channel = x.channel
    and t.campaign_id is not distinct from x.campaign_id;

  insert into public.thread_messages as m (client_id, thread_id, reply_id, direction, content, sent_at,
    intent, sentiment, sentiment_score, objection_type, question_extracted)
  select r.client_id, x.thread_id, r.id, 'inbound', r.reply_content, r.received_at,
    r.reply_intent, r.sentiment, r.sentiment_score, r.objection_type, r.question_extracted
  from pg_temp.reply_threading x join public.replies r on r.id = x.reply_id
  on conflict (reply_id) where reply_id is not null do update set
    thread_id = excluded.thread_id,
    content = excluded.content,
    sent_at = excluded.sent_at,
    intent = excluded.intent,
    sentiment = excluded.sentiment,
    sentiment_score = excluded.sentiment_score,
    objection_type = excluded.objection_type,
    question_extracted = excluded.question_extracted
  where (m.thread_id, m.content, m.sent_at, m.intent, m.sentiment, m.sentiment_score, m.objection_type, m.question_extracted)
    is distinct from (excluded.thread_id, excluded.content, excluded.sent_at, excluded.intent, excluded.sentiment,
      excluded.sentiment_score, excluded.objection_type, excluded.question_extracted);

  update public.replies r set thread_id = x.thread_id
  from pg_temp.reply_threading x
  where r.id = x.reply_id and r.thread_id is distinct from x.thread_id;

  delete from public.conversation_threads t
  where t.id = any (previous)
    and not exists (select 1 from public.thread_messages m where m.thread_id = t.id);
end;
$$;
comment on function private.thread_replies(uuid[], boolean) is 'Puts the given replies into their threads as inbound messages (with their analysis), creating threads as needed; sets replies.thread_id. relocate = false keeps unbound replies where they are.';
revoke all on function private.thread_replies(uuid[], boolean) from public, anon, authenticated;
grant execute on function private.thread_replies(uuid[], boolean) to service_role;
create function private.activities_thread_after_insert()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  -- ingest_engagement_events writes each new touch with its thread and threads what it wrote (033).
  if private.bulk_ingest() then
    return null;
  end if;
  perform private.thread_activities((select array_agg(n.id) from new_rows n));
  return null;
end;
$$;
comment on function private.activities_thread_after_insert() is 'Statement trigger on activities: new touches join their threads (outside ingest_engagement_events, which threads its own).';
revoke all on function private.activities_thread_after_insert() from public, anon, authenticated;
create function private.activities_thread_after_update()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  changed uuid[];
begin
  -- ingest_engagement_events threads every touch it completes itself; its other updates (summaries,
  -- touch numbers) change nothing a thread depends on (033).
  if private.bulk_ingest() then
    return null;
  end if;
  -- Old and new rows are paired by grouping on the id, never by a join: transition tables have no
  -- statistics, the planner guesses one row each, and a nested loop over a 10,000-row update
  -- compares 10^8 pairs (tens of seconds). Two distinct versions of a row mean it changed.
  select array_agg(r.id) into changed
  from (
    select n.id, (n.lead_id, n.channel, n.campaign_id, n.activity_type, n.sent_at, n.written_by,
                  n.full_message_body, n.subject, n.content_snapshot->>'body_full') as threaded
    from new_rows n
    union all
    select o.id, (o.lead_id, o.channel, o.campaign_id, o.activity_type, o.sent_at, o.written_by,
                  o.full_message_body, o.subject, o.content_snapshot->>'body_full')
    from old_rows o
  ) r
  group by r.id
  having count(distinct r.threaded) > 1;
  if changed is not null then
    perform private.thread_activities(changed);
  end if;
  return null;
end;
$$;
comment on function private.activities_thread_after_update() is 'Statement trigger on activities: a touch whose campaign, lead, channel, time, author or text changed is re-threaded (outside ingest_engagement_events, which re-threads what it completes).';
revoke all on function private.activities_thread_after_update() from public, anon, authenticated;
create trigger activities_70_thread_on_insert after insert on public.activities
  referencing new table as new_rows for each statement
  execute function private.activities_thread_after_insert();
create trigger activities_71_thread_on_update after update on public.activities
  referencing old table as old_rows new table as new_rows for each statement
  execute function private.activities_thread_after_update();
create function private.replies_thread_after_insert()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform private.thread_replies((select array_agg(n.id) from new_rows n), true);
  return null;
end;
$$;
comment on function private.replies_thread_after_insert() is 'Statement trigger on replies: new replies join their threads.';
revoke all on function private.replies_thread_after_insert() from public, anon, authenticated;
create function private.replies_thread_after_update()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  moved uuid[];
  edited uuid[];
begin
  -- Paired by grouping on the id, not by a join (see activities_thread_after_update).
  select array_agg(g.id) filter (where g.moved), array_agg(g.id) filter (where not g.moved and g.edited)
  into moved, edited
  from (
    select r.id, count(distinct r.place) > 1 as moved, count(distinct r.said) > 1 as edited
    from (
      select n.id, (n.activity_id, n.lead_id, n.channel) as place,
        (n.reply_content, n.received_at, n.reply_intent, n.sentiment, n.sentiment_score, n.objection_type,
         n.question_extracted) as said
      from new_rows n
      union all
      select o.id, (o.activity_id, o.lead_id, o.channel),
        (o.reply_content, o.received_at, o.reply_intent, o.sentiment, o.sentiment_score, o.objection_type,
         o.question_extracted)
      from old_rows o
    ) r
    group by r.id
  ) g;
  if moved is not null then
    perform private.thread_replies(moved, true);
  end if;
  if edited is not null then
    perform private.thread_replies(edited, false);
  end if;
  return null;
end;
$$;
comment on function private.replies_thread_after_update() is 'Statement trigger on replies: a reply bound late to its touch (or moved to another lead or channel) follows to that thread; edited text, time or analysis is copied to its message.';
revoke all on function private.replies_thread_after_update() from public, anon, authenticated;
create trigger replies_50_thread_on_insert after insert on public.replies
  referencing new table as new_rows for each statement
  execute function private.replies_thread_after_insert();
create trigger replies_51_thread_on_update after update on public.replies
  referencing old table as old_rows new table as new_rows for each statement
  execute function private.replies_thread_after_update();
