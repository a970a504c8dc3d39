// Issue 12 §1.5 and §1.6, as an attacker inside a tenant would try them: a webhook body and its
// vendor secret are read by nobody but service_role, and a lead can only point at an enrichment
// record its own client holds, so nothing of another client's pool reaches the detector facts.
import { beforeEach, describe, expect, it } from 'vitest';
import { asRole, sqlState, useDb } from '../../helpers/db.ts';
import { clientId, id, seedTenants, users } from '../../helpers/tenants.ts';

const A = clientId('a');
const RECEIPT_A = id('a', 18);
const LEAD_A = id('a', 6);
const POOL_A = id('a', 1);
const POOL_B = id('b', 1);

describe('webhook bodies and vendor secrets', () => {
  const db = useDb();
  beforeEach(() => seedTenants(db, { everyTable: true }));

  it('SEC-12.6a: a viewer of the client cannot read a receipt body, its exact bytes, headers, parsed events or error', async () => {
    for (const column of ['body', 'raw_body', 'headers', 'events', 'error', '*']) {
      const state = await sqlState(db, () => asRole(db, 'authenticated', users.viewerA, () =>
        db.query(`select ${column} from public.webhook_receipts where id = $1`, [RECEIPT_A])));
      expect({ column, state }).toEqual({ column, state: '42501' });
    }
  });

  it('SEC-12.6b: the owner of the client cannot read them either', async () => {
    const state = await sqlState(db, () => asRole(db, 'authenticated', users.ownerA, () =>
      db.query('select body from public.webhook_receipts where id = $1', [RECEIPT_A])));
    expect(state).toBe('42501');
  });

  it('SEC-12.6c: members read what became of their receipts (status, counts, issues, the checks passed), and only theirs', async () => {
    const rows = await asRole(db, 'authenticated', users.viewerA, () =>
      db.query<{ client_id: string }>(`select id, client_id, provider, received_at, status, issues, accepted, duplicates, pending,
        skipped, unmatched, attempts, processed_at, event_count, verified_by from public.webhook_receipts`));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.client_id === A)).toBe(true);
  });

  it('SEC-12.6d: service_role reads bodies (replay runs as service_role)', async () => {
    const rows = await asRole(db, 'service_role', null, () =>
      db.query<{ body: string }>('select body from public.webhook_receipts where id = $1', [RECEIPT_A]));
    expect(rows).toEqual([{ body: '{"event_type":"EMAIL_OPEN"}' }]);
  });
});

describe('the link from a lead to the agency pool', () => {
  const db = useDb();
  beforeEach(() => seedTenants(db));

  it('SEC-12.5a: an owner of client A cannot point a lead at a pool record never assigned to A', async () => {
    const state = await sqlState(db, () => asRole(db, 'authenticated', users.ownerA, () =>
      db.query('update public.leads set lead_pool_id = $1 where id = $2', [POOL_B, LEAD_A])));
    expect(state).toBe('23503');
  });

  it('SEC-12.5b: nor can service_role: the link is a constraint, not a convention', async () => {
    const state = await sqlState(db, () => asRole(db, 'service_role', null, () =>
      db.query(`insert into public.leads (client_id, email, lead_pool_id) values ($1, 'x@example.com', $2)`, [A, POOL_B])));
    expect(state).toBe('23503');
  });

  it('SEC-12.5c: after a refresh, client A reads nothing of the person behind B\'s pool record in its lead facts', async () => {
    await db.query(`update public.lead_pool set title = 'Chief Secret Officer', company_industry = 'Clandestine' where id = $1`, [POOL_B]);
    await sqlState(db, () => asRole(db, 'authenticated', users.ownerA, () =>
      db.query('update public.leads set lead_pool_id = $1 where id = $2', [POOL_B, LEAD_A])));
    await db.query('select public.refresh_detectors($1)', [A]);
    const seen = await asRole(db, 'authenticated', users.ownerA, () =>
      db.query<{ facts: string }>(`select row_to_json(f)::text as facts from public.detector_lead_facts f`));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.map((r) => r.facts).join(' ')).not.toMatch(/Chief Secret Officer|Clandestine/);
  });

  it('lets a lead point at a pool record assigned to its own client', async () => {
    await db.query('update public.leads set lead_pool_id = null where id = $1', [LEAD_A]);
    await asRole(db, 'authenticated', users.ownerA, () =>
      db.query('update public.leads set lead_pool_id = $1 where id = $2', [POOL_A, LEAD_A]));
    const [lead] = await db.query<{ lead_pool_id: string }>('select lead_pool_id from public.leads where id = $1', [LEAD_A]);
    expect(lead.lead_pool_id).toBe(POOL_A);
  });

  it('unlinks the client\'s leads when the assignment goes', async () => {
    await db.query('delete from public.lead_assignments where client_id = $1 and lead_pool_id = $2', [A, POOL_A]);
    const [lead] = await db.query<{ lead_pool_id: string | null }>('select lead_pool_id from public.leads where id = $1', [LEAD_A]);
    expect(lead.lead_pool_id).toBeNull();
  });
});
