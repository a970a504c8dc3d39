-- 035_summary_rebuild: one function that recomputes every trigger-kept summary from the event
-- tables, for repairs, backfills and to prove the incremental path right.
-- Objects: public.rebuild_summaries(client_id uuid).
-- Security: service_role only.

create function public.rebuild_summaries(p_client_id uuid default null)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  activity_ids uuid[];
  lead_ids uuid[];
  thread_ids uuid[];
begin
  select coalesce(array_agg(a.id), '{}') into activity_ids
  from public.activities a where p_client_id is null or a.client_id = p_client_id;
  select coalesce(array_agg(l.id), '{}') into lead_ids
  from public.leads l where p_client_id is null or l.client_id = p_client_id;
  select coalesce(array_agg(t.id), '{}') into thread_ids
  from public.conversation_threads t where p_client_id is null or t.client_id = p_client_id;

  -- Machine flags first: the engagement summaries count human events from them.
  perform private.reclassify_email_events(activity_ids);
  perform private.refresh_activity_engagement(activity_ids);
  perform private.refresh_lead_touches(lead_ids);
  perform private.refresh_threads(thread_ids);

  return jsonb_build_object(
    'activities', cardinality(activity_ids),
    'leads', cardinality(lead_ids),
    'threads', cardinality(thread_ids)
  );
end;
$$;
comment on function public.rebuild_summaries(uuid) is 'Recomputes activity engagement summaries, touch order and thread stats from the stored events, for one client or all. Idempotent.';
revoke all on function public.rebuild_summaries(uuid) from public, anon, authenticated;
grant execute on function public.rebuild_summaries(uuid) to service_role;
