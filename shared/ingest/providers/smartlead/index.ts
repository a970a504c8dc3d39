// Smartlead campaign webhooks (REFERENCE §1): unsigned, so the URL token authenticates them; a
// source may also hold the webhook's `secret_key`, which Smartlead echoes inside every body. That
// secret must never be stored: the body is kept with it replaced by "[redacted]".
import { bytesOf, hmac, timingSafeEqual, toHex } from '../../crypto.ts';
import { defineAdapter, no, OK, textOf, type StoredBody, type VerifyResult } from '../adapter.ts';
import { parse } from './parse.ts';

export const REDACTED = '[redacted]';

/** The body field `secret_key`, compared with the source's (REFERENCE §1 Authentication). */
export async function verifySmartleadSecretKey(text: string, expected: string | null | undefined): Promise<VerifyResult> {
  if (!expected) return no('no Smartlead secret_key configured');
  const given = secretKeyOf(text);
  if (given === undefined) return no('body is not JSON, cannot read secret_key');
  if (given === null) return no('secret_key missing from body');
  return timingSafeEqual(given, expected) ? OK : no('secret_key does not match');
}

/** System-event signature `X-Smartlead-Signature: sha256=<hex>` over the body's bytes (UNCONFIRMED for campaigns). */
export async function verifySmartleadSignature(rawBody: Uint8Array | string, signature: string | null, secret: string | null | undefined): Promise<VerifyResult> {
  if (!secret) return no('no Smartlead signing secret configured');
  if (!signature) return no('missing X-Smartlead-Signature');
  const given = signature.trim().replace(/^sha256=/i, '').toLowerCase();
  return timingSafeEqual(given, toHex(await hmac('SHA-256', secret, rawBody))) ? OK : no('signature does not match');
}

/** The body's secret_key: a non-empty string, null when absent, undefined when the body is not JSON. */
function secretKeyOf(text: string): string | null | undefined {
  // Checking and then redacting one body reads its key twice: the second read is remembered.
  if (text === last.text) return last.key;
  let value: unknown;
  try {
    value = (JSON.parse(text) as { secret_key?: unknown } | null)?.secret_key;
  } catch {
    value = undefined;
    last = { text, key: undefined };
    return undefined;
  }
  last = { text, key: typeof value === 'string' && value !== '' ? value : null };
  return last.key;
}
let last: { text: string | null; key: string | null | undefined } = { text: null, key: undefined };

/**
 * The body with its secret_key replaced wherever the value appears as a JSON string, in the text and
 * in the bytes alike; the rest of the body is kept exactly. A value written with JSON escapes that
 * do not match its plain spelling cannot be found that way: the body is then re-serialised with
 * the key replaced (same content, not the same bytes).
 */
export function redactSecretKey(body: StoredBody): StoredBody {
  const secret = secretKeyOf(body.text);
  if (!secret) return body;
  const quoted = JSON.stringify(secret);
  const replacement = JSON.stringify(REDACTED);
  if (body.text.includes(quoted)) {
    const text = body.text.replaceAll(quoted, replacement);
    // (A faithful body's bytes are its text's: only an unfaithful one needs the byte search.)
    const bytes = body.faithful ? bytesOf(text) : replaceBytes(body.bytes, bytesOf(quoted), bytesOf(replacement));
    return { text, bytes, faithful: body.faithful };
  }
  const text = JSON.stringify({ ...(JSON.parse(body.text) as object), secret_key: REDACTED });
  return { text, bytes: bytesOf(text), faithful: true };
}

function replaceBytes(haystack: Uint8Array, needle: Uint8Array, replacement: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let from = 0;
  outer: for (let i = 0; i + needle.length <= haystack.length; ) {
    for (let j = 0; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) {
        i++;
        continue outer;
      }
    }
    parts.push(haystack.subarray(from, i), replacement);
    i += needle.length;
    from = i;
  }
  if (from === 0) return haystack;
  parts.push(haystack.subarray(from));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const smartlead = defineAdapter({
  provider: 'smartlead',
  family: 'engagement',
  parse,
  secret: 'optional',
  secretLabel: 'webhook secret_key',
  headers: ['user-agent'],
  check: { name: 'secret_key', verify: (req, s) => verifySmartleadSecretKey(textOf(req), s.signingSecret) },
  redact: redactSecretKey,
  setupHints: (hasSecret) => (hasSecret ? ['Set the same value as the webhook "secret_key" in Smartlead.'] : []),
});

