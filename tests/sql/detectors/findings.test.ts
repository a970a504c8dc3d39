// The detectors: findings per segment with sample, effect and confidence, false discoveries
// controlled across the refresh, small segments never ranked.
import { describe, expect, it } from 'vitest';
import { asRole, useDb, type TestDb } from '../../helpers/db.ts';
import { clientId, seedTenants, users } from '../../helpers/tenants.ts';

const A = clientId('a');

/**
 * Leads with planted truths (ids are fixed, so every run draws the same outcomes): C-suite books meetings at 20%, managers at 8%; 12 interns (under the
 * minimum n) all book; HubSpot users open more. Outcomes are drawn from a stable per-lead hash.
 */
async function plantWorld(db: TestDb) {
  await db.query(`
    insert into public.lead_pool (id, email, seniority, company_technologies, timezone, company_revenue)
    select md5('pool' || g)::uuid, 'w' || g || '@world.example',
      case when g <= 300 then 'c_suite' when g <= 900 then 'manager' else 'intern' end,
      case when g % 2 = 0 then array['HubSpot', 'Slack'] else array['Salesforce'] end,
      'America/New_York', (g % 5) * 2e7
    from generate_series(1, 912) g`);
  await db.query(`
    insert into public.leads (id, client_id, lead_pool_id, email)
    select md5('lead' || p.email)::uuid, $1, p.id, p.email from public.lead_pool p where p.email like 'w%@world.example'`, [A]);
  await db.query(`
    insert into public.activities (client_id, lead_id, channel, activity_type, sent_at, subject, full_message_body)
    select l.client_id, l.id, 'email', 'email_sent', '2026-06-01T14:00:00Z',
      case when private.variant_bucket('00000000-0000-4000-8000-00000000aaaa', l.id) < 0.5 then 'Quick question' else 'Idea for you' end,
      'Hi there, worth a chat next week?'
    from public.leads l where l.client_id = $1 and l.email like 'w%@world.example'`, [A]);
  await db.query(`
    insert into public.meetings (client_id, lead_id, scheduled_at, booked_at, showed_up)
    select l.client_id, l.id, '2026-06-10T15:00:00Z', '2026-06-03T10:00:00Z', true
    from public.leads l join public.lead_pool p on p.id = l.lead_pool_id
    where l.client_id = $1 and l.email like 'w%@world.example'
      and private.variant_bucket('00000000-0000-4000-8000-00000000bbbb', l.id)
        < case p.seniority when 'c_suite' then 0.20 when 'manager' then 0.08 else 1.0 end`, [A]);
}

describe('detector findings', () => {
  let refresh: Record<string, number> = {};
  // Facts and findings are built once for the file; each test only reads them.
  const db = useDb({
    setup: async (db) => {
      await seedTenants(db);
      await plantWorld(db);
      [{ r: refresh }] = await db.query<{ r: Record<string, number> }>('select public.refresh_detectors($1) as r', [A]);
    },
  });

  const finding = async (dimension: string, segment: string, outcome: string) =>
    (await db.query<Record<string, any>>(
      `select * from public.detector_findings where client_id = $1 and dimension = $2 and segment = $3 and outcome = $4`,
      [A, dimension, segment, outcome]))[0];

  it('reports how much it looked at', () => {
    expect(refresh.leads).toBe(913);
    expect(refresh.findings).toBeGreaterThan(50);
    expect(refresh.significant).toBeGreaterThan(0);
  });

  it('recovers the planted seniority effect with its sample, rate, interval and lift', async () => {
    const csuite = await finding('seniority', 'c_suite', 'meeting_booked');
    // 300 planted C-suite leads and the tenant fixture's own C-suite lead.
    expect(csuite).toMatchObject({ detector: 'who', n: 301, min_n_met: true, significant: true, rank: 1 });
    expect(csuite.rate_ci_low).toBeLessThan(0.2);
    expect(csuite.rate_ci_high).toBeGreaterThan(0.2);
    expect(csuite.rate_ci_low).toBeLessThan(csuite.rate);
    expect(csuite.lift).toBeGreaterThan(0);
    const manager = await finding('seniority', 'manager', 'meeting_booked');
    expect(manager.rate).toBeLessThan(csuite.rate);
    expect(manager.lift).toBeLessThan(0);
  });

  it('labels a segment under the minimum n and never ranks it, however good it looks', async () => {
    const interns = await finding('seniority', 'intern', 'meeting_booked');
    expect(interns).toMatchObject({ n: 12, conversions: 12, min_n_met: false, significant: false, rank: null });
    expect(interns.shrunk_rate).toBeLessThan(interns.rate);
  });

  it('computes Benjamini–Hochberg q-values across every finding of the refresh', async () => {
    const rows = await db.query<{ p: number; q: number; expected: number }>(`
      with f as (select p_value, q_value, row_number() over (order by client_id, detector, dimension, segment, outcome) as k
                 from public.detector_findings where p_value is not null)
      select f.p_value as p, f.q_value as q, (stats.p_adjust_bh((select array_agg(p_value order by k) from f)))[f.k] as expected
      from f`);
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) expect(row.q).toBeCloseTo(row.expected, 9);
  });

  it('finds nothing significant where there is nothing: subject lines were assigned at random', async () => {
    const subjects = await db.query<{ significant: boolean }>(
      `select significant from public.detector_findings where client_id = $1 and dimension = 'subject' and outcome = 'meeting_booked'
       and segment in ('Quick question', 'Idea for you')`, [A]);
    expect(subjects).toHaveLength(2);
    expect(subjects.every((s) => !s.significant)).toBe(true);
  });

  it('counts multi-valued attributes per value: each technology is its own segment', async () => {
    const hubspot = await finding('technology', 'HubSpot', 'meeting_booked');
    const salesforce = await finding('technology', 'Salesforce', 'meeting_booked');
    expect(hubspot.n + salesforce.n).toBe(912);
    expect(hubspot.detector).toBe('who');
  });

  it('shows findings only to members of the client', async () => {
    const mine = await asRole(db, 'authenticated', users.ownerA, () =>
      db.query<{ n: number }>(`select count(*) as n from public.detector_findings`));
    const theirs = await asRole(db, 'authenticated', users.ownerB, () =>
      db.query<{ n: number }>(`select count(*) as n from public.detector_findings`));
    expect(mine[0].n).toBeGreaterThan(50);
    expect(theirs[0].n).toBe(0);
  });
});
