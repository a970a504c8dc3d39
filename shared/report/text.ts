// The report as text for a terminal or a log: each of the eight questions answered in a sentence
// with its numbers and confidence, then its table. Colour only when asked (a TTY); a log gets
// plain text.
import { count, interval, label, money, pct, qValue, signedPct, slot, WEEKDAYS } from './format.ts';
import type { Confidence, FunnelStage, Question, Report, SegmentFinding } from './types.ts';
import { QUESTION_ORDER } from './types.ts';

export interface TextOptions {
  color?: boolean;
  /** Rows per segment table (the rest are summarised). */
  maxRows?: number;
  width?: number;
}

type Paint = (code: string, s: string) => string;

/** Columns aligned: text left, numbers right (a column is numeric when every cell looks like one). */
export function table(header: string[], rows: string[][], indent = '   '): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[-−+±<]?[\d,.%—]*[%]?$|^\[.*\]$|^—$|^[A-Z]{3} [\d,]+$/.test(r[i] ?? '')));
  const line = (cells: string[]) =>
    indent + cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), indent + widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

function wrap(text: string, width: number, indent: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width - indent.length) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out;
}

const CONFIDENCE_COLOR: Record<Confidence, string> = { high: '32', medium: '33', low: '90', insufficient: '31' };

function segmentRows(data: SegmentFinding[], withDimension: boolean, max: number): { rows: string[][]; rest: number } {
  const rows = data.slice(0, max).map((f) => [
    ...(withDimension ? [label(f.dimension ?? '')] : []),
    label(f.segment), count(f.n), count(f.conversions), pct(f.rate), interval(f.ci_low, f.ci_high),
    signedPct(f.lift), qValue(f.q_value), f.significant ? '*' : '',
  ]);
  return { rows, rest: Math.max(0, data.length - max) };
}

function heatmap(cells: { weekday: number; hour: number; share: number }[]): string[] {
  const ramp = ' .:-=+*#%@';
  const max = Math.max(0, ...cells.map((c) => c.share));
  const grid = WEEKDAYS.map(() => Array(24).fill(0) as number[]);
  for (const c of cells) if (grid[c.weekday]) grid[c.weekday][c.hour] = c.share;
  const lines = ['         ' + Array.from({ length: 24 }, (_, h) => (h % 3 === 0 ? String(h).padEnd(3) : '')).join('').trimEnd()];
  WEEKDAYS.forEach((d, w) => {
    lines.push(`   ${d}   ${grid[w].map((s) => (max > 0 ? ramp[Math.min(ramp.length - 1, Math.round((s / max) * (ramp.length - 1)))] : ' ')).join('')}`.trimEnd());
  });
  lines.push(`         (lead's local hour; darker = more human opens; ${ramp.trim()} low → high)`);
  return lines;
}

function questionBody(q: Question, o: Required<TextOptions>): string[] {
  switch (q.key) {
    case 'seniority':
    case 'subject_lines':
    case 'deal_predictors': {
      if (q.data.length === 0) return [];
      const outcome = q.key === 'seniority' ? 'meetings' : q.key === 'subject_lines' ? 'opened' : 'won';
      const { rows, rest } = segmentRows(q.data, q.key === 'deal_predictors', o.maxRows);
      const head = [...(q.key === 'deal_predictors' ? ['dimension'] : []), q.key === 'subject_lines' ? 'subject line' : 'segment', 'leads', outcome, 'rate', '95% CI', 'lift', 'q', 'sig'];
      return [...table(head, rows), ...(rest ? [`   … ${rest} more segments`] : []), '   * significant after Benjamini–Hochberg (q < 0.05) with enough leads'];
    }
    case 'open_times':
      return q.data.length ? [...heatmap(q.data), ...(q.peak ? [`   busiest hour: ${slot(q.peak.weekday, q.peak.hour)} (${pct(q.peak.share)} of human opens)`] : [])] : [];
    case 'objections':
      return q.data.length ? table(['objection', 'leads', 'share', '95% CI', 'still booked', 'rate'], q.data.map((r) => [
        label(r.objection_type), count(r.n), pct(r.share), interval(r.ci_low, r.ci_high), count(r.converted), pct(r.conversion_rate),
      ])) : [];
    case 'ab_tests':
      return q.data.length ? table(['test', 'campaign', 'metric', 'status', 'winner', 'confidence'], q.data.map((r) => [
        r.test, r.campaign, r.metric.replaceAll('_', ' '), r.status, r.winner ?? '—', r.confidence === null ? '—' : pct(r.confidence),
      ])) : [];
    case 'show_rate':
      return q.data.length ? table(['scope', 'held', 'no-show', 'unconfirmed', 'show rate', '95% CI'], q.data.map((r) => [
        r.scope === 'client' ? 'all meetings' : r.segment, count(r.held), count(r.no_show), count(r.unconfirmed), pct(r.rate), interval(r.ci_low, r.ci_high),
      ])) : [];
    case 'deal_value':
      return q.data.length ? table(['currency', 'won deals', 'average', '95% CI', 'median'], q.data.map((r) => [
        r.currency, count(r.deals), money(r.average, r.currency),
        r.ci_low === null || r.ci_high === null ? '' : `[${Math.round(r.ci_low).toLocaleString('en-US')}, ${Math.round(r.ci_high).toLocaleString('en-US')}]`,
        money(r.median, r.currency),
      ])) : [];
  }
}

function funnelLines(funnel: FunnelStage[]): string[] {
  if (!funnel.length) return [];
  return table(['stage', 'leads', 'from previous', '95% CI'], funnel.map((f) => [f.stage, count(f.n), f.rate_from_previous === null ? '' : pct(f.rate_from_previous), interval(f.ci_low, f.ci_high)]));
}

export function formatReportText(report: Report, options: TextOptions = {}): string {
  const o: Required<TextOptions> = { color: options.color ?? false, maxRows: options.maxRows ?? 10, width: options.width ?? 100 };
  const paint: Paint = (code, s) => (o.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const who = report.client?.name ?? 'All clients';
  const scope = report.since ? `leads first touched since ${report.since}` : 'all leads';
  const lines: string[] = [
    paint('1', `${who} — what converts`),
    `${scope}; generated ${report.generated_at.slice(0, 16).replace('T', ' ')} UTC; ` +
      `${count(report.findings.tested)} findings tested, ${count(report.findings.significant)} significant` +
      (report.findings.min_n ? ` (minimum ${report.findings.min_n} leads per segment)` : ''),
    '',
    paint('1', 'Funnel'),
    ...funnelLines(report.funnel),
  ];
  const ordered = [...report.questions].sort((a, b) => QUESTION_ORDER.indexOf(a.key) - QUESTION_ORDER.indexOf(b.key));
  ordered.forEach((q, i) => {
    const conf = paint(CONFIDENCE_COLOR[q.confidence] ?? '0', `confidence: ${q.confidence}`);
    lines.push('', `${paint('1', `${i + 1}. ${q.question}`)}  ${conf}`, ...wrap(q.answer, o.width, '   '), ...questionBody(q, o));
  });
  return lines.join('\n');
}
