-- What-if for `npm run bench -- --what-if bench/what-if/thread-triggers-linear.sql`: the thread
-- maintenance of 027/045/046 made linear, semantics unchanged. Not a migration: the owners of
-- 045/046 decide how to fix their functions; this measures what the fix is worth.
--
-- 1. The statement triggers of 045 (activities, replies) and 046 (thread_messages) compare old and
--    new rows by joining the two transition tables. PL/pgSQL plans such a query once per session,
--    usually at a firing with empty tables (an UPDATE that matched nothing), and keeps that plan: a
--    nested loop planned for one row on each side, quadratic in the rows of every later statement
--    (a 10 000-row summary update on activities: 10^8 comparisons, ~15 s). Here the same queries
--    run through EXECUTE, so each firing is planned for its real row counts (a hash join).

create or replace function private.activities_thread_after_update()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  changed uuid[];
begin
  execute $q$
    select array_agg(n.id)
    from new_rows n join old_rows o on o.id = n.id
    where (n.lead_id, n.channel, n.campaign_id, n.activity_type, n.sent_at, n.written_by,
           n.full_message_body, n.subject, n.content_snapshot->>'body_full')
      is distinct from
          (o.lead_id, o.channel, o.campaign_id, o.activity_type, o.sent_at, o.written_by,
           o.full_message_body, o.subject, o.content_snapshot->>'body_full')$q$
  into changed;
  if changed is not null then
    perform private.thread_activities(changed);
  end if;
  return null;
end;
$$;

create or replace function private.replies_thread_after_update()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  moved uuid[];
  edited uuid[];
begin
  execute $q$
    select array_agg(n.id)
    from new_rows n join old_rows o on o.id = n.id
    where (n.activity_id, n.lead_id, n.channel) is distinct from (o.activity_id, o.lead_id, o.channel)$q$
  into moved;
  execute $q$
    select array_agg(n.id)
    from new_rows n join old_rows o on o.id = n.id
    where (n.activity_id, n.lead_id, n.channel) is not distinct from (o.activity_id, o.lead_id, o.channel)
      and (n.reply_content, n.received_at, n.reply_intent, n.sentiment, n.sentiment_score, n.objection_type,
           n.question_extracted)
        is distinct from
          (o.reply_content, o.received_at, o.reply_intent, o.sentiment, o.sentiment_score, o.objection_type,
           o.question_extracted)$q$
  into edited;
  if moved is not null then
    perform private.thread_replies(moved, true);
  end if;
  if edited is not null then
    perform private.thread_replies(edited, false);
  end if;
  return null;
end;
$$;

create or replace function private.update_thread_stats()
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
    execute $q$
      select array_agg(distinct x.thread_id) from (
        select n.thread_id from new_rows n join old_rows o on o.id = n.id
        where (n.thread_id, n.sent_at, n.direction, n.intent, n.written_by)
          is distinct from (o.thread_id, o.sent_at, o.direction, o.intent, o.written_by)
        union
        select o.thread_id from new_rows n join old_rows o on o.id = n.id
        where n.thread_id is distinct from o.thread_id
      ) x$q$
    into touched;
  else
    select array_agg(distinct o.thread_id) into touched from old_rows o;
  end if;
  if touched is not null then
    perform private.refresh_threads(touched);
  end if;
  return null;
end;
$$;

-- 2. 046's private.refresh_threads finds each inbound message's answer (our next outbound message)
-- by joining its `ordered` CTE to itself. A CTE carries no statistics: the planner assumes 20
-- rows and joins with a nested loop, quadratic in the messages of the threads refreshed (1 000
-- new sends in a batch: 3 000 messages, 9 000 000 comparisons, ~3 s). Here the answer is read from
-- the thread's outbound ids in order (a window over the whole thread): the same message, linear.
-- The rest of the function is 046's as of this writing, unchanged.
create or replace function private.refresh_threads(thread_ids uuid[])
returns void
language sql
security definer
set search_path = ''
as $$
  with ordered as (
    select m.id, m.thread_id, m.direction, m.sent_at,
      row_number() over w as position,
      case m.direction
        when 'inbound' then max(m.sent_at) filter (where m.direction = 'outbound') over w_before
        else max(m.sent_at) filter (where m.direction = 'inbound') over w_before
      end as other_side_last,
      count(*) filter (where m.direction = 'outbound') over w as ours_so_far,
      array_agg(m.id) filter (where m.direction = 'outbound') over w_all as outbound_ids
    from public.thread_messages m
    where m.thread_id = any (thread_ids)
    window w as (partition by m.thread_id order by m.sent_at, m.id),
           w_before as (partition by m.thread_id order by m.sent_at, m.id
                        rows between unbounded preceding and 1 preceding),
           w_all as (partition by m.thread_id order by m.sent_at, m.id
                     rows between unbounded preceding and unbounded following)
  ), numbered as (
    select o.id, o.position::integer as position,
      floor(extract(epoch from (o.sent_at - o.other_side_last)) / 60)::integer as response_time,
      case when o.direction = 'inbound' then o.outbound_ids[o.ours_so_far + 1] end as our_response
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
