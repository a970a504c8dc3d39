// Numbers as the report writes them: rates as percentages, intervals in brackets, counts with
// thousands separators, money per currency. Shared by the text and HTML renderers.

export function pct(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const p = 100 * value;
  const fixed = p.toFixed(Math.abs(p) >= 10 || digits === 0 ? Math.min(digits, 1) : digits);
  return `${fixed.replace(/\.0+$/, '')}%`;
}

export function signedPct(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const p = Math.round(100 * value);
  return `${p > 0 ? '+' : p < 0 ? '−' : '±'}${Math.abs(p)}%`;
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
