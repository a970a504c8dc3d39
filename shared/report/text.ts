// The report as text for a terminal or a log: each of the eight questions answered in a sentence
// with its numbers and confidence, then its table. Colour only when asked (a TTY); a log gets
// plain text.
import { chance, count, dimensionName, FAMILY_NAMES, interval, label, level, liftInterval, money, pct, qValue, segmentName, signedPct, WEEKDAYS } from './format.ts';
import type { Confidence, FunnelStage, Question, Report, SegmentFinding, SegmentQuestion } from './types.ts';
import { QUESTION_ORDER } from './types.ts';

export interface TextOptions {
  color?: boolean;
  /** Rows per segment table (the rest are summarised; the answer's own segment is always shown). */
  maxRows?: number;
  width?: number;
}

type Paint = (code: string, s: string) => string;

/** Columns aligned: text left, numbers right (a column is numeric when every cell looks like one). */
export function table(header: string[], rows: string[][], indent = '   '): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[-−+±<>]?[\d,.%—]*[%]?$|^\[.*\]$|^—$|^[A-Z]{3} [\d,]+$/.test(r[i] ?? '')));
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

/** The table's first rows, and the answer's own segment wherever it stands. */
export function shownRows(q: SegmentQuestion, max: number): SegmentFinding[] {
  const first = q.data.slice(0, max);
  const h = q.headline;
  if (!h) return first;
  const named = q.data.find((f) => f.dimension === h.dimension && f.segment === h.segment);
  return named && !first.includes(named) ? [...first, named] : first;
}

/** The significance column: which way a significant segment differs, or why a row is not tested. */
export function sigMark(f: SegmentFinding, minN: number | null): string {
  if (f.significant) return (f.lift ?? 0) > 0 ? '* higher' : '* lower';
  if (f.min_n_met === false) return `n < ${minN ?? 30}`;
  if (f.tested === false) return 'too few';
  return '';
}

function segmentLines(q: SegmentQuestion, report: Report, max: number): string[] {
  if (q.data.length === 0) return [];
  const withDimension = q.key === 'deal_predictors';
  const outcome = q.key === 'seniority' ? 'meetings' : q.key === 'subject_lines' ? 'opened' : 'won';
  const rows = shownRows(q, max);
  const tested = q.data.find((f) => f.tested);
  const lvl = level(tested?.lift_ci_level);
  const head = [...(withDimension ? ['dimension'] : []), q.key === 'subject_lines' ? 'subject line' : 'segment', 'leads', outcome, 'rate', '95% CI', 'lift', `lift ${lvl} CI`, 'q', 'sig'];
  const body = rows.map((f) => [
    ...(withDimension ? [dimensionName(f)] : []),
    segmentName(f), count(f.n), count(f.conversions), pct(f.rate), interval(f.ci_low, f.ci_high),
    f.lift === null ? '—' : signedPct(f.lift), liftInterval(f.lift_ci_low, f.lift_ci_high), qValue(f.q_value), sigMark(f, report.findings.min_n),
  ]);
  const rest = q.data.length - rows.length;
  const m = tested?.family_tests ?? 0;
  return [
    ...table(head, body),
    ...(rest > 0 ? [`   … ${count(rest)} more ${rest === 1 ? 'segment' : 'segments'} in the JSON`] : []),
    `   * significant: q ≤ 0.01 among this question's ${count(m)} ${m === 1 ? 'test' : 'tests'} (Benjamini–Hochberg) and the lift interval` +
      ` excludes no effect; only segments with ${report.findings.min_n ?? 30}+ leads, against a rest of as many, are tested`,
  ];
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

const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

function questionBody(q: Question, report: Report, o: Required<TextOptions>): string[] {
  switch (q.key) {
    case 'seniority':
    case 'subject_lines':
    case 'deal_predictors':
      return segmentLines(q, report, o.maxRows);
    case 'open_times':
      if (!q.data.length) return [];
      return [
        ...heatmap(q.data),
        q.peak
          ? `   tested peak: ${hh(q.peak.start_hour)}–${hh(q.peak.end_hour)} (${pct(q.peak.lead_share)} of leads' first opens; 20% for an even working day)`
          : '   no tested peak (the busiest two hours do not beat an even working day)',
      ];
    case 'objections': {
      if (!q.data.length) return [];
      const booked = q.data.some((r) => (r.booked_after_answer ?? 0) > 0);
      return table(['objection', 'leads', 'share', '95% CI', ...(booked ? ['booked after our answer'] : [])], q.data.map((r) => [
        r.label ?? label(r.objection_type), count(r.n), pct(r.share), interval(r.ci_low, r.ci_high),
        ...(booked ? [count(r.booked_after_answer ?? 0)] : []),
      ]));
    }
    case 'ab_tests':
      return q.data.length ? table(['test', 'campaign', 'metric', 'status', 'winner', 'chance to win'], q.data.map((r) => [
        r.test, r.campaign, r.metric_label ?? r.metric.replaceAll('_', ' '), r.status,
        r.winner === 'no_difference' ? 'no difference' : (r.winner ?? '—'), r.chance ?? chance(r.confidence),
      ])) : [];
    case 'show_rate':
      return q.data.length ? table(['scope', 'held', 'no-show', 'unconfirmed', 'show rate', '95% CI'], q.data.map((r) => [
        r.scope === 'client' ? 'all meetings' : r.segment, count(r.held), count(r.no_show), count(r.unconfirmed), pct(r.rate), interval(r.ci_low, r.ci_high),
      ])) : [];
    case 'deal_value':
      return q.data.length ? [
        ...table(['currency', 'won deals', 'average', '95% CI', 'median'], q.data.map((r) => [
          r.currency, count(r.deals), money(r.average, r.currency),
          r.ci_low === null || r.ci_high === null ? 'too few' : `[${Math.round(r.ci_low).toLocaleString('en-US')}, ${Math.round(r.ci_high).toLocaleString('en-US')}]`,
          money(r.median, r.currency),
        ])),
        '   95% CI of the mean on the log scale (Cox), so it cannot go negative; none under 3 won deals',
      ] : [];
  }
}

function funnelLines(funnel: FunnelStage[]): string[] {
  if (!funnel.length) return [];
  return table(['stage', 'leads', 'from previous', '95% CI'], funnel.map((f) => [f.stage, count(f.n), f.rate_from_previous === null ? '' : pct(f.rate_from_previous), interval(f.ci_low, f.ci_high)]));
}

/** "9 seniority, 3 subject-line, 46 deal-predictor and 320 exploratory tests". */
export function familiesLine(report: Report): string {
  const families = report.findings.families ?? [];
  if (!families.length) return `${count(report.findings.tested)} findings tested, ${count(report.findings.significant)} significant`;
  const parts = families.map((f) => `${FAMILY_NAMES[f.family] ?? f.family} ${count(f.tests)} (${count(f.significant)} significant)`);
  return `tests per family: ${parts.join(', ')}`;
}

function exploratoryLines(report: Report, width: number): string[] {
  const list = report.findings.exploratory ?? [];
  if (!list.length) return [];
  const outcomes: Record<string, string> = {
    human_open: 'open our email', reply: 'reply', positive_reply: 'reply positively', meeting_booked: 'book a meeting',
    meeting_held: 'hold a meeting', deal_won: 'become a won deal',
  };
  const m = list[0].family_tests ?? 0;
  return [
    '',
    `What else stands out (exploratory: its own family of ${count(m)} tests, each named at Holm q ≤ 0.001)`,
    ...list.flatMap((f) => wrap(
      `- By ${dimensionName(f)}, “${segmentName(f)}” leads ${outcomes[f.outcome ?? ''] ?? f.outcome} ${(f.lift ?? 0) > 0 ? 'more' : 'less'} often: ` +
        `${pct(f.rate)} of ${count(f.n)} vs ${pct(f.baseline_rate)} (lift ${signedPct(f.lift)} ${liftInterval(f.lift_ci_low, f.lift_ci_high)}, ` +
        `${level(f.lift_ci_level)} interval; q ${f.q_value !== null && f.q_value < 0.001 ? '< 0.001' : `= ${qValue(f.q_value)}`})`, width, '   ')),
  ];
}

export function formatReportText(report: Report, options: TextOptions = {}): string {
  const o: Required<TextOptions> = { color: options.color ?? false, maxRows: options.maxRows ?? 10, width: options.width ?? 100 };
  const paint: Paint = (code, s) => (o.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const who = report.client?.name ?? 'All clients';
  const scope = report.since ? `leads first touched since ${report.since}` : 'all leads';
  const lines: string[] = [
    paint('1', `${who} — what converts`),
    `${scope}; generated ${report.generated_at.slice(0, 16).replace('T', ' ')} UTC; ${familiesLine(report)}` +
      (report.findings.min_n ? ` (minimum ${report.findings.min_n} leads per segment)` : ''),
    '',
    paint('1', 'Funnel'),
    ...funnelLines(report.funnel),
  ];
  const ordered = [...report.questions].sort((a, b) => QUESTION_ORDER.indexOf(a.key) - QUESTION_ORDER.indexOf(b.key));
  ordered.forEach((q, i) => {
    const conf = paint(CONFIDENCE_COLOR[q.confidence] ?? '0', `confidence: ${q.confidence}`);
    lines.push('', `${paint('1', `${i + 1}. ${q.question}`)}  ${conf}`, ...wrap(q.answer, o.width, '   '), ...questionBody(q, report, o));
  });
  lines.push(...exploratoryLines(report, o.width));
  return lines.join('\n');
}
