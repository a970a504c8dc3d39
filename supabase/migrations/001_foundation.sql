-- 001_foundation: schemas and shared helpers every later migration uses.
-- Objects: schema private (internal helpers and trigger functions; PostgREST never exposes it),
--          private.touch_updated_at().
-- Security: EXECUTE on functions is not granted to PUBLIC by default from here on; every function
--           is granted explicitly to the roles that need it.

create schema if not exists private;
comment on schema private is 'CIS internals: helpers and trigger functions. Not exposed through the API.';

-- Policies call private.member_client_ids() as the signed-in user, so authenticated needs USAGE;
-- no function in this schema is executable by it unless granted one by one.
grant usage on schema private to authenticated, service_role;
alter default privileges revoke execute on functions from public;
alter default privileges in schema public revoke execute on functions from public;
alter default privileges in schema private revoke execute on functions from public;
create function private.touch_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := pg_catalog.now();
  return new;
end;
$$;
comment on function private.touch_updated_at() is 'BEFORE UPDATE trigger: keeps updated_at current.';
revoke all on function private.touch_updated_at() from public;
