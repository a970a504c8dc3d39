-- 030_webhook_receipts (intake, step 1): where webhooks come in, how they are kept, and the queue
-- they wait in.
-- Objects: tables webhook_sources, webhook_receipts; functions public.register_webhook_source(),
--          private.lock_client_intake().
-- Nothing lost: every authenticated body is stored, with the canonical events parsed from it, in
-- one insert before the sender gets its answer (200, or 400 with the issues for a body that does
-- not validate, kept as `rejected`). Receipts with status `received` are the queue:
-- public.drain_webhook_receipts() (039) ingests them in batches, oldest first; a crashed drain
-- leaves them `received`, to be picked up again. A failed or rejected one can be replayed.
-- `body` is text, which cannot hold a NUL byte or invalid UTF-8: such a body is stored as text
-- with those bytes replaced (what the parser saw) AND byte for byte in raw_body.
-- Secrets: a vendor secret carried in the body (Smartlead's secret_key) is replaced by
-- "[redacted]" in body and raw_body before storing; verified_by keeps which checks passed.
-- Security: a source's token hash and signing secret are readable by service_role only (column
-- grants). Members of a client read its sources' public columns and its receipts' status, counts
-- and issues; bodies, headers, parsed events and error text are service_role's alone (they are
-- the vendor's raw payload and CIS's internals, and `cis replay` runs as service_role).

create table public.webhook_sources (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  provider text not null check (provider in (
    'smartlead', 'salesforge', 'instantly', 'lemlist', 'twilio', 'cis',
    'calendly', 'calcom', 'hubspot', 'pipedrive'
  )),
  name text,
  -- The URL token identifies the client; only its SHA-256 is stored, so a database read does not
  -- reveal working webhook URLs.
  token_sha256 text not null unique check (token_sha256 ~ '^[0-9a-f]{64}$'),
  -- The vendor's signing secret (Twilio auth token, Calendly signing key, Cal.com secret,
  -- HubSpot client secret, Smartlead secret_key, Pipedrive basic-auth "user:password").
  signing_secret text,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  unique (client_id, id)
);
comment on table public.webhook_sources is 'A vendor account sending webhooks for one client: provider, URL token (hashed) and signing secret.';
comment on column public.webhook_sources.signing_secret is 'Vendor signing secret; readable by service_role only.';
create table public.webhook_receipts (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  source_id uuid not null,
  provider text not null,
  received_at timestamptz not null default now(),
  headers jsonb not null default '{}'::jsonb,
  body text not null,
  status text not null default 'received' check (status in ('received', 'processed', 'rejected', 'failed')),
  error text,
  issues jsonb,
  accepted integer,
  duplicates integer,
  pending integer,
  attempts integer not null default 0,
  processed_at timestamptz,
  raw_body bytea,
  skipped integer,
  unmatched integer,
  events jsonb check (events is null or jsonb_typeof(events) = 'array'),
  event_count integer check (event_count >= 0),
  verified_by text[] not null default '{}',
  foreign key (client_id, source_id) references public.webhook_sources (client_id, id) on delete cascade
);

-- The queue (status received, oldest first) and the replay selection (failed) in one index.
create index webhook_receipts_status_idx on public.webhook_receipts (status, received_at, id)
  where status in ('received', 'failed');
create index webhook_receipts_client_idx on public.webhook_receipts (client_id, received_at);
comment on table public.webhook_receipts is 'Every authenticated webhook body as received, with the canonical events parsed from it. status: received (queued for the drain) → processed; rejected (malformed: issues name the fields); failed (error kept; replayable).';
comment on column public.webhook_receipts.body is 'The body as text, vendor secrets redacted. service_role only.';
comment on column public.webhook_receipts.raw_body is 'The request body byte for byte (secrets redacted), kept only when `body` could not hold it (invalid UTF-8 or NUL bytes); `body` then has U+FFFD for invalid sequences and no NULs. service_role only.';
comment on column public.webhook_receipts.events is 'The canonical events parsed and validated from the body when it arrived (shared/ingest/canonical.ts): what the drain ingests. Null for a rejected body. service_role only.';
comment on column public.webhook_receipts.event_count is 'How many canonical events the body carried.';
comment on column public.webhook_receipts.verified_by is 'The checks the request passed before it was stored: token (the source''s URL token) and the vendor''s own (secret_key, header_secret, signature, basic_auth).';
comment on column public.webhook_receipts.accepted is 'Events stored as new. Counted when the receipt is processed on its own (wait=true, replay); null when a drain ingested it together with others (the drain reports the batch''s totals).';
comment on column public.webhook_receipts.duplicates is 'Events CIS already had (redeliveries). Counted as accepted is.';
comment on column public.webhook_receipts.pending is 'Events waiting for what they belong to (an open before its send, a deal before its lead). Counted as accepted is.';
comment on column public.webhook_receipts.processed_at is 'When the receipt''s events were ingested (committed with them), or when it was rejected or failed.';
comment on column public.webhook_receipts.error is 'Why processing failed (CIS''s internal error text, never shown to the sender). service_role only.';
comment on column public.webhook_receipts.skipped is 'Events of a kind CIS does not ingest (counted by public.ingest_all_events, never stored elsewhere); replaying the receipt ingests them once CIS knows the kind.';
comment on column public.webhook_receipts.unmatched is 'Events naming no lead CIS could find or create (no email, phone or LinkedIn URL).';
select private.secure_tenant_table('public.webhook_sources');
select private.secure_tenant_table('public.webhook_receipts');

-- Secrets stay with service_role: replace the table-wide SELECT with the public columns.
revoke select on public.webhook_sources from authenticated;
grant select (id, client_id, provider, name, active, created_at) on public.webhook_sources to authenticated;
revoke select on public.webhook_receipts from authenticated;
grant select (id, client_id, source_id, provider, received_at, status, issues, accepted, duplicates, pending,
  skipped, unmatched, attempts, processed_at, event_count, verified_by) on public.webhook_receipts to authenticated;

-- One ingest per client at a time: every intake entry point (ingest_engagement_events,
-- ingest_meeting_events, ingest_deal_events, ingest_all_events, the drain and the sweep) takes
-- this lock before it reads or writes anything, and holds it to commit. So a send and the open
-- that arrives with it can never miss each other (each sees the other's committed rows), two
-- first touches of one new person create one lead, and no two ingests of a client take row locks
-- in opposite orders (no deadlock). Receiving a webhook takes no lock at all: the drain ingests
-- the queue in batches, so serialising a client's ingests costs no throughput.
create function private.lock_client_intake(p_client_id uuid)
returns void
language sql
set search_path = ''
as $$
  select pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('cis.intake:' || p_client_id::text, 0))
$$;
comment on function private.lock_client_intake(uuid) is 'Takes the client''s intake lock (transaction-scoped advisory lock): one ingest per client at a time.';
revoke all on function private.lock_client_intake(uuid) from public, anon, authenticated;
grant execute on function private.lock_client_intake(uuid) to service_role;

-- Registers a source and returns its URL token once; only the hash is kept.
create function public.register_webhook_source(
  p_client_id uuid, p_provider text, p_signing_secret text default null, p_name text default null
)
returns table (source_id uuid, token text)
language plpgsql
set search_path = ''
as $$
declare
  new_token text := pg_catalog.encode(pg_catalog.decode(pg_catalog.md5(gen_random_uuid()::text || pg_catalog.clock_timestamp()::text), 'hex')
    || pg_catalog.decode(pg_catalog.replace(gen_random_uuid()::text, '-', ''), 'hex'), 'hex');
begin
  insert into public.webhook_sources (client_id, provider, name, token_sha256, signing_secret)
  values (p_client_id, p_provider, p_name, pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(new_token, 'UTF8')), 'hex'), p_signing_secret)
  returning id into source_id;
  token := new_token;
  return next;
end;
$$;
comment on function public.register_webhook_source(uuid, text, text, text) is 'Creates a webhook source for a client and returns its URL token (shown once; only its SHA-256 is stored).';
revoke all on function public.register_webhook_source(uuid, text, text, text) from public, anon, authenticated;
grant execute on function public.register_webhook_source(uuid, text, text, text) to service_role;
