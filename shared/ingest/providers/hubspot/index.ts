// HubSpot webhooks (REFERENCE §7a): `X-HubSpot-Signature-v3`, base64 HMAC-SHA256 with the app's
// client secret over method + URI + the body's bytes + `X-HubSpot-Request-Timestamp`, within five
// minutes. HubSpot signs the public URL it called.
import { concatBytes, hmac, timingSafeEqual, toBase64 } from '../../crypto.ts';
import { defineAdapter, header, no, OK, type VerifyResult } from '../adapter.ts';
import { parse } from './parse.ts';

// HubSpot decodes these escapes in the URI before signing (request-validation docs).
const DECODE: Readonly<Record<string, string>> = {
  '%3A': ':', '%2F': '/', '%3F': '?', '%40': '@', '%21': '!', '%24': '$', '%27': "'",
  '%28': '(', '%29': ')', '%2A': '*', '%2C': ',', '%3B': ';',
};

export async function verifyHubSpotSignatureV3(args: {
  method: string; uri: string; rawBody: Uint8Array | string; signature: string | null; timestamp: string | null;
  clientSecret: string | null | undefined; now?: Date; toleranceMs?: number;
}): Promise<VerifyResult> {
  const { method, uri, rawBody, signature, timestamp, clientSecret } = args;
  if (!clientSecret) return no('no HubSpot client secret configured');
  if (!signature) return no('missing X-HubSpot-Signature-v3');
  if (!timestamp || !/^\d{1,15}$/.test(timestamp)) return no('missing or malformed X-HubSpot-Request-Timestamp');
  const tolerance = args.toleranceMs ?? 300_000;
  if (Math.abs((args.now ?? new Date()).getTime() - Number(timestamp)) > tolerance) return no('timestamp outside the 5-minute window');
  const decodedUri = uri.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (m) => DECODE[m.toUpperCase()]);
  const expected = toBase64(await hmac('SHA-256', clientSecret, concatBytes(`${method.toUpperCase()}${decodedUri}`, rawBody, timestamp)));
  return timingSafeEqual(signature.trim(), expected) ? OK : no('signature does not match');
}

export const hubspot = defineAdapter({
  provider: 'hubspot',
  family: 'deal',
  parse,
  secret: 'required',
  secretLabel: 'app client secret',
  headers: ['x-hubspot-signature-v3', 'x-hubspot-request-timestamp'],
  check: {
    name: 'signature',
    verify: (req, s) => verifyHubSpotSignatureV3({
      method: req.method, uri: req.url, rawBody: req.rawBody, signature: header(req, 'x-hubspot-signature-v3'),
      timestamp: header(req, 'x-hubspot-request-timestamp'), clientSecret: s.signingSecret, now: req.now,
    }),
  },
  setupHints: () => ['hubspot signs the exact public URL: the function must know it (CIS_PUBLIC_URL = the base of this URL).'],
});
