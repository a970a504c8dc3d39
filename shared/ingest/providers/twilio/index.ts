// Twilio Messaging webhooks (REFERENCE §8): `X-Twilio-Signature`, HMAC-SHA1 with the account's auth
// token over the URL Twilio called and the form parameters (JSON bodies: the URL, which carries the
// body's SHA-256 in `bodySHA256`).
import { hmac, sha256Hex, timingSafeEqual, toBase64 } from '../../crypto.ts';
import { defineAdapter, header, no, OK, textOf, type VerifyResult } from '../adapter.ts';
import { parse } from './parse.ts';

/**
 * `url` must be exactly what Twilio called (public scheme/host/port/query). Form bodies sign their
 * params, decoded; JSON bodies sign the URL alone, whose bodySHA256 is the hash of the body's bytes.
 */
export async function verifyTwilioSignature(args: {
  url: string; rawBody: Uint8Array | string; text?: string; contentType?: string | null; signature: string | null;
  authToken: string | null | undefined;
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
    const text = args.text ?? textOf({ method: 'POST', url, headers: new Headers(), rawBody });
    const pairs = [...new URLSearchParams(text)];
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

export const twilio = defineAdapter({
  provider: 'twilio',
  family: 'engagement',
  parse,
  secret: 'required',
  secretLabel: 'auth token',
  headers: ['x-twilio-signature', 'i-twilio-idempotency-token', 'content-type'],
  check: {
    name: 'signature',
    verify: (req, s) => verifyTwilioSignature({
      url: req.url, rawBody: req.rawBody, text: req.text, contentType: header(req, 'content-type'),
      signature: header(req, 'x-twilio-signature'), authToken: s.signingSecret,
    }),
  },
  setupHints: () => ['twilio signs the exact public URL: the function must know it (CIS_PUBLIC_URL = the base of this URL).'],
});
