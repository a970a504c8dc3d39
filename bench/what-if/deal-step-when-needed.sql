-- What-if for `npm run bench -- --what-if bench/what-if/deal-step-when-needed.sql`: 055's
-- public.ingest_all_events calls public.ingest_deal_events for every webhook, deal events or not,
-- so that deal events waiting for their lead are applied as soon as possible. That call takes a
-- per-client advisory lock held to the end of the transaction (054) and refreshes attribution and
-- thread outcomes even for an empty batch (~40 ms): every webhook of a client waits for the one
-- before it, and a single open costs ~50 ms instead of ~6 ms. Here the deal step runs only when
-- the batch has deal events or deal events of the client are waiting (deal_id null), which is
-- when it has anything to apply. Not a migration: the owners of 054/055 decide.
-- The rest of the function is 055's as of this writing, unchanged.

create or replace function public.ingest_all_events(p_client_id uuid, p_events jsonb)
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
    engagement := public.ingest_events(p_client_id,
      (select jsonb_agg(e order by o) from jsonb_array_elements(p_events) with ordinality x (e, o) where e->>'type' = 'engagement'));
  end if;
  if exists (select 1 from jsonb_array_elements(p_events) e where e->>'type' = 'meeting') then
    meetings := public.ingest_meeting_events(p_client_id,
      (select jsonb_agg(e order by o) from jsonb_array_elements(p_events) with ordinality x (e, o) where e->>'type' = 'meeting'));
  end if;
  -- What-if: the deal step only when there is something for it to do (deal events in the batch,
  -- or deal events of this client waiting for their lead); otherwise the result it would return.
  if exists (select 1 from jsonb_array_elements(p_events) e where e->>'type' = 'deal')
     or exists (select 1 from public.deal_events d where d.client_id = p_client_id and d.deal_id is null) then
    deals := public.ingest_deal_events(p_client_id,
      coalesce((select jsonb_agg(e order by o) from jsonb_array_elements(p_events) with ordinality x (e, o) where e->>'type' = 'deal'), '[]'::jsonb));
  else
    deals := jsonb_build_object('accepted', 0, 'duplicates', 0, 'pending', 0, 'unmatched', 0, 'released', 0,
      'unmapped_stages', 0, 'skipped', 0);
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
