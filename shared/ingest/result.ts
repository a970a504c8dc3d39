// Plumbing shared by every provider parser: body decoding, zod issues → Issue[], output
// sanitising and validation, and the never-throw guard.
import type { z } from 'zod';
import {
  canonicalEventSchema,
  type CanonicalEvent,
  type Issue,
  type ParseContext,
  type ParseFn,
  type ParseResult,
  type Skipped,
} from './canonical.ts';

const MAX_ISSUES = 20;

export type Decoded<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * The entry a vendor's own name maps to, or undefined: own keys only. A plain `map[name]` finds
 * Object.prototype's members for names such as `constructor` or `toString`, which are then taken for
 * known events.
 */
export function own<T>(map: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(map, name) ? map[name] : undefined;
}

export function fail(path: string, message: string): { ok: false; issues: Issue[] } {
  return { ok: false, issues: [{ path, message }] };
}

/** JSON body → value. A UTF-8 BOM is tolerated; anything unparsable is one issue at the root. */
export function readJson(raw: string): Decoded<unknown> {
  if (typeof raw !== 'string') return fail('', 'body is not text');
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') return fail('', 'body is empty');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return fail('', `body is not valid JSON: ${e instanceof Error ? e.message.slice(0, 120) : 'parse error'}`);
  }
}

/** ['events', 3, 'lead', 'email'] → `events[3].lead.email` (the style shared/apollo uses). */
export function pathString(parts: readonly PropertyKey[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += (out === '' ? '' : '.') + (typeof p === 'symbol' ? String(p.description) : p);
  }
  return out;
}

/** zod error → issues naming the field (`payload.email`, `events[3].occurred_at`). */
export function zodIssues(error: z.ZodError, prefix: (string | number)[] = []): Issue[] {
  return error.issues.slice(0, MAX_ISSUES).map((i) => ({
    path: pathString([...prefix, ...i.path]),
    message: i.message.slice(0, 300),
  }));
}

export function skip(rawEventType: string, reason: string): ParseResult {
  return { ok: true, events: [], skipped: [{ raw_event_type: rawEventType.slice(0, 200), reason }] };
}

/** Sanitise and validate mapped events; a failure here names the output field. */
export function finish(events: CanonicalEvent[], skipped: Skipped[] = []): ParseResult {
  const out: CanonicalEvent[] = [];
  const issues: Issue[] = [];
  events.forEach((e, i) => {
    const r = canonicalEventSchema.safeParse(sanitize(e));
    if (r.success) out.push(r.data as CanonicalEvent);
    else issues.push(...zodIssues(r.error, events.length > 1 ? ['events', i] : []));
  });
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  return skipped.length > 0 ? { ok: true, events: out, skipped } : { ok: true, events: out };
}

/** Wrap a parser so that no input can make it throw (the handler must never answer 500). */
export function guarded(fn: ParseFn): ParseFn {
  return (rawBody: string, ctx: ParseContext): ParseResult => {
    try {
      return fn(rawBody, ctx);
    } catch (e) {
      return fail('', `unexpected parser error: ${e instanceof Error ? e.message.slice(0, 200) : 'unknown'}`);
    }
  };
}

// Postgres text/jsonb reject NUL and lone surrogates; strip/replace them in everything we emit.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function cleanString(s: string): string {
  return s.replace(/\u0000/g, '').replace(LONE_SURROGATE, '\uFFFD');
}

function sanitize<T>(v: T, depth = 0): T {
  if (typeof v === 'string') return cleanString(v) as T;
  if (depth > 6 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => sanitize(x, depth + 1)) as T;
  const o: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (x !== undefined) o[cleanString(k)] = sanitize(x, depth + 1);
  }
  return o as T;
}

/** Keep only string values of a vendor object (metadata, utm) and cap their count. */
export function stringRecord(v: unknown, max = 50): Record<string, string> | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const out: Record<string, string> = {};
  let n = 0;
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (typeof x === 'string' && n < max) {
      out[k.slice(0, 100)] = x.slice(0, 2000);
      n++;
    }
  }
  return n > 0 ? out : undefined;
}
