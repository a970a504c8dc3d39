// docs/ARCHITECTURE.md lists every trigger in firing order, with the migration that creates it.
// PostgreSQL fires the triggers of one table, timing and event in name order, so the list must be
// the catalog's own order; this test keeps the page from going stale.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listMigrations, repoRoot } from '../../../scripts/lib/migrate.ts';
import { definitionOf, splitStatements } from '../../../scripts/lib/sql-statements.ts';
import { useDb } from '../../helpers/db.ts';

function documented(): string[] {
  const page = readFileSync(join(repoRoot, 'docs', 'ARCHITECTURE.md'), 'utf8');
  const section = page.slice(page.indexOf('<!-- trigger-inventory:start -->'), page.indexOf('<!-- trigger-inventory:end -->'));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| table') && !line.startsWith('|---'))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()).join(' | '));
}

/** "table.trigger" → the migration file that creates it. */
function creatingFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const m of listMigrations()) {
    for (const statement of splitStatements(readFileSync(m.file, 'utf8'))) {
      const d = definitionOf(statement);
      if (d?.kind !== 'trigger') continue;
      const [name, table] = d.name.split(' on ');
      files.set(`${table.replace('public.', '')}.${name}`, basename(m.file, '.sql'));
    }
  }
  return files;
}

describe('the trigger inventory', () => {
  const db = useDb();

  it('docs/ARCHITECTURE.md lists every trigger, in firing order, with its migration', async () => {
    const rows = await db.query<{ tbl: string; timing: string; name: string; events: string }>(
      `select c.relname as tbl,
              case when t.tgtype & 2 = 2 then 'BEFORE' else 'AFTER' end
                || case when t.tgtype & 1 = 1 then ' ROW' else ' STATEMENT' end as timing,
              t.tgname as name,
              concat_ws(', ', case when t.tgtype & 4 = 4 then 'insert' end, case when t.tgtype & 16 = 16 then 'update' end,
                        case when t.tgtype & 8 = 8 then 'delete' end) as events
       from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
       where not t.tgisinternal and n.nspname = 'public'
       order by c.relname, t.tgtype & 2 desc, t.tgtype & 1 desc, t.tgname collate "C"`,
    );
    const files = creatingFiles();
    const catalog = rows.map((r) => [r.tbl, r.timing, r.name, r.events, files.get(`${r.tbl}.${r.name}`) ?? '?'].join(' | '));
    expect(documented()).toEqual(catalog);
  });

  it('a table with more than two triggers names them in firing order', async () => {
    const rows = await db.query<{ tbl: string; names: string[] }>(
      `select c.relname::text as tbl, array_agg(t.tgname::text order by t.tgname collate "C") as names
       from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
       where not t.tgisinternal and n.nspname = 'public'
       group by c.relname having count(*) > 2`,
    );
    // The plan's own trigger names (on_…) are kept as the contract; every other one is numbered.
    const unnumbered = rows.flatMap((r) => r.names.filter((n) => !n.startsWith('on_') && !new RegExp(`^${r.tbl}_\\d\\d_`).test(n)));
    expect(unnumbered).toEqual([]);
  });
});
