-- 048_conversation_analytics (Phase 24D, THREAD-007): what conversations that convert look like.
-- Objects: views conversation_turns_outcomes, conversation_response_time_outcomes,
--          objection_outcomes, conversation_authorship_outcomes (all security_invoker: a member
--          sees their own clients' figures only).
-- Every view counts threads with at least one message, by outcome (046), with conversion_rate =
-- converted / threads. Figures are descriptive: small groups are shown as they are, and the
-- learning layer (THREAD-008) decides what is significant.

-- Turns up to the outcome: a converted or rejected thread is counted with the turns it took to
-- get there (messages after a booking, such as confirmations, do not count).
create view public.conversation_turns_outcomes with (security_invoker = true) as
with per_thread as (
  select t.client_id, t.channel, t.outcome,
    case when t.outcome in ('converted', 'rejected') and t.outcome_at is not null then (
      select count(*) from (
        select m.direction, lag(m.direction) over (order by m.sent_at, m.id) as previous_direction
        from public.thread_messages m
        where m.thread_id = t.id and m.sent_at <= t.outcome_at
      ) z where z.previous_direction is distinct from z.direction)::integer
    else t.conversation_turns end as turns
  from public.conversation_threads t
  where t.message_count > 0
)
select p.client_id, p.channel, p.turns as turns_to_outcome,
  count(*)::integer as threads,
  count(*) filter (where p.outcome = 'converted')::integer as converted,
  count(*) filter (where p.outcome = 'rejected')::integer as rejected,
  count(*) filter (where p.outcome = 'no_response')::integer as no_response,
  count(*) filter (where p.outcome = 'ongoing')::integer as ongoing,
  round(count(*) filter (where p.outcome = 'converted')::numeric / count(*), 4) as conversion_rate
from per_thread p
group by p.client_id, p.channel, p.turns;
comment on view public.conversation_turns_outcomes is 'Threads by the number of turns (runs of one side speaking) they took to reach their outcome, per client and channel: how long conversations that convert are.';

-- How fast we answered their first reply, in bands, against the outcome. Only threads where they
-- replied; "not answered" is a band of its own.
create view public.conversation_response_time_outcomes with (security_invoker = true) as
with banded as (
  select t.client_id, t.channel, t.outcome,
    case
      when t.our_response_time_minutes is null then 7
      when t.our_response_time_minutes < 15 then 1
      when t.our_response_time_minutes < 60 then 2
      when t.our_response_time_minutes < 240 then 3
      when t.our_response_time_minutes < 1440 then 4
      when t.our_response_time_minutes < 4320 then 5
      else 6
    end as band_order,
    t.our_response_time_minutes
  from public.conversation_threads t
  where t.their_message_count > 0
)
select b.client_id, b.channel, b.band_order,
  (array['under 15 min', '15-60 min', '1-4 h', '4-24 h', '1-3 days', 'over 3 days', 'not answered'])[b.band_order] as response_band,
  count(*)::integer as threads,
  count(*) filter (where b.outcome = 'converted')::integer as converted,
  count(*) filter (where b.outcome = 'rejected')::integer as rejected,
  count(*) filter (where b.outcome = 'ongoing')::integer as ongoing,
  round(count(*) filter (where b.outcome = 'converted')::numeric / count(*), 4) as conversion_rate,
  percentile_disc(0.5) within group (order by b.our_response_time_minutes) as median_response_minutes
from banded b
group by b.client_id, b.channel, b.band_order;
comment on view public.conversation_response_time_outcomes is 'Threads where the lead replied, by how fast we answered their first reply (bands; "not answered" when we never did), against the outcome.';

-- Each objection a lead raised, whether and how we answered, and how the conversation ended.
create view public.objection_outcomes with (security_invoker = true) as
select m.client_id, m.objection_type,
  answer.id is not null as answered,
  count(*)::integer as objections,
  count(*) filter (where t.outcome = 'converted')::integer as converted,
  count(*) filter (where t.outcome = 'rejected')::integer as rejected,
  count(*) filter (where t.outcome = 'ongoing')::integer as ongoing,
  count(*) filter (where t.outcome = 'no_response')::integer as no_response,
  round(count(*) filter (where t.outcome = 'converted')::numeric / count(*), 4) as conversion_rate,
  percentile_disc(0.5) within group (order by answer.response_time_minutes) as median_answer_minutes,
  count(*) filter (where answer.written_by = 'human')::integer as answered_by_human,
  count(*) filter (where answer.written_by = 'ai')::integer as answered_by_ai
from public.thread_messages m
join public.conversation_threads t on t.id = m.thread_id
left join public.thread_messages answer on answer.id = m.our_response_message_id
where m.direction = 'inbound' and m.intent = 'objection' and m.objection_type is not null
group by m.client_id, m.objection_type, answer.id is not null;
comment on view public.objection_outcomes is 'Objections raised in replies (timing, budget, authority, need, competitor), whether we answered them (and how fast, by AI or a person), against the conversation''s outcome.';

-- Who wrote our side of the conversation: AI only, people only, AI then a person
-- (escalated_to_human), mixed otherwise, unknown when the sender did not say.
create view public.conversation_authorship_outcomes with (security_invoker = true) as
with per_thread as (
  select t.client_id, t.channel, t.outcome,
    case
      when t.escalated_to_human then 'escalated_to_human'
      when count(m.written_by) = 0 then 'unknown'
      when bool_and(m.written_by = 'ai') and count(m.written_by) = count(m.id) then 'ai'
      when bool_and(m.written_by = 'human') and count(m.written_by) = count(m.id) then 'human'
      else 'mixed'
    end as authorship
  from public.conversation_threads t
  join public.thread_messages m on m.thread_id = t.id and m.direction = 'outbound'
  group by t.id, t.client_id, t.channel, t.outcome, t.escalated_to_human
)
select p.client_id, p.channel, p.authorship,
  count(*)::integer as threads,
  count(*) filter (where p.outcome = 'converted')::integer as converted,
  count(*) filter (where p.outcome = 'rejected')::integer as rejected,
  count(*) filter (where p.outcome = 'no_response')::integer as no_response,
  count(*) filter (where p.outcome = 'ongoing')::integer as ongoing,
  round(count(*) filter (where p.outcome = 'converted')::numeric / count(*), 4) as conversion_rate
from per_thread p
group by p.client_id, p.channel, p.authorship;
comment on view public.conversation_authorship_outcomes is 'Threads by who wrote our messages (ai, human, escalated_to_human, mixed, unknown) against the outcome: AI vs human effectiveness.';
select private.secure_view('public.conversation_turns_outcomes');
select private.secure_view('public.conversation_response_time_outcomes');
select private.secure_view('public.objection_outcomes');
select private.secure_view('public.conversation_authorship_outcomes');
