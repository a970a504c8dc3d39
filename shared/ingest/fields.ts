// Tolerant zod field readers shared by the provider schemas. Vendors disagree on types (ids as
// strings or numbers, steps as "1" or 1), so readers accept both and normalise; anything else
// becomes an issue naming the field.
import { z } from 'zod';
import { parseTimestamp } from './time.ts';

const MAX_ID = 512;
// Union failures otherwise read "Invalid input"; say what was expected, or that it was missing.
const expected = (what: string) => ({
  error: (iss: { input?: unknown }) => (iss.input === undefined ? 'required' : `expected ${what}`),
});
const EMAIL_RE = /^[^\s@]+@[^\s@]+$/;

/** Vendor id: string or integer, trimmed, 1..512 chars. */
export const zId = z.union([z.string(), z.number().int().nonnegative()], expected('a string or integer id')).transform((v, ctx) => {
  const s = String(v).trim();
  if (s.length === 0) ctx.addIssue({ code: 'custom', message: 'id is empty' });
  else if (s.length > MAX_ID) ctx.addIssue({ code: 'custom', message: `id longer than ${MAX_ID} characters` });
  return s;
});

/** Optional id: missing, null and "" all mean "not given". */
export const zOptId = z
  .union([z.string(), z.number().int().nonnegative(), z.null()], expected('a string or integer id'))
  .optional()
  .transform((v, ctx) => {
    if (v === null || v === undefined || String(v).trim() === '') return null;
    const s = String(v).trim();
    if (s.length > MAX_ID) ctx.addIssue({ code: 'custom', message: `id longer than ${MAX_ID} characters` });
    return s;
  });

/** Email, lower-cased (REFERENCE §9.4); "" / null / missing → null. */
export const zOptEmail = z.union([z.string(), z.null()], expected('an email string')).optional().transform((v, ctx) => {
  if (v === null || v === undefined) return null;
  const s = v.trim().toLowerCase();
  if (s === '') return null;
  if (s.length > 320 || !EMAIL_RE.test(s)) {
    ctx.addIssue({ code: 'custom', message: 'not an email address' });
    return null;
  }
  return s;
});

/** Email that must be present. */
export const zEmail = zOptEmail.transform((v, ctx) => {
  if (v === null) ctx.addIssue({ code: 'custom', message: 'email is required' });
  return v as string;
});

/** Free text; missing → null. */
export const zText = z.union([z.string(), z.null()], expected('a string')).optional().transform((v) => v ?? null);

/** Non-negative integer given as number or digit string; missing/"" → null. */
export const zOptInt = z
  .union([z.number(), z.string(), z.null()], expected('a non-negative integer'))
  .optional()
  .transform((v, ctx) => {
    if (v === null || v === undefined || v === '') return null;
    const n = typeof v === 'number' ? v : /^\d{1,15}$/.test(v.trim()) ? Number(v.trim()) : NaN;
    if (!Number.isSafeInteger(n) || n < 0) {
      ctx.addIssue({ code: 'custom', message: 'expected a non-negative integer' });
      return null;
    }
    return n;
  });

/** Finite number given as number or decimal string; missing/"" → null. */
export const zOptNumber = z
  .union([z.number(), z.string(), z.null()], expected('a number'))
  .optional()
  .transform((v, ctx) => {
    if (v === null || v === undefined || v === '') return null;
    const n = typeof v === 'number' ? v : /^-?\d{1,15}(\.\d{1,10})?$/.test(v.trim()) ? Number(v.trim()) : NaN;
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: 'custom', message: 'expected a number' });
      return null;
    }
    return n;
  });

export interface Ts { iso: string; raw: string | number }

/** Required timestamp in any reference format → { iso, raw }. */
export const zTimestamp = z.unknown().optional().transform((v, ctx): Ts => {
  const r = parseTimestamp(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.message });
    return z.NEVER;
  }
  return { iso: r.iso, raw: r.raw };
});

/** Optional timestamp: missing, null and "" → null; garbage is still an issue. */
export const zOptTimestamp = z.unknown().optional().transform((v, ctx): Ts | null => {
  if (v === null || v === undefined || v === '') return null;
  const r = parseTimestamp(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.message });
    return null;
  }
  return { iso: r.iso, raw: r.raw };
});

export const zOptBool = z.union([z.boolean(), z.null()], expected('true or false')).optional().transform((v) => v ?? null);

/** Any value, key may be missing (zod 4 treats a bare unknown() key as required). */
export const zAny = z.unknown().optional();

/** Event-type discriminator: a short non-empty string. */
export const zEventName = z.string(expected('an event name string')).min(1).max(200);

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
