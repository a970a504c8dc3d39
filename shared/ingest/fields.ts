// Tolerant zod field readers shared by the provider schemas. Vendors disagree on types (ids as
// strings or numbers, steps as "1" or 1), so readers accept both and normalise; anything else
// becomes an issue naming the field.
import { z } from 'zod';
import { parseTimestamp } from './time.ts';

const MAX_ID = 512;
const EMAIL_RE = /^[^\s@]+@[^\s@]+$/;

// One plain function per reader instead of zod unions: unions cost several schema passes per
// field and fail with a bare "Invalid input"; a reader says what it expected, or "required".
class Bad {
  constructor(readonly message: string) {}
}
function reader<T>(read: (v: unknown) => T | Bad) {
  return z.unknown().optional().transform((v, ctx): T => {
    const r = read(v);
    if (r instanceof Bad) {
      ctx.addIssue({ code: 'custom', message: r.message });
      return z.NEVER;
    }
    return r;
  });
}
const missing = (v: unknown) => v === undefined || v === null;
const typeError = (v: unknown, what: string) => new Bad(v === undefined ? 'required' : `expected ${what}`);

function readId(v: unknown, optional: boolean): string | null | Bad {
  if (optional && missing(v)) return null;
  if (typeof v !== 'string' && !(typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)) return typeError(v, 'a string or integer id');
  const s = String(v).trim();
  if (s.length === 0) return optional ? null : new Bad('id is empty');
  return s.length > MAX_ID ? new Bad(`id longer than ${MAX_ID} characters`) : s;
}

/** Vendor id: string or non-negative integer, trimmed, 1..512 chars. */
export const zId = reader((v) => readId(v, false) as string | Bad);

/** Optional id: missing, null and "" all mean "not given". */
export const zOptId = reader((v) => readId(v, true));

/** Email, lower-cased (REFERENCE §9.4); "" / null / missing → null. */
export const zOptEmail = reader((v): string | null | Bad => {
  if (missing(v)) return null;
  if (typeof v !== 'string') return typeError(v, 'an email string');
  const s = v.trim().toLowerCase();
  if (s === '') return null;
  return s.length > 320 || !EMAIL_RE.test(s) ? new Bad('not an email address') : s;
});

/** Free text; missing → null. */
export const zText = reader((v): string | null | Bad => (missing(v) ? null : typeof v === 'string' ? v : typeError(v, 'a string')));

/** Non-negative integer given as number or digit string; missing/"" → null. */
export const zOptInt = reader((v): number | null | Bad => {
  if (missing(v) || v === '') return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,15}$/.test(v.trim()) ? Number(v.trim()) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : new Bad('expected a non-negative integer');
});

/** Finite number given as number or decimal string; missing/"" → null. */
export const zOptNumber = reader((v): number | null | Bad => {
  if (missing(v) || v === '') return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d{1,15}(\.\d{1,10})?$/.test(v.trim()) ? Number(v.trim()) : NaN;
  return Number.isFinite(n) ? n : new Bad('expected a number');
});

export interface Ts { iso: string; raw: string | number }

function readTs(v: unknown): Ts | Bad {
  const r = parseTimestamp(v);
  return r.ok ? { iso: r.iso, raw: r.raw } : new Bad(r.message);
}

/** Required timestamp in any reference format → { iso, raw }. */
export const zTimestamp = reader(readTs);

/** Optional timestamp: missing, null and "" → null; garbage is still an issue. */
export const zOptTimestamp = reader((v): Ts | null | Bad => (missing(v) || v === '' ? null : readTs(v)));

export const zOptBool = reader((v): boolean | null | Bad => (missing(v) ? null : typeof v === 'boolean' ? v : typeError(v, 'true or false')));

/** Any value, key may be missing (zod 4 treats a bare unknown() key as required). */
export const zAny = z.unknown().optional();

/** Event-type discriminator: a short non-empty string. */
export const zEventName = reader((v): string | Bad => {
  if (typeof v !== 'string') return typeError(v, 'an event name string');
  return v.length === 0 || v.length > 200 ? new Bad('event name must be 1-200 characters') : v;
});

/** "Marta Keller" → first / last; the last name keeps every word after the first. */
export function splitName(full: string | null | undefined): { first_name: string | null; last_name: string | null } {
  const parts = (full ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { first_name: null, last_name: null };
  return { first_name: parts[0], last_name: parts.length > 1 ? parts.slice(1).join(' ') : null };
}

/** "Nils Berg <nils@x.example>" or "nils@x.example" → { name, email }. */
export function parseAddress(s: string | null | undefined): { name: string | null; email: string | null } {
  if (!s) return { name: null, email: null };
  const m = /^\s*(?:"?([^"<]*?)"?\s*)?<([^<>\s]+@[^<>\s]+)>\s*$/.exec(s);
  if (m) return { name: m[1]?.trim() || null, email: m[2].toLowerCase() };
  const t = s.trim().toLowerCase();
  return { name: null, email: EMAIL_RE.test(t) && t.length <= 320 ? t : null };
}

/** Hard/soft from the SMTP reply text: 5.x.x / 5xx permanent, 4.x.x / 4xx transient. */
export function classifyBounce(text: string | null | undefined): 'hard' | 'soft' | null {
  if (!text) return null;
  const head = text.slice(0, 2000);
  if (/\b5\.\d{1,3}\.\d{1,3}\b/.test(head) || /(^|[^\d.])5\d\d[\s-]/.test(head)) return 'hard';
  if (/\b4\.\d{1,3}\.\d{1,3}\b/.test(head) || /(^|[^\d.])4\d\d[\s-]/.test(head)) return 'soft';
  return null;
}
