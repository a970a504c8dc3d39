// The chain is a map of the schema by concern: every function, view, trigger, table, type, index
// and policy is created in exactly one migration file, once. A replaced definition belongs in the
// file of its concern (unreleased) or in a new file named by intent (released), never in both.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listMigrations } from '../../../scripts/lib/migrate.ts';
import { definitionOf, splitStatements } from '../../../scripts/lib/sql-statements.ts';

function definitionsByObject(files: { file: string; sql: string }[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  for (const { file, sql } of files) {
    for (const statement of splitStatements(sql)) {
      const d = definitionOf(statement);
      if (!d) continue;
      const key = `${d.kind} ${d.name}`;
      seen.set(key, [...(seen.get(key) ?? []), file]);
    }
  }
  return seen;
}

const chain = listMigrations().map((m) => ({ file: basename(m.file), sql: readFileSync(m.file, 'utf8') }));

describe('migration definitions', () => {
  it('no function, view, trigger, table, type, index or policy is created more than once in the chain', () => {
    const repeated = [...definitionsByObject(chain)].filter(([, files]) => files.length > 1);
    expect(repeated.map(([object, files]) => `${object}: ${files.join(', ')}`)).toEqual([]);
  });

  it('finds every kind of definition the chain holds', () => {
    const kinds = new Set([...definitionsByObject(chain).keys()].map((key) => key.split(' ')[0]));
    expect([...kinds].sort()).toEqual(['function', 'index', 'policy', 'table', 'trigger', 'type', 'view']);
  });

  it('reports a function redefined in a later file', () => {
    const files = [
      { file: '001_a.sql', sql: `create function private.f() returns int language sql as $$ select 1; $$;` },
      { file: '002_b.sql', sql: `-- a later fix\ncreate or replace function private.f() returns int language sql as $$ select 2 $$;` },
    ];
    expect(definitionsByObject(files).get('function private.f')).toEqual(['001_a.sql', '002_b.sql']);
  });

  it('tells same-named triggers on different tables apart and ignores names inside bodies and strings', () => {
    const files = [
      {
        file: '001_a.sql',
        sql: `create trigger touch before update on public.a for each row execute function private.t();
              create trigger touch before update on public.b for each row execute function private.t();
              comment on table public.a is 'create view public.v as select 1;';
              create function private.g() returns void language plpgsql as $body$ begin
                execute 'create view public.v as select 1'; end $body$;`,
      },
    ];
    const found = definitionsByObject(files);
    expect(found.get('trigger touch on public.a')).toEqual(['001_a.sql']);
    expect(found.get('trigger touch on public.b')).toEqual(['001_a.sql']);
    expect(found.has('view public.v')).toBe(false);
  });
});
