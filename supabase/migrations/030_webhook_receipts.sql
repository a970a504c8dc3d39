-- 030_webhook_receipts (intake, step 1): where webhooks come in and how they are kept.
-- Objects: tables webhook_sources, webhook_receipts; function public.register_webhook_source().
-- Nothing lost: every authenticated body is stored raw in webhook_receipts before it is parsed;
-- its status says what became of it, and a failed or rejected one can be replayed
-- (public.process_webhook_receipt(), 039). `body` is text, which cannot hold a NUL byte or invalid
-- UTF-8: such a body is stored as text with those bytes replaced (what the parser saw) AND byte for
-- byte in raw_body.
-- Security: a source's token hash and signing secret are readable by service_role only (column
-- grants); members of a client read its sources' public columns and its receipts.

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
  foreign key (client_id, source_id) references public.webhook_sources (client_id, id) on delete cascade
);

create index webhook_receipts_status_idx on public.webhook_receipts (status, received_at)
  where status in ('received', 'failed');
create index webhook_receipts_client_idx on public.webhook_receipts (client_id, received_at);
comment on table public.webhook_receipts is 'Every authenticated webhook body as received, before parsing. status: received → processed, rejected (malformed; issues name the fields) or failed (error kept; replayable).';
comment on column public.webhook_receipts.raw_body is 'The request body byte for byte, kept only when `body` could not hold it (invalid UTF-8 or NUL bytes); `body` then has U+FFFD for invalid sequences and no NULs.';
comment on column public.webhook_receipts.skipped is 'Events of a kind CIS does not ingest (counted by public.ingest_all_events, never stored elsewhere); replaying the receipt ingests them once CIS knows the kind.';
comment on column public.webhook_receipts.unmatched is 'Events naming no lead CIS could find or create (no email, phone or LinkedIn URL).';
select private.secure_tenant_table('public.webhook_sources');
select private.secure_tenant_table('public.webhook_receipts');

-- Secrets stay with service_role: replace the table-wide SELECT with the public columns.
revoke select on public.webhook_sources from authenticated;
grant select (id, client_id, provider, name, active, created_at) on public.webhook_sources to authenticated;

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
