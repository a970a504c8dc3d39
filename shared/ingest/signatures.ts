// Webhook authentication on the RAW body (REFERENCE §0, §6–§9). Web Crypto only, so the same code
// runs under Node and Deno. Every secret comparison goes through timingSafeEqual. A missing or
// empty secret is a failure, never a pass: there is no "unsigned in dev" mode.

export type VerifyResult = { ok: true } | { ok: false; reason: string };

const enc = new TextEncoder();
const OK: VerifyResult = { ok: true };
const no = (reason: string): VerifyResult => ({ ok: false, reason });

/** Byte-wise comparison that always walks the longer input: no early exit on the first mismatch. */
export function timingSafeEqual(a: Uint8Array | string, b: Uint8Array | string): boolean {
  const x = typeof a === 'string' ? enc.encode(a) : a;
  const y = typeof b === 'string' ? enc.encode(b) : b;
  const len = Math.max(x.length, y.length);
  let diff = x.length ^ y.length;
  for (let i = 0; i < len; i++) diff |= (i < x.length ? x[i] : 0) ^ (i < y.length ? y[i] : 0);
  return diff === 0;
}

export async function hmac(hash: 'SHA-1' | 'SHA-256', secret: string, data: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(data)));
}

export async function sha256Hex(data: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', enc.encode(data))));
}

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** Per-source secret token in the webhook URL (`?token=…`) for senders that sign nothing. */
export async function verifyUrlToken(url: string, expected: string | null | undefined, param = 'token'): Promise<VerifyResult> {
  if (!expected) return no('no token configured for this source');
  let given: string | null;
  try {
    given = new URL(url).searchParams.get(param);
  } catch {
    return no('request URL is not a valid URL');
  }
  if (!given) return no(`missing ${param} in URL`);
  return timingSafeEqual(given, expected) ? OK : no('token does not match');
}

/** Smartlead campaign webhooks: the body field `secret_key` (REFERENCE §1 Authentication). */
export async function verifySmartleadSecretKey(rawBody: string, expected: string | null | undefined): Promise<VerifyResult> {
  if (!expected) return no('no Smartlead secret_key configured');
  let given: unknown;
  try {
    given = (JSON.parse(rawBody) as { secret_key?: unknown } | null)?.secret_key;
  } catch {
    return no('body is not JSON, cannot read secret_key');
  }
  if (typeof given !== 'string' || given === '') return no('secret_key missing from body');
  return timingSafeEqual(given, expected) ? OK : no('secret_key does not match');
}

/** Smartlead system-event signature `X-Smartlead-Signature: sha256=<hex>` (UNCONFIRMED for campaigns). */
export async function verifySmartleadSignature(rawBody: string, header: string | null, secret: string | null | undefined): Promise<VerifyResult> {
  if (!secret) return no('no Smartlead signing secret configured');
  if (!header) return no('missing X-Smartlead-Signature');
  const given = header.trim().replace(/^sha256=/i, '').toLowerCase();
  const expected = toHex(await hmac('SHA-256', secret, rawBody));
  return timingSafeEqual(given, expected) ? OK : no('signature does not match');
}

/**
 * Twilio `X-Twilio-Signature`: base64 HMAC-SHA1(authToken, fullURL + Σ sorted key+value).
 * `url` must be exactly what Twilio called (public scheme/host/port/query). Form bodies sign their
 * params; JSON bodies sign the URL alone and carry `bodySHA256` in the query instead.
 */
export async function verifyTwilioSignature(args: {
  url: string; rawBody: string; contentType?: string | null; signature: string | null; authToken: string | null | undefined;
}): Promise<VerifyResult> {
  const { url, rawBody, signature, authToken } = args;
  if (!authToken) return no('no Twilio auth token configured');
  if (!signature) return no('missing X-Twilio-Signature');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return no('request URL is not a valid URL');
  }
  const bodyHash = parsed.searchParams.get('bodySHA256');
  const isJson = (args.contentType ?? '').toLowerCase().includes('json');
  let suffix = '';
  if (bodyHash !== null || isJson) {
    if (!bodyHash) return no('JSON body without bodySHA256 in URL');
    if (!timingSafeEqual(bodyHash.toLowerCase(), await sha256Hex(rawBody))) return no('bodySHA256 does not match body');
  } else {
    const pairs = [...new URLSearchParams(rawBody)];
    pairs.sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0));
    suffix = pairs.map(([k, v]) => k + v).join('');
  }
  // Twilio's own libraries accept the URL with or without the scheme's default port.
  let match = false;
  for (const candidate of urlVariants(url, parsed)) {
    const expected = toBase64(await hmac('SHA-1', authToken, candidate + suffix));
    if (timingSafeEqual(signature.trim(), expected)) match = true;
  }
  return match ? OK : no('signature does not match');
}

function urlVariants(asGiven: string, u: URL): string[] {
  const defaultPort = u.protocol === 'https:' ? '443' : u.protocol === 'http:' ? '80' : '';
  if (u.port !== '' || !defaultPort) return [asGiven];
  const withPort = `${u.protocol}//${u.username ? `${u.username}:${u.password}@` : ''}${u.hostname}:${defaultPort}${u.pathname}${u.search}`;
  return [asGiven, withPort];
}

/** Calendly `Calendly-Webhook-Signature: t=<unix>,v1=<hex>` over `t + "." + rawBody`; stale t fails. */
export async function verifyCalendlySignature(args: {
  rawBody: string; header: string | null; signingKey: string | null | undefined; now?: Date; toleranceSeconds?: number;
}): Promise<VerifyResult> {
  const { rawBody, header, signingKey } = args;
  if (!signingKey) return no('no Calendly signing key configured');
  if (!header) return no('missing Calendly-Webhook-Signature');
  let t: string | null = null;
  const v1: string[] = [];
  for (const part of header.split(',')) {
    const [k, ...rest] = part.trim().split('=');
    const value = rest.join('=');
    if (k === 't') t = value;
    else if (k === 'v1' && value) v1.push(value.toLowerCase());
  }
  if (!t || !/^\d{1,12}$/.test(t) || v1.length === 0) return no('malformed Calendly-Webhook-Signature');
  const tolerance = args.toleranceSeconds ?? 180;
  const nowSec = Math.floor((args.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSec - Number(t)) > tolerance) return no(`timestamp outside the ${tolerance}s tolerance`);
  const expected = toHex(await hmac('SHA-256', signingKey, `${t}.${rawBody}`));
  let match = false;
  for (const s of v1.slice(0, 5)) if (timingSafeEqual(s, expected)) match = true;
  return match ? OK : no('signature does not match');
}

/** Cal.com `X-Cal-Signature-256`: hex HMAC-SHA256(secret, rawBody); `no-secret-provided` fails. */
export async function verifyCalcomSignature(rawBody: string, header: string | null, secret: string | null | undefined): Promise<VerifyResult> {
  if (!secret) return no('no Cal.com secret configured');
  if (!header) return no('missing X-Cal-Signature-256');
  if (header.trim() === 'no-secret-provided') return no('Cal.com webhook has no secret set');
  const given = header.trim().replace(/^sha256=/i, '').toLowerCase();
  const expected = toHex(await hmac('SHA-256', secret, rawBody));
  return timingSafeEqual(given, expected) ? OK : no('signature does not match');
}

// HubSpot decodes these escapes in the URI before signing (request-validation docs).
const HUBSPOT_DECODE: Record<string, string> = {
  '%3A': ':', '%2F': '/', '%3F': '?', '%40': '@', '%21': '!', '%24': '$', '%27': "'",
  '%28': '(', '%29': ')', '%2A': '*', '%2C': ',', '%3B': ';',
};

/** HubSpot `X-HubSpot-Signature-v3`: base64 HMAC-SHA256(secret, method+uri+body+timestamp), 5-minute window. */
export async function verifyHubSpotSignatureV3(args: {
  method: string; uri: string; rawBody: string; signature: string | null; timestamp: string | null;
  clientSecret: string | null | undefined; now?: Date; toleranceMs?: number;
}): Promise<VerifyResult> {
  const { method, uri, rawBody, signature, timestamp, clientSecret } = args;
  if (!clientSecret) return no('no HubSpot client secret configured');
  if (!signature) return no('missing X-HubSpot-Signature-v3');
  if (!timestamp || !/^\d{1,15}$/.test(timestamp)) return no('missing or malformed X-HubSpot-Request-Timestamp');
  const tolerance = args.toleranceMs ?? 300_000;
  if (Math.abs((args.now ?? new Date()).getTime() - Number(timestamp)) > tolerance) return no('timestamp outside the 5-minute window');
  const decodedUri = uri.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (m) => HUBSPOT_DECODE[m.toUpperCase()]);
  const expected = toBase64(await hmac('SHA-256', clientSecret, `${method.toUpperCase()}${decodedUri}${rawBody}${timestamp}`));
  return timingSafeEqual(signature.trim(), expected) ? OK : no('signature does not match');
}

/** Pipedrive: HTTP Basic auth set on the webhook (`http_auth_user` / `http_auth_password`). */
export async function verifyBasicAuth(authorization: string | null, user: string | null | undefined, password: string | null | undefined): Promise<VerifyResult> {
  if (!user || !password) return no('no basic-auth credentials configured');
  if (!authorization) return no('missing Authorization header');
  const m = /^Basic\s+([A-Za-z0-9+/=]{1,1024})\s*$/i.exec(authorization);
  if (!m) return no('Authorization is not Basic');
  let given: Uint8Array;
  try {
    given = Uint8Array.from(atob(m[1]), (c) => c.charCodeAt(0));
  } catch {
    return no('Authorization is not valid base64');
  }
  return timingSafeEqual(given, enc.encode(`${user}:${password}`)) ? OK : no('credentials do not match');
}

/** Shared-secret header (Instantly lets you add custom headers to its webhook object). */
export async function verifyHeaderSecret(value: string | null, expected: string | null | undefined): Promise<VerifyResult> {
  if (!expected) return no('no header secret configured');
  if (!value) return no('missing secret header');
  return timingSafeEqual(value, expected) ? OK : no('secret header does not match');
}
