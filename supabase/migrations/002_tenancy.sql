-- 002_tenancy: the agency's client companies and who may see them.
-- Objects: enum member_role; tables clients, client_members; helpers
--          private.member_client_ids(), private.editor_client_ids(), private.owner_client_ids();
--          migration-time helpers private.secure_tenant_table(), private.secure_view().
-- Security: a signed-in user sees only the clients they belong to; owners and analysts may edit
--           a client's campaign data (through later tables' policies); viewers only read. Every
--           later tenant table and view is secured through the two helpers, in the migration that
--           creates it.
-- Triggers on clients, in firing order: BEFORE ROW clients_10_check_timezone (005),
-- clients_20_touch_updated_at; AFTER STMT clients_50_default_stage_mappings (035),
-- clients_60_engagement_settings (031).

create type public.member_role as enum ('owner', 'analyst', 'viewer');
comment on type public.member_role is 'owner: manages members and data; analyst: edits campaigns, experiments and outcomes; viewer: reads.';
create table public.clients (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(trim(name)) > 0),
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  timezone text not null default 'UTC',
  default_currency text not null default 'AUD' check (default_currency ~ '^[A-Z]{3}$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.clients is 'A client company the agency runs outbound campaigns for; the tenant boundary of CIS.';
create table public.client_members (
  client_id uuid not null references public.clients (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role public.member_role not null default 'viewer',
  created_at timestamptz not null default now(),
  primary key (client_id, user_id)
);
create index client_members_user_idx on public.client_members (user_id);
comment on table public.client_members is 'Which Supabase auth users belong to which client, and in what role.';
create trigger clients_20_touch_updated_at before update on public.clients
  for each row execute function private.touch_updated_at();

-- SECURITY DEFINER: policies on client_members itself (and every tenant table) need the caller's
-- memberships; reading client_members under its own RLS would recurse. The function returns only
-- the caller's own client ids (auth.uid()), takes no arguments, and pins search_path.
create function private.member_client_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select m.client_id from public.client_members m where m.user_id = (select auth.uid())
$$;
comment on function private.member_client_ids() is 'Client ids the signed-in user belongs to (any role). Used by RLS policies.';

-- SECURITY DEFINER for the same reason as member_client_ids().
create function private.editor_client_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select m.client_id from public.client_members m
  where m.user_id = (select auth.uid()) and m.role in ('owner', 'analyst')
$$;
comment on function private.editor_client_ids() is 'Client ids where the signed-in user may edit (owner or analyst). Used by RLS policies.';

-- SECURITY DEFINER for the same reason as member_client_ids().
create function private.owner_client_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select m.client_id from public.client_members m
  where m.user_id = (select auth.uid()) and m.role = 'owner'
$$;
comment on function private.owner_client_ids() is 'Client ids the signed-in user owns. Used by RLS policies.';
revoke all on function private.member_client_ids(), private.editor_client_ids(), private.owner_client_ids()
  from public, anon, authenticated;
grant execute on function private.member_client_ids(), private.editor_client_ids(), private.owner_client_ids()
  to authenticated, service_role;
alter table public.clients enable row level security;
alter table public.client_members enable row level security;
revoke all on public.clients, public.client_members from anon, authenticated, service_role;
grant select on public.clients to authenticated;
grant update (name, timezone, default_currency) on public.clients to authenticated;
grant select, insert, update, delete on public.clients to service_role;
grant select on public.client_members to authenticated;
grant insert, update, delete on public.client_members to authenticated;
grant select, insert, update, delete on public.client_members to service_role;
create policy clients_select_policy on public.clients for select to authenticated
  using (id in (select private.member_client_ids()));
create policy clients_update_policy on public.clients for update to authenticated
  using (id in (select private.owner_client_ids()))
  with check (id in (select private.owner_client_ids()));
create policy client_members_select_policy on public.client_members for select to authenticated
  using (client_id in (select private.member_client_ids()));
create policy client_members_insert_policy on public.client_members for insert to authenticated
  with check (client_id in (select private.owner_client_ids()));
create policy client_members_update_policy on public.client_members for update to authenticated
  using (client_id in (select private.owner_client_ids()))
  with check (client_id in (select private.owner_client_ids()));
create policy client_members_delete_policy on public.client_members for delete to authenticated
  using (client_id in (select private.owner_client_ids()));

-- Every tenant table (one with a client_id) is secured the same way; this procedure writes that
-- pattern once so no table can get it subtly wrong. Migrations call it in the same transaction
-- that creates the table. It runs as the migration owner only (no grants).
--   read:  authenticated members of the row's client;
--   write: authenticated owners/analysts of the row's client when `editable`, else nobody but
--          service_role (webhooks, functions), which bypasses RLS but still needs table grants.
create function private.secure_tenant_table(target regclass, editable boolean default false)
returns void
language plpgsql
set search_path = ''
as $$
declare
  tbl text := target::text;
  base text := (select c.relname from pg_catalog.pg_class c where c.oid = target);
begin
  execute pg_catalog.format('alter table %s enable row level security', tbl);
  execute pg_catalog.format('revoke all on %s from anon, authenticated, service_role', tbl);
  execute pg_catalog.format('grant select, insert, update, delete on %s to service_role', tbl);
  execute pg_catalog.format('grant select on %s to authenticated', tbl);
  execute pg_catalog.format(
    'create policy %I on %s for select to authenticated using (client_id in (select private.member_client_ids()))',
    base || '_select_policy', tbl);
  if editable then
    execute pg_catalog.format('grant insert, update, delete on %s to authenticated', tbl);
    execute pg_catalog.format(
      'create policy %I on %s for insert to authenticated with check (client_id in (select private.editor_client_ids()))',
      base || '_insert_policy', tbl);
    execute pg_catalog.format(
      'create policy %I on %s for update to authenticated using (client_id in (select private.editor_client_ids())) with check (client_id in (select private.editor_client_ids()))',
      base || '_update_policy', tbl);
    execute pg_catalog.format(
      'create policy %I on %s for delete to authenticated using (client_id in (select private.editor_client_ids()))',
      base || '_delete_policy', tbl);
  end if;
end;
$$;
comment on function private.secure_tenant_table(regclass, boolean) is 'Enables RLS, grants and the standard per-client policies on a tenant table. Migration-time only.';
revoke all on function private.secure_tenant_table(regclass, boolean) from public, anon, authenticated;

-- Views get the same treatment: Supabase's default privileges would hand every new view in
-- public to anon; views are security_invoker, so granting SELECT to authenticated exposes only
-- what the reader's RLS allows.
create function private.secure_view(target regclass)
returns void
language plpgsql
set search_path = ''
as $$
begin
  execute pg_catalog.format('revoke all on %s from anon, authenticated, service_role', target::text);
  execute pg_catalog.format('grant select on %s to authenticated, service_role', target::text);
end;
$$;
comment on function private.secure_view(regclass) is 'Revokes the default grants on a view and grants SELECT to authenticated and service_role. Migration-time only.';
revoke all on function private.secure_view(regclass) from public, anon, authenticated;
