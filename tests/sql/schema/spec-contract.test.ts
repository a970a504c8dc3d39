// The spec's table, column, index, enum and trigger names are the contract. This test reads them
// straight from the SQL of migrations 025–028 in the plan (docs/spec/CIS_DATA_GAPS_PLAN.md) and
// finds each one in the migrated database, so nothing the plan names can go missing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useDb } from '../../helpers/db.ts';

interface SpecObjects {
  tables: string[];
  columns: Array<[table: string, column: string]>;
  indexes: Array<[name: string, table: string]>;
  enums: Array<[name: string, labels: string[]]>;
  triggers: Array<[name: string, table: string]>;
}

export function parseSpecSql(markdown: string): SpecObjects {
  const sql = [...markdown.matchAll(/```sql\n([\s\S]*?)```/g)]
    .map((m) => m[1])
    .join('\n')
    .replace(/--[^\n]*/g, '');
  const found: SpecObjects = { tables: [], columns: [], indexes: [], enums: [], triggers: [] };
  for (const m of sql.matchAll(/CREATE TABLE (\w+) \(([\s\S]*?)\n\);/g)) {
    found.tables.push(m[1]);
    for (const line of m[2].split('\n')) {
      const col = /^\s+(\w+)\s+(UUID|TEXT|INTEGER|BOOLEAN|TIMESTAMPTZ|FLOAT|DECIMAL|TIME|channel_type)\b/i.exec(line);
      if (col && col[1].toUpperCase() !== 'CONSTRAINT') found.columns.push([m[1], col[1]]);
    }
  }
  for (const m of sql.matchAll(/ALTER TABLE (\w+) ADD COLUMN (\w+)/g)) found.columns.push([m[1], m[2]]);
  for (const m of sql.matchAll(/CREATE INDEX (\w+) ON (\w+)/g)) found.indexes.push([m[1], m[2]]);
  for (const m of sql.matchAll(/CREATE TYPE (\w+) AS ENUM \(([\s\S]*?)\);/g)) {
    found.enums.push([m[1], [...m[2].matchAll(/'(\w+)'/g)].map((l) => l[1])]);
  }
  for (const m of sql.matchAll(/CREATE TRIGGER (\w+)\s+\w+ \w+ ON (\w+)/g)) found.triggers.push([m[1], m[2]]);
  return found;
}

const spec = parseSpecSql(readFileSync(new URL('../../../docs/spec/CIS_DATA_GAPS_PLAN.md', import.meta.url), 'utf8'));

describe('the spec 025–028 contract', () => {
  const db = useDb();

  it('reads a plausible inventory from the plan (the parser itself works)', () => {
    expect(spec.tables).toEqual(['ab_tests', 'email_events', 'conversation_threads', 'thread_messages', 'deals', 'deal_stage_history']);
    expect(spec.columns.length).toBeGreaterThan(100);
    expect(spec.indexes.length).toBe(21);
    expect(spec.enums.map(([name]) => name)).toEqual(['rejection_reason_type']);
    expect(spec.triggers).toEqual([
      ['on_email_event', 'email_events'],
      ['on_thread_message', 'thread_messages'],
      ['on_deal_stage_change', 'deals'],
    ]);
  });

  it('has every table the spec creates', async () => {
    const rows = await db.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r'`);
    const have = new Set(rows.map((r) => r.name));
    expect(spec.tables.filter((t) => !have.has(t))).toEqual([]);
  });

  it('has every column the spec creates or adds, under the spec name', async () => {
    const rows = await db.query<{ t: string; c: string }>(
      `select table_name as t, column_name as c from information_schema.columns where table_schema = 'public'`);
    const have = new Set(rows.map((r) => `${r.t}.${r.c}`));
    expect(spec.columns.map(([t, c]) => `${t}.${c}`).filter((k) => !have.has(k))).toEqual([]);
  });

  it('has every index the spec names, on the spec table', async () => {
    const rows = await db.query<{ name: string; table: string }>(
      `select indexname as name, tablename as table from pg_indexes where schemaname = 'public'`);
    const have = new Set(rows.map((r) => `${r.name}@${r.table}`));
    expect(spec.indexes.map(([n, t]) => `${n}@${t}`).filter((k) => !have.has(k))).toEqual([]);
  });

  it('has every enum the spec names, with exactly its labels in order', async () => {
    for (const [name, labels] of spec.enums) {
      const rows = await db.query<{ label: string }>(
        `select e.enumlabel as label from pg_enum e join pg_type t on t.oid = e.enumtypid
         join pg_namespace n on n.oid = t.typnamespace
         where n.nspname = 'public' and t.typname = $1 order by e.enumsortorder`, [name]);
      expect(rows.map((r) => r.label), name).toEqual(labels);
    }
  });

  it('has every trigger the spec names, on the spec table', async () => {
    const rows = await db.query<{ name: string; table: string }>(
      `select t.tgname as name, c.relname as table from pg_trigger t join pg_class c on c.oid = t.tgrelid
       where not t.tgisinternal`);
    const have = new Set(rows.map((r) => `${r.name}@${r.table}`));
    expect(spec.triggers.map(([n, t]) => `${n}@${t}`).filter((k) => !have.has(k))).toEqual([]);
  });
});
