// Cal.com webhooks (REFERENCE §6b): `X-Cal-Signature-256`, hex HMAC-SHA256 with the webhook's secret
// over the body's bytes; `no-secret-provided` (a webhook without a secret) fails.
import { hmac, timingSafeEqual, toHex } from '../../crypto.ts';
import { defineAdapter, header, no, OK, type VerifyResult } from '../adapter.ts';
import { parse } from './parse.ts';

export async function verifyCalcomSignature(rawBody: Uint8Array | string, signature: string | null, secret: string | null | undefined): Promise<VerifyResult> {
  if (!secret) return no('no Cal.com secret configured');
  if (!signature) return no('missing X-Cal-Signature-256');
  if (signature.trim() === 'no-secret-provided') return no('Cal.com webhook has no secret set');
  const given = signature.trim().replace(/^sha256=/i, '').toLowerCase();
  return timingSafeEqual(given, toHex(await hmac('SHA-256', secret, rawBody))) ? OK : no('signature does not match');
}

export const calcom = defineAdapter({
  provider: 'calcom',
  family: 'meeting',
  parse,
  secret: 'required',
  secretLabel: 'webhook secret',
  headers: ['x-cal-signature-256', 'x-cal-webhook-version'],
  check: { name: 'signature', verify: (req, s) => verifyCalcomSignature(req.rawBody, header(req, 'x-cal-signature-256'), s.signingSecret) },
});
