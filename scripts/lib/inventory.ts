// What the migrations created, for `npm start` to show.
import type { SqlClient } from './db.ts';

export interface Inventory {
  tables: string[];
  views: string[];
  functions: string[];
  enums: string[];
}

export async function inventory(db: SqlClient): Promise<Inventory> {
  const names = (sql: string) => db.query<{ name: string }>(sql).then((rows) => rows.map((r) => r.name));
  return {
    tables: await names(`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`),
    views: await names(`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('v', 'm') order by 1`),
    functions: await names(`select distinct n.nspname || '.' || p.proname as name from pg_proc p
      join pg_namespace n on n.oid = p.pronamespace
      where n.nspname in ('public', 'stats') and p.prokind = 'f' order by 1`),
    enums: await names(`select t.typname as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
      where n.nspname = 'public' and t.typtype = 'e' order by 1`),
  };
}
