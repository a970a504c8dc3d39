// Timestamp normalisation for vendor webhooks (REFERENCE §0 "Timestamp formats").
//
// Every accepted value becomes `YYYY-MM-DDTHH:MM:SS.ffffffZ`: UTC, always six fractional digits.
// JavaScript's Date keeps only milliseconds, so the arithmetic is done in integer microseconds
// (epoch µs stays below 2^53 until year 2255) and the fraction is never lost. Postgres parses the
// result into timestamptz exactly; the fixed width also makes the strings sort chronologically.

export type TimestampResult =
  | { ok: true; iso: string; raw: string | number }
  | { ok: false; message: string };

// Plausibility window: anything outside is a unit mistake (µs sent as ms) or garbage.
const MIN_MS = Date.UTC(1990, 0, 1);
const MAX_MS = Date.UTC(2100, 0, 1);
// Epoch numbers below this are seconds, above are milliseconds (1e11 s is year 5138, 1e11 ms 1973).
const SECONDS_LIMIT = 1e11;

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;
const NUMERIC_RE = /^\d{1,16}(?:\.\d{1,9})?$/;

/** Parse one vendor timestamp (ISO string with offset, epoch seconds/ms as number or digit string). */
export function parseTimestamp(raw: unknown): TimestampResult {
  if (typeof raw === 'number') return fromEpochNumber(raw, raw);
  if (typeof raw !== 'string') return { ok: false, message: `expected a timestamp, got ${kindOf(raw)}` };
  const s = raw.trim();
  if (s.length === 0) return { ok: false, message: 'timestamp is empty' };
  if (s.length > 40) return { ok: false, message: 'timestamp is too long to be a timestamp' };
  if (NUMERIC_RE.test(s)) return fromEpochNumber(Number(s), raw);
  const m = ISO_RE.exec(s);
  if (!m) {
    const naive = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s);
    return {
      ok: false,
      message: naive
        ? `timestamp "${s}" has no UTC offset (expected Z or ±HH:MM)`
        : `"${clip(s)}" is not an ISO-8601 timestamp or epoch number`,
    };
  }
  const [, y, mo, d, h, mi, sec = '0', frac = '', z, sign, oh, om = '0'] = m;
  const year = Number(y), month = Number(mo), day = Number(d);
  const hour = Number(h), minute = Number(mi), second = Number(sec);
  if (year < 1990) return { ok: false, message: `year ${y} is before 1990 in "${s}"` };
  if (month < 1 || month > 12) return { ok: false, message: `month ${mo} out of range in "${s}"` };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, message: `day ${d} out of range in "${s}"` };
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, message: `time of day out of range in "${s}"` };
  let offsetMinutes = 0;
  if (!z) {
    const ohn = Number(oh), omn = Number(om);
    if (ohn > 18 || omn > 59) return { ok: false, message: `UTC offset out of range in "${s}"` };
    offsetMinutes = (sign === '-' ? -1 : 1) * (ohn * 60 + omn);
  }
  // Round to microseconds like Postgres does (a 7th+ digit can carry into the next second).
  const micros = frac === '' ? 0 : Math.round(Number(`0.${frac}`) * 1e6);
  const baseMs = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  return fromEpochMicros(baseMs * 1000 + micros, raw);
}

/** Receipt time (e.g. Twilio callbacks carry no event time). */
export function fromDate(date: Date): string {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid Date');
  return formatMicros(ms * 1000);
}

function fromEpochNumber(n: number, raw: string | number): TimestampResult {
  if (!Number.isFinite(n) || n < 0) return { ok: false, message: `epoch value ${clip(String(raw))} is not a positive finite number` };
  const micros = n < SECONDS_LIMIT ? Math.round(n * 1e6) : Math.round(n * 1e3);
  return fromEpochMicros(micros, raw);
}

function fromEpochMicros(micros: number, raw: string | number): TimestampResult {
  const ms = Math.floor(micros / 1000);
  if (!(ms >= MIN_MS && ms < MAX_MS)) {
    return { ok: false, message: `timestamp ${clip(String(raw))} is outside 1990-2099 (wrong unit?)` };
  }
  return { ok: true, iso: formatMicros(micros), raw };
}

function formatMicros(micros: number): string {
  const ms = Math.floor(micros / 1000);
  const subMs = micros - ms * 1000; // 0..999
  const base = new Date(ms).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  return `${base.slice(0, 23)}${String(subMs).padStart(3, '0')}Z`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
