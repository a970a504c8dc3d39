// The report as one self-contained HTML page (inline CSS and SVG, no scripts, no external
// assets): per client, the funnel and the eight answers, each with its chart or table.
import { chance, count, dimensionName, interval, label, level, liftInterval, money, pct, qValue, segmentName, signedPct } from './format.ts';
import { esc, funnelSvg, heatmapSvg, objectionSvg, segmentSvg } from './svg.ts';
import { familiesLine, shownRows, sigMark } from './text.ts';
import type { Question, Report, SegmentFinding, SegmentQuestion } from './types.ts';
import { QUESTION_ORDER } from './types.ts';

const CSS = `
:root{color-scheme:light;--ink:#1f2933;--muted:#616e7c;--line:#d9e2ec;--bar:#486581;--sig:#0f766e;--worse:#b91c1c;--bg:#f8fafc}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:1000px;margin:0 auto;padding:24px}header.page{margin-bottom:8px}h1{font-size:26px;margin:0 0 4px}
h2{font-size:21px;margin:40px 0 4px;padding-top:16px;border-top:2px solid var(--line)}h3{font-size:17px;margin:0}
.meta,.note-line{color:var(--muted);font-size:13px}nav a{margin-right:14px;color:var(--bar)}
section.question{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 18px;margin:16px 0}
.qhead{display:flex;gap:12px;align-items:baseline;justify-content:space-between}.answer{margin:6px 0 10px}
.badge{font-size:12px;font-weight:600;padding:2px 8px;border-radius:10px;text-transform:uppercase;letter-spacing:.03em;white-space:nowrap}
.badge.high{background:#d1fae5;color:#065f46}.badge.medium{background:#fef3c7;color:#92400e}.badge.low{background:#e5e7eb;color:#374151}.badge.insufficient{background:#fee2e2;color:#991b1b}
table{border-collapse:collapse;width:100%;font-size:13px;margin-top:8px}th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}tr.sig td{font-weight:600}tr.lower td{color:var(--worse)}
ul.exploratory{margin:6px 0;padding-left:20px;font-size:14px}
figure{margin:8px 0;overflow-x:auto}svg.chart{max-width:100%;height:auto;font-size:12px}
svg .axis,svg .note{fill:var(--muted);font-size:11px}svg .label,svg .value{fill:var(--ink)}
svg .cell{fill:#0b7285}svg .bar{fill:var(--bar)}svg .bar.higher{fill:var(--sig)}svg .bar.lower{fill:var(--worse)}svg .bar.untested{fill:#bcccdc}svg .bar.funnel{fill:#334e68}
svg .whisker line{stroke:var(--ink);stroke-width:1.5}
`;

function tableHtml(head: string[], rows: string[][], numeric: boolean[], rowClass: (i: number) => string = () => ''): string {
  const th = head.map((h, i) => `<th${numeric[i] ? ' class="num"' : ''}>${esc(h)}</th>`).join('');
  const tr = rows.map((r, i) => `<tr${rowClass(i) ? ` class="${rowClass(i)}"` : ''}>${r.map((c, k) => `<td${numeric[k] ? ' class="num"' : ''}>${esc(c)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`;
}

function segmentTable(q: SegmentQuestion, rows: SegmentFinding[], outcome: string, minN: number | null): string {
  const withDimension = q.key === 'deal_predictors';
  const lvl = level(q.data.find((f) => f.tested)?.lift_ci_level);
  const head = [...(withDimension ? ['dimension'] : []), 'segment', 'leads', outcome, 'rate', '95% CI', 'lift', `${lvl} CI of lift`, 'q', 'significant'];
  return tableHtml(head, rows.map((r) => [
    ...(withDimension ? [dimensionName(r)] : []), segmentName(r), count(r.n), count(r.conversions), pct(r.rate),
    interval(r.ci_low, r.ci_high), r.lift === null ? '—' : signedPct(r.lift), liftInterval(r.lift_ci_low, r.lift_ci_high), qValue(r.q_value), sigMark(r, minN),
  ]), [...(withDimension ? [false] : []), false, true, true, true, true, true, true, true, false],
  (i) => (rows[i].significant ? ((rows[i].lift ?? 0) > 0 ? 'sig higher' : 'sig lower') : ''));
}

function body(q: Question, report: Report): string {
  switch (q.key) {
    case 'seniority':
    case 'subject_lines':
    case 'deal_predictors': {
      if (!q.data.length) return '';
      const rows = shownRows(q, 12);
      const what = q.key === 'seniority' ? 'booked a meeting' : q.key === 'subject_lines' ? 'opened (humans)' : 'became a won deal';
      const outcome = q.key === 'seniority' ? 'meetings' : q.key === 'subject_lines' ? 'opened' : 'won';
      const m = q.data.find((f) => f.tested)?.family_tests ?? 0;
      return `<figure>${segmentSvg(rows, what, q.key === 'deal_predictors')}</figure>${segmentTable(q, rows, outcome, report.findings.min_n)}` +
        `<p class="note-line">Significant: q ≤ 0.01 among this question's ${count(m)} ${m === 1 ? 'test' : 'tests'} (Benjamini–Hochberg) and the lift interval excludes no effect; ` +
        `only segments with ${report.findings.min_n ?? 30}+ leads, against a rest of as many, are tested.` +
        (q.data.length > rows.length ? ` ${count(q.data.length - rows.length)} more segments in the JSON.` : '') + '</p>';
    }
    case 'open_times':
      return q.data.length ? `<figure>${heatmapSvg(q.data)}</figure>` : '';
    case 'objections': {
      if (!q.data.length) return '';
      const booked = q.data.some((r) => (r.booked_after_answer ?? 0) > 0);
      return `<figure>${objectionSvg(q.data)}</figure>` + tableHtml(['objection', 'leads', 'share', '95% CI', ...(booked ? ['booked after our answer'] : [])],
        q.data.map((r) => [r.label ?? label(r.objection_type), count(r.n), pct(r.share), interval(r.ci_low, r.ci_high), ...(booked ? [count(r.booked_after_answer ?? 0)] : [])]),
        [false, true, true, true, ...(booked ? [true] : [])]);
    }
    case 'ab_tests':
      return q.data.length ? tableHtml(['test', 'campaign', 'metric', 'status', 'winner', 'chance to win', 'verdict'],
        q.data.map((r) => [r.test, r.campaign, r.metric_label ?? r.metric.replaceAll('_', ' '), r.status,
          r.winner === 'no_difference' ? 'no difference' : (r.winner ?? '—'), r.chance ?? chance(r.confidence), r.verdict ?? '']),
        [false, false, false, false, false, true, false]) : '';
    case 'show_rate':
      return q.data.length ? tableHtml(['scope', 'held', 'no-show', 'unconfirmed', 'show rate', '95% CI'],
        q.data.map((r) => [r.scope === 'client' ? 'all meetings' : r.segment, count(r.held), count(r.no_show), count(r.unconfirmed), pct(r.rate), interval(r.ci_low, r.ci_high)]),
        [false, true, true, true, true, true]) : '';
    case 'deal_value':
      return q.data.length ? tableHtml(['currency', 'won deals', 'average', '95% CI (log scale)', 'median'],
        q.data.map((r) => [r.currency, count(r.deals), money(r.average, r.currency),
          r.ci_low === null || r.ci_high === null ? 'too few (3 needed)' : `[${money(r.ci_low, r.currency)}, ${money(r.ci_high, r.currency)}]`, money(r.median, r.currency)]),
        [false, true, true, true, true]) : '';
  }
}

function exploratory(report: Report): string {
  const list = report.findings.exploratory ?? [];
  if (!list.length) return '';
  const outcomes: Record<string, string> = {
    human_open: 'open our email', reply: 'reply', positive_reply: 'reply positively', meeting_booked: 'book a meeting',
    meeting_held: 'hold a meeting', deal_won: 'become a won deal',
  };
  const m = list[0].family_tests ?? 0;
  return `<section class="question" data-key="exploratory"><div class="qhead"><h3>What else stands out</h3></div>` +
    `<p class="note-line">Exploratory: its own family of ${count(m)} tests, apart from the eight questions; each named at Holm q ≤ 0.001.</p><ul class="exploratory">` +
    list.map((f) => `<li>By ${esc(dimensionName(f))}, “${esc(segmentName(f))}” leads ${esc(outcomes[f.outcome ?? ''] ?? f.outcome ?? '')} ` +
      `${(f.lift ?? 0) > 0 ? 'more' : 'less'} often: ${pct(f.rate)} of ${count(f.n)} vs ${pct(f.baseline_rate)} ` +
      `(lift ${signedPct(f.lift)} ${liftInterval(f.lift_ci_low, f.lift_ci_high)}, ${level(f.lift_ci_level)} interval; q ${f.q_value !== null && f.q_value < 0.001 ? '< 0.001' : `= ${qValue(f.q_value)}`})</li>`).join('') +
    '</ul></section>';
}

function anchor(report: Report, i: number): string {
  return `client-${(report.client?.id ?? String(i)).replace(/[^a-zA-Z0-9-]/g, '')}`;
}

function reportSection(report: Report, i: number): string {
  const name = report.client?.name ?? 'All clients';
  const scope = report.since ? `leads first touched since ${report.since}` : 'all leads';
  const questions = [...report.questions].sort((a, b) => QUESTION_ORDER.indexOf(a.key) - QUESTION_ORDER.indexOf(b.key));
  return `<section class="report" id="${anchor(report, i)}"><h2>${esc(name)}</h2>` +
    `<p class="meta">${esc(scope)} · ${esc(familiesLine(report))}` +
    `${report.findings.min_n ? ` (minimum ${report.findings.min_n} leads per segment)` : ''} · generated ${esc(report.generated_at.slice(0, 16).replace('T', ' '))} UTC</p>` +
    `<section class="question" data-key="funnel"><div class="qhead"><h3>Funnel</h3></div>` +
    (report.funnel.length ? `<figure>${funnelSvg(report.funnel)}</figure>` : '<p>No contacted leads yet.</p>') + '</section>' +
    questions.map((q, k) => `<section class="question" data-key="${q.key}"><div class="qhead"><h3>${k + 1}. ${esc(q.question)}</h3>` +
      `<span class="badge ${esc(q.confidence)}">confidence: ${esc(q.confidence)}</span></div><p class="answer">${esc(q.answer)}</p>${body(q, report)}</section>`).join('') +
    exploratory(report) + '</section>';
}

export function renderReportHtml(reports: Report | Report[], options: { title?: string } = {}): string {
  const list = Array.isArray(reports) ? reports : [reports];
  const title = options.title ?? (list.length === 1 && list[0].client ? `CIS report — ${list[0].client.name}` : 'CIS report');
  const nav = list.length > 1
    ? `<nav>${list.map((r, i) => `<a href="#${anchor(r, i)}">${esc(r.client?.name ?? `report ${i + 1}`)}</a>`).join('')}</nav>` : '';
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<link rel="icon" href="data:,"><title>${esc(title)}</title><style>${CSS}</style></head><body><main><header class="page"><h1>${esc(title)}</h1>` +
    `<p class="meta">What converts, with how sure we are: every rate with its 95% confidence interval; each question's findings corrected for its own number of comparisons.</p>${nav}</header>` +
    `${list.map(reportSection).join('')}</main></body></html>\n`;
}
