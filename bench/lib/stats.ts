// Medians and the figures printed from them. Medians, not means: one slow run (a checkpoint, a
// neighbour on the machine) must not move the reported figure.

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Rounds to `digits` significant digits, for JSON that reads like the printed table. */
export function round(value: number, digits = 4): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(digits));
}

export function formatRate(eventsPerSecond: number): string {
  if (!Number.isFinite(eventsPerSecond)) return '—';
  return eventsPerSecond >= 10_000
    ? `${(eventsPerSecond / 1000).toFixed(1)}k/s`
    : `${Math.round(eventsPerSecond).toLocaleString('en')}/s`;
}

export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  return seconds >= 10 ? `${seconds.toFixed(1)} s` : seconds >= 1 ? `${seconds.toFixed(2)} s` : `${(seconds * 1000).toFixed(0)} ms`;
}
