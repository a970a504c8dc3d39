// The detectors: findings per segment with sample, effect and confidence, each question its own
// family per client, tested only against outcomes after them, with exact tests where counts are
// small and lift intervals that agree with the star.
import { describe, expect, it } from 'vitest';
import { asRole, useDb, type TestDb } from '../../helpers/db.ts';
import { clientId, seedTenants, users } from '../../helpers/tenants.ts';

const A = clientId('a');
const B = clientId('b');

/**
 * Leads with planted truths (ids are fixed, so every run draws the same outcomes): C-suite books
 * meetings at 20%, managers at 8%; 12 interns (under the minimum n) all book; two subject lines
 * assigned at random, each its own template and A/B variant; everyone in one country.
 */
async function plantWorld(db: TestDb, client: string, prefix: string, leads = 912) {
  await db.query(`
    insert into public.lead_pool (id, email, seniority, company_technologies, timezone, company_revenue, person_country, person_state, person_city)
    select md5($2 || 'pool' || g)::uuid, $2 || g || '@world.example',
      case when g <= 300 then 'c_suite' when g <= 900 then 'manager' else 'intern' end,
      case when g % 2 = 0 then array['HubSpot', 'Slack'] else array['Salesforce'] end,
      'America/New_York', (g % 5) * 2e7, 'United States',
      case when g % 3 = 0 then 'New York' else 'Texas' end, case when g % 3 = 0 then 'New York' else 'Austin' end
    from generate_series(1, $1) g`, [leads, prefix]);
  await db.query(`
    insert into public.lead_assignments (client_id, lead_pool_id)
    select $1, p.id from public.lead_pool p where p.email like $2 || '%@world.example'`, [client, prefix]);
  await db.query(`
    insert into public.leads (id, client_id, lead_pool_id, email)
    select md5('lead' || p.email)::uuid, $1, p.id, p.email from public.lead_pool p where p.email like $2 || '%@world.example'`, [client, prefix]);
  await db.query(`
    insert into public.activities (client_id, lead_id, channel, activity_type, sent_at, subject, full_message_body)
    select l.client_id, l.id, 'email', 'email_sent', '2026-06-01T14:00:00Z',
      case when private.variant_bucket('00000000-0000-4000-8000-00000000aaaa', l.id) < 0.5 then 'Quick question' else 'Idea for you' end,
      'Hi there, worth a chat next week?'
    from public.leads l where l.client_id = $1 and l.email like $2 || '%@world.example'`, [client, prefix]);
  await db.query(`
    insert into public.meetings (client_id, lead_id, scheduled_at, booked_at, showed_up)
    select l.client_id, l.id, '2026-06-10T15:00:00Z', '2026-06-03T10:00:00Z', true
    from public.leads l join public.lead_pool p on p.id = l.lead_pool_id
    where l.client_id = $1 and l.email like $2 || '%@world.example'
      and private.variant_bucket('00000000-0000-4000-8000-00000000bbbb', l.id)
        < case p.seniority when 'c_suite' then 0.20 when 'manager' then 0.08 else 1.0 end`, [client, prefix]);
}

describe('detector findings', () => {
  let refresh: Record<string, number> = {};
  // Facts and findings are built once for the file; each test only reads them (or rolls back).
  const db = useDb({
    setup: async (db) => {
      await seedTenants(db);
      await plantWorld(db, A, 'w');
      [{ r: refresh }] = await db.query<{ r: Record<string, number> }>('select public.refresh_detectors($1) as r', [A]);
    },
  });

  const finding = async (dimension: string, segment: string, outcome: string, client = A) =>
    (await db.query<Record<string, any>>(
      `select * from public.detector_findings where client_id = $1 and dimension = $2 and segment = $3 and outcome = $4`,
      [client, dimension, segment, outcome]))[0];

  it('reports how much it looked at', () => {
    expect(refresh.leads).toBe(913);
    expect(refresh.findings).toBeGreaterThan(30);
    expect(refresh.significant).toBeGreaterThan(0);
  });

  it('recovers the planted seniority effect in its own family, with a log-scale lift interval', async () => {
    const csuite = await finding('seniority', 'c_suite', 'meeting_booked');
    // 300 planted C-suite leads and the tenant fixture's own C-suite lead.
    expect(csuite).toMatchObject({ detector: 'who', family: 'seniority', n: 301, min_n_met: true, tested: true, significant: true });
    expect(csuite.rank).toBeGreaterThan(0);
    expect(csuite.rate_ci_low).toBeLessThan(0.2);
    expect(csuite.rate_ci_high).toBeGreaterThan(0.2);
    expect(csuite.lift_ci_low).toBeGreaterThan(0);
    expect(csuite.lift_ci_low).toBeLessThan(csuite.lift);
    const manager = await finding('seniority', 'manager', 'meeting_booked');
    expect(manager.rate).toBeLessThan(csuite.rate);
    expect(manager.lift).toBeLessThan(0);
    expect(manager.lift_ci_low).toBeGreaterThan(-1);
  });

  it('shows a segment under the minimum n, but never tests or ranks it, however good it looks', async () => {
    const interns = await finding('seniority', 'intern', 'meeting_booked');
    expect(interns).toMatchObject({ n: 12, conversions: 12, min_n_met: false, tested: false, significant: false, rank: null, p_value: null, q_value: null });
  });

  it('adjusts q-values within each family of each client: the seniority question is its own family', async () => {
    const rows = await db.query<{ family: string; dimension: string; segment: string; p: number; q: number; m: number }>(
      `select family, dimension, segment, p_value as p, q_value as q, family_tests as m from public.detector_findings
       where client_id = $1 and family = 'seniority' and tested order by segment`, [A]);
    // C-suite and manager (the intern segment is too small to test): two tests, adjusted together.
    expect(rows.map((r) => r.segment)).toEqual(['c_suite', 'manager']);
    const [{ bh }] = await db.query<{ bh: number[] }>('select stats.p_adjust_bh($1::float8[]) as bh', [rows.map((r) => r.p)]);
    rows.forEach((r, i) => {
      expect(r.m).toBe(2);
      expect(r.q).toBeCloseTo(bh[i], 12);
    });
  });

  it('adjusts the exploratory family by Holm, family-wise, and names a finding there at 0.1%', async () => {
    const rows = await db.query<{ key: string; p: number; q: number }>(
      `select key, p, q from (
         select dimension || '|' || outcome || '|' || case when dimension <> 'technology' and count(*) over (partition by dimension, outcome) = 2
           then '*' else segment end as key, p_value as p, q_value as q, tested
         from public.detector_findings where client_id = $1 and family = 'exploratory') f where tested`, [A]);
    // A two-segment dimension is one test.
    const tests = [...new Map(rows.map((r) => [r.key, r])).values()];
    const [{ m }] = await db.query<{ m: number }>(`select max(family_tests) as m from public.detector_findings where client_id = $1 and family = 'exploratory'`, [A]);
    expect(tests.length).toBe(m);
    expect(m).toBeGreaterThan(10);
    const [{ holm }] = await db.query<{ holm: number[] }>('select stats.p_adjust_holm($1::float8[]) as holm', [tests.map((t) => t.p)]);
    tests.forEach((t, i) => expect(t.q).toBeCloseTo(holm[i], 12));
    const [{ loose }] = await db.query<{ loose: number }>(
      `select count(*)::integer as loose from public.detector_findings where family = 'exploratory' and significant and q_value > 0.001`);
    expect(loose).toBe(0);
  });

  it("never lets one client's data move another client's q-values", async () => {
    const before = await db.query<{ q: number }>(`select q_value as q from public.detector_findings where client_id = $1 and tested order by family, dimension, segment, outcome`, [A]);
    await plantWorld(db, B, 'other', 600);
    // Planner statistics for the rows just planted, as autovacuum keeps them on a server: without
    // them PostgreSQL estimates a handful of leads and nests the per-lead aggregates (13 s, not 1).
    await db.query('analyze');
    await db.query('select public.refresh_detectors(null)');
    const after = await db.query<{ q: number }>(`select q_value as q from public.detector_findings where client_id = $1 and tested order by family, dimension, segment, outcome`, [A]);
    expect(after).toEqual(before);
    const [{ n }] = await db.query<{ n: number }>(`select count(*)::integer as n from public.detector_findings where client_id = $1`, [B]);
    expect(n).toBeGreaterThan(30);
  });

  it('tests a dimension only against outcomes after it: no engagement, thread or touch-count findings, no outcome-defined ones', async () => {
    const dims = await db.query<{ dimension: string }>('select distinct dimension from public.detector_findings order by 1');
    for (const d of ['opened', 'clicked', 'touch_count_band', 'channel_mix', 'channel_sequence', 'turns_band', 'sentiment', 'objection', 'preferred_channel', 'written_by', 'city']) {
      expect(dims.map((r) => r.dimension)).not.toContain(d);
    }
    const outcomes = await db.query<{ family: string; outcome: string }>('select distinct family, outcome from public.detector_findings order by 1, 2');
    expect(outcomes.filter((r) => r.family === 'deal_predictors').map((r) => r.outcome)).toEqual(['deal_won']);
  });

  it('tests booking lead time only among leads who booked, against what came after the booking', async () => {
    const rows = await db.query<{ outcome: string; n: number }>(
      `select outcome, sum(n)::integer as n from public.detector_findings where client_id = $1 and dimension = 'booking_lead_time' group by outcome order by outcome`, [A]);
    const [{ booked }] = await db.query<{ booked: number }>(`select count(*)::integer as booked from public.detector_lead_facts where client_id = $1 and meeting_booked`, [A]);
    expect(rows.map((r) => r.outcome)).toEqual(['deal_won', 'meeting_held']);
    for (const r of rows) expect(r.n).toBe(booked);
  });

  it('tests a partition once under one name: the subject line, not its identical template or a second geography', async () => {
    const dims = await db.query<{ dimension: string }>(
      `select distinct dimension from public.detector_findings where client_id = $1 and family = 'deal_predictors' order by 1`, [A]);
    const names = dims.map((r) => r.dimension);
    // One market: region (state) is tested; country would be a single segment, city the same cut.
    expect(names).toContain('state');
    expect(names).not.toContain('country');
    expect(names).not.toContain('city');
  });

  it('tests a two-segment dimension once, seen from both sides', async () => {
    const rows = await db.query<{ segment: string; p: number; q: number; m: number; lift: number }>(
      `select segment, p_value as p, q_value as q, family_tests as m, lift from public.detector_findings
       where client_id = $1 and dimension = 'state' and outcome = 'meeting_booked' order by segment`, [A]);
    expect(rows).toHaveLength(2);
    expect(rows[0].p).toBe(rows[1].p);
    expect(rows[0].q).toBe(rows[1].q);
    expect(Math.sign(rows[0].lift)).toBe(-Math.sign(rows[1].lift));
  });

  it("uses Fisher's exact test when an expected count is small, and the z test otherwise", async () => {
    const rows = await db.query<{ n: number; x: number; rn: number; rx: number; test: string; p: number; exact: number; z: number }>(`
      select f.n, f.conversions as x, f.baseline_n as rn, round(f.baseline_rate * f.baseline_n)::integer as rx, f.test, f.p_value as p,
        stats.fisher_exact(f.baseline_n, round(f.baseline_rate * f.baseline_n)::bigint, f.n, f.conversions) as exact,
        (stats.two_proportion_test(f.baseline_n, round(f.baseline_rate * f.baseline_n)::bigint, f.n, f.conversions)).pooled_p_value as z
      from public.detector_findings f where f.client_id = $1 and f.p_value is not null`, [A]);
    expect(rows.some((r) => r.test === 'fisher')).toBe(true);
    expect(rows.some((r) => r.test === 'z')).toBe(true);
    for (const r of rows) {
      const total = r.x + r.rx;
      const expectedMin = (Math.min(r.n, r.rn) * Math.min(total, r.n + r.rn - total)) / (r.n + r.rn);
      expect(r.test).toBe(expectedMin < 10 ? 'fisher' : 'z');
      expect(r.p).toBeCloseTo(r.test === 'fisher' ? r.exact : r.z, 12);
    }
  });

  it('stars a finding exactly when its lift interval excludes no effect, and then its q is 0.01 or less', async () => {
    const rows = await db.query<{ significant: boolean; q: number; low: number; high: number; lift: number | null; level: number; m: number; family: string }>(
      `select significant, q_value as q, lift_ci_low as low, lift_ci_high as high, lift, lift_ci_level as level, family_tests as m, family
       from public.detector_findings where tested`);
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) {
      const excludes = r.low > 0 || r.high < 0;
      if (r.lift !== null) expect(r.significant, JSON.stringify(r)).toBe(excludes);
      if (excludes) expect(r.q).toBeLessThanOrEqual(r.family === 'exploratory' ? 0.001 : 0.01);
      expect(r.low).toBeGreaterThanOrEqual(-1);
      expect(r.level).toBeGreaterThanOrEqual(1 - 0.01);
    }
  });

  it('finds nothing significant where there is nothing: subject lines were assigned at random', async () => {
    const subjects = await db.query<{ significant: boolean }>(
      `select significant from public.detector_findings where client_id = $1 and dimension = 'subject' and segment in ('Quick question', 'Idea for you')`, [A]);
    expect(subjects.length).toBeGreaterThan(2);
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
    expect(mine[0].n).toBeGreaterThan(30);
    expect(theirs[0].n).toBe(0);
  });
});
