// A comparable description of everything the migrations create in CIS's schemas: relations,
// columns, constraints, indexes, triggers, functions, views, policies, grants, types and comments.
// Two chains that build the same fingerprint built the same schema (object by object, body by
// body), whatever files they were written in.
import type { TestDb } from './db.ts';

const SCHEMAS = ['public', 'private', 'stats'];

const QUERIES: Record<string, string> = {
  relations: `select n.nspname || '.' || c.relname as k, c.relkind::text || ' rls=' || c.relrowsecurity
      || ' opts=' || coalesce(array_to_string(c.reloptions, ','), '') || ' acl=' || coalesce(c.relacl::text, '') as v
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = any ($1) and c.relkind in ('r', 'p', 'v', 'm', 'S')`,
  columns: `select c.table_schema || '.' || c.table_name || '.' || c.column_name as k,
      concat_ws(' ', c.ordinal_position, c.data_type, c.udt_name, c.is_nullable, c.column_default, c.is_generated,
        c.generation_expression, 'acl=' || coalesce(a.attacl::text, '')) as v
    from information_schema.columns c
    join pg_attribute a on a.attrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass
      and a.attname = c.column_name
    where c.table_schema = any ($1)`,
  views: `select schemaname || '.' || viewname as k, md5(definition) as v from pg_views where schemaname = any ($1)`,
  constraints: `select n.nspname || '.' || c.conrelid::regclass::text || '.' || c.conname as k, pg_get_constraintdef(c.oid) as v
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = any ($1)`,
  indexes: `select schemaname || '.' || indexname as k, indexdef as v from pg_indexes where schemaname = any ($1)`,
  triggers: `select c.relname || '.' || t.tgname as k, pg_get_triggerdef(t.oid) || ' enabled=' || t.tgenabled::text as v
    from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
    where not t.tgisinternal and n.nspname = any ($1)`,
  functions: `select n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' as k,
      md5(pg_get_functiondef(p.oid)) || ' acl=' || coalesce(p.proacl::text, '') as v
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = any ($1) and p.prokind = 'f'`,
  policies: `select schemaname || '.' || tablename || '.' || policyname as k,
      concat_ws(' ', cmd, roles::text, qual, with_check) as v from pg_policies where schemaname = any ($1)`,
  schemas: `select nspname as k, 'acl=' || coalesce(nspacl::text, '') || ' comment=' || coalesce(obj_description(oid, 'pg_namespace'), '') as v
    from pg_namespace where nspname = any ($1)`,
  function_comments: `select n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' as k,
      obj_description(p.oid, 'pg_proc') as v
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = any ($1) and obj_description(p.oid, 'pg_proc') is not null`,
  types: `select n.nspname || '.' || t.typname as k, t.typtype::text || ' ' || coalesce(format_type(t.typbasetype, t.typtypmod), '')
      || ' acl=' || coalesce(t.typacl::text, '') || ' comment=' || coalesce(obj_description(t.oid, 'pg_type'), '') as v
    from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where n.nspname = any ($1) and t.typtype in ('e', 'd', 'c')
      and (t.typrelid = 0 or (select c.relkind from pg_class c where c.oid = t.typrelid) = 'c')`,
  default_privileges: `select coalesce(n.nspname, '') || '.' || d.defaclobjtype::text || '.' || d.defaclrole::regrole::text as k,
      d.defaclacl::text as v
    from pg_default_acl d left join pg_namespace n on n.oid = d.defaclnamespace
    where n.nspname is null or n.nspname = any ($1)`,
  enums: `select n.nspname || '.' || t.typname as k, string_agg(e.enumlabel, ',' order by e.enumsortorder) as v
    from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
    where n.nspname = any ($1) group by 1`,
  comments: `select c.oid::regclass::text || coalesce('.' || a.attname, '') as k, d.description as v
    from pg_description d join pg_class c on c.oid = d.objoid and d.classoid = 'pg_class'::regclass
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_attribute a on a.attrelid = c.oid and a.attnum = d.objsubid and d.objsubid > 0
    where n.nspname = any ($1)`,
};

export async function schemaFingerprint(db: Pick<TestDb, 'query'>): Promise<Record<string, Record<string, string>>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [name, sql] of Object.entries(QUERIES)) {
    const rows = await db.query<{ k: string; v: string }>(`${sql} order by 1`, [SCHEMAS]);
    out[name] = Object.fromEntries(rows.map((r) => [r.k, r.v]));
  }
  return out;
}
