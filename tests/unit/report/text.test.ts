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

  it('lists seniority segments with n, rate and CI, marking significant ones', () => {
    const report = sampleReport();
    const seniority = report.questions.find((q) => q.key === 'seniority')!;
    if (seniority.key !== 'seniority') throw new Error('fixture shape');
    seniority.data[0].significant = true;
    const lines = formatReportText(report).split('\n');
    const row = lines.find((l) => /^\s+Owner\s/.test(l))!;
    expect(row).toMatch(/26\s+1\s+3\.8%\s+\[0\.7%, 18\.9%\]/);
    expect(row.trimEnd().endsWith('*')).toBe(true);
  });

  it('draws the open-time heatmap as seven weekday rows of 24 hours', () => {
    const lines = formatReportText(sampleReport()).split('\n');
    const rows = lines.filter((l) => /^ {3}(Mon|Tue|Wed|Thu|Fri|Sat|Sun)( {3}|$)/.test(l));
    expect(rows).toHaveLength(7);
    for (const r of rows) expect(r.slice(9).length).toBeLessThanOrEqual(24);
    expect(lines.some((l) => l.includes('busiest hour: Tue 09:00'))).toBe(true);
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
