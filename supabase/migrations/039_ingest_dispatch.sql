-- 039_ingest_dispatch (intake, last step): one entry point for a mixed batch of canonical events,
-- and the receipt that carried them.
-- Objects: public.ingest_all_events(client_id uuid, events jsonb) returning
--          {accepted, duplicates, pending, unmatched, skipped, engagement, meetings, deals};
--          public.process_webhook_receipt(receipt_id, events).
-- Engagement events go to public.ingest_engagement_events (033), meeting events to
-- public.ingest_meeting_events (037), deal events to public.ingest_deal_events (038); the totals are
-- the sums of the three results, which are also returned as they are. skipped counts events of no
-- known type. The deal step always runs, even without deal events, so deal events waiting for their
-- lead are applied as soon as a crm_links row or a new lead makes that possible.
-- Security: service_role only.

create function public.ingest_all_events(p_client_id uuid, p_events jsonb)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  engagement jsonb := '{}'::jsonb;
  meetings jsonb := '{}'::jsonb;
  deals jsonb;
  unknown integer;
  parts jsonb;
begin
  if p_events is null or jsonb_typeof(p_events) <> 'array' then
    raise exception 'events must be a JSON array of canonical events' using errcode = '22023';
  end if;
  select count(*) filter (where e->>'type' is null or e->>'type' not in ('engagement', 'meeting', 'deal'))
    into unknown
  from jsonb_array_elements(p_events) e;

  if exists (select 1 from jsonb_array_elements(p_events) e where e->>'type' = 'engagement') then
    engagement := public.ingest_engagement_events(p_client_id,
      (select jsonb_agg(e order by o) from jsonb_array_elements(p_events) with ordinality x (e, o) where e->>'type' = 'engagement'));
  end if;
  if exists (select 1 from jsonb_array_elements(p_events) e where e->>'type' = 'meeting') then
    meetings := public.ingest_meeting_events(p_client_id,
      (select jsonb_agg(e order by o) from jsonb_array_elements(p_events) with ordinality x (e, o) where e->>'type' = 'meeting'));
  end if;
  -- Deal events waiting for their lead are applied on any call for the client, so deals are
  -- ingested when the batch has some or some wait. Otherwise there is nothing to do, and the
  -- client-wide deal lock is not taken: it would queue every webhook of the client behind the
  -- others until each commits.
  if exists (select 1 from jsonb_array_elements(p_events) e where e->>'type' = 'deal')
     or exists (select 1 from public.deal_events w where w.client_id = p_client_id and w.deal_id is null) then
    deals := public.ingest_deal_events(p_client_id,
      coalesce((select jsonb_agg(e order by o) from jsonb_array_elements(p_events) with ordinality x (e, o) where e->>'type' = 'deal'), '[]'::jsonb));
  else
    deals := '{}'::jsonb;
  end if;

  parts := jsonb_build_array(engagement, meetings, deals);
  return jsonb_build_object(
    'accepted', (select coalesce(sum((p->>'accepted')::integer), 0) from jsonb_array_elements(parts) p),
    'duplicates', (select coalesce(sum((p->>'duplicates')::integer), 0) from jsonb_array_elements(parts) p),
    'pending', (select coalesce(sum((p->>'pending')::integer), 0) from jsonb_array_elements(parts) p),
    'unmatched', (select coalesce(sum((p->>'unmatched')::integer), 0) from jsonb_array_elements(parts) p),
    'skipped', unknown,
    'engagement', engagement,
    'meetings', meetings,
    'deals', deals
  );
end;
$$;
comment on function public.ingest_all_events(uuid, jsonb) is 'Ingests a mixed batch of canonical events for one client: engagement → ingest_engagement_events, meetings → ingest_meeting_events, deals → ingest_deal_events (which also applies waiting deal events). Returns the summed {accepted, duplicates, pending, unmatched}, skipped (unknown types) and each part''s own result.';
revoke all on function public.ingest_all_events(uuid, jsonb) from public, anon, authenticated;
grant execute on function public.ingest_all_events(uuid, jsonb) to service_role;

-- Ingests a stored receipt's parsed events and marks it processed in the same transaction, so a
-- receipt is never `processed` without its events, nor its events in without the receipt saying so.
-- The receipt row is locked first: two replays of one receipt run one after the other.
create function public.process_webhook_receipt(p_receipt_id uuid, p_events jsonb)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  receipt_client uuid;
  result jsonb;
begin
  select r.client_id into receipt_client from public.webhook_receipts r where r.id = p_receipt_id for update;
  if not found then
    raise exception 'no webhook receipt %', p_receipt_id using errcode = 'P0002';
  end if;
  -- A body of only recognised-but-ignored vendor events needs no ingestion round.
  result := case when pg_catalog.jsonb_array_length(p_events) = 0
    then '{"accepted":0,"duplicates":0,"pending":0,"unmatched":0,"skipped":0}'::jsonb
    else public.ingest_all_events(receipt_client, p_events) end;
  update public.webhook_receipts set
    status = 'processed',
    accepted = (result->>'accepted')::integer,
    duplicates = (result->>'duplicates')::integer,
    pending = (result->>'pending')::integer,
    skipped = (result->>'skipped')::integer,
    unmatched = (result->>'unmatched')::integer,
    error = null,
    issues = null,
    attempts = attempts + 1,
    processed_at = pg_catalog.now()
  where id = p_receipt_id;
  return result;
end;
$$;
comment on function public.process_webhook_receipt(uuid, jsonb) is 'Ingests the canonical events parsed from a stored webhook receipt (public.ingest_all_events for its client: engagement, meetings and deals) and marks the receipt processed with the counts, in one transaction. Used by the ingest function and `cis replay`.';
revoke all on function public.process_webhook_receipt(uuid, jsonb) from public, anon, authenticated;
grant execute on function public.process_webhook_receipt(uuid, jsonb) to service_role;
