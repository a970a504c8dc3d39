// The funnel, show-rate and deal views on a small dataset whose figures are worked out by hand
// below, read the way the dashboard reads them: as a signed-in member, under RLS.
import { beforeEach, describe, expect, it } from 'vitest';
import { asRole, useDb, type TestDb } from '../../helpers/db.ts';
import { clientId, id, seedTenants, users } from '../../helpers/tenants.ts';

const A = clientId('a');
const C1 = id('a', 50); // campaign "Funnel test"
const T1 = id('a', 51); // template of leads 1–5
const T2 = id('a', 52); // template of leads 6–10
const AB = id('a', 53); // A/B test: leads 1–5 variant A, 6–10 variant B
const L = (k: number) => id('a', 60 + k); // leads L1…L13

// Ten leads of campaign C1, all first emailed on 2026-01-05 (L5 and L9 also on LinkedIn):
//   L1  interested reply → booked (2 days ahead) → held → deal won 10,000 AUD (10 days to close); seniority vp
//   L2  meeting_request  → booked (2 days)       → held → deal won 30,000 AUD (14 days);         seniority vp
//   L3  interested       → booked (10 days)      → no-show
//   L4  not_interested (rejection: no_need)
//   L5  nothing (LinkedIn touch too)
//   L6  interested       → booked (same day)     → held → deal lost 8,000 AUD ("Budget")
//   L7  no reply, booked through the link (20 days ahead) → meeting past, no signal: unconfirmed
//   L8  out-of-office only (rejection: no_need)
//   L9  question (rejection: timing_not_now); LinkedIn touch on 2026-01-04, before the email
//   L10 interested       → booked (2 days)       → held → deal won 5,000 USD (3 days)
// Not contacted: L12, L13 with lost deals ("budget ", "Chose competitor").
async function seedFunnel(db: TestDb): Promise<void> {
  // The seed lead keeps its touch and its reply, but not its meeting and deal (their times are now()).
  await db.exec(`
    delete from public.deals where client_id = '${A}';
    delete from public.meetings where client_id = '${A}';
    insert into public.campaigns (id, client_id, name, channel, status) values ('${C1}', '${A}', 'Funnel test', 'email', 'active');
    insert into public.email_templates (id, client_id, campaign_id, name, body) values
      ('${T1}', '${A}', '${C1}', 'Short intro', 'Hi'), ('${T2}', '${A}', '${C1}', 'Case study', 'Hello');
    insert into public.lead_pool (id, email, seniority) values ('${id('a', 90)}', 'pool-l1@example.com', 'vp'), ('${id('a', 91)}', 'pool-l2@example.com', 'vp');
    insert into public.lead_assignments (client_id, lead_pool_id) values ('${A}', '${id('a', 90)}'), ('${A}', '${id('a', 91)}');
    insert into public.leads (id, client_id, email, lead_pool_id, rejection_reason)
    select ('0000000a-1111-4000-8000-' || lpad((60 + k)::text, 12, '0'))::uuid, '${A}', 'l' || k || '@funnel.example',
      case k when 1 then '${id('a', 90)}'::uuid when 2 then '${id('a', 91)}'::uuid end,
      (case k when 4 then 'no_need' when 8 then 'no_need' when 9 then 'timing_not_now' end)::public.rejection_reason_type
    from generate_series(1, 13) k;
    insert into public.activities (client_id, lead_id, campaign_id, channel, activity_type, template_id, sent_at)
    select '${A}', ('0000000a-1111-4000-8000-' || lpad((60 + k)::text, 12, '0'))::uuid, '${C1}', 'email', 'email_sent',
      case when k <= 5 then '${T1}'::uuid else '${T2}'::uuid end, '2026-01-05T09:00:00Z'
    from generate_series(1, 10) k;
    insert into public.activities (client_id, lead_id, channel, activity_type, sent_at) values
      ('${A}', '${L(5)}', 'linkedin', 'linkedin_message', '2026-01-07T09:00:00Z'),
      ('${A}', '${L(9)}', 'linkedin', 'linkedin_message', '2026-01-04T09:00:00Z');
    insert into public.ab_tests (id, client_id, campaign_id, name) values ('${AB}', '${A}', '${C1}', 'Intro vs case study');
    update public.activities set ab_test_id = '${AB}', ab_variant = case when template_id = '${T1}' then 'A' else 'B' end
      where campaign_id = '${C1}';
    insert into public.replies (client_id, lead_id, channel, reply_content, reply_intent, received_at) values
      ('${A}', '${L(1)}', 'email', 'Yes', 'interested', '2026-01-06T09:00:00Z'),
      ('${A}', '${L(2)}', 'email', 'Book me', 'meeting_request', '2026-01-06T09:00:00Z'),
      ('${A}', '${L(3)}', 'email', 'Sure', 'interested', '2026-01-06T09:00:00Z'),
      ('${A}', '${L(4)}', 'email', 'No', 'not_interested', '2026-01-06T09:00:00Z'),
      ('${A}', '${L(6)}', 'email', 'Keen', 'interested', '2026-01-06T09:00:00Z'),
      ('${A}', '${L(8)}', 'email', 'Away', 'out_of_office', '2026-01-06T09:00:00Z'),
      ('${A}', '${L(9)}', 'email', 'Price?', 'question', '2026-01-06T09:00:00Z'),
      ('${A}', '${L(10)}', 'email', 'Yes', 'interested', '2026-01-06T09:00:00Z');
    insert into public.meetings (client_id, lead_id, campaign_id, booked_at, scheduled_at, ends_at, status, showed_up) values
      ('${A}', '${L(1)}', '${C1}', '2026-01-06T10:00:00Z', '2026-01-08T10:00:00Z', '2026-01-08T10:30:00Z', 'completed', true),
      ('${A}', '${L(2)}', '${C1}', '2026-01-06T10:00:00Z', '2026-01-08T11:00:00Z', '2026-01-08T11:30:00Z', 'completed', true),
      ('${A}', '${L(3)}', '${C1}', '2026-01-06T10:00:00Z', '2026-01-16T10:00:00Z', '2026-01-16T10:30:00Z', 'no_show', false),
      ('${A}', '${L(6)}', '${C1}', '2026-01-06T10:00:00Z', '2026-01-06T15:00:00Z', '2026-01-06T15:30:00Z', 'completed', true),
      ('${A}', '${L(7)}', '${C1}', '2026-01-06T10:00:00Z', '2026-01-26T10:00:00Z', '2026-01-26T10:30:00Z', 'scheduled', null),
      ('${A}', '${L(10)}', '${C1}', '2026-01-06T10:00:00Z', '2026-01-08T12:00:00Z', '2026-01-08T12:30:00Z', 'completed', true);
    insert into public.deals (client_id, lead_id, name, value, currency, stage, created_at, closed_at, lost_reason) values
      ('${A}', '${L(1)}', 'L1', 10000, 'AUD', 'closed_won', '2026-01-10T09:00:00Z', '2026-01-20T09:00:00Z', null),
      ('${A}', '${L(2)}', 'L2', 30000, 'AUD', 'closed_won', '2026-01-11T09:00:00Z', '2026-01-25T09:00:00Z', null),
      ('${A}', '${L(6)}', 'L6', 8000, 'AUD', 'closed_lost', '2026-01-10T09:00:00Z', '2026-01-30T09:00:00Z', 'Budget'),
      ('${A}', '${L(10)}', 'L10', 5000, 'USD', 'closed_won', '2026-01-12T09:00:00Z', '2026-01-15T09:00:00Z', null),
      ('${A}', '${L(12)}', 'L12', 1000, 'AUD', 'closed_lost', '2026-01-10T09:00:00Z', '2026-01-11T09:00:00Z', 'budget '),
      ('${A}', '${L(13)}', 'L13', 1000, 'AUD', 'closed_lost', '2026-01-10T09:00:00Z', '2026-01-11T09:00:00Z', 'Chose competitor');
  `);
}

type Step = { step: string; leads: number; previous_leads: number | null; conversion: number | null; conversion_ci_low: number | null; conversion_ci_high: number | null };

const asMember = <T>(db: TestDb, user: string, sql: string, params: unknown[] = []) =>
  asRole(db, 'authenticated', user, () => db.query<T>(sql, params));

const counts = (steps: Step[]) => steps.map((s) => Number(s.leads));

describe('funnel analytics views', () => {
  const db = useDb();
  beforeEach(async () => {
    await seedTenants(db);
    await seedFunnel(db);
  });

  it('gives the campaign funnel step by step, with conversions and 95% Wilson intervals', async () => {
    const steps = await asMember<Step>(db, users.viewerA,
      `select step, leads, previous_leads, conversion, conversion_ci_low, conversion_ci_high
       from public.funnel_by_campaign where campaign_id = $1 order by step_order`, [C1]);
    // contacted 10; replied 8 = L1 L2 L3 L4 L6 L9 L10 + L7 (booked, so replied; L8's out-of-office
    // is not a reply); positive 6 = L1 L2 L3 L6 L10 + L7; booked 6; held 4 = L1 L2 L6 L10;
    // deal 4 (same leads); won 3 = L1 L2 L10.
    expect(steps.map((s) => s.step)).toEqual(['contacted', 'replied', 'positive_reply', 'meeting_booked', 'meeting_held', 'deal', 'won']);
    expect(counts(steps)).toEqual([10, 8, 6, 6, 4, 4, 3]);
    // Conversions: 8/10, 6/8, 6/6, 4/6, 4/4, 3/4.
    expect(steps.slice(1).map((s) => Number(s.conversion))).toEqual([0.8, 0.75, 1, 4 / 6, 1, 0.75]);
    // Wilson 95% for 8/10: z = 1.959964, z² = 3.841459;
    //   centre = (0.8 + z²/20) / (1 + z²/10) = 0.992073 / 1.384146 = 0.716740
    //   half   = z / (1 + z²/10) · √(0.8·0.2/10 + z²/400) = 1.416002 · √0.025604 = 0.226578
    //   → [0.490162, 0.943318]
    expect(steps[1].conversion_ci_low).toBeCloseTo(0.490162, 5);
    expect(steps[1].conversion_ci_high).toBeCloseTo(0.943318, 5);
    // 6/6: centre = (1 + z²/12) / (1 + z²/6) = 1.320122 / 1.640243 = 0.804833;
    //   half = z / (1 + z²/6) · √(z²/144) = 1.194922 · 0.163330 = 0.195167 → [0.609666, 1]
    expect(steps[3].conversion_ci_low).toBeCloseTo(0.609666, 5);
    expect(steps[3].conversion_ci_high).toBeCloseTo(1, 6);
    expect(steps[0]).toMatchObject({ previous_leads: null, conversion: null, conversion_ci_low: null });
  });

  it('gives the client funnel, counting the seed lead whose only outcome is a reply', async () => {
    const steps = await asMember<Step>(db, users.ownerA, `select step, leads from public.funnel_by_client where client_id = $1 order by step_order`, [A]);
    // The ten leads of C1 plus the seed lead (touched 2026-03-02, replied 2026-03-03).
    expect(counts(steps)).toEqual([11, 9, 6, 6, 4, 4, 3]);
  });

  it('splits the funnel by template, A/B variant, channel and seniority', async () => {
    const byTemplate = await asMember<Step & { template_name: string }>(db, users.viewerA,
      `select template_name, step, leads from public.funnel_by_template where template_id in ($1, $2) order by template_name, step_order`, [T1, T2]);
    // T1 = L1–L5: contacted 5, replied L1 L2 L3 L4, positive/booked L1 L2 L3, held/deal L1 L2, won L1 L2.
    // T2 = L6–L10: contacted 5, replied L6 L7 L9 L10, positive/booked L6 L7 L10, held/deal L6 L10, won L10.
    expect(counts(byTemplate.filter((r) => r.template_name === 'Short intro'))).toEqual([5, 4, 3, 3, 2, 2, 2]);
    expect(counts(byTemplate.filter((r) => r.template_name === 'Case study'))).toEqual([5, 4, 3, 3, 2, 2, 1]);

    const byVariant = await asMember<Step & { ab_variant: string }>(db, users.viewerA,
      `select ab_variant, step, leads from public.funnel_by_ab_variant where ab_test_id = $1 order by ab_variant, step_order`, [AB]);
    expect(counts(byVariant.filter((r) => r.ab_variant === 'A'))).toEqual([5, 4, 3, 3, 2, 2, 2]);
    expect(counts(byVariant.filter((r) => r.ab_variant === 'B'))).toEqual([5, 4, 3, 3, 2, 2, 1]);

    const linkedin = await asMember<Step>(db, users.viewerA,
      `select step, leads from public.funnel_by_channel where client_id = $1 and channel = 'linkedin' order by step_order`, [A]);
    // LinkedIn reached L5 (2026-01-07, nothing after) and L9 (2026-01-04; its question came after).
    expect(counts(linkedin)).toEqual([2, 1, 0, 0, 0, 0, 0]);

    const vp = await asMember<Step>(db, users.viewerA,
      `select step, leads from public.funnel_by_seniority where client_id = $1 and seniority = 'vp' order by step_order`, [A]);
    expect(counts(vp)).toEqual([2, 2, 2, 2, 2, 2, 2]);
  });

  it('gives deal value per currency, never summed across currencies, with median days to close and revenue per 1,000 contacted', async () => {
    const rows = await asMember<Record<string, unknown>>(db, users.viewerA, `
      select currency, contacted, deals, won_deals, lost_deals, won_value::float8 as won_value, won_value_avg::float8 as avg,
        won_value_median as median, median_days_to_close as days, revenue_per_1000_contacted::float8 as per_1000
      from public.funnel_revenue where dimension = 'campaign' and group_id = $1 order by currency`, [C1]);
    // AUD: L1 10,000 won in 10 days, L2 30,000 won in 14 days, L6 lost → avg = median = 20,000; median
    //      days (10 + 14) / 2 = 12; per 1,000 contacted = 40,000 × 1000 / 10 = 4,000,000.
    // USD: L10 5,000 won in 3 days → per 1,000 contacted = 5,000 × 1000 / 10 = 500,000.
    expect(rows).toEqual([
      { currency: 'AUD', contacted: 10, deals: 3, won_deals: 2, lost_deals: 1, won_value: 40000, avg: 20000, median: 20000, days: 12, per_1000: 4000000 },
      { currency: 'USD', contacted: 10, deals: 1, won_deals: 1, lost_deals: 0, won_value: 5000, avg: 5000, median: 5000, days: 3, per_1000: 500000 },
    ]);
  });

  it('ranks lost reasons (case-insensitively) and rejection reasons', async () => {
    const lost = await asMember<Record<string, unknown>>(db, users.viewerA,
      `select lower(lost_reason) as reason, deals, share, rank from public.deal_lost_reasons where client_id = $1 order by rank, reason`, [A]);
    // Lost: L6 "Budget", L12 "budget ", L13 "Chose competitor" → budget 2 of 3, competitor 1 of 3.
    expect(lost).toEqual([
      { reason: 'budget', deals: 2, share: 2 / 3, rank: 1 },
      { reason: 'chose competitor', deals: 1, share: 1 / 3, rank: 2 },
    ]);
    const rejections = await asMember<Record<string, unknown>>(db, users.viewerA,
      `select rejection_reason, leads, rank from public.lead_rejection_reasons where client_id = $1 order by rank`, [A]);
    expect(rejections).toEqual([{ rejection_reason: 'no_need', leads: 2, rank: 1 }, { rejection_reason: 'timing_not_now', leads: 1, rank: 2 }]);
  });

  it('gives show rates that leave unconfirmed meetings out of the rate and show them beside it', async () => {
    const [campaign] = await asMember<Record<string, unknown>>(db, users.viewerA, `
      select meetings, held, no_show, unconfirmed, upcoming, show_rate, show_rate_floor, confirmed_share, show_rate_ci_low, show_rate_ci_high
      from public.show_rate_by_campaign where campaign_id = $1`, [C1]);
    // Held L1 L2 L6 L10, no-show L3, unconfirmed L7: rate 4/5, floor 4/6, confirmed 5/6.
    // Wilson 4/5: centre (0.8 + z²/10)/(1 + z²/5) = 1.184146/1.768292 = 0.669655;
    //   half = z / (1 + z²/5) · √(0.16/5 + z²/100) = 1.108393 · 0.265355 = 0.294121 → [0.375535, 0.963776].
    expect(campaign).toMatchObject({ meetings: 6, held: 4, no_show: 1, unconfirmed: 1, upcoming: 0, show_rate: 0.8, show_rate_floor: 4 / 6, confirmed_share: 5 / 6 });
    expect(campaign.show_rate_ci_low as number).toBeCloseTo(0.375535, 5);
    expect(campaign.show_rate_ci_high as number).toBeCloseTo(0.963776, 5);

    const bands = await asMember<{ lead_time_band: string; held: number; no_show: number; unconfirmed: number; show_rate: number | null }>(db, users.viewerA,
      `select lead_time_band, held, no_show, unconfirmed, show_rate from public.show_rate_by_lead_time where client_id = $1 order by lead_time_band_order`, [A]);
    // Booked 2026-01-06 10:00 for: L6 same day; L1 L2 L10 two days; L3 ten days; L7 twenty days.
    expect(bands).toEqual([
      { lead_time_band: 'under_1d', held: 1, no_show: 0, unconfirmed: 0, show_rate: 1 },
      { lead_time_band: '1_3d', held: 3, no_show: 0, unconfirmed: 0, show_rate: 1 },
      { lead_time_band: '7_14d', held: 0, no_show: 1, unconfirmed: 0, show_rate: 0 },
      { lead_time_band: '14d_plus', held: 0, no_show: 0, unconfirmed: 1, show_rate: null },
    ]);
    // Meetings written directly are credited by refresh_outcomes: each booking (2026-01-06 10:00)
    // followed the campaign email of 2026-01-05, so all six come from email.
    await db.exec(`set local role service_role; select public.refresh_outcomes('${A}'); reset role`);
    const channels = await asMember<{ channel: string | null; meetings: number; held: number }>(db, users.viewerA,
      `select channel::text, meetings, held from public.show_rate_by_channel where client_id = $1`, [A]);
    expect(channels).toEqual([{ channel: 'email', meetings: 6, held: 4 }]);
    const seniority = await asMember<{ seniority: string; held: number; meetings: number }>(db, users.viewerA,
      `select seniority, held, meetings from public.show_rate_by_seniority where client_id = $1 order by seniority`, [A]);
    expect(seniority).toEqual([{ seniority: 'unknown', held: 2, meetings: 4 }, { seniority: 'vp', held: 2, meetings: 2 }]);
  });

  it('calls a meeting past its end with no signal unconfirmed and a future one upcoming, never held', async () => {
    await db.exec(`insert into public.meetings (client_id, lead_id, booked_at, scheduled_at, ends_at)
      values ('${A}', '${L(5)}', '2026-01-06T10:00:00Z', '2099-01-01T10:00:00Z', '2099-01-01T10:30:00Z')`);
    const rows = await asMember<{ lead_id: string; attendance: string }>(db, users.viewerA,
      `select lead_id, attendance from public.meeting_attendance where lead_id in ($1, $2, $3) order by lead_id`, [L(3), L(5), L(7)]);
    expect(rows).toEqual([
      { lead_id: L(3), attendance: 'no_show' }, { lead_id: L(5), attendance: 'upcoming' }, { lead_id: L(7), attendance: 'unconfirmed' },
    ]);
  });

  it("shows a member of another client none of it, and the stats of its own client only", async () => {
    for (const view of ['funnel_by_campaign', 'funnel_by_template', 'funnel_by_ab_variant', 'show_rate_by_campaign', 'funnel_revenue', 'deal_lost_reasons', 'lead_rejection_reasons', 'meeting_attendance', 'lead_funnel']) {
      const [row] = await asMember<{ n: number }>(db, users.ownerB, `select count(*)::int as n from public.${view} where client_id = $1`, [A]);
      expect(row.n, view).toBe(0);
    }
    const [stranger] = await asMember<{ n: number }>(db, users.stranger, `select count(*)::int as n from public.funnel_by_client`);
    expect(stranger.n).toBe(0);
  });
});
