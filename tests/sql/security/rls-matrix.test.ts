// The owner / stranger / anonymous matrix (basejump's pattern) over EVERY table and view in the
// exposed schema, discovered from the catalog so a new table is covered the day it is created.
import { beforeEach, describe, expect, it } from 'vitest';
import { asRole, useDb, type TestDb } from '../../helpers/db.ts';
import { clientId, seedTenants, users } from '../../helpers/tenants.ts';

interface Relation {
  name: string;
  kind: 'table' | 'view';
  tenant_expr: string | null;
  insertable_columns: string[];
}

// How a row names its client. Tables without a client_id say so here; anything else fails.
const TENANT_EXPRESSIONS: Record<string, string> = {
  clients: 'id',
  lead_pool: `(select a.client_id from public.lead_assignments a where a.lead_pool_id = lead_pool.id limit 1)`,
};

async function exposedRelations(db: TestDb): Promise<Relation[]> {
  const rows = await db.query<{ name: string; kind: string; has_client_id: boolean; insertable_columns: string[] }>(`
    select c.relname as name,
      case when c.relkind in ('v', 'm') then 'view' else 'table' end as kind,
      exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'client_id' and not a.attisdropped) as has_client_id,
      coalesce((select array_agg(a.attname::text order by a.attnum) from pg_attribute a
                where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''), '{}') as insertable_columns
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
    order by 1`);
  return rows.map((r) => ({
    name: r.name,
    kind: r.kind as Relation['kind'],
    tenant_expr: r.has_client_id ? 'client_id' : (TENANT_EXPRESSIONS[r.name] ?? null),
    insertable_columns: r.insertable_columns,
  }));
}

async function sqlState(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? 'unknown';
  }
}

describe('row level security on every exposed table and view', () => {
  const db = useDb();
  const A = clientId('a');
  const B = clientId('b');

  beforeEach(async () => {
    await seedTenants(db, { everyTable: true });
  });

  it('knows how every exposed relation names its client', async () => {
    const unknown = (await exposedRelations(db)).filter((r) => r.tenant_expr === null).map((r) => r.name);
    expect(unknown).toEqual([]);
  });

  it('has fixture rows of both clients in every exposed relation, so the matrix proves something', async () => {
    for (const r of await exposedRelations(db)) {
      const [row] = await db.query<{ a: number; b: number }>(
        `select count(*) filter (where ${r.tenant_expr} = $1) as a, count(*) filter (where ${r.tenant_expr} = $2) as b from public.${r.name}`,
        [A, B],
      );
      expect(row.a, `${r.name}: rows of client A`).toBeGreaterThan(0);
      expect(row.b, `${r.name}: rows of client B`).toBeGreaterThan(0);
    }
  });

  it('shows a member of client A only client A rows, and some of them', async () => {
    for (const r of await exposedRelations(db)) {
      const [row] = await asRole(db, 'authenticated', users.ownerA, () =>
        db.query<{ mine: number; others: number }>(
          `select count(*) filter (where ${r.tenant_expr} = $1) as mine,
                  count(*) filter (where ${r.tenant_expr} is distinct from $1) as others from public.${r.name}`,
          [A],
        ),
      );
      expect(row.others, `${r.name}: foreign rows visible`).toBe(0);
      expect(row.mine, `${r.name}: own rows visible`).toBeGreaterThan(0);
    }
  });

  it('shows a signed-in user who belongs to no client nothing at all', async () => {
    for (const r of await exposedRelations(db)) {
      const [row] = await asRole(db, 'authenticated', users.stranger, () =>
        db.query<{ n: number }>(`select count(*) as n from public.${r.name}`),
      );
      expect(row.n, r.name).toBe(0);
    }
  });

  it('lets anon read nothing: every exposed relation refuses or is empty', async () => {
    for (const r of await exposedRelations(db)) {
      const state = await sqlState(
        asRole(db, 'anon', null, async () => {
          const [row] = await db.query<{ n: number }>(`select count(*) as n from public.${r.name}`);
          if (row.n !== 0) throw Object.assign(new Error(`${r.name} leaked ${row.n} rows to anon`), { code: 'LEAK' });
        }),
      );
      expect([null, '42501'], `${r.name}: ${state}`).toContain(state);
    }
  });

  it('refuses a member of client A who writes a row into client B, on every table', async () => {
    for (const r of (await exposedRelations(db)).filter((x) => x.kind === 'table' && x.name !== 'clients')) {
      const [template] = await db.query<{ row: Record<string, unknown> }>(
        `select to_jsonb(t) as row from public.${r.name} t where ${(r.tenant_expr ?? 'false').replaceAll(`${r.name}.`, 't.')} = $1 limit 1`,
        [A],
      );
      const forged = { ...template.row, id: crypto.randomUUID(), client_id: B };
      const cols = r.insertable_columns.join(', ');
      const state = await sqlState(
        asRole(db, 'authenticated', users.ownerA, () =>
          db.query(`insert into public.${r.name} (${cols}) select ${cols} from jsonb_populate_record(null::public.${r.name}, $1)`, [
            forged,
          ]),
        ),
      );
      expect(state, `${r.name}: insert into client B`).toBe('42501');
    }
  });

  it('refuses a member of client A who moves their own rows to client B, on every table', async () => {
    for (const r of (await exposedRelations(db)).filter((x) => x.kind === 'table' && x.tenant_expr === 'client_id')) {
      const state = await sqlState(
        asRole(db, 'authenticated', users.ownerA, () =>
          db.query(`update public.${r.name} set client_id = $1 where client_id = $2`, [B, A]),
        ),
      );
      expect(state, `${r.name}: move into client B`).toBe('42501');
    }
  });

  it('hides client B rows from updates and deletes by a member of client A', async () => {
    for (const r of (await exposedRelations(db)).filter((x) => x.kind === 'table' && x.tenant_expr === 'client_id')) {
      const result = await sqlState(
        asRole(db, 'authenticated', users.ownerA, () =>
          db.query(`delete from public.${r.name} where client_id = $1`, [B]),
        ),
      );
      expect([null, '42501'], r.name).toContain(result);
      const [row] = await db.query<{ n: number }>(`select count(*) as n from public.${r.name} where client_id = $1`, [B]);
      expect(row.n, `${r.name}: client B rows survive`).toBeGreaterThan(0);
    }
  });

  it('lets an owner of client A edit their own campaigns, and a viewer not', async () => {
    const owner = await asRole(db, 'authenticated', users.ownerA, () =>
      db.query(`update public.campaigns set name = 'Renamed' where client_id = $1 returning id`, [A]),
    );
    expect(owner).toHaveLength(1);
    const viewer = await asRole(db, 'authenticated', users.viewerA, () =>
      db.query(`update public.campaigns set name = 'Viewer rename' where client_id = $1 returning id`, [A]),
    );
    expect(viewer).toHaveLength(0);
  });
});
