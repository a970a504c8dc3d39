// CONTENT-005: experiments with sticky assignment, a planned sample size, and a winner only when
// the statistics allow one.
import { beforeEach, describe, expect, it } from 'vitest';
import { asRole, useDb, type TestDb } from '../../helpers/db.ts';
import { clientId, id, seedTenants, users } from '../../helpers/tenants.ts';

const A = clientId('a');
const campaignA = id('a', 3);

interface World {
  leads: number;
  /** Conversion rate per variant (reply rate here). */
  rates: Record<string, number>;
  weights?: Record<string, number>;
  metric?: string;
  target?: number;
}

/** A campaign with a running test, `leads` leads each touched once, and replies at the planted rates. */
async function plantExperiment(db: TestDb, world: World): Promise<string> {
  const [campaign] = await db.query<{ id: string }>(
    `insert into public.campaigns (id, client_id, name, channel, status)
     values (md5('exp-campaign')::uuid, $1, 'Experiment campaign', 'email', 'active') returning id`, [A]);
  const [test] = await db.query<{ id: string }>(
    `insert into public.ab_tests (id, client_id, campaign_id, name, metric, sample_size_target)
     values (md5('exp-test')::uuid, $1, $2, 'Subject test', $3, $4) returning id`,
    [A, campaign.id, world.metric ?? 'reply_rate', world.target ?? null]);
  for (const [label, weight] of Object.entries(world.weights ?? {})) {
    await db.query(
      `insert into public.ab_test_variants (client_id, ab_test_id, label, weight) values ($1, $2, $3, $4)
       on conflict (ab_test_id, label) do update set weight = excluded.weight`, [A, test.id, label, weight]);
  }
  await db.query(
    // Fixed ids: assignment and outcomes are hashes of them, so every run is the same experiment.
    `insert into public.leads (id, client_id, email) select md5('exp-lead' || g)::uuid, $1, 'exp' || g || '@lead.example' from generate_series(1, $2) g`,
    [A, world.leads]);
  await db.query(
    `insert into public.activities (client_id, lead_id, campaign_id, channel, activity_type, sent_at)
     select $1, l.id, $2, 'email', 'email_sent', '2026-05-04T09:00:00Z' from public.leads l
     where l.client_id = $1 and l.email like 'exp%@lead.example'`, [A, campaign.id]);
  // A lead converts when its own stable pseudo-random draw falls under its variant's rate.
  await db.query(
    `insert into public.replies (client_id, lead_id, channel, reply_content, received_at, reply_intent)
     select a.client_id, a.lead_id, 'email', 'Sounds interesting', '2026-05-05T09:00:00Z', 'interested'
     from public.ab_test_assignments a
     where a.ab_test_id = $1 and private.variant_bucket('00000000-0000-4000-8000-00000000c0de', a.lead_id) < ($2::jsonb ->> a.variant)::float8`,
    [test.id, JSON.stringify(world.rates)]);
  // Planner statistics for what was just planted, as autovacuum keeps them on a server. Without
  // them the plan depends on whether autovacuum happened to analyse this database's empty tables
  // between tests (then PostgreSQL expects no rows and nests loops: over 60 s, instead of 4).
  await db.query('analyze');
  return test.id;
}

const analyze = async (db: TestDb, testId: string) =>
  (await db.query<Record<string, any>>(`select * from public.analyze_ab_tests($1) where id = $2`, [A, testId]))[0];

describe('experiments', () => {
  const db = useDb();
  beforeEach(() => seedTenants(db));

  it('plans the sample size per variant from the baseline and the minimum detectable effect', async () => {
    const [row] = await db.query<{ sample_size_target: number; expected: number }>(`
      insert into public.ab_tests (client_id, campaign_id, name, baseline_rate, minimum_detectable_effect)
      values ($1, $2, 'Plan', 0.05, 0.02)
      returning sample_size_target, stats.ab_sample_size_target(0.05, 0.02, 0.05, 0.8) as expected`, [A, campaignA]);
    expect(row.sample_size_target).toBe(row.expected);
    // Evan Miller's calculator gives 1,964 per arm for 5% → 7% at 80% power, 5% alpha; CIS plans
    // a little more because it reserves a share of alpha for early stopping.
    expect(row.sample_size_target).toBeGreaterThanOrEqual(1964);
    expect(row.sample_size_target).toBeLessThan(3000);
  });

  it('assigns each lead once, deterministically and by weight, and every touch carries that variant', async () => {
    const testId = await plantExperiment(db, { leads: 2000, rates: { A: 0, B: 0 }, weights: { A: 1, B: 3 } });
    const split = await db.query<{ variant: string; n: number }>(
      `select variant, count(*) as n from public.ab_test_assignments where ab_test_id = $1 group by 1 order by 1`, [testId]);
    expect(split[0].n / 2000).toBeGreaterThan(0.21);
    expect(split[0].n / 2000).toBeLessThan(0.29);
    const [again] = await db.query<{ changed: number }>(`
      select count(*) as changed from public.assign_variants($1, (select array_agg(lead_id) from public.ab_test_assignments where ab_test_id = $1)) x
      join public.ab_test_assignments a on a.ab_test_id = $1 and a.lead_id = x.lead_id where a.variant <> x.variant`, [testId]);
    expect(again.changed).toBe(0);

    const [lead] = await db.query<{ lead_id: string; variant: string; campaign_id: string }>(`
      select a.lead_id, a.variant, t.campaign_id from public.ab_test_assignments a join public.ab_tests t on t.id = a.ab_test_id
      where a.ab_test_id = $1 limit 1`, [testId]);
    const other = lead.variant === 'A' ? 'B' : 'A';
    const [second] = await db.query<{ ab_variant: string; reported: string }>(`
      insert into public.activities (client_id, lead_id, campaign_id, channel, activity_type, ab_variant, ab_test_id)
      values ($1, $2, $3, 'email', 'email_sent', $4, $5) returning ab_variant, content_snapshot->>'reported_ab_variant' as reported`,
      [A, lead.lead_id, lead.campaign_id, other, testId]);
    expect(second).toEqual({ ab_variant: lead.variant, reported: other });
  });

  it('declares B the winner on a planted effect once the planned sample is reached, and says so in plain words', async () => {
    const testId = await plantExperiment(db, { leads: 1200, rates: { A: 0.05, B: 0.15 }, target: 500 });
    const test = await analyze(db, testId);
    expect(test.winner).toBe('B');
    expect(test.status).toBe('decided');
    expect(test.confidence).toBeGreaterThan(0.95);
    expect(test.verdict).toMatch(/^B beats A on replies: \+\d+\.\d pts \[\+\d+\.\d, \+\d+\.\d\] \(96% interval\), (>99\.9|\d+(\.\d)?)% chance to win; \d{3} leads per variant \(500 planned\)$/);
    // The verdict and the table print the chance to win alike, never a rounded 100%.
    const [{ chance }] = await db.query<{ chance: string }>('select private.chance_text($1) as chance', [test.confidence]);
    expect(test.verdict).toContain(`${chance} chance to win`);
    const results = await db.query<Record<string, any>>(`select * from public.ab_test_results where ab_test_id = $1 order by variant`, [testId]);
    expect(results.map((r) => r.variant)).toEqual(['A', 'B']);
    expect(results[1].rate).toBeGreaterThan(results[0].rate);
    expect(results[1].rate_ci_low).toBeLessThan(results[1].rate);
    expect(results[1].p_value).toBeLessThan(0.01);
    expect(results[1].lift).toBeGreaterThan(0.5);
  });

  it('calls a test inconclusive at the planned sample when effects of the planned size are still possible', async () => {
    const testId = await plantExperiment(db, { leads: 1200, rates: { A: 0.1, B: 0.1 }, target: 500 });
    const test = await analyze(db, testId);
    expect(test).toMatchObject({ winner: null, status: 'decided', decision_reason: 'inconclusive', confidence: null });
    expect(test.verdict).toMatch(/^Inconclusive at the planned sample: B vs A on replies [+−]\d+\.\d pts \[−\d+\.\d, \+\d+\.\d\] \(96% interval\); effects from −\d+\.\d pts to \+\d+\.\d pts are still possible \(sized to detect ±\d\.\d pts \(30% of A's rate: no effect was planned\)\); \d{3} leads per variant \(500 planned\)$/);
    expect(test.verdict).not.toMatch(/-/);
  });

  it('says "no difference" only when the interval lies inside the planned effect', async () => {
    // A common rate (30%) makes the planned margin wide enough to be shown with 600 leads per
    // variant: every touch goes through the activities triggers, and 3,600 of them took over 60 s
    // on a loaded PostgreSQL whose empty tables autovacuum had just analysed.
    const testId = await plantExperiment(db, { leads: 1200, rates: { A: 0.3, B: 0.3 }, target: 500 });
    const test = await analyze(db, testId);
    expect(test).toMatchObject({ winner: 'no_difference', status: 'decided', decision_reason: 'equivalence' });
    expect(test.verdict).toMatch(/^No difference on replies larger than ±(\d\.\d) pts \(30% of A's rate: no effect was planned\): B vs A [+−]\d+\.\d pts \[−\d+\.\d, \+\d+\.\d\] \(96% interval\); [\d,]+ leads per variant \(500 planned\)$/);
    const margin = Number(test.verdict.match(/±(\d\.\d)/)![1]);
    const [lo, hi] = test.verdict.match(/\[(.+?), (.+?)\]/)!.slice(1).map((x: string) => Number(x.replace('−', '-')));
    expect(lo).toBeGreaterThan(-margin);
    expect(hi).toBeLessThan(margin);
  });

  it('does not call a winner before the planned sample, and says how far along it is', async () => {
    const testId = await plantExperiment(db, { leads: 300, rates: { A: 0.05, B: 0.08 }, target: 2000 });
    const test = await analyze(db, testId);
    expect(test.winner).toBeNull();
    expect(test.status).toBe('running');
    expect(test.verdict).toMatch(/^Collecting: \d+ of 2,000 leads per variant \(\d+%\)/);
  });

  it('blocks any winner on a sample-ratio mismatch and says why', async () => {
    const testId = await plantExperiment(db, { leads: 1200, rates: { A: 0.05, B: 0.2 }, target: 400 });
    // Break the split: move most of B's leads to A, as a buggy sender would.
    await db.query(`
      update public.ab_test_assignments set variant = 'A'
      where ab_test_id = $1 and variant = 'B' and private.variant_bucket('00000000-0000-4000-8000-0000000005a1', lead_id) < 0.6`, [testId]);
    await db.query(`update public.activities a set ab_variant = s.variant from public.ab_test_assignments s
      where s.ab_test_id = $1 and a.lead_id = s.lead_id and a.ab_test_id = $1`, [testId]);
    const test = await analyze(db, testId);
    expect(test.winner).toBeNull();
    expect(test.decision_reason).toBe('sample_ratio_mismatch');
    expect(test.verdict).toMatch(/^Sample ratio mismatch/);
  });

  it('compares several variants with control and corrects for multiple comparisons', async () => {
    const testId = await plantExperiment(db, {
      leads: 1800, rates: { A: 0.05, B: 0.05, C: 0.16 }, weights: { C: 1 }, target: 500,
    });
    const test = await analyze(db, testId);
    expect(test.winner).toBe('C');
    const results = await db.query<{ variant: string }>(`select variant from public.ab_test_results where ab_test_id = $1 order by 1`, [testId]);
    expect(results.map((r) => r.variant)).toEqual(['A', 'B', 'C']);
  });

  it('judges revenue per lead with Welch\'s t, counting only won deals in the client\'s currency', async () => {
    const testId = await plantExperiment(db, { leads: 1200, rates: { A: 0, B: 0 }, metric: 'revenue_per_lead', target: 500 });
    await db.query(`
      insert into public.deals (client_id, lead_id, name, value, currency, stage, created_at)
      select a.client_id, a.lead_id, 'Deal', case a.variant when 'A' then 4000 else 9000 end, 'AUD', 'closed_won', '2026-05-20T00:00:00Z'
      from public.ab_test_assignments a
      where a.ab_test_id = $1 and private.variant_bucket('00000000-0000-4000-8000-0000000000de', a.lead_id) < 0.1`, [testId]);
    // A deal in another currency never mixes into the sums.
    await db.query(`
      insert into public.deals (client_id, lead_id, name, value, currency, stage, created_at)
      select a.client_id, a.lead_id, 'USD deal', 1000000, 'USD', 'closed_won', '2026-05-21T00:00:00Z'
      from public.ab_test_assignments a where a.ab_test_id = $1 and a.variant = 'A' limit 1`, [testId]);
    const test = await analyze(db, testId);
    expect(test.winner).toBe('B');
    expect(test.verdict).toMatch(/^B beats A on revenue per lead: \+\d+\.\d\d per lead \[/);
    const results = await db.query<{ variant: string; revenue_per_lead: number }>(
      `select variant, revenue_per_lead from public.ab_test_results where ab_test_id = $1 order by variant`, [testId]);
    expect(results[0].revenue_per_lead).toBeLessThan(1000);
    expect(results[1].revenue_per_lead).toBeGreaterThan(results[0].revenue_per_lead);
  });

  it('shows experiment results only to members of the client', async () => {
    const testId = await plantExperiment(db, { leads: 200, rates: { A: 0.1, B: 0.1 } });
    const mine = await asRole(db, 'authenticated', users.ownerA, () =>
      db.query(`select * from public.ab_test_results where ab_test_id = $1`, [testId]));
    expect(mine).toHaveLength(2);
    const theirs = await asRole(db, 'authenticated', users.ownerB, () =>
      db.query(`select * from public.ab_test_results where ab_test_id = $1`, [testId]));
    expect(theirs).toHaveLength(0);
  });
});
