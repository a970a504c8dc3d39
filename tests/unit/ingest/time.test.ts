import { describe, expect, it } from 'vitest';
import { fromDate, parseTimestamp } from '../../../shared/ingest/time.ts';

const iso = (raw: unknown) => {
  const r = parseTimestamp(raw);
  if (!r.ok) throw new Error(r.message);
  return r.iso;
};
const message = (raw: unknown) => {
  const r = parseTimestamp(raw);
  if (r.ok) throw new Error(`accepted ${String(raw)} as ${r.iso}`);
  return r.message;
};

describe('parseTimestamp accepts every format in the vendor reference', () => {
  it('keeps Smartlead microseconds with a +00:00 offset', () => {
    expect(iso('2023-09-25T17:29:11.618881+00:00')).toBe('2023-09-25T17:29:11.618881Z');
  });

  it('reads Z with milliseconds (Smartlead, lemlist, Instantly)', () => {
    expect(iso('2023-09-26T11:16:24.671Z')).toBe('2023-09-26T11:16:24.671000Z');
  });

  it('converts a Salesforge local offset to UTC', () => {
    expect(iso('2023-12-06T16:03:31+02:00')).toBe('2023-12-06T14:03:31.000000Z');
    expect(iso('2023-12-06T01:03:31-05:30')).toBe('2023-12-06T06:33:31.000000Z');
  });

  it('crosses a date boundary when the offset requires it', () => {
    expect(iso('2025-01-01T00:30:00+01:00')).toBe('2024-12-31T23:30:00.000000Z');
  });

  it('reads Calendly microsecond Z timestamps', () => {
    expect(iso('2025-09-17T08:40:12.498771Z')).toBe('2025-09-17T08:40:12.498771Z');
  });

  it('reads HubSpot epoch milliseconds as a number', () => {
    expect(iso(1758362405123)).toBe('2025-09-20T10:00:05.123000Z');
  });

  it('reads Pipedrive unix seconds as a number and as a numeric string', () => {
    expect(iso(1758104400)).toBe('2025-09-17T10:20:00.000000Z');
    expect(iso('1758104400')).toBe('2025-09-17T10:20:00.000000Z');
  });

  it('reads epoch milliseconds given as a string (HubSpot date properties)', () => {
    expect(iso('1759795200000')).toBe('2025-10-07T00:00:00.000000Z');
  });

  it('keeps fractional epoch seconds to the microsecond', () => {
    expect(iso(1758104400.123456)).toBe('2025-09-17T10:20:00.123456Z');
  });

  it('rounds nanoseconds to microseconds like Postgres, carrying into the second', () => {
    expect(iso('2025-09-17T10:20:00.9999996Z')).toBe('2025-09-17T10:20:01.000000Z');
    expect(iso('2025-09-17T10:20:00.1234564Z')).toBe('2025-09-17T10:20:00.123456Z');
  });

  it('accepts a space separator, +HHMM and +HH offsets (Postgres output style)', () => {
    expect(iso('2025-09-17 10:20:00+0200')).toBe('2025-09-17T08:20:00.000000Z');
    expect(iso('2025-09-17 10:20:00.5+02')).toBe('2025-09-17T08:20:00.500000Z');
  });

  it('accepts minute precision with an offset', () => {
    expect(iso('2025-09-17T10:20Z')).toBe('2025-09-17T10:20:00.000000Z');
  });

  it('returns the raw value unchanged next to the normalised one', () => {
    expect(parseTimestamp('2023-12-06T16:03:31+02:00')).toEqual({ ok: true, iso: '2023-12-06T14:03:31.000000Z', raw: '2023-12-06T16:03:31+02:00' });
    expect(parseTimestamp(1758362405123)).toEqual({ ok: true, iso: '2025-09-20T10:00:05.123000Z', raw: 1758362405123 });
  });
});

describe('parseTimestamp rejects garbage with a clear message', () => {
  it('rejects a timestamp without an offset instead of guessing a zone', () => {
    expect(message('2025-09-17T10:20:00')).toBe('timestamp "2025-09-17T10:20:00" has no UTC offset (expected Z or ±HH:MM)');
  });

  it('rejects impossible calendar dates and times', () => {
    expect(message('2025-02-30T10:00:00Z')).toBe('day 30 out of range in "2025-02-30T10:00:00Z"');
    expect(message('2025-13-01T10:00:00Z')).toBe('month 13 out of range in "2025-13-01T10:00:00Z"');
    expect(message('2025-01-01T24:00:00Z')).toBe('time of day out of range in "2025-01-01T24:00:00Z"');
    expect(message('2025-01-01T10:00:00+19:00')).toBe('UTC offset out of range in "2025-01-01T10:00:00+19:00"');
  });

  it('accepts 29 February only in leap years', () => {
    expect(iso('2024-02-29T00:00:00Z')).toBe('2024-02-29T00:00:00.000000Z');
    expect(message('2025-02-29T00:00:00Z')).toContain('day 29 out of range');
  });

  it('rejects words, empty strings, wrong types and non-finite numbers', () => {
    expect(message('yesterday')).toBe('"yesterday" is not an ISO-8601 timestamp or epoch number');
    expect(message('')).toBe('timestamp is empty');
    expect(message(null)).toBe('expected a timestamp, got null');
    expect(message({})).toBe('expected a timestamp, got object');
    expect(message([1])).toBe('expected a timestamp, got an array');
    expect(message(Number.NaN)).toContain('not a positive finite number');
    expect(message(-5)).toContain('not a positive finite number');
  });

  it('rejects values outside 1990–2099, which are unit mistakes', () => {
    expect(message(5)).toContain('outside 1990-2099');
    expect(message(1758362405123000)).toContain('outside 1990-2099'); // microseconds sent as ms
    expect(message('1899-12-31T00:00:00Z')).toContain('before 1990');
  });

  it('rejects an overlong string without echoing all of it', () => {
    expect(message('9'.repeat(10_000))).toBe('timestamp is too long to be a timestamp');
  });
});

describe('fromDate', () => {
  it('formats a receipt time in the same normalised form', () => {
    expect(fromDate(new Date('2025-09-24T11:05:00.123Z'))).toBe('2025-09-24T11:05:00.123000Z');
  });
});
