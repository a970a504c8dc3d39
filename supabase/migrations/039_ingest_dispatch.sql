-- 039_ingest_dispatch (intake, last step): one entry point for a mixed batch of canonical events,
-- the drain that ingests the receipt queue in batches, and the sweep behind it.
-- Objects: public.ingest_all_events(client_id uuid, events jsonb) returning
--          {accepted, duplicates, pending, unmatched, skipped, engagement, meetings, deals};
--          public.process_webhook_receipt(receipt_id, events);
--          public.drain_webhook_receipts(limit, max_events);
--          public.sweep_intake(client_id); the pg_cron jobs cis-drain-webhooks (every 2 seconds)
--          and cis-sweep-intake (every minute) where pg_cron exists.
-- Engagement events go to public.ingest_engagement_events (033), meeting events to
-- public.ingest_meeting_events (037), deal events to public.ingest_deal_events (038); the totals are
-- the sums of the three results, which are also returned as they are. skipped counts events of no
-- known type. Deal events waiting for their lead are applied as soon as a batch brings deal events
-- or a crm_links row makes one applicable (private.deal_events_releasable).
-- Receiving and ingesting are apart: the ingest function stores each body with its canonical
-- events as a `received` receipt (030) and answers; the drain takes up to `limit` queued receipts,
-- oldest first, `for update skip locked`, and ingests each client's events in one call. Where
-- pg_cron exists (Supabase) it runs every 2 seconds; locally `npm run serve` and `npm start` run a
-- loop that drains as receipts arrive (shared/handlers/ingest/drain.ts). A receipt the drain
-- cannot ingest fails alone (the others of its batch are ingested) and keeps today's failed /
-- replay semantics; a drain that dies mid-way leaves its receipts `received`, picked up again.
-- Freshness: a webhook is in the summaries — and an unsubscribe, complaint or STOP in leads, so in
-- public.can_contact() (047) — once a drain has taken it: on Supabase within the pg_cron interval
-- (2 s) plus the drain's own time (about a second for a full batch of 10 000 events), locally within
-- 100 ms of its answer plus the drain's time; while a backlog lasts, its size over the drain's rate.
-- The oldest `received` receipt says how far behind the drain is. A caller that must know (an engine
-- about to contact a lead) posts with ?wait=true and gets the outcome once it is ingested.
-- Lock order, everywhere: the client's intake lock (030) first, before anything is read or
-- written; a deadlock or serialization failure that still happens (against a writer outside the
-- intake) is retried here, never reported to a sender.
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
  kinds record;
begin
  if p_events is null or jsonb_typeof(p_events) <> 'array' then
    raise exception 'events must be a JSON array of canonical events' using errcode = '22023';
  end if;
  perform private.lock_client_intake(p_client_id);
  select
    count(*) filter (where e->>'type' is null or e->>'type' not in ('engagement', 'meeting', 'deal')) as unknown,
    count(*) filter (where e->>'type' = 'engagement') as engagement,
    count(*) filter (where e->>'type' = 'meeting') as meetings,
    count(*) filter (where e->>'type' = 'deal') as deals,
    count(*) as total
  into kinds
  from jsonb_array_elements(p_events) e;
  unknown := kinds.unknown;

  if kinds.engagement > 0 then
    engagement := public.ingest_engagement_events(p_client_id,
      case when kinds.engagement = kinds.total then p_events
      else (select jsonb_agg(e order by o) from jsonb_array_elements(p_events) with ordinality x (e, o) where e->>'type' = 'engagement') end);
  end if;
  if kinds.meetings > 0 then
    meetings := public.ingest_meeting_events(p_client_id,
      (select jsonb_agg(e order by o) from jsonb_array_elements(p_events) with ordinality x (e, o) where e->>'type' = 'meeting'));
  end if;
  -- Deal events waiting for their lead are applied by any call for the client that can apply them:
  -- one with deal events, or one after a crm_links row named a waiting deal's lead.
  if kinds.deals > 0 or private.deal_events_releasable(p_client_id) then
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
comment on function public.ingest_all_events(uuid, jsonb) is 'Ingests a mixed batch of canonical events for one client under its intake lock: engagement → ingest_engagement_events, meetings → ingest_meeting_events, deals → ingest_deal_events (which also applies waiting deal events that can now be). Returns the summed {accepted, duplicates, pending, unmatched}, skipped (unknown types) and each part''s own result.';
revoke all on function public.ingest_all_events(uuid, jsonb) from public, anon, authenticated;
grant execute on function public.ingest_all_events(uuid, jsonb) to service_role;

-- Why a receipt could not be ingested, as the receipt keeps it: a value the database refused
-- (data exception, NOT NULL or CHECK violation, program limit such as an index row too large) can
-- never succeed on a retry, so the body is `rejected`; anything else is a `failed` receipt.
create function private.receipt_failure(p_sqlstate text)
returns text
language sql
immutable
set search_path = ''
as $$
  select case when p_sqlstate ~ '^(22|23502|23514|54)' then 'rejected' else 'failed' end
$$;
comment on function private.receipt_failure(text) is 'rejected for a SQLSTATE that means a value of the payload cannot be stored, failed for any other error.';
revoke all on function private.receipt_failure(text) from public, anon, authenticated;
grant execute on function private.receipt_failure(text) to service_role;

-- Ingests a stored receipt's events and marks it processed in the same transaction, so a receipt
-- is never `processed` without its events, nor its events in without the receipt saying so.
-- p_events, when given, replaces the stored events first (`cis replay` parses the body again, with
-- today's parser); otherwise the events stored with the receipt are ingested. The receipt row is
-- locked first: two runs for one receipt (a replay and the drain) go one after the other.
create function public.process_webhook_receipt(p_receipt_id uuid, p_events jsonb default null)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  receipt record;
  parsed jsonb;
  result jsonb;
begin
  select r.client_id, r.events into receipt from public.webhook_receipts r where r.id = p_receipt_id for update;
  if not found then
    raise exception 'no webhook receipt %', p_receipt_id using errcode = 'P0002';
  end if;
  parsed := coalesce(p_events, receipt.events);
  if parsed is null or jsonb_typeof(parsed) <> 'array' then
    raise exception 'webhook receipt % has no parsed events: replay it to parse its body', p_receipt_id using errcode = '22023';
  end if;
  -- A body of only recognised-but-ignored vendor events needs no ingestion round.
  result := case when pg_catalog.jsonb_array_length(parsed) = 0
    then '{"accepted":0,"duplicates":0,"pending":0,"unmatched":0,"skipped":0}'::jsonb
    else public.ingest_all_events(receipt.client_id, parsed) end;
  update public.webhook_receipts set
    status = 'processed',
    events = parsed,
    event_count = pg_catalog.jsonb_array_length(parsed),
    accepted = (result->>'accepted')::integer,
    duplicates = (result->>'duplicates')::integer,
    pending = (result->>'pending')::integer,
    skipped = (result->>'skipped')::integer,
    unmatched = (result->>'unmatched')::integer,
    error = null,
    issues = null,
    attempts = attempts + 1,
    processed_at = pg_catalog.clock_timestamp()
  where id = p_receipt_id;
  return result;
end;
$$;
comment on function public.process_webhook_receipt(uuid, jsonb) is 'Ingests a stored webhook receipt''s canonical events (the given ones, which then replace the stored ones, else the stored ones) through public.ingest_all_events and marks the receipt processed with the counts, in one transaction. Used by the ingest function when the caller asks to wait, and by `cis replay`.';
revoke all on function public.process_webhook_receipt(uuid, jsonb) from public, anon, authenticated;
grant execute on function public.process_webhook_receipt(uuid, jsonb) to service_role;

-- The drain: up to p_limit queued receipts (and about p_max_events events: one ingest call stays a
-- batch the planner and the memory handle well), oldest first, skipping any another drain (or a
-- replay) holds; per client, in client order, all their events in one ingest_all_events call, the
-- receipts marked processed in the same transaction. Each client's ingest runs in a
-- subtransaction: a deadlock or serialization failure is retried (three times), and any other
-- error sends that client's receipts through one at a time, so a bad one fails (or is rejected)
-- alone and the rest are ingested. A receipt's counts are kept when it was its client's only one
-- in the batch; the batch's totals are returned.
create function public.drain_webhook_receipts(p_limit integer default 1000, p_max_events integer default 10000)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  ids uuid[];
  c record;
  r record;
  merged jsonb;
  result jsonb;
  attempt integer;
  alone boolean;
  state text;
  message text;
  outcome text;
  totals jsonb := jsonb_build_object('receipts', 0, 'events', 0, 'clients', 0, 'processed', 0, 'failed', 0,
    'rejected', 0, 'accepted', 0, 'duplicates', 0, 'pending', 0, 'unmatched', 0, 'skipped', 0);
begin
  if p_limit is null or p_limit < 1 or p_max_events is null or p_max_events < 1 then
    raise exception 'limit and max_events must be at least 1' using errcode = '22023';
  end if;
  -- The oldest queued receipts up to p_limit of them and p_max_events events in all (the first
  -- always, however large), then locked; one another drain holds already is left to it.
  select array_agg(q.id order by q.received_at, q.id) into ids
  from (
    select w.id, w.received_at from public.webhook_receipts w
    where w.id in (
      select upto.id from (
        select z.id, sum(z.event_count) over (order by z.received_at, z.id) - z.event_count as before
        from (select q2.id, q2.received_at, coalesce(q2.event_count, 0) as event_count from public.webhook_receipts q2
              where q2.status = 'received' and q2.events is not null
              order by q2.received_at, q2.id
              limit p_limit) z
      ) upto
      where upto.before < p_max_events)
      and w.status = 'received'
    for update skip locked
  ) q;
  if ids is null then
    return totals;
  end if;

  for c in
    select w.client_id, count(*)::integer as receipts, sum(w.event_count)::integer as events
    from public.webhook_receipts w where w.id = any (ids)
    group by w.client_id order by w.client_id
  loop
    totals := totals || jsonb_build_object('receipts', (totals->>'receipts')::integer + c.receipts,
      'events', (totals->>'events')::integer + coalesce(c.events, 0), 'clients', (totals->>'clients')::integer + 1);
    select coalesce(jsonb_agg(x.e order by w.received_at, w.id, x.ord), '[]'::jsonb) into merged
    from public.webhook_receipts w
    cross join lateral jsonb_array_elements(w.events) with ordinality as x (e, ord)
    where w.id = any (ids) and w.client_id = c.client_id;
    alone := c.receipts = 1;
    result := null;
    attempt := 0;
    loop
      attempt := attempt + 1;
      begin
        result := public.ingest_all_events(c.client_id, merged);
        update public.webhook_receipts set
          status = 'processed',
          accepted = case when alone then (result->>'accepted')::integer end,
          duplicates = case when alone then (result->>'duplicates')::integer end,
          pending = case when alone then (result->>'pending')::integer end,
          skipped = case when alone then (result->>'skipped')::integer end,
          unmatched = case when alone then (result->>'unmatched')::integer end,
          error = null,
          issues = null,
          attempts = attempts + 1,
          processed_at = pg_catalog.clock_timestamp()
        where id = any (ids) and client_id = c.client_id;
        exit;
      exception when deadlock_detected or serialization_failure then
        result := null;
        exit when attempt >= 3;
      when others then
        result := null;
        exit;
      end;
    end loop;

    if result is not null then
      totals := totals || jsonb_build_object(
        'processed', (totals->>'processed')::integer + c.receipts,
        'accepted', (totals->>'accepted')::integer + (result->>'accepted')::integer,
        'duplicates', (totals->>'duplicates')::integer + (result->>'duplicates')::integer,
        'pending', (totals->>'pending')::integer + (result->>'pending')::integer,
        'unmatched', (totals->>'unmatched')::integer + (result->>'unmatched')::integer,
        'skipped', (totals->>'skipped')::integer + (result->>'skipped')::integer);
      continue;
    end if;

    -- One receipt at a time: the one that cannot be ingested is kept as failed or rejected.
    for r in
      select w.id, w.events from public.webhook_receipts w
      where w.id = any (ids) and w.client_id = c.client_id
      order by w.received_at, w.id
    loop
      attempt := 0;
      loop
        attempt := attempt + 1;
        begin
          result := public.process_webhook_receipt(r.id);
          totals := totals || jsonb_build_object(
            'processed', (totals->>'processed')::integer + 1,
            'accepted', (totals->>'accepted')::integer + (result->>'accepted')::integer,
            'duplicates', (totals->>'duplicates')::integer + (result->>'duplicates')::integer,
            'pending', (totals->>'pending')::integer + (result->>'pending')::integer,
            'unmatched', (totals->>'unmatched')::integer + (result->>'unmatched')::integer,
            'skipped', (totals->>'skipped')::integer + (result->>'skipped')::integer);
          exit;
        exception when others then
          get stacked diagnostics state = returned_sqlstate, message = message_text;
          continue when state in ('40P01', '40001') and attempt < 3;
          outcome := private.receipt_failure(state);
          update public.webhook_receipts set
            status = outcome,
            error = pg_catalog.left(state || ': ' || pg_catalog.regexp_replace(message, '\s+', ' ', 'g'), 500),
            issues = case when outcome = 'rejected' then jsonb_build_array(jsonb_build_object('path', '',
              'message', 'a value in this payload cannot be stored (too long, out of range, or empty where one is required)')) end,
            attempts = attempts + 1,
            processed_at = pg_catalog.clock_timestamp()
          where id = r.id;
          totals := totals || jsonb_build_object(outcome, (totals->>outcome)::integer + 1);
          exit;
        end;
      end loop;
    end loop;
  end loop;
  return totals;
end;
$$;
comment on function public.drain_webhook_receipts(integer, integer) is 'Ingests up to p_limit queued (received) webhook receipts and about p_max_events events, oldest first, skipping locked ones: one ingest_all_events call per client, receipts marked processed in the same transaction; a receipt that cannot be ingested is marked failed or rejected alone. Run every 2 seconds by pg_cron (cis-drain-webhooks) on Supabase, by a loop in `npm run serve` / `npm start` locally. Returns the batch''s totals.';
revoke all on function public.drain_webhook_receipts(integer, integer) from public, anon, authenticated;
grant execute on function public.drain_webhook_receipts(integer, integer) to service_role;

-- The safety net behind the intake's lock: binds email events still waiting in
-- pending_email_events, channel events and replies whose touch exists (a writer outside the
-- intake — an engine inserting activities directly — can race the intake), and applies waiting
-- deal events a crm_links row made applicable. Per client, under its intake lock. Nothing is
-- stranded: whatever waits for a touch that exists is bound by the next sweep at the latest.
create function public.sweep_intake(p_client_id uuid default null)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  c record;
  ids uuid[];
  done jsonb;
  touches integer := 0;
  released integer := 0;
  clients integer := 0;
begin
  for c in
    select distinct x.client_id from (
      select p.client_id from public.pending_email_events p
      where exists (select 1 from public.activities a
                    where a.client_id = p.client_id and a.provider = p.provider and a.provider_message_id = p.provider_message_id)
      union
      select ce.client_id from public.channel_events ce
      where ce.activity_id is null and ce.provider_message_id is not null
        and exists (select 1 from public.activities a
                    where a.client_id = ce.client_id and a.provider = ce.provider and a.provider_message_id = ce.provider_message_id)
      union
      select r.client_id from public.replies r
      where r.activity_id is null and r.provider_message_id is not null
        and exists (select 1 from public.activities a
                    where a.client_id = r.client_id and a.provider = r.provider and a.provider_message_id = r.provider_message_id)
      union
      select w.client_id from public.deal_events w where w.deal_id is null
    ) x
    where p_client_id is null or x.client_id = p_client_id
    order by x.client_id
  loop
    perform private.lock_client_intake(c.client_id);
    ids := array(
      select a.id from public.activities a
      where a.client_id = c.client_id and a.provider_message_id is not null
        and (exists (select 1 from public.pending_email_events p
                     where p.client_id = a.client_id and p.provider = a.provider and p.provider_message_id = a.provider_message_id)
          or exists (select 1 from public.channel_events ce
                     where ce.client_id = a.client_id and ce.provider = a.provider and ce.provider_message_id = a.provider_message_id
                       and ce.activity_id is null)
          or exists (select 1 from public.replies r
                     where r.client_id = a.client_id and r.provider = a.provider and r.provider_message_id = a.provider_message_id
                       and r.activity_id is null)));
    if cardinality(ids) > 0 then
      -- Outside batch ingestion the email_events trigger classifies what binds and refreshes the
      -- summaries (026), and the replies trigger moves bound replies to their touch's thread (045).
      perform private.bind_waiting_events(ids);
      touches := touches + cardinality(ids);
      clients := clients + 1;
    end if;
    if private.deal_events_releasable(c.client_id) then
      done := public.ingest_deal_events(c.client_id, '[]'::jsonb);
      released := released + coalesce((done->>'released')::integer, 0);
      clients := clients + case when cardinality(ids) > 0 then 0 else 1 end;
    end if;
  end loop;
  return jsonb_build_object('clients', clients, 'touches_bound', touches, 'deal_events_released', released);
end;
$$;
comment on function public.sweep_intake(uuid) is 'Binds waiting email events, channel events and replies whose touch exists and applies waiting deal events that can now be, for one client or all, each under its intake lock. The safety net behind the intake (every minute by pg_cron, cis-sweep-intake; also run by rebuild_summaries). Returns {clients, touches_bound, deal_events_released}.';
revoke all on function public.sweep_intake(uuid) from public, anon, authenticated;
grant execute on function public.sweep_intake(uuid) to service_role;

-- Where pg_cron exists (Supabase), the drain runs every 2 seconds and the sweep every minute; where
-- it does not (PGlite, a bare PostgreSQL) the local loop of `npm run serve` / `npm start` does both.
do $$
begin
  if exists (select 1 from pg_catalog.pg_available_extensions where name = 'pg_cron') then
    create extension if not exists pg_cron;
    perform cron.schedule('cis-drain-webhooks', '2 seconds', 'select public.drain_webhook_receipts()');
    perform cron.schedule('cis-sweep-intake', '* * * * *', 'select public.sweep_intake()');
  else
    raise notice 'pg_cron is not available here: the webhook drain and the intake sweep are not scheduled';
  end if;
end
$$;
