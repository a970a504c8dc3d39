// Permanent lint over the catalog, in the spirit of Supabase's splinter: every future migration is
// checked for the mistakes that open a Supabase project to the internet.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useDb } from '../../helpers/db.ts';

const OUR_SCHEMAS = ['public', 'private', 'stats'];

/** SECURITY DEFINER functions the API roles may execute: each is listed in docs/SECURITY.md. */
function documentedDefinerAllowList(): string[] {
  const doc = readFileSync(new URL('../../../docs/SECURITY.md', import.meta.url), 'utf8');
  const section = doc.split('## Callable SECURITY DEFINER functions')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/^\| `([a-z_]+\.[a-z_]+)\(/gm)].map((m) => m[1]);
}

describe('catalog lint', () => {
  const db = useDb();

  it('enables row level security on every table in the exposed schema', async () => {
    const rows = await db.query<{ name: string }>(`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relrowsecurity`);
    expect(rows.map((r) => r.name)).toEqual([]);
  });

  it('pins search_path on every function CIS defines', async () => {
    const rows = await db.query<{ name: string }>(`
      select n.nspname || '.' || p.proname as name
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = any ($1)
        and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search_path=%')`,
      [OUR_SCHEMAS]);
    expect(rows.map((r) => r.name)).toEqual([]);
  });

  it('makes every view in the exposed schema security_invoker', async () => {
    const rows = await db.query<{ name: string }>(`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('v', 'm')
        and not coalesce('security_invoker=true' = any (c.reloptions) or 'security_invoker=on' = any (c.reloptions), false)`);
    expect(rows.map((r) => r.name)).toEqual([]);
  });

  it('lets anon and authenticated execute no SECURITY DEFINER function outside the documented allow-list', async () => {
    const allowList = documentedDefinerAllowList();
    expect(allowList.length).toBeGreaterThan(0);
    const rows = await db.query<{ name: string }>(`
      select n.nspname || '.' || p.proname as name
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = any ($1) and p.prosecdef
        and (has_function_privilege('anon', p.oid, 'execute') or has_function_privilege('authenticated', p.oid, 'execute'))`,
      [OUR_SCHEMAS]);
    expect(rows.map((r) => r.name).filter((name) => !allowList.includes(name))).toEqual([]);
  });

  it('lets anon execute no CIS function at all', async () => {
    const rows = await db.query<{ name: string }>(`
      select n.nspname || '.' || p.proname as name
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = any ($1) and has_function_privilege('anon', p.oid, 'execute')`,
      [['public', 'private']]);
    expect(rows.map((r) => r.name)).toEqual([]);
  });

  it('grants anon nothing on any table or view', async () => {
    const rows = await db.query<{ name: string; privilege: string }>(`
      select table_name as name, privilege_type as privilege from information_schema.role_table_grants
      where grantee = 'anon' and table_schema = any ($1)`,
      [OUR_SCHEMAS]);
    expect(rows).toEqual([]);
  });

  it('documents every table and view in the exposed schema with a comment', async () => {
    const rows = await db.query<{ name: string }>(`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm') and obj_description(c.oid, 'pg_class') is null`);
    expect(rows.map((r) => r.name)).toEqual([]);
  });

  it("keeps trigger functions that write other tables SECURITY DEFINER, so they never depend on the writer's RLS", async () => {
    const rows = await db.query<{ name: string; definer: boolean }>(`
      select n.nspname || '.' || p.proname as name, p.prosecdef as definer
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'private' and p.proname = any ($1)`,
      [['refresh_activity_engagement', 'refresh_lead_touches', 'refresh_threads', 'record_deal_stage_history']]);
    expect(rows).toHaveLength(4);
    expect(rows.filter((r) => !r.definer).map((r) => r.name)).toEqual([]);
  });
});
