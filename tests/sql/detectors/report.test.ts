// cis_report(): the plan's eight questions answered with numbers and confidence, as documented JSON.
import { describe, expect, it } from 'vitest';
import { asRole, sqlState, useDb, type TestDb } from '../../helpers/db.ts';
import { clientId, id, seedTenants, users } from '../../helpers/tenants.ts';

/** P(X ≥ k) for X ~ Binomial(n, ½), summed exactly. */
function binomialUpper(k: number, n: number): number {
  let total = 0;
  let c = 1;
  for (let i = 0; i <= n; i++) {
    if (i >= k) total += c;
    c = (c * (n - i)) / (i + 1);
  }
  return total / 2 ** n;
}

const A = clientId('a');

async function world(db: TestDb) {
  await seedTenants(db);
  await db.query(`
    insert into public.lead_pool (id, email, seniority, timezone)
    select md5('report-pool' || g)::uuid, 'r' || g || '@report.example', case when g <= 200 then 'c_suite' else 'manager' end, 'Europe/Berlin'
    from generate_series(1, 600) g`);
  await db.query(`insert into public.lead_assignments (client_id, lead_pool_id)
    select $1, p.id from public.lead_pool p where p.email like 'r%@report.example'`, [A]);
  // Fixed ids: every run draws the same outcomes from the per-lead hashes below.
  await db.query(`insert into public.leads (id, client_id, lead_pool_id, email)
    select md5('report-lead' || p.email)::uuid, $1, p.id, p.email from public.lead_pool p where p.email like 'r%@report.example'`, [A]);
  await db.query(`
    insert into public.activities (client_id, lead_id, channel, activity_type, sent_at, subject)
    select l.client_id, l.id, 'email', 'email_sent', '2026-06-01T07:00:00Z', 'Quick question'
    from public.leads l where l.client_id = $1 and l.email like 'r%@report.example'`, [A]);
  // Human opens at 11:05 Berlin time (09:05 UTC in June), two hours after the send.
  await db.query(`
    insert into public.email_events (client_id, activity_id, lead_id, event_type, event_at, event_key, provider, user_agent)
    select a.client_id, a.id, a.lead_id, 'opened', '2026-06-01T07:05:00Z'::timestamptz + interval '2 hours', 'o-' || a.id, 'cis', 'Mozilla/5.0'
    from public.activities a join public.leads l on l.id = a.lead_id where l.email like 'r%@report.example'`);
  await db.query(`
    insert into public.meetings (client_id, lead_id, scheduled_at, booked_at, showed_up)
    select l.client_id, l.id, '2026-06-10T15:00:00Z', '2026-06-03T10:00:00Z',
      private.variant_bucket('00000000-0000-4000-8000-0000000000aa', l.id) < 0.7
    from public.leads l join public.lead_pool p on p.id = l.lead_pool_id
    where l.email like 'r%@report.example'
      and private.variant_bucket('00000000-0000-4000-8000-0000000000bb', l.id) < case p.seniority when 'c_suite' then 0.3 else 0.1 end`);
  await db.query(`
    insert into public.replies (client_id, lead_id, channel, reply_content, received_at, reply_intent, objection_type)
    select l.client_id, l.id, 'email', 'Not in the budget this year', '2026-06-02T09:00:00Z', 'objection',
      case when private.variant_bucket('00000000-0000-4000-8000-0000000000cc', l.id) < 0.7 then 'budget' else 'timing' end
    from public.leads l where l.email like 'r%@report.example'
      and private.variant_bucket('00000000-0000-4000-8000-0000000000dd', l.id) < 0.25`);
  await db.query(`
    insert into public.deals (client_id, lead_id, name, value, currency, stage)
    select m.client_id, m.lead_id, 'Deal', 10000 + 1000 * (row_number() over ()), 'AUD', 'closed_won'
    from public.meetings m where m.showed_up limit 20`);
  await db.query('select public.refresh_detectors($1)', [A]);
}

describe('cis_report', () => {
  let report: any;
  const db = useDb({
    setup: async (db) => {
      await world(db);
      [{ report }] = await db.query<{ report: any }>('select public.cis_report($1) as report', [A]);
    },
  });

  it("answers the eight questions in the plan's order, each with an answer, a confidence and data", () => {
    expect(report.client).toEqual({ id: A, name: 'Client A' });
    expect(report.questions.map((q: any) => q.key)).toEqual([
      'seniority', 'subject_lines', 'open_times', 'objections', 'ab_tests', 'show_rate', 'deal_predictors', 'deal_value',
    ]);
    for (const q of report.questions) {
      expect(q.question).toMatch(/\?$/);
      expect(typeof q.answer).toBe('string');
      expect(['high', 'medium', 'low', 'insufficient']).toContain(q.confidence);
      expect(Array.isArray(q.data)).toBe(true);
    }
  });

  it('names the best seniority with its rate, interval, lift and the family its q-value belongs to', () => {
    const seniority = report.questions[0];
    expect(seniority.answer).toMatch(/^C-suite leads book meetings at the highest rate: \d+(\.\d)?% \[\d+(\.\d)?%, \d+(\.\d)?%\] of 201 leads vs \d+(\.\d)?% for Manager \(lift \+\d+% \[\+\d+%, \+\d+%\], 99% interval; q (<|=) 0\.\d+ among 1 seniority test\)\.$/);
    expect(seniority.confidence).toMatch(/high|medium/);
    expect(seniority.family).toBe('seniority');
    expect(seniority.headline).toEqual({ dimension: 'seniority', segment: 'c_suite', direction: 'higher' });
    expect(seniority.data[0]).toMatchObject({ segment: 'c_suite', segment_label: 'C-suite', significant: true });
  });

  it('claims a reading peak only after testing it against a flat week and an even working day', () => {
    const open = report.questions[2];
    // Every lead first opened at 11:05 in Berlin: the earliest two-hour window holding them all.
    expect(open.peak).toMatchObject({ start_hour: 10, end_hour: 12, lead_share: 1, leads: 601 });
    expect(open.peak.p_value).toBeLessThan(0.001);
    expect(open.answer).toMatch(/^Leads read email most between 10:00 and 12:00 their time: 100% of 601 human opens \(machine opens excluded\), and the first open of 100% of 601 leads/);
    expect(open.confidence).toBe('high');
  });

  it('calls the top objection only when it beats the runner-up by an exact test', () => {
    const objections = report.questions[3];
    expect(objections.data.map((r: any) => r.objection_type)).toEqual(['budget', 'timing']);
    const [budget, timing] = objections.data;
    expect(objections.top_test.p_value).toBeCloseTo(2 * binomialUpper(budget.n, budget.n + timing.n), 10);
    expect(objections.answer).toMatch(/^Budget is the objection we hear most: \d+% \[\d+%, \d+%\] of \d+ leads who objected, ahead of timing \(\d+%; p (<|=) 0\.0\d\d, exact test of the two counts\)\.$/);
    // Nobody booked after objecting: the clause that would say so is left out.
    expect(objections.answer).not.toMatch(/booked/);
  });

  it('gives the show rate without counting unconfirmed meetings as held', () => {
    const show = report.questions[5];
    expect(show.data[0].scope).toBe('client');
    expect(show.data[0].rate).toBeGreaterThan(0.5);
    expect(show.data[0].rate).toBeLessThan(0.9);
    expect(show.answer).toMatch(/of past meetings were held/);
  });

  it('gives the average deal value per currency with an interval that cannot go negative', () => {
    const value = report.questions[7];
    expect(value.data).toHaveLength(1);
    expect(value.data[0]).toMatchObject({ currency: 'AUD', deals: 20, average: 20500 });
    expect(value.data[0].ci_low).toBeGreaterThan(0);
    expect(value.data[0].ci_low).toBeLessThan(20500);
    expect(value.data[0].ci_high).toBeGreaterThan(20500);
    expect(value.answer).toMatch(/^AUD 20,500 on average \[[\d,]+, [\d,]+\], median 20,500, over 20 won deals\.$/);
  });

  it('reports the funnel from contacted to won with intervals', () => {
    expect(report.funnel.map((s: any) => s.stage)).toEqual(['contacted', 'replied', 'positive reply', 'meeting booked', 'meeting held', 'deal won']);
    expect(report.funnel[0].n).toBe(601);
    for (const stage of report.funnel.slice(1)) expect(stage.rate_from_previous).toBeLessThanOrEqual(1);
  });

  it('computes the same questions live for a later start date', async () => {
    const [{ r }] = await db.query<{ r: any }>(`select public.cis_report($1, '2026-07-01') as r`, [A]);
    expect(r.since).toBe('2026-07-01');
    expect(r.funnel[0].n).toBe(0);
  });

  it('writes percentages and signed lifts as people read them, with one kind of minus sign', async () => {
    const [row] = await db.query<Record<string, string>>(`select private.pct(0.6) as a, private.pct(0.0612) as b,
      private.pct(0) as c, private.pct(1) as d, private.signed_pct(0.3) as e, private.signed_pct(-0.204) as f, private.pct(null) as g,
      private.signed_pct(0.003) as h, private.signed_pct(0) as i, private.plural(1, 'won deal', 'won deals') as j,
      private.plural(1546, 'lead', 'leads') as k`);
    expect(row).toEqual({ a: '60%', b: '6.1%', c: '0%', d: '100%', e: '+30%', f: '−20%', g: '—', h: '+0.3%', i: '±0%', j: '1 won deal', k: '1,546 leads' });
  });

  it('refuses an unknown client', async () => {
    expect(await sqlState(db, () => db.query(`select public.cis_report('${id('a', 999)}')`))).toBe('P0002');
  });

  it("answers a signed-in member about their own client, as the service role would, and no one else's", async () => {
    const strip = (r: { generated_at?: string }) => ({ ...r, generated_at: null });
    const [{ r: served }] = await db.query<{ r: Record<string, unknown> }>('select public.cis_report($1) as r', [A]);
    const [{ r: member }] = await asRole(db, 'authenticated', users.ownerA, () =>
      db.query<{ r: Record<string, unknown> }>('select public.cis_report($1) as r', [A]));
    expect(strip(member)).toEqual(strip(served));
    const [{ r: since }] = await asRole(db, 'authenticated', users.viewerA, () =>
      db.query<{ r: { since: string; questions: unknown[] } }>(`select public.cis_report($1, '2026-01-01') as r`, [A]));
    expect(since.questions).toHaveLength(8);
    // Another client's report is "no client" to them (row level security), and anon may not ask.
    expect(await sqlState(db, () => asRole(db, 'authenticated', users.ownerB, () => db.query('select public.cis_report($1)', [A])))).toBe('P0002');
    expect(await sqlState(db, () => asRole(db, 'authenticated', users.stranger, () => db.query('select public.cis_report($1)', [A])))).toBe('P0002');
    expect(await sqlState(db, () => asRole(db, 'anon', null, () => db.query('select public.cis_report($1)', [A])))).toBe('42501');
  });
});
