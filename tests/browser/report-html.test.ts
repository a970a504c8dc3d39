// The HTML report in a real browser: Debian's headless Chromium (the `browser` project runs only
// where /usr/bin/chromium exists; .ci/run installs it). The page must draw its four charts with
// their data and load without a console message or a request beyond itself.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../shared/report/html.ts';
import type { Report } from '../../shared/report/types.ts';

const report = JSON.parse(readFileSync(new URL('../fixtures/report/sample-report.json', import.meta.url), 'utf8')) as Report;
const second: Report = { ...structuredClone(report), client: { id: '00000000-0000-4000-8000-000000000002', name: 'Second Client' } };

let browser: Browser;
let page: Page;
let dir: string;
const messages: string[] = [];
const requests: string[] = [];
let pageUrl: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cis-report-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, renderReportHtml([report, second]));
  pageUrl = pathToFileURL(file).href;
  // Playwright gives every launch a fresh, temporary user-data-dir.
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage();
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => messages.push(`requestfailed: ${r.url()}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pageUrl, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the HTML report in headless Chromium', () => {
  it('loads with a clean console: no errors, no warnings', () => {
    expect(messages).toEqual([]);
  });

  it('requests nothing but the page itself', () => {
    expect(requests).toEqual([pageUrl]);
  });

  it('draws the open-time heatmap: 168 visible cells whose opens add up to the data', async () => {
    const heatmap = page.locator('section.report').first().locator('svg[data-chart="heatmap"]');
    expect(await heatmap.locator('rect.cell').count()).toBe(168);
    const box = await heatmap.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    const opens = await heatmap.locator('rect.cell').evaluateAll((cells) => cells.reduce((s, c) => s + Number(c.getAttribute('data-opens')), 0));
    const q = report.questions.find((x) => x.key === 'open_times')!;
    expect(opens).toBe((q.data as { human_opens: number }[]).reduce((s, c) => s + c.human_opens, 0));
  });

  it('shades the busiest hour darkest', async () => {
    const cells = await page.locator('section.report').first().locator('svg[data-chart="heatmap"] rect.cell').evaluateAll((all) =>
      all.map((c) => ({ opens: Number(c.getAttribute('data-opens')), opacity: Number(getComputedStyle(c).fillOpacity) })));
    const busiest = cells.reduce((a, b) => (b.opens > a.opens ? b : a));
    const quiet = cells.find((c) => c.opens === 0)!;
    expect(busiest.opacity).toBeGreaterThan(0.9);
    expect(quiet.opacity).toBeLessThan(0.1);
  });

  it('draws the funnel with one rendered bar per stage, on a linear scale', async () => {
    const widths = await page.locator('section.report').first().locator('svg[data-chart="funnel"] rect.bar').evaluateAll((bars) =>
      bars.map((b) => (b as SVGGraphicsElement).getBBox().width));
    expect(widths).toHaveLength(report.funnel.length);
    expect(widths[0]).toBe(Math.max(...widths));
    // A stage's bar is its share of the leads contacted (2 px at least, so it stays visible).
    report.funnel.forEach((stage, i) => expect(widths[i]).toBeCloseTo(Math.max(2, (stage.n / report.funnel[0].n) * widths[0]), 0));
  });

  it('draws segment bars with CI whiskers that span each rate', async () => {
    const rows = await page.locator('section.report').first().locator('section[data-key="seniority"] svg[data-chart="segments"]').evaluate((svg) => {
      const bars = [...svg.querySelectorAll('rect.bar')] as SVGGraphicsElement[];
      const whiskers = [...svg.querySelectorAll('g.whisker')] as SVGGraphicsElement[];
      return bars.map((b, i) => ({ barEnd: b.getBBox().x + b.getBBox().width, lo: whiskers[i].getBBox().x, hi: whiskers[i].getBBox().x + whiskers[i].getBBox().width }));
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.lo).toBeLessThanOrEqual(r.barEnd + 1);
      expect(r.hi).toBeGreaterThanOrEqual(r.barEnd - 1);
    }
  });

  it('draws the objection mix across the full bar', async () => {
    const total = await page.locator('section.report').first().locator('svg[data-chart="objections"] rect.mix').evaluateAll((rects) =>
      rects.reduce((s, r) => s + (r as SVGGraphicsElement).getBBox().width, 0));
    expect(total).toBeGreaterThan(455);
    expect(total).toBeLessThan(466);
  });

  it('draws each objection in its own colour, the colour its visible legend shows', async () => {
    const mix = page.locator('section.report').first().locator('svg[data-chart="objections"]');
    const bars = await mix.locator('rect.mix').evaluateAll((rects) => rects.map((r) => [r.getAttribute('data-objection'), getComputedStyle(r).fill]));
    const legend = await mix.locator('g.legend').evaluateAll((items) => items.map((g) => {
      const box = (g as SVGGraphicsElement).getBBox();
      return [g.getAttribute('data-objection'), getComputedStyle(g.querySelector('rect.swatch')!).fill, g.textContent, box.width > 20 && box.height > 8];
    }));
    expect(legend.map(([type, fill]) => [type, fill])).toEqual(bars);
    expect(new Set(bars.map(([, fill]) => fill)).size).toBe(bars.length);
    for (const [, , text, visible] of legend) {
      expect(String(text).length).toBeGreaterThan(2);
      expect(visible).toBe(true);
    }
  });

  it('draws a significantly worse segment in another colour than a significantly better one', async () => {
    const fills = await page.locator('section.report').first().locator('section[data-key="subject_lines"] svg[data-chart="segments"] rect.bar')
      .evaluateAll((bars) => bars.map((b) => [b.getAttribute('data-significant'), getComputedStyle(b).fill]));
    const higher = fills.find(([kind]) => kind === 'higher');
    const lower = fills.find(([kind]) => kind === 'lower');
    expect(higher).toBeDefined();
    expect(lower).toBeDefined();
    expect(higher![1]).not.toBe(lower![1]);
  });

  it('shows both clients, each with all four kinds of chart', async () => {
    const sections = page.locator('section.report');
    expect(await sections.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      for (const kind of ['heatmap', 'funnel', 'segments', 'objections']) {
        expect(await sections.nth(i).locator(`svg[data-chart="${kind}"]`).count(), kind).toBeGreaterThan(0);
      }
    }
  });
});
