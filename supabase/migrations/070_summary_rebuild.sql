-- 070_summary_rebuild: one function that recomputes every trigger-kept summary from the stored
-- rows, for repairs, backfills and to prove the incremental path right.
-- Objects: public.rebuild_summaries(client_id uuid): events still waiting for a touch that exists
--          bound first (public.sweep_intake, 039), then activity engagement (026, machine flags
--          from 031 first), touch order, the reply fields kept from each reply's current analysis
--          (047), thread membership (045) and every thread figure (046).
-- Not rebuilt: lead suppression and rejection reasons written by apply_reply_analysis (047).
-- They are decisions that only move forward (an opt-out is never undone by recomputation).
-- Security: service_role only.

create function public.rebuild_summaries(p_client_id uuid default null)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  activity_ids uuid[];
  lead_ids uuid[];
  reply_ids uuid[];
  thread_ids uuid[];
  swept jsonb;
begin
  -- An event waiting in pending_email_events whose send is stored belongs in the summaries: bind it
  -- (and any channel event or reply still waiting for a touch that exists) before recounting.
  swept := public.sweep_intake(p_client_id);

  select coalesce(array_agg(a.id), '{}') into activity_ids
  from public.activities a where p_client_id is null or a.client_id = p_client_id;
  select coalesce(array_agg(l.id), '{}') into lead_ids
  from public.leads l where p_client_id is null or l.client_id = p_client_id;
  select coalesce(array_agg(r.id), '{}') into reply_ids
  from public.replies r where p_client_id is null or r.client_id = p_client_id;

  -- Machine flags first: the engagement summaries count human events from them.
  perform private.reclassify_email_events(activity_ids);
  perform private.refresh_activity_engagement(activity_ids);
  perform private.refresh_lead_touches(lead_ids);

  -- A reply's analysed fields are those of its current analysis.
  update public.replies r set
    reply_intent = x.intent,
    sentiment = x.sentiment,
    sentiment_score = x.sentiment_score,
    objection_type = x.objection_type,
    rejection_reason = x.rejection_reason,
    question_extracted = x.question_extracted,
    out_of_office_until = case when x.intent = 'out_of_office' then x.return_date end,
    analyzed_at = x.analyzed_at
  from public.reply_analyses x
  where x.reply_id = r.id and x.is_current and r.id = any (reply_ids)
    and (r.reply_intent, r.sentiment, r.sentiment_score, r.objection_type, r.rejection_reason,
         r.question_extracted, r.out_of_office_until, r.analyzed_at)
      is distinct from
        (x.intent, x.sentiment, x.sentiment_score, x.objection_type, x.rejection_reason, x.question_extracted,
         case when x.intent = 'out_of_office' then x.return_date end, x.analyzed_at);

  -- Thread membership is derived from touches and replies (045); unbound replies stay put.
  perform private.thread_activities(activity_ids);
  perform private.thread_replies(reply_ids, false);

  select coalesce(array_agg(t.id), '{}') into thread_ids
  from public.conversation_threads t where p_client_id is null or t.client_id = p_client_id;
  perform private.refresh_threads(thread_ids);

  return jsonb_build_object(
    'bound', (swept->>'touches_bound')::integer,
    'activities', cardinality(activity_ids),
    'leads', cardinality(lead_ids),
    'replies', cardinality(reply_ids),
    'threads', cardinality(thread_ids)
  );
end;
$$;
comment on function public.rebuild_summaries(uuid) is 'Binds events still waiting for a touch that exists, then recomputes activity engagement summaries, touch order, reply analysis fields, thread membership and every thread figure (outcome and status included) from the stored rows, for one client or all. Idempotent.';
revoke all on function public.rebuild_summaries(uuid) from public, anon, authenticated;
grant execute on function public.rebuild_summaries(uuid) to service_role;
