-- 008_lead_import (Phase 24A): one set-based entry point for Apollo data.
-- Objects: public.import_lead_pool(records jsonb, assign_client uuid),
--          public.import_organizations(records jsonb).
-- Input: the normalised records shared/apollo produces (keys = lead_pool column names).
-- Dedupe: on apollo_id, then on normalised email; within a batch the last record for a person
--         wins. New values never erase known ones (null/empty keeps the stored value).
-- Assignment: with assign_client, each person is assigned to that client (at most one active
--         assignment) and gets a lead row for it (matched on the client's normalised email).
-- Security: executable by service_role only (the lead-import function and the CLI).

create function public.import_lead_pool(records jsonb, assign_client uuid default null)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  inserted integer;
  updated integer;
  assigned integer := 0;
  leads_created integer := 0;
begin
  if records is null or jsonb_typeof(records) <> 'array' then
    raise exception 'records must be a JSON array of lead pool records'
      using errcode = '22023';
  end if;

  drop table if exists pg_temp.incoming;
  create temporary table incoming on commit drop as
  select r.*, x.ordinality as seq
  from jsonb_array_elements(records) with ordinality as x (record, ordinality)
  cross join lateral jsonb_populate_record(null::public.lead_pool, x.record) as r;

  update pg_temp.incoming set email_normalized = nullif(lower(trim(email)), '');

  -- One record per person within the batch: the last one wins.
  delete from pg_temp.incoming i
  using pg_temp.incoming later
  where later.seq > i.seq
    and ((i.apollo_id is not null and later.apollo_id = i.apollo_id)
      or (i.email_normalized is not null and later.email_normalized = i.email_normalized));

  alter table pg_temp.incoming add column pool_id uuid;
  update pg_temp.incoming i set pool_id = p.id
  from public.lead_pool p where i.apollo_id is not null and p.apollo_id = i.apollo_id;
  update pg_temp.incoming i set pool_id = p.id
  from public.lead_pool p
  where i.pool_id is null
    and i.email_normalized is not null
    and p.email_normalized = i.email_normalized
    and (p.apollo_id is null or i.apollo_id is null or p.apollo_id = i.apollo_id);

  update public.lead_pool p set
    email = coalesce(r.email, p.email),
    first_name = coalesce(r.first_name, p.first_name),
    last_name = coalesce(r.last_name, p.last_name),
    full_name = coalesce(r.full_name, p.full_name),
    title = coalesce(r.title, p.title),
    linkedin_headline = coalesce(r.linkedin_headline, p.linkedin_headline),
    seniority = coalesce(r.seniority, p.seniority),
    departments = case when cardinality(r.departments) > 0 then r.departments else p.departments end,
    subdepartments = case when cardinality(r.subdepartments) > 0 then r.subdepartments else p.subdepartments end,
    functions = case when cardinality(r.functions) > 0 then r.functions else p.functions end,
    linkedin_url = coalesce(r.linkedin_url, p.linkedin_url),
    twitter_url = coalesce(r.twitter_url, p.twitter_url),
    photo_url = coalesce(r.photo_url, p.photo_url),
    phone = coalesce(r.phone, p.phone),
    email_status = coalesce(r.email_status, p.email_status),
    email_status_normalized = coalesce(r.email_status_normalized, p.email_status_normalized),
    email_domain_catchall = coalesce(r.email_domain_catchall, p.email_domain_catchall),
    person_city = coalesce(r.person_city, p.person_city),
    person_state = coalesce(r.person_state, p.person_state),
    person_country = coalesce(r.person_country, p.person_country),
    person_postal_code = coalesce(r.person_postal_code, p.person_postal_code),
    timezone = coalesce(r.timezone, p.timezone),
    timezone_source = coalesce(r.timezone_source, p.timezone_source),
    employment_history = case when coalesce(jsonb_array_length(r.employment_history), 0) > 0 then r.employment_history else p.employment_history end,
    company_apollo_id = coalesce(r.company_apollo_id, p.company_apollo_id),
    company_name = coalesce(r.company_name, p.company_name),
    company_domain = coalesce(r.company_domain, p.company_domain),
    company_website = coalesce(r.company_website, p.company_website),
    company_linkedin_url = coalesce(r.company_linkedin_url, p.company_linkedin_url),
    company_industry = coalesce(r.company_industry, p.company_industry),
    company_industries = case when cardinality(r.company_industries) > 0 then r.company_industries else p.company_industries end,
    company_keywords = case when cardinality(r.company_keywords) > 0 then r.company_keywords else p.company_keywords end,
    company_employee_count = coalesce(r.company_employee_count, p.company_employee_count),
    company_revenue = coalesce(r.company_revenue, p.company_revenue),
    company_revenue_printed = coalesce(r.company_revenue_printed, p.company_revenue_printed),
    company_total_funding = coalesce(r.company_total_funding, p.company_total_funding),
    company_total_funding_printed = coalesce(r.company_total_funding_printed, p.company_total_funding_printed),
    company_funding_stage = coalesce(r.company_funding_stage, p.company_funding_stage),
    company_latest_funding_date = coalesce(r.company_latest_funding_date, p.company_latest_funding_date),
    company_founded_year = coalesce(r.company_founded_year, p.company_founded_year),
    company_technologies = case when cardinality(r.company_technologies) > 0 then r.company_technologies else p.company_technologies end,
    company_description = coalesce(r.company_description, p.company_description),
    company_city = coalesce(r.company_city, p.company_city),
    company_state = coalesce(r.company_state, p.company_state),
    company_country = coalesce(r.company_country, p.company_country),
    company_phone = coalesce(r.company_phone, p.company_phone),
    apollo_person = coalesce(r.apollo_person, p.apollo_person),
    apollo_organization = coalesce(r.apollo_organization, p.apollo_organization),
    apollo_id = coalesce(p.apollo_id, r.apollo_id),
    enriched_at = pg_catalog.now()
  from pg_temp.incoming r
  where p.id = r.pool_id;
  get diagnostics updated = row_count;

  with created as (
    insert into public.lead_pool (
    apollo_id,
    email,
    first_name,
    last_name,
    full_name,
    title,
    linkedin_headline,
    seniority,
    departments,
    subdepartments,
    functions,
    linkedin_url,
    twitter_url,
    photo_url,
    phone,
    email_status,
    email_status_normalized,
    email_domain_catchall,
    person_city,
    person_state,
    person_country,
    person_postal_code,
    timezone,
    timezone_source,
    employment_history,
    company_apollo_id,
    company_name,
    company_domain,
    company_website,
    company_linkedin_url,
    company_industry,
    company_industries,
    company_keywords,
    company_employee_count,
    company_revenue,
    company_revenue_printed,
    company_total_funding,
    company_total_funding_printed,
    company_funding_stage,
    company_latest_funding_date,
    company_founded_year,
    company_technologies,
    company_description,
    company_city,
    company_state,
    company_country,
    company_phone,
    apollo_person,
    apollo_organization,
    enriched_at
    )
    select
    r.apollo_id,
    r.email,
    r.first_name,
    r.last_name,
    r.full_name,
    r.title,
    r.linkedin_headline,
    r.seniority,
    coalesce(r.departments, '{}'),
    coalesce(r.subdepartments, '{}'),
    coalesce(r.functions, '{}'),
    r.linkedin_url,
    r.twitter_url,
    r.photo_url,
    r.phone,
    r.email_status,
    r.email_status_normalized,
    r.email_domain_catchall,
    r.person_city,
    r.person_state,
    r.person_country,
    r.person_postal_code,
    r.timezone,
    r.timezone_source,
    coalesce(r.employment_history, '[]'::jsonb),
    r.company_apollo_id,
    r.company_name,
    r.company_domain,
    r.company_website,
    r.company_linkedin_url,
    r.company_industry,
    coalesce(r.company_industries, '{}'),
    coalesce(r.company_keywords, '{}'),
    r.company_employee_count,
    r.company_revenue,
    r.company_revenue_printed,
    r.company_total_funding,
    r.company_total_funding_printed,
    r.company_funding_stage,
    r.company_latest_funding_date,
    r.company_founded_year,
    coalesce(r.company_technologies, '{}'),
    r.company_description,
    r.company_city,
    r.company_state,
    r.company_country,
    r.company_phone,
    r.apollo_person,
    r.apollo_organization,
    pg_catalog.now()
    from pg_temp.incoming r
    where r.pool_id is null
    returning id, apollo_id, email_normalized
  )
  update pg_temp.incoming i set pool_id = c.id
  from created c
  where i.pool_id is null
    and ((i.apollo_id is not null and c.apollo_id = i.apollo_id)
      or (i.apollo_id is null and c.email_normalized = i.email_normalized));
  get diagnostics inserted = row_count;

  if assign_client is not null then
    insert into public.lead_assignments (client_id, lead_pool_id)
    select assign_client, i.pool_id from pg_temp.incoming i
    on conflict (client_id, lead_pool_id) where status = 'active' do nothing;
    get diagnostics assigned = row_count;

    -- A lead row per person for the client: link an existing lead with the same email, or
    -- create one.
    update public.leads l set lead_pool_id = p.id,
      timezone = coalesce(l.timezone, p.timezone),
      title = coalesce(l.title, p.title),
      company = coalesce(l.company, p.company_name)
    from pg_temp.incoming i join public.lead_pool p on p.id = i.pool_id
    where l.client_id = assign_client and l.email_normalized = p.email_normalized
      and l.lead_pool_id is null;

    insert into public.leads (client_id, lead_pool_id, email, first_name, last_name, phone, linkedin_url, title, company, timezone)
    select assign_client, p.id, p.email, p.first_name, p.last_name, p.phone, p.linkedin_url, p.title, p.company_name, p.timezone
    from pg_temp.incoming i join public.lead_pool p on p.id = i.pool_id
    where not exists (
      select 1 from public.leads l
      where l.client_id = assign_client
        and (l.lead_pool_id = p.id or (p.email_normalized is not null and l.email_normalized = p.email_normalized))
    )
    -- A person without an email is known to the client by phone, else LinkedIn (032's identity
    -- keys): a second pool record with the same phone or profile is the same lead, not a new one.
    on conflict do nothing;
    get diagnostics leads_created = row_count;
  end if;

  -- Leads that had no timezone learn it from their newly enriched pool record.
  update public.leads l set timezone = p.timezone
  from pg_temp.incoming i join public.lead_pool p on p.id = i.pool_id
  where l.lead_pool_id = p.id and l.timezone is null and p.timezone is not null;

  return jsonb_build_object(
    'received', jsonb_array_length(records),
    'inserted', inserted,
    'updated', updated,
    'assigned', assigned,
    'leads_created', leads_created
  );
end;
$$;
comment on function public.import_lead_pool(jsonb, uuid) is 'Upserts Apollo person records into lead_pool (dedupe on apollo_id, then email) and optionally assigns them to a client. Returns counts.';
revoke all on function public.import_lead_pool(jsonb, uuid) from public, anon, authenticated;
grant execute on function public.import_lead_pool(jsonb, uuid) to service_role;

-- Organization enrichment updates the company fields of every pool person at that company.
create function public.import_organizations(records jsonb)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  updated integer;
begin
  if records is null or jsonb_typeof(records) <> 'array' then
    raise exception 'records must be a JSON array of organization records'
      using errcode = '22023';
  end if;
  update public.lead_pool p set
    company_name = coalesce(o.company_name, p.company_name),
    company_domain = coalesce(o.company_domain, p.company_domain),
    company_website = coalesce(o.company_website, p.company_website),
    company_linkedin_url = coalesce(o.company_linkedin_url, p.company_linkedin_url),
    company_industry = coalesce(o.company_industry, p.company_industry),
    company_industries = case when cardinality(o.company_industries) > 0 then o.company_industries else p.company_industries end,
    company_keywords = case when cardinality(o.company_keywords) > 0 then o.company_keywords else p.company_keywords end,
    company_employee_count = coalesce(o.company_employee_count, p.company_employee_count),
    company_revenue = coalesce(o.company_revenue, p.company_revenue),
    company_revenue_printed = coalesce(o.company_revenue_printed, p.company_revenue_printed),
    company_total_funding = coalesce(o.company_total_funding, p.company_total_funding),
    company_total_funding_printed = coalesce(o.company_total_funding_printed, p.company_total_funding_printed),
    company_funding_stage = coalesce(o.company_funding_stage, p.company_funding_stage),
    company_latest_funding_date = coalesce(o.company_latest_funding_date, p.company_latest_funding_date),
    company_founded_year = coalesce(o.company_founded_year, p.company_founded_year),
    company_technologies = case when cardinality(o.company_technologies) > 0 then o.company_technologies else p.company_technologies end,
    company_description = coalesce(o.company_description, p.company_description),
    company_city = coalesce(o.company_city, p.company_city),
    company_state = coalesce(o.company_state, p.company_state),
    company_country = coalesce(o.company_country, p.company_country),
    company_phone = coalesce(o.company_phone, p.company_phone),
    apollo_organization = coalesce(o.apollo_organization, p.apollo_organization)
  from (
    select distinct on (coalesce(r.company_apollo_id, r.company_domain)) r.*
    from jsonb_populate_recordset(null::public.lead_pool, records) r
    where r.company_apollo_id is not null or r.company_domain is not null
  ) o
  where (o.company_apollo_id is not null and p.company_apollo_id = o.company_apollo_id)
     or (o.company_apollo_id is null and p.company_domain = o.company_domain);
  get diagnostics updated = row_count;
  return jsonb_build_object('received', jsonb_array_length(records), 'people_updated', updated);
end;
$$;
comment on function public.import_organizations(jsonb) is 'Applies Apollo organization enrichment to the company fields of all pool people at that company.';
revoke all on function public.import_organizations(jsonb) from public, anon, authenticated;
grant execute on function public.import_organizations(jsonb) to service_role;
