// The report's charts as inline SVG strings (no scripts, no external assets): the open-time
// heatmap in lead local time, the funnel (linear bars), segment rates with their 95% CI whiskers
// (significantly better and worse drawn apart), and the objection mix with its legend. Every mark
// carries its numbers in data-* attributes and a <title> tooltip.
import { count, dimensionName, interval, label, pct, segmentName, slot, WEEKDAYS } from './format.ts';
import type { FunnelStage, ObjectionRow, OpenTimeCell, SegmentFinding } from './types.ts';

export function esc(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

const n2 = (x: number) => (Math.round(x * 100) / 100).toString();

function svg(kind: string, width: number, height: number, label: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="${kind}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(label)}">${body}</svg>`;
}

export function heatmapSvg(cells: OpenTimeCell[]): string {
  const cw = 26;
  const ch = 22;
  const left = 44;
  const top = 22;
  const width = left + 24 * cw + 8;
  const height = top + 7 * ch + 30;
  const max = Math.max(0, ...cells.map((c) => c.share));
  const byKey = new Map(cells.map((c) => [`${c.weekday}:${c.hour}`, c]));
  let body = '';
  for (let h = 0; h < 24; h += 3) body += `<text class="axis" x="${left + h * cw + cw / 2}" y="${top - 7}" text-anchor="middle">${String(h).padStart(2, '0')}</text>`;
  WEEKDAYS.forEach((d, w) => {
    body += `<text class="axis" x="${left - 8}" y="${top + w * ch + ch / 2 + 4}" text-anchor="end">${d}</text>`;
    for (let h = 0; h < 24; h++) {
      const c = byKey.get(`${w}:${h}`);
      const share = c?.share ?? 0;
      const opacity = max > 0 ? 0.06 + 0.94 * (share / max) : 0.06;
      body += `<rect class="cell" x="${left + h * cw + 1}" y="${top + w * ch + 1}" width="${cw - 2}" height="${ch - 2}" rx="3" ` +
        `fill-opacity="${n2(opacity)}" data-weekday="${w}" data-hour="${h}" data-opens="${c?.human_opens ?? 0}" data-share="${share}">` +
        `<title>${slot(w, h)}: ${count(c?.human_opens ?? 0)} human opens (${pct(share)})</title></rect>`;
    }
  });
  body += `<text class="note" x="${left}" y="${height - 8}">Hour of the day in each lead's own time zone · darker = more human opens (machine opens excluded)</text>`;
  return svg('heatmap', width, height, 'Human opens by weekday and local hour', body);
}

export function funnelSvg(stages: FunnelStage[]): string {
  const row = 34;
  const left = 130;
  const barMax = 420;
  const width = left + barMax + 230;
  const height = stages.length * row + 30;
  const first = Math.max(1, stages[0]?.n ?? 1);
  let body = '';
  stages.forEach((s, i) => {
    const y = 8 + i * row;
    // Linear: a bar's length is its share of the leads contacted (the label carries the count).
    const w = Math.max(2, (s.n / first) * barMax);
    const rate = s.rate_from_previous === null ? '' : ` · ${pct(s.rate_from_previous)} ${interval(s.ci_low, s.ci_high)}`;
    body += `<text class="label" x="${left - 10}" y="${y + row / 2 + 1}" text-anchor="end">${esc(s.stage)}</text>` +
      `<rect class="bar funnel" x="${left}" y="${y + 4}" width="${n2(w)}" height="${row - 10}" rx="3" data-stage="${esc(s.stage)}" data-n="${s.n}" ` +
      `data-rate="${s.rate_from_previous ?? ''}"><title>${esc(s.stage)}: ${count(s.n)} leads${esc(rate)}</title></rect>` +
      `<text class="value" x="${left + w + 8}" y="${y + row / 2 + 1}">${count(s.n)}${esc(rate)}</text>`;
  });
  body += `<text class="note" x="${left}" y="${height - 8}">bar length ∝ leads (linear scale; full width = ${count(stages[0]?.n ?? 0)} contacted) · % = conversion from the previous stage, 95% CI</text>`;
  return svg('funnel', width, height, 'Funnel from contacted to deal won', body);
}

/** Horizontal bars of each segment's rate with its 95% CI as a whisker; significantly higher and lower segments apart. */
export function segmentSvg(rows: SegmentFinding[], what: string, withDimension = false): string {
  const row = 28;
  const left = 250;
  const plot = 380;
  const width = left + plot + 150;
  const height = rows.length * row + 36;
  const max = Math.max(0.01, ...rows.map((r) => r.ci_high ?? r.rate ?? 0));
  const x = (v: number) => left + (v / max) * plot;
  let body = '';
  rows.forEach((r, i) => {
    const y = 8 + i * row;
    const name = (withDimension ? `${dimensionName(r)}: ` : '') + segmentName(r);
    const short = name.length > 38 ? `${name.slice(0, 37)}…` : name;
    const rate = r.rate ?? 0;
    const kind = r.significant ? ((r.lift ?? 0) > 0 ? ' higher' : ' lower') : r.tested === false || r.min_n_met === false ? ' untested' : '';
    const mark = r.significant ? ((r.lift ?? 0) > 0 ? ' ★ above the rest' : ' ▼ below the rest') : '';
    body += `<text class="label" x="${left - 10}" y="${y + row / 2 + 4}" text-anchor="end">${esc(short)}<title>${esc(name)}</title></text>` +
      `<rect class="bar${kind}" x="${left}" y="${y + 6}" width="${n2(Math.max(1, x(rate) - left))}" height="${row - 12}" rx="2" ` +
      `data-segment="${esc(r.segment)}" data-rate="${rate}" data-n="${r.n}" data-ci-low="${r.ci_low ?? ''}" data-ci-high="${r.ci_high ?? ''}" data-significant="${kind.trim() || 'no'}">` +
      `<title>${esc(name)}: ${pct(r.rate)} ${interval(r.ci_low, r.ci_high)} of ${count(r.n)} leads ${esc(what)}${esc(mark)}</title></rect>`;
    if (r.ci_low !== null && r.ci_high !== null) {
      const ym = y + row / 2;
      body += `<g class="whisker" data-low="${r.ci_low}" data-high="${r.ci_high}"><line x1="${n2(x(r.ci_low))}" y1="${ym}" x2="${n2(x(r.ci_high))}" y2="${ym}"/>` +
        `<line x1="${n2(x(r.ci_low))}" y1="${ym - 5}" x2="${n2(x(r.ci_low))}" y2="${ym + 5}"/><line x1="${n2(x(r.ci_high))}" y1="${ym - 5}" x2="${n2(x(r.ci_high))}" y2="${ym + 5}"/></g>`;
    }
    body += `<text class="value" x="${left + plot + 10}" y="${y + row / 2 + 4}">${pct(r.rate)} · n ${count(r.n)}${r.significant ? ((r.lift ?? 0) > 0 ? ' ★' : ' ▼') : ''}</text>`;
  });
  body += `<text class="note" x="${left}" y="${height - 8}">bar = rate, whisker = 95% CI · ★ significantly above the rest · ▼ significantly below · pale: not tested</text>`;
  return svg('segments', width, height, `Rate by segment: ${what}`, body);
}

/** One colour per objection type, the same in every client's chart and in its legend. */
export const OBJECTION_COLORS: Record<string, string> = {
  budget: '#c2410c', timing: '#b45309', authority: '#4d7c0f', need: '#0e7490', competitor: '#6d28d9',
};
const OTHER_COLORS = ['#be185d', '#475569', '#0f766e'];

export function objectionColor(type: string, i: number): string {
  return OBJECTION_COLORS[type] ?? OTHER_COLORS[i % OTHER_COLORS.length];
}

/** The objection mix: one stacked bar of shares with its legend, then each objection's share with its CI. */
export function objectionSvg(rows: ObjectionRow[]): string {
  const left = 130;
  const plot = 460;
  const width = left + plot + 160;
  const row = 26;
  const legendY = 52;
  const top = 74;
  const height = top + rows.length * row + 10;
  let body = '';
  let offset = 0;
  // Colours are inline styles: a stylesheet rule on bars can never override them.
  rows.forEach((r, i) => {
    const w = r.share * plot;
    body += `<rect class="mix" x="${n2(left + offset)}" y="8" width="${n2(Math.max(0.5, w))}" height="26" style="fill:${objectionColor(r.objection_type, i)}" ` +
      `data-objection="${esc(r.objection_type)}" data-share="${r.share}"><title>${esc(r.label ?? label(r.objection_type))}: ${pct(r.share)}</title></rect>`;
    offset += w;
  });
  let lx = left;
  rows.forEach((r, i) => {
    const name = r.label ?? label(r.objection_type);
    body += `<g class="legend" data-objection="${esc(r.objection_type)}"><rect class="swatch" x="${n2(lx)}" y="${legendY - 10}" width="12" height="12" rx="2" style="fill:${objectionColor(r.objection_type, i)}"/>` +
      `<text class="label" x="${n2(lx + 16)}" y="${legendY}">${esc(name)}</text></g>`;
    lx += 16 + name.length * 7 + 18;
  });
  rows.forEach((r, i) => {
    const y = top + i * row;
    const x = (v: number) => left + v * plot;
    body += `<text class="label" x="${left - 10}" y="${y + row / 2 + 4}" text-anchor="end">${esc(r.label ?? label(r.objection_type))}</text>` +
      `<rect class="objection" x="${left}" y="${y + 6}" width="${n2(Math.max(1, r.share * plot))}" height="${row - 12}" rx="2" style="fill:${objectionColor(r.objection_type, i)}" ` +
      `data-objection="${esc(r.objection_type)}" data-share="${r.share}" data-n="${r.n}"><title>${esc(r.label ?? label(r.objection_type))}: ${count(r.n)} leads, ${pct(r.share)} ${interval(r.ci_low, r.ci_high)}</title></rect>`;
    if (r.ci_low !== null && r.ci_high !== null) {
      const ym = y + row / 2;
      body += `<g class="whisker" data-low="${r.ci_low}" data-high="${r.ci_high}"><line x1="${n2(x(r.ci_low))}" y1="${ym}" x2="${n2(x(r.ci_high))}" y2="${ym}"/>` +
        `<line x1="${n2(x(r.ci_low))}" y1="${ym - 5}" x2="${n2(x(r.ci_low))}" y2="${ym + 5}"/><line x1="${n2(x(r.ci_high))}" y1="${ym - 5}" x2="${n2(x(r.ci_high))}" y2="${ym + 5}"/></g>`;
    }
    body += `<text class="value" x="${left + plot + 10}" y="${y + row / 2 + 4}">${pct(r.share)} · ${count(r.n)} leads</text>`;
  });
  return svg('objections', width, height, 'Objection mix with 95% CIs', body);
}
