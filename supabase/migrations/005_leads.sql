-- 005_leads: the people a client contacts, each linked to its pool record when enriched.
-- Objects: enum lead_status; table leads; trigger functions private.check_timezone() (on clients,
--          lead_pool and leads), private.lead_defaults_from_pool().
-- Dedupe: one lead per (client, normalised email); phone and LinkedIn identities are added by
--         032_engagement_binding.
-- Pool link: (client_id, lead_pool_id) references lead_assignments (003), so a lead can only point
--         at a pool record assigned to its own client: nobody, an analyst editing a lead included,
--         can link another client's person and read their enrichment through the detectors.
-- Security: members read; owners/analysts edit (e.g. mark do-not-contact); service_role writes.
-- Triggers on leads, in firing order (BEFORE ROW): leads_10_check_timezone,
-- leads_20_defaults_from_pool, leads_30_touch_updated_at.

create type public.lead_status as enum (
  'new', 'contacted', 'engaged', 'replied', 'interested', 'meeting_booked', 'converted',
  'rejected', 'unsubscribed', 'bounced'
);
create table public.leads (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  lead_pool_id uuid references public.lead_pool (id) on delete set null,
  email text,
  email_normalized text generated always as (nullif(lower(trim(email)), '')) stored,
  first_name text,
  last_name text,
  phone text,
  linkedin_url text,
  title text,
  company text,
  timezone text,
  status public.lead_status not null default 'new',
  lead_converted boolean not null default false,
  meeting_booked boolean not null default false,
  do_not_contact boolean not null default false,
  do_not_contact_reason text,
  do_not_contact_at timestamptz,
  unsubscribed_at timestamptz,
  bounced_at timestamptz,
  complained_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (client_id, id),
  constraint leads_pool_assigned_to_client foreign key (client_id, lead_pool_id)
    references public.lead_assignments (client_id, lead_pool_id) on delete set null (lead_pool_id)
);
create unique index leads_client_email_key on public.leads (client_id, email_normalized)
  where email_normalized is not null;
create index leads_pool_idx on public.leads (lead_pool_id);
create index leads_client_status_idx on public.leads (client_id, status);
comment on table public.leads is 'A person one client contacts; enriched attributes live on the linked lead_pool row.';
comment on column public.leads.do_not_contact is 'True once the lead unsubscribed, complained or asked not to be contacted: no engine may contact them again.';
comment on column public.leads.timezone is 'IANA zone used for the lead''s local time; copied from the pool record when not given.';
comment on column public.leads.lead_pool_id is 'The enriched pool record of this person; it must be assigned to the lead''s client (leads_pool_assigned_to_client).';

-- Invalid zone names are refused at write time with Postgres' own error (22023), so every later
-- `at time zone` on a stored zone is safe.
create function private.check_timezone()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.timezone is not null then
    perform pg_catalog.timezone(new.timezone, pg_catalog.now());
  end if;
  return new;
end;
$$;
comment on function private.check_timezone() is 'BEFORE trigger: refuses rows whose timezone is not a known IANA zone.';
revoke all on function private.check_timezone() from public, anon, authenticated;

-- SECURITY DEFINER: reads lead_pool, which a signed-in analyst creating a lead may not see.
-- It only copies the pool's timezone onto the new row; search_path is pinned.
create function private.lead_defaults_from_pool()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.timezone is null and new.lead_pool_id is not null then
    select p.timezone into new.timezone from public.lead_pool p where p.id = new.lead_pool_id;
  end if;
  return new;
end;
$$;
comment on function private.lead_defaults_from_pool() is 'BEFORE INSERT trigger: a lead without a timezone takes its pool record''s.';
revoke all on function private.lead_defaults_from_pool() from public, anon, authenticated;
create trigger leads_20_defaults_from_pool before insert on public.leads
  for each row execute function private.lead_defaults_from_pool();
create trigger leads_10_check_timezone before insert or update of timezone on public.leads
  for each row execute function private.check_timezone();
create trigger leads_30_touch_updated_at before update on public.leads
  for each row execute function private.touch_updated_at();
create trigger lead_pool_check_timezone before insert or update of timezone on public.lead_pool
  for each row execute function private.check_timezone();
create trigger clients_10_check_timezone before insert or update of timezone on public.clients
  for each row execute function private.check_timezone();
select private.secure_tenant_table('public.leads', editable => true);
