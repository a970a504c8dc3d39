import { describe, expect, it } from 'vitest';
import { formatReportText, table } from '../../../shared/report/text.ts';
import { QUESTION_ORDER } from '../../../shared/report/types.ts';
import { sampleReport } from './fixture.ts';

const ANSI = /\x1b\[/;

describe('the text report', () => {
  it('answers the eight questions in the documented order, each with its confidence', () => {
    const text = formatReportText(sampleReport());
    const report = sampleReport();
    let at = -1;
    for (const [i, key] of QUESTION_ORDER.entries()) {
      const q = report.questions.find((x) => x.key === key)!;
      const heading = `${i + 1}. ${q.question}  confidence: ${q.confidence}`;
      const pos = text.indexOf(heading);
      expect(pos, heading).toBeGreaterThan(at);
      at = pos;
    }
  });

  it('prints every answer sentence the report gives', () => {
    const text = formatReportText(sampleReport(), { width: 10_000 }).replace(/\s+/g, ' ');
    for (const q of sampleReport().questions) expect(text).toContain(q.answer.replace(/\s+/g, ' '));
  });

  it('has no colour codes unless asked for colour', () => {
    expect(formatReportText(sampleReport())).not.toMatch(ANSI);
    expect(formatReportText(sampleReport(), { color: true })).toMatch(ANSI);
  });

  it('shows the funnel with counts and each step rate with its interval', () => {
    const text = formatReportText(sampleReport());
    const funnel = sampleReport().funnel;
    const replied = funnel.find((f) => f.stage === 'replied')!;
    const line = text.split('\n').find((l) => l.trim().startsWith('replied'))!;
    expect(line).toContain(replied.n.toLocaleString('en-US'));
    expect(line).toMatch(/\d+(\.\d)?%\s+\[\d+(\.\d)?%, \d+(\.\d)?%\]/);
  });

  it('lists seniority segments with n, rate and CI, marking significant ones and which way they differ', () => {
    const report = sampleReport();
    const seniority = report.questions.find((q) => q.key === 'seniority')!;
    if (seniority.key !== 'seniority') throw new Error('fixture shape');
    seniority.data[0] = { ...seniority.data[0], significant: true, lift: 0.5 };
    seniority.data[1] = { ...seniority.data[1], significant: true, lift: -0.4 };
    const lines = formatReportText(report).split('\n');
    const [first, second] = seniority.data;
    const row = lines.find((l) => l.startsWith(`   ${first.segment_label} `))!;
    expect(row).toContain(`${first.n.toLocaleString('en-US')}`);
    expect(row.trimEnd().endsWith('* higher')).toBe(true);
    expect(lines.find((l) => l.startsWith(`   ${second.segment_label} `))!.trimEnd().endsWith('* lower')).toBe(true);
  });

  it("always shows the answer's own segment, even beyond the rows printed", () => {
    const report = sampleReport();
    const deals = report.questions.find((q) => q.key === 'deal_predictors')!;
    if (deals.key !== 'deal_predictors') throw new Error('fixture shape');
    const last = deals.data[deals.data.length - 1];
    deals.headline = { dimension: last.dimension, segment: last.segment, direction: 'higher' };
    const text = formatReportText(report, { maxRows: 3 });
    const table = text.split('7. Which leads become deals?')[1].split('8. ')[0];
    expect(table).toContain(last.segment_label!);
  });

  it('names the level of a lift interval adjusted for its family', () => {
    const text = formatReportText(sampleReport());
    expect(text).toMatch(/lift 99\.\d% CI/);
    expect(text).toContain("among this question's 9 tests");
  });

  it('shows the booked-after-our-answer column only when some objector booked', () => {
    const report = sampleReport();
    expect(formatReportText(report)).toContain('booked after our answer');
    const objections = report.questions.find((q) => q.key === 'objections')!;
    if (objections.key !== 'objections') throw new Error('fixture shape');
    for (const r of objections.data) r.booked_after_answer = 0;
    expect(formatReportText(report)).not.toContain('booked after our answer');
  });

  it('draws the open-time heatmap as seven weekday rows of 24 hours, and a peak only when tested', () => {
    const report = sampleReport();
    const lines = formatReportText(report).split('\n');
    const rows = lines.filter((l) => /^ {3}(Mon|Tue|Wed|Thu|Fri|Sat|Sun)( {3}|$)/.test(l));
    expect(rows).toHaveLength(7);
    for (const r of rows) expect(r.slice(9).length).toBeLessThanOrEqual(24);
    expect(lines.some((l) => l.includes('tested peak: 09:00–11:00'))).toBe(true);
    const open = report.questions.find((q) => q.key === 'open_times')!;
    if (open.key !== 'open_times') throw new Error('fixture shape');
    open.peak = null;
    expect(formatReportText(report)).toContain('no tested peak');
  });

  it('lists the tests of each family in the header', () => {
    expect(formatReportText(sampleReport()).split('\n')[1]).toMatch(/tests per family: seniority 9 \(\d+ significant\), subject lines \d+ \(\d+ significant\), deal predictors \d+ \(\d+ significant\), exploratory \d+/);
  });

  it('says so when a question has no data instead of printing an empty table', () => {
    const report = sampleReport();
    for (const q of report.questions) q.data = [];
    report.funnel = [];
    const text = formatReportText(report);
    expect(text).not.toContain('───');
    expect(text.split('\n').filter((l) => /^\d\. /.test(l))).toHaveLength(8);
  });
});

describe('aligned tables', () => {
  it('pads text columns on the right and numeric columns on the left', () => {
    const lines = table(['name', 'n', 'rate'], [['a', '1', '5%'], ['longer', '1,234', '12.5%']], '');
    expect(lines[0]).toBe('name        n   rate');
    expect(lines[2]).toBe('a           1     5%');
    expect(lines[3]).toBe('longer  1,234  12.5%');
  });

  it('gives every row the same column positions', () => {
    const lines = table(['segment', 'leads', 'rate', '95% CI'], [['C-suite', '812', '5%', '[3.7%, 6.8%]'], ['Manager', '1,906', '2.5%', '[1.9%, 3.3%]']], '');
    const ends = lines.map((l) => l.length);
    expect(new Set(ends).size).toBe(1);
  });
});
