import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../../shared/report/html.ts';
import { sampleReport } from './fixture.ts';

function charts(html: string, kind: string): string[] {
  return [...html.matchAll(new RegExp(`<svg[^>]*data-chart="${kind}"[\\s\\S]*?</svg>`, 'g'))].map((m) => m[0]);
}

describe('the HTML report', () => {
  it('is one self-contained page: no scripts, no external stylesheets, images, fonts or frames', () => {
    const html = renderReportHtml(sampleReport());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\bsrc=/i);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/i);
    expect(html).not.toMatch(/url\(|@import|<iframe/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const href of hrefs) expect(href.startsWith('#') || href.startsWith('data:')).toBe(true);
  });

  it('draws the open-time heatmap: 7 × 24 cells, each with its weekday, hour and human opens', () => {
    const [heatmap] = charts(renderReportHtml(sampleReport()), 'heatmap');
    const cells = [...heatmap.matchAll(/<rect class="cell"[^>]*data-weekday="(\d)" data-hour="(\d+)" data-opens="(\d+)"/g)];
    expect(cells).toHaveLength(168);
    const report = sampleReport();
    const q = report.questions.find((x) => x.key === 'open_times')!;
    if (q.key !== 'open_times') throw new Error('fixture shape');
    const total = cells.reduce((s, c) => s + Number(c[3]), 0);
    expect(total).toBe(q.data.reduce((s, c) => s + c.human_opens, 0));
  });

  it('draws the funnel with one bar per stage carrying its count', () => {
    const [funnel] = charts(renderReportHtml(sampleReport()), 'funnel');
    const bars = [...funnel.matchAll(/data-stage="([^"]+)" data-n="(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
    expect(bars).toEqual(sampleReport().funnel.map((f) => [f.stage, f.n]));
  });

  it('draws segment bars with a CI whisker for every segment that has an interval', () => {
    const html = renderReportHtml(sampleReport());
    const segments = charts(html, 'segments');
    expect(segments.length).toBe(3); // seniority, subject lines, deal predictors
    const seniority = segments[0];
    const q = sampleReport().questions.find((x) => x.key === 'seniority')!;
    const bars = seniority.match(/<rect class="bar/g) ?? [];
    const whiskers = seniority.match(/<g class="whisker"/g) ?? [];
    expect(bars.length).toBe(Math.min(12, q.data.length));
    expect(whiskers.length).toBe(bars.length);
  });

  it('draws a significantly worse segment apart from a better one, and says which is which', () => {
    const report = sampleReport();
    const q = report.questions.find((x) => x.key === 'subject_lines')!;
    if (q.key !== 'subject_lines') throw new Error('fixture shape');
    q.data[0] = { ...q.data[0], significant: true, lift: 0.3 };
    q.data[1] = { ...q.data[1], significant: true, lift: -0.2 };
    const [subjects] = charts(renderReportHtml(report), 'segments').slice(1, 2);
    expect(subjects).toMatch(/<rect class="bar higher"[^>]*data-significant="higher"/);
    expect(subjects).toMatch(/<rect class="bar lower"[^>]*data-significant="lower"/);
    expect(subjects).toContain('★ significantly above the rest · ▼ significantly below');
    expect(subjects).toMatch(/▼<\/text>/);
  });

  it('draws the funnel on a linear scale and says so', () => {
    const [funnel] = charts(renderReportHtml(sampleReport()), 'funnel');
    const bars = [...funnel.matchAll(/data-stage="[^"]+" data-n="(\d+)"/g)].map((m) => Number(m[1]));
    const widths = [...funnel.matchAll(/<rect class="bar funnel"[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    bars.forEach((n, i) => expect(widths[i]).toBeCloseTo(Math.max(2, (n / bars[0]) * 420), 1));
    expect(funnel).toContain('linear scale');
  });

  it('draws the objection mix with shares that add up to the whole, in colours its legend names', () => {
    const [mix] = charts(renderReportHtml(sampleReport()), 'objections');
    const shares = [...mix.matchAll(/<rect class="mix"[^>]*data-share="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    const fills = [...mix.matchAll(/<rect class="mix"[^>]*style="fill:(#[0-9a-f]{6})" data-objection="([^"]+)"/g)].map((m) => [m[2], m[1]]);
    const legend = [...mix.matchAll(/<g class="legend" data-objection="([^"]+)"><rect class="swatch"[^>]*style="fill:(#[0-9a-f]{6})"\/><text[^>]*>([^<]+)<\/text>/g)].map((m) => [m[1], m[2]]);
    expect(legend).toEqual(fills);
    expect(new Set(fills.map((f) => f[1])).size).toBe(fills.length);
    // Bars are coloured inline, where a stylesheet rule cannot override them.
    expect(mix).not.toMatch(/<rect class="bar"/);
  });

  it('escapes text from the data, so an answer cannot inject markup', () => {
    const report = sampleReport();
    report.questions[0].answer = '<img src=x onerror=alert(1)> & "quotes"';
    report.client = { id: 'x', name: '</title><script>alert(1)</script>' };
    const html = renderReportHtml(report);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
  });

  it('puts several clients on one page with a link to each', () => {
    const a = sampleReport();
    const b = sampleReport();
    b.client = { id: '00000000-0000-4000-8000-000000000002', name: 'Second Client' };
    const html = renderReportHtml([a, b]);
    expect(html.match(/<section class="report"/g)).toHaveLength(2);
    expect(html).toContain(`href="#client-${a.client!.id}"`);
    expect(html).toContain('href="#client-00000000-0000-4000-8000-000000000002"');
    expect(charts(html, 'heatmap')).toHaveLength(2);
  });

  it('shows every answer with its confidence badge', () => {
    const html = renderReportHtml(sampleReport());
    for (const q of sampleReport().questions) {
      expect(html).toContain(`<section class="question" data-key="${q.key}">`);
      expect(html).toContain(`<span class="badge ${q.confidence}">confidence: ${q.confidence}</span>`);
    }
  });
});
