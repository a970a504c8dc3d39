// Apollo lead import, end to end through the edge function's handler: fixtures in, lead_pool,
// assignments and leads out; bad input refused whole; every failure mapped to the right status.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLeadImportHandler } from '../../shared/handlers/lead-import.ts';
import { DatabaseUnavailableError, type Database } from '../../shared/db/sql.ts';
import { useDb } from '../helpers/db.ts';
import { testDatabase } from '../helpers/database.ts';
import { clientId, seedTenants } from '../helpers/tenants.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/apollo/${name}`, import.meta.url), 'utf8');
const SECRET = 'test-admin-secret';
const post = (body: string, query = '', headers: Record<string, string> = {}) =>
  new Request(`http://localhost/functions/v1/lead-import${query}`, {
    method: 'POST',
    body,
    headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json', ...headers },
  });

describe('lead import', () => {
  const db = useDb();
  const handler = () => createLeadImportHandler({ db: testDatabase(db), adminSecret: SECRET, log: () => {} });
  beforeEach(() => seedTenants(db));

  it('stores an Apollo people/match person with its WHO fields and timezone', async () => {
    const response = await handler()(post(fixture('people_match.json')));
    expect(response.status).toBe(200);
    expect((await response.json()).people).toMatchObject({ inserted: 1, updated: 0 });
    const [row] = await db.query<Record<string, unknown>>(`select * from public.lead_pool where apollo_id = '66f0a1b2c3d4e5f60718293a'`);
    expect(row).toMatchObject({
      email: 'marta.keller@fernhill-logistics.example',
      seniority: 'director',
      timezone: 'Europe/Berlin',
      timezone_source: 'apollo',
      person_city: 'Hamburg',
      company_name: 'Fernhill Logistics',
    });
  });

  it('deduplicates on apollo_id: the same person imported twice is one pool row, updated', async () => {
    await handler()(post(fixture('people_match.json')));
    const second = await (await handler()(post(fixture('people_bulk_match.json')))).json();
    expect(second.people).toMatchObject({ inserted: 0, updated: 1 });
    expect(second.skipped).toBe(1);
    const [n] = await db.query<{ n: number }>(`select count(*) as n from public.lead_pool where email_normalized = 'marta.keller@fernhill-logistics.example'`);
    expect(n.n).toBe(1);
  });

  it('deduplicates on normalised email when the known row has no Apollo id', async () => {
    await db.exec(`insert into public.lead_pool (email, first_name) values ('  Marta.Keller@Fernhill-Logistics.example ', 'M')`);
    const body = await (await handler()(post(fixture('people_match.json')))).json();
    expect(body.people).toMatchObject({ inserted: 0, updated: 1 });
    const rows = await db.query<{ apollo_id: string; first_name: string }>(
      `select apollo_id, first_name from public.lead_pool where email_normalized = 'marta.keller@fernhill-logistics.example'`);
    expect(rows).toEqual([{ apollo_id: '66f0a1b2c3d4e5f60718293a', first_name: 'Marta' }]);
  });

  it('assigns imported people to a client given by slug and gives them a lead row with the pool timezone', async () => {
    const body = await (await handler()(post(fixture('people_match.json'), '?client=client-a'))).json();
    expect(body.people).toMatchObject({ assigned: 1, leads_created: 1 });
    const [lead] = await db.query<Record<string, unknown>>(
      `select l.client_id, l.timezone, l.email from public.leads l join public.lead_pool p on p.id = l.lead_pool_id
       where p.apollo_id = '66f0a1b2c3d4e5f60718293a'`);
    expect(lead).toEqual({ client_id: clientId('a'), timezone: 'Europe/Berlin', email: 'marta.keller@fernhill-logistics.example' });
    const again = await (await handler()(post(fixture('people_match.json'), '?client=client-a'))).json();
    expect(again.people).toMatchObject({ assigned: 0, leads_created: 0 });
  });

  it('gives two email-less people who share a phone one lead in a client, not a failed import', async () => {
    const person = (id: string, first: string) => ({
      id, first_name: first, last_name: 'Okafor', name: `${first} Okafor`, sanitized_phone: '+4915112345678', title: 'Owner',
    });
    const body = JSON.stringify([{ person: person('aa00000000000000000000a1', 'Ada') }, { person: person('aa00000000000000000000a2', 'Ade') }]);
    const response = await handler()(post(body, '?client=client-a'));
    expect(response.status).toBe(200);
    expect((await response.json()).people).toMatchObject({ inserted: 2, assigned: 2, leads_created: 1 });
    const [{ n }] = await db.query<{ n: number }>(
      `select count(*)::integer as n from public.leads where client_id = $1 and phone_e164 = '+4915112345678'`, [clientId('a')]);
    expect(n).toBe(1);
  });

  it('applies organization enrichment to the company fields of people at that company', async () => {
    await handler()(post(fixture('people_match.json')));
    const body = await (await handler()(post(fixture('organizations_enrich.json')))).json();
    expect(body.organizations).toMatchObject({ received: 1, people_updated: 1 });
    const [row] = await db.query<Record<string, unknown>>(
      `select company_total_funding, company_revenue from public.lead_pool where apollo_id = '66f0a1b2c3d4e5f60718293a'`);
    expect(row).toEqual({ company_total_funding: 24000000, company_revenue: 85000000 });
  });

  it('refuses a payload with a bad field, naming it, and writes nothing', async () => {
    const bad = JSON.parse(fixture('people_bulk_match.json'));
    bad.matches[0].email = 42;
    const response = await handler()(post(JSON.stringify(bad)));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.issues.map((i: { path: string }) => i.path)).toContain('matches[0].email');
    const [n] = await db.query<{ n: number }>(`select count(*) as n from public.lead_pool`);
    expect(n.n).toBe(2);
  });

  it('refuses an unknown client without writing anything', async () => {
    const response = await handler()(post(fixture('people_match.json'), '?client=nobody'));
    expect(response.status).toBe(400);
    const [n] = await db.query<{ n: number }>(`select count(*) as n from public.lead_pool`);
    expect(n.n).toBe(2);
  });

  it('answers 401 without the admin secret, 405 to GET, 400 to broken JSON and 413 past the size limit', async () => {
    expect((await handler()(post('{}', '', { authorization: 'Bearer wrong' }))).status).toBe(401);
    expect((await createLeadImportHandler({ db: testDatabase(db), adminSecret: '' })(post('{}'))).status).toBe(401);
    expect((await handler()(new Request('http://localhost/x', { method: 'GET' }))).status).toBe(405);
    expect((await handler()(post('{"person":'))).status).toBe(400);
    expect((await handler()(post('x'.repeat(11 * 1024 * 1024)))).status).toBe(413);
  });

  it('answers 503 when the database is unreachable and 500 without internals on other failures', async () => {
    const down: Database = { asServiceRole: () => Promise.reject(new DatabaseUnavailableError(new Error('ECONNREFUSED'))) };
    expect((await createLeadImportHandler({ db: down, adminSecret: SECRET })(post(fixture('people_match.json')))).status).toBe(503);
    const broken: Database = { asServiceRole: () => Promise.reject(new Error('relation "secret_table" does not exist')) };
    const response = await createLeadImportHandler({ db: broken, adminSecret: SECRET, log: () => {} })(post(fixture('people_match.json')));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('secret_table');
  });
});
