// When things happen, in the lead's own time zone: business-hour sends, the planted daily rhythm
// of human opens, and the delays between a touch and what it provokes.
import type { WorldConfig } from './config.ts';
import type { Random } from './random.ts';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

export interface LocalTime { year: number; month: number; day: number; hour: number; minute: number; second: number; weekday: number }

// Zone offsets change at most on the hour: cache them per zone and UTC hour (a world asks
// hundreds of thousands of times).
const offsets = new Map<string, number>();
function offsetMs(t: number, tz: string): number {
  const key = `${tz}|${Math.floor(t / HOUR_MS)}`;
  let off = offsets.get(key);
  if (off === undefined) {
    const parts: Record<string, number> = {};
    for (const p of formatter(tz).formatToParts(new Date(t))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    const shown = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    off = shown - Math.floor(t / 1000) * 1000;
    offsets.set(key, off);
  }
  return off;
}

/** Wall-clock parts in `tz`; weekday 0 = Monday. */
export function localParts(at: Date, tz: string): LocalTime {
  const d = new Date(at.getTime() + offsetMs(at.getTime(), tz));
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), weekday: (d.getUTCDay() + 6) % 7,
  };
}

/** The instant when the clock in `tz` shows this date (UTC calendar day `day`) and time. */
export function atLocal(day: Date, hour: number, minute: number, second: number, tz: string): Date {
  const wall = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute, second);
  let guess = wall;
  for (let i = 0; i < 3; i++) guess = wall - offsetMs(guess, tz);
  return new Date(guess);
}

export function addDays(day: Date, n: number): Date {
  return new Date(day.getTime() + n * DAY_MS);
}

/** Saturday and Sunday move to the next Monday (engines do not send at weekends). */
export function businessDay(day: Date): Date {
  const weekday = (day.getUTCDay() + 6) % 7;
  return weekday >= 5 ? addDays(day, 7 - weekday) : day;
}

/** A send during the lead's working day, 8:00–16:59 local. */
export function sendTime(rng: Random, day: Date, tz: string): Date {
  return atLocal(businessDay(day), rng.int(8, 16), rng.int(0, 59), rng.int(0, 59), tz);
}

/** The calendar day (UTC midnight) the clock in `tz` shows at `at`. */
export function localDay(at: Date, tz: string): Date {
  const p = localParts(at, tz);
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
}

// Outside the peak, people read mail through the working day and a little in the evening.
const OFF_PEAK: number[] = [0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 1.2, 3, 5, 6, 6, 5, 4, 4.5, 5, 4.5, 4, 3, 2, 2, 1.8, 1.4, 0.8, 0.4];

/** Weights of each local hour for human opens, from the planted open_hours effect. */
export function openHourWeights(world: WorldConfig): number[] {
  const { peak, peak_share: share, flat } = world.effects.open_hours;
  if (flat) return Array(24).fill(1 / 24);
  const inPeak = (h: number) => h >= peak[0] && h < peak[1];
  const peakHours = OFF_PEAK.filter((_, h) => inPeak(h)).length;
  const offTotal = OFF_PEAK.reduce((s, w, h) => s + (inPeak(h) ? 0 : w), 0);
  return OFF_PEAK.map((w, h) => (inPeak(h) ? share / peakHours : ((1 - share) * w) / offTotal));
}

/**
 * When a person opens an email sent at `sent`: the hour comes from the planted rhythm (so the
 * share of opens in each local hour is exactly the planted one), the day from a short delay —
 * the first day on or after the send whose chosen hour is still ahead.
 */
export function humanOpenTime(rng: Random, sent: Date, tz: string, weights: number[], flat: boolean): Date {
  const hour = Number(rng.weighted(Object.fromEntries(weights.map((w, h) => [String(h), w]))));
  let day = addDays(localDay(sent, tz), Math.min(6, Math.floor(rng.exponential(0.9))));
  let at = atLocal(day, hour, rng.int(0, 59), rng.int(0, 59), tz);
  while (at.getTime() <= sent.getTime() + 2 * MINUTE_MS) {
    day = addDays(day, 1);
    at = atLocal(day, hour, rng.int(0, 59), rng.int(0, 59), tz);
  }
  // Fewer people read work mail at the weekend; the null world keeps every day alike.
  if (!flat && localParts(at, tz).weekday >= 5 && rng.chance(0.75)) {
    const weekday = localParts(at, tz).weekday;
    at = new Date(at.getTime() + (7 - weekday) * DAY_MS);
  }
  return at;
}

/** Hours until a person answers: most within the working day, a long tail over several days. */
export function replyDelayHours(rng: Random, channel: 'email' | 'sms' | 'linkedin'): number {
  if (channel === 'sms') return 0.05 + rng.exponential(3);
  if (channel === 'linkedin') return 0.5 + rng.exponential(20);
  return 0.2 + rng.exponential(18);
}
