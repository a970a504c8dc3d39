// Every question's sentence in its edge cases — no segments, one, two; a tie at the top; a lift
// that cannot exist; no experiment; one won deal — rendered through cis_report and the text
// renderer, and held to the same rules: no raw codes, no empty numbers, singular and plural
// agreeing with their numbers, one kind of minus sign, the named segment present in the table,
// and the dimension named.
import { describe, expect, it } from 'vitest';
import { formatReportText } from '../../../shared/report/text.ts';
import type { Question, Report, SegmentQuestion } from '../../../shared/report/types.ts';
import { useDb, type TestDb } from '../../helpers/db.ts';
import { clientId, seedTenants } from '../../helpers/tenants.ts';

const A = clientId('a');

interface Row {
  family?: string;
  dimension: string;
  segment: string;
  outcome?: string;
  n: number;
  conversions: number;
  baseline_n: number;
  baseline_conversions: number;
  tested?: boolean;
  significant?: boolean;
  q?: number | null;
  tests?: number;
  noLift?: boolean;
}

/** Stores findings as the detectors would have, with rates, intervals and lifts computed in SQL. */
async function plant(db: TestDb, rows: Row[]) {
  await db.query('delete from public.detector_findings where client_id = $1', [A]);
  for (const r of rows) {
    const family = r.family ?? (r.dimension === 'seniority' ? 'seniority' : r.dimension === 'subject' ? 'subject_lines' : 'deal_predictors');
    const outcome = r.outcome ?? (family === 'seniority' ? 'meeting_booked' : family === 'subject_lines' ? 'human_open' : 'deal_won');
    const tested = r.tested ?? r.n >= 30;
    await db.query(`
      insert into public.detector_findings (client_id, detector, family, dimension, segment, outcome, n, conversions, rate,
        rate_ci_low, rate_ci_high, baseline_n, baseline_rate, lift, lift_ci_low, lift_ci_high, lift_ci_level, test, p_value,
        q_value, family_tests, min_n_met, tested, significant)
      select $1, private.detector_of($3), $2, $3, $4, $5, $6, $7, $7::float8 / $6, w.low, w.high, $8, $9::float8 / nullif($8, 0),
        case when $13 or $9 = 0 then null else ($7::float8 / $6) / ($9::float8 / $8) - 1 end,
        case when $10 and not $13 then rr.ci_low end, case when $10 and not $13 then rr.ci_high end, case when $10 then 0.99 end,
        case when $10 then 'fisher' end, case when $10 then $11::float8 end, case when $10 then $11::float8 end,
        case when $10 then $12::integer end, $6 >= 30, $10, $14
      from stats.wilson_interval($6, $7) w left join lateral stats.relative_risk($8, $9, $6, $7, null, 0.99) rr on true`,
      [A, family, r.dimension, r.segment, outcome, r.n, r.conversions, r.baseline_n, r.baseline_conversions, tested,
        r.q ?? (r.significant ? 0.004 : 0.4), r.tests ?? rows.filter((x) => x.dimension === r.dimension).length,
        r.noLift ?? false, r.significant ?? false]);
  }
}

async function report(db: TestDb): Promise<Report> {
  const [{ r }] = await db.query<{ r: Report }>('select public.cis_report($1) as r', [A]);
  return r;
}

type QuestionOf<K extends Question['key']> = K extends SegmentQuestion['key'] ? SegmentQuestion : Extract<Question, { key: K }>;
const q = <K extends Question['key']>(r: Report, key: K) => r.questions.find((x) => x.key === key) as QuestionOf<K>;

/** The rules every answer keeps. */
function wellWritten(answer: string) {
  expect(answer, 'raw code').not.toMatch(/\b[a-z]+_[a-z_]+\b/);
  expect(answer, 'empty number').not.toMatch(/NaN|undefined|null|\?|—%|\[\s*,|,\s*\]|\(\s*\)|%\s*%|\bInfinity\b/);
  expect(answer, 'one lead, one deal').not.toMatch(/(^|[^\d.,])1 (leads|won deals|tests|human opens|seniority tests|subject-line tests|deal-predictor tests)\b/);
  expect(answer, 'many leads').not.toMatch(/(^|[^\d.,])(0|[2-9]|\d{2,}|\d{1,3}(,\d{3})+) (lead|won deal|human open|seniority test|deal-predictor test)\b(?!s)/);
  expect(answer, 'hyphen for a minus').not.toMatch(/(^|[\s[(])-\d/);
}

function tableHas(text: string, label: string) {
  const rows = text.split('\n').filter((l) => /^ {3}\S/.test(l) && !l.includes('─'));
  expect(rows.some((l) => l.includes(label)), `${label} in the table`).toBe(true);
}

describe('every answer in its edge cases', () => {
  const db = useDb({ setup: seedTenants });

  it('says there is nothing to compare with no segment at all', async () => {
    await plant(db, []);
    const r = await report(db);
    for (const key of ['seniority', 'subject_lines', 'deal_predictors'] as const) {
      const x = q(r, key);
      wellWritten(x.answer);
      expect(x.confidence).toBe('insufficient');
      expect(x.headline).toBeNull();
    }
    expect(q(r, 'seniority').answer).toBe('No contacted leads with a known seniority yet.');
  });

  it('says one segment has nothing to compare with, in the singular', async () => {
    await plant(db, [{ dimension: 'seniority', segment: 'c_suite', n: 1, conversions: 1, baseline_n: 0, baseline_conversions: 0, tested: false }]);
    const x = q(await report(db), 'seniority');
    wellWritten(x.answer);
    expect(x.answer).toBe('All 1 lead with a known seniority share one: C-suite. There is nothing to compare it with.');
  });

  it('names the higher of two segments with the other as the comparison, and puts it in the table', async () => {
    await plant(db, [
      // A two-segment dimension is one test, seen from both sides.
      { dimension: 'funding', segment: 'funded', n: 812, conversions: 30, baseline_n: 1043, baseline_conversions: 18, significant: true, q: 0.008, tests: 1 },
      { dimension: 'funding', segment: 'bootstrapped', n: 1043, conversions: 18, baseline_n: 812, baseline_conversions: 30, significant: true, q: 0.008, tests: 1 },
    ]);
    const r = await report(db);
    const x = q(r, 'deal_predictors');
    wellWritten(x.answer);
    expect(x.answer).toMatch(/^By funding, “funded” leads become won deals more often than “bootstrapped”: 3\.7% \[[\d.]+%, [\d.]+%\] of 812 leads vs 1\.7% for “bootstrapped” \(lift \+\d+% \[\+[\d.]+%, \+\d+%\], 99% interval; q = 0\.008 among 1 deal-predictor test\)\.$/);
    expect(x.headline).toEqual({ dimension: 'funding', segment: 'funded', direction: 'higher' });
    expect(x.confidence).toBe('medium');
    tableHas(formatReportText(r), 'funded');
  });

  it('never calls a tied segment the highest', async () => {
    await plant(db, [
      { dimension: 'seniority', segment: 'c_suite', n: 200, conversions: 40, baseline_n: 600, baseline_conversions: 60, significant: true },
      { dimension: 'seniority', segment: 'founder', n: 100, conversions: 20, baseline_n: 700, baseline_conversions: 80 },
      { dimension: 'seniority', segment: 'manager', n: 500, conversions: 40, baseline_n: 300, baseline_conversions: 60 },
    ]);
    const r = await report(db);
    const x = q(r, 'seniority');
    wellWritten(x.answer);
    expect(x.answer).not.toContain('highest');
    expect(x.answer).toMatch(/^C-suite leads book meetings more often than the other seniorities: 20% .* Founder has the same rate \(20% of 100 leads\)\.$/);
    tableHas(formatReportText(r), 'C-suite');
  });

  it('never names a segment whose lift cannot exist, and shows its lift as —', async () => {
    await plant(db, [
      { dimension: 'seniority', segment: 'vp', n: 60, conversions: 6, baseline_n: 300, baseline_conversions: 0, noLift: true },
      { dimension: 'seniority', segment: 'manager', n: 300, conversions: 0, baseline_n: 60, baseline_conversions: 6 },
    ]);
    const r = await report(db);
    const x = q(r, 'seniority');
    wellWritten(x.answer);
    expect(x.headline).toBeNull();
    expect(x.confidence).toBe('low');
    const vp = formatReportText(r).split('\n').find((l) => /^\s+VP\s/.test(l))!;
    expect(vp).toMatch(/\s—\s/);
  });

  it('names the dimension of a deal predictor and quotes a subject line', async () => {
    await plant(db, [
      { dimension: 'employee_band', segment: '51–200', n: 400, conversions: 24, baseline_n: 1400, baseline_conversions: 28, significant: true, q: 0.0004, tests: 40 },
      { dimension: 'subject', segment: 'Quick question about your close', n: 900, conversions: 500, baseline_n: 900, baseline_conversions: 350, significant: true, q: 0.0001, tests: 1 },
      { dimension: 'subject', segment: 'Month-end close in 4 days', n: 900, conversions: 350, baseline_n: 900, baseline_conversions: 500, significant: true, q: 0.0001, tests: 1 },
    ]);
    const r = await report(db);
    const deal = q(r, 'deal_predictors');
    wellWritten(deal.answer);
    expect(deal.answer).toMatch(/^By company size, “51–200” leads become won deals more often than the rest: 6% .* q < 0\.001 among 40 deal-predictor tests\)\.$/);
    expect(deal.confidence).toBe('high');
    const subject = q(r, 'subject_lines');
    wellWritten(subject.answer);
    expect(subject.answer).toMatch(/^“Quick question about your close” is opened by the most leads \(people, not machines\): 55\.6% /);
  });

  it('says nothing stands out, with the test it failed, when no segment is significant', async () => {
    await plant(db, [
      { dimension: 'seniority', segment: 'vp', n: 321, conversions: 19, baseline_n: 900, baseline_conversions: 26, q: 0.092, tests: 2 },
      { dimension: 'seniority', segment: 'manager', n: 900, conversions: 26, baseline_n: 321, baseline_conversions: 19, q: 0.092, tests: 2 },
      { dimension: 'seniority', segment: 'intern', n: 12, conversions: 3, baseline_n: 1221, baseline_conversions: 45, tested: false },
    ]);
    const r = await report(db);
    const x = q(r, 'seniority') as SegmentQuestion;
    wellWritten(x.answer);
    expect(x.answer).toBe('No seniority stands out yet: the highest rate is VP at 5.9% [3.8%, 9.1%] of 321 leads vs 2.9% for the rest, not significant (q = 0.092 among 2 seniority tests; CIS names one at q ≤ 0.01).');
    expect(x.confidence).toBe('low');
    // The table follows the rate, the column it shows; a segment under the minimum comes last, marked.
    expect(x.data.map((f) => f.segment)).toEqual(['vp', 'manager', 'intern']);
    expect(formatReportText(r)).toMatch(/Intern\s.*n < 30/);
  });

  it('says so when there is no experiment, no objection, no meeting and no opens', async () => {
    await db.query('update public.activities set ab_test_id = null, ab_variant = null where client_id = $1', [A]);
    await db.query('delete from public.ab_tests where client_id = $1', [A]);
    await db.query('delete from public.replies where client_id = $1', [A]);
    await db.query('delete from public.meetings where client_id = $1', [A]);
    await db.query('delete from public.email_events where client_id = $1', [A]);
    const r = await report(db);
    expect(q(r, 'ab_tests')).toMatchObject({ answer: 'No experiments yet.', confidence: 'insufficient' });
    expect(q(r, 'objections')).toMatchObject({ answer: 'No objections analysed yet.', confidence: 'insufficient' });
    expect(q(r, 'show_rate')).toMatchObject({ answer: 'No meetings yet.', confidence: 'insufficient' });
    expect(q(r, 'open_times')).toMatchObject({ answer: 'No human opens recorded yet.', confidence: 'insufficient', peak: null });
  });

  it('gives one won deal its value without an average interval, in the singular', async () => {
    await db.query(`update public.deals set won = true, stage = 'closed_won', value = 46000, currency = 'USD' where client_id = $1`, [A]);
    const x = q(await report(db), 'deal_value');
    wellWritten(x.answer);
    expect(x.answer).toBe('USD 46,000 from 1 won deal — too few for an average with an interval (3 won deals needed).');
    expect(x.confidence).toBe('insufficient');
    expect(x.data[0]).toMatchObject({ deals: 1, ci_low: null, ci_high: null });
  });

  it('writes the objection and reading-time sentences without a claim the counts do not carry', async () => {
    const [{ o }] = await db.query<{ o: { answer: string; confidence: string; top: string | null } }>(`select private.answer_objections($1::jsonb, $2::jsonb) as o`, [
      JSON.stringify([
        { objection_type: 'budget', label: 'Budget', n: 16, share: 16 / 33, ci_low: 0.32, ci_high: 0.65, answered: 16, booked_after_answer: 0 },
        { objection_type: 'timing', label: 'Timing', n: 12, share: 12 / 33, ci_low: 0.22, ci_high: 0.53, answered: 12, booked_after_answer: 0 },
        { objection_type: 'need', label: 'Need', n: 5, share: 5 / 33, ci_low: 0.07, ci_high: 0.31, answered: 5, booked_after_answer: 0 },
      ]), JSON.stringify({ p_value: 0.5716 })]);
    wellWritten(o.answer);
    expect(o).toEqual({ answer: 'Budget and timing lead (48% and 36% of 33 leads who objected); not separable yet (p = 0.572, exact test of the two counts; a top objection needs p < 0.01).', confidence: 'low', top: null });
    const [{ t }] = await db.query<{ t: { answer: string; confidence: string } }>(`select private.answer_open_times($1::jsonb, null) as t`, [
      JSON.stringify({ start_hour: 4, end_hour: 6, opens: 2655, share: 0.09, leads: 1400, lead_share: 0.09, p_value: 1 })]);
    wellWritten(t.answer);
    expect(t.answer).toMatch(/^No clear reading peak yet: the busiest two hours, 04:00–06:00 their time, hold the first open of 9% of 1,400 leads \(9% of 2,655 human opens\)/);
    expect(t.confidence).toBe('low');
  });
});
