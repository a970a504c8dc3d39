-- 003_lead_pool (Phase 24A): the agency-wide pool of enriched people, and which client holds whom.
-- Objects: enum assignment_status; tables lead_pool, lead_assignments.
-- Dedupe: one pool row per Apollo person id, and per normalised email (lower-cased, trimmed).
-- Holding: one lead_assignments row per (client, pool lead); its status says whether the client
--          holds the person now. leads.lead_pool_id references it (005), so a lead can only point
--          at a pool record assigned to its own client.
-- Security: the pool is agency data; a client member sees a pool row only while it is assigned to
--           one of their clients. Only service_role writes.

create table public.lead_pool (
  id uuid primary key default gen_random_uuid(),
  apollo_id text unique,
  email text,
  email_normalized text generated always as (nullif(lower(trim(email)), '')) stored,
  first_name text,
  last_name text,
  full_name text,
  title text,
  linkedin_headline text,
  seniority text,
  departments text[] not null default '{}',
  subdepartments text[] not null default '{}',
  functions text[] not null default '{}',
  linkedin_url text,
  twitter_url text,
  photo_url text,
  phone text,
  email_status text,
  email_status_normalized text,
  email_domain_catchall boolean,
  person_city text,
  person_state text,
  person_country text,
  person_postal_code text,
  timezone text,
  timezone_source text check (timezone_source in ('apollo', 'city', 'country', 'manual')),
  employment_history jsonb not null default '[]'::jsonb,
  company_apollo_id text,
  company_name text,
  company_domain text,
  company_website text,
  company_linkedin_url text,
  company_industry text,
  company_industries text[] not null default '{}',
  company_keywords text[] not null default '{}',
  company_employee_count integer check (company_employee_count >= 0),
  company_revenue numeric check (company_revenue >= 0),
  company_revenue_printed text,
  company_total_funding numeric check (company_total_funding >= 0),
  company_total_funding_printed text,
  company_funding_stage text,
  company_latest_funding_date date,
  company_founded_year integer,
  company_technologies text[] not null default '{}',
  company_description text,
  company_city text,
  company_state text,
  company_country text,
  company_phone text,
  apollo_person jsonb,
  apollo_organization jsonb,
  enriched_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index lead_pool_email_normalized_key on public.lead_pool (email_normalized)
  where email_normalized is not null;
create index lead_pool_company_apollo_id_idx on public.lead_pool (company_apollo_id);
create index lead_pool_company_domain_idx on public.lead_pool (company_domain);
create index lead_pool_seniority_idx on public.lead_pool (seniority);
create trigger lead_pool_touch_updated_at before update on public.lead_pool
  for each row execute function private.touch_updated_at();
comment on table public.lead_pool is 'Agency-wide pool of people enriched from Apollo (person + organization), deduplicated on apollo_id then normalised email. The WHO detector learns from these attributes.';
comment on column public.lead_pool.seniority is 'Apollo seniority: owner, founder, c_suite, partner, vp, head, director, manager, senior, entry, intern.';
comment on column public.lead_pool.timezone is 'IANA zone of the person: Apollo time_zone, else from city + state/country, else the country when it has a single zone, else null (never guessed).';
comment on column public.lead_pool.email_status is 'Apollo email_status as received (lower-cased); email_status_normalized maps it onto a fixed vocabulary.';
comment on column public.lead_pool.company_revenue is 'Annual revenue in USD: Apollo organization_revenue or annual_revenue.';
comment on column public.lead_pool.company_technologies is 'Technology names the company uses (Apollo technology_names / current_technologies).';
comment on column public.lead_pool.employment_history is 'Apollo employment history items: organization_name, organization_id, title, start_date, end_date, current.';
create type public.assignment_status as enum ('active', 'released', 'converted');
create table public.lead_assignments (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  lead_pool_id uuid not null references public.lead_pool (id) on delete cascade,
  status public.assignment_status not null default 'active',
  assigned_at timestamptz not null default now(),
  released_at timestamptz,
  created_at timestamptz not null default now(),
  constraint lead_assignments_release_consistent check ((status = 'released') = (released_at is not null)),
  -- One row per (client, pool lead), whatever its status: the key leads.lead_pool_id references.
  constraint lead_assignments_client_pool_key unique (client_id, lead_pool_id)
);
create index lead_assignments_pool_idx on public.lead_assignments (lead_pool_id);
comment on table public.lead_assignments is 'Which client holds which pool lead, since when, and in what status: one row per (client, pool lead). A client''s leads may only link pool records assigned to that client.';
alter table public.lead_pool enable row level security;
alter table public.lead_assignments enable row level security;
revoke all on public.lead_pool, public.lead_assignments from anon, authenticated, service_role;
grant select on public.lead_pool, public.lead_assignments to authenticated;
grant select, insert, update, delete on public.lead_pool, public.lead_assignments to service_role;
create policy lead_pool_select_policy on public.lead_pool for select to authenticated
  using (exists (
    select 1 from public.lead_assignments a
    where a.lead_pool_id = lead_pool.id
      and a.status <> 'released'
      and a.client_id in (select private.member_client_ids())
  ));
create policy lead_assignments_select_policy on public.lead_assignments for select to authenticated
  using (client_id in (select private.member_client_ids()));
