// Numbers as the report writes them: rates as percentages, intervals in brackets, counts with
// thousands separators, money per currency. Shared by the text and HTML renderers.

export function pct(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const p = 100 * value;
  const fixed = p.toFixed(Math.abs(p) >= 10 || digits === 0 ? Math.min(digits, 1) : digits);
  return `${fixed.replace(/\.0+$/, '')}%`;
}

/** A signed percentage with a true minus sign; a value that rounds to 0 but is not 0 keeps a decimal. */
export function signedPct(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value === 0) return '±0%';
  const sign = value > 0 ? '+' : '−';
  const whole = Math.round(Math.abs(100 * value));
  if (whole > 0) return `${sign}${whole}%`;
  const tenth = Math.round(Math.abs(1000 * value)) / 10;
  return tenth > 0 ? `${sign}${tenth}%` : `${sign}<0.1%`;
}

export function interval(low: number | null | undefined, high: number | null | undefined, digits = 1): string {
  if (low === null || low === undefined || high === null || high === undefined) return '';
  return `[${pct(low, digits)}, ${pct(high, digits)}]`;
}

export function count(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return Math.round(n).toLocaleString('en-US');
}

export function money(value: number | null | undefined, currency: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${currency} ${Math.round(value).toLocaleString('en-US')}`;
}

export function qValue(q: number | null | undefined): string {
  if (q === null || q === undefined || !Number.isFinite(q)) return '—';
  if (q < 0.001) return '<0.001';
  return q.toFixed(3);
}

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** "Monday 09:00" style label of an open-time cell. */
export function slot(weekday: number, hour: number): string {
  return `${WEEKDAYS[weekday] ?? '?'} ${String(hour).padStart(2, '0')}:00`;
}

/** Human names for segment labels that are codes (Apollo seniorities, detector dimensions). */
export function label(value: string): string {
  const known: Record<string, string> = {
    c_suite: 'C-suite', vp: 'VP', founder: 'Founder', owner: 'Owner', head: 'Head', director: 'Director',
    manager: 'Manager', senior: 'Senior', entry: 'Entry', intern: 'Intern',
  };
  return known[value] ?? value.replaceAll('_', ' ');
}

/** A finding's segment and dimension as the report names them (labels from SQL when present). */
export function segmentName(f: { segment: string; segment_label?: string | null }): string {
  return f.segment_label ?? label(f.segment);
}
export function dimensionName(f: { dimension?: string; dimension_label?: string | null }): string {
  return f.dimension_label ?? label(f.dimension ?? '');
}

/** A chance to win as the verdict prints it (SQL private.chance_text): never a rounded "100%". */
export function chance(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return '—';
  if (p >= 0.9995) return '>99.9%';
  if (p < 0.0005) return '<0.1%';
  return `${(Math.round(p * 1000) / 10).toString()}%`;
}

/** A lift interval "[+52%, +257%]" (open-ended upwards when the upper bound is infinite). */
export function liftInterval(low: number | null | undefined, high: number | null | undefined): string {
  if ((low === null || low === undefined) && (high === null || high === undefined)) return '';
  const hi = high === null || high === undefined || !Number.isFinite(high) ? '∞' : signedPct(high);
  return `[${signedPct(low)}, ${hi}]`;
}

/**
 * An interval level "95%", "99.4%": rounded down, so an interval at 99.989% is labelled 99.9% (the
 * interval shown is at least as wide as its label says) and never "100%".
 */
export function level(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '95%';
  return `${Math.floor(value * 1000 + 1e-9) / 10}%`;
}

export const FAMILY_NAMES: Record<string, string> = {
  seniority: 'seniority', subject_lines: 'subject lines', deal_predictors: 'deal predictors', exploratory: 'exploratory',
};
