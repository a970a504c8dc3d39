-- 044_intake_functions (Phase 24C): what the ingest edge function and `cis replay` need beyond 032.
-- Objects: webhook_receipts.raw_body, .skipped, .unmatched; function public.process_webhook_receipt().
-- Nothing destructive: three nullable columns and one function.
-- Lossless: `body` is text, which cannot hold a NUL byte or invalid UTF-8. Such a body is stored
-- as text with those bytes replaced (what the parser saw) AND byte for byte in raw_body.

alter table public.webhook_receipts
  add column raw_body bytea,
  add column skipped integer,
  add column unmatched integer;
comment on column public.webhook_receipts.raw_body is 'The request body byte for byte, kept only when `body` could not hold it (invalid UTF-8 or NUL bytes); `body` then has U+FFFD for invalid sequences and no NULs.';
comment on column public.webhook_receipts.skipped is 'Events CIS has no ingestion for yet (meetings, deals until their functions exist): replay the receipt once it has.';
comment on column public.webhook_receipts.unmatched is 'Events naming no lead CIS could find or create (no email, phone or LinkedIn URL).';

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
