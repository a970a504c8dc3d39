// Calendly webhooks (REFERENCE §6a): `Calendly-Webhook-Signature: t=<unix>,v1=<hex>`, HMAC-SHA256
// with the subscription's signing key over `t` + "." + the body's bytes; a stale `t` fails.
import { concatBytes, hmac, timingSafeEqual, toHex } from '../../crypto.ts';
import { defineAdapter, header, no, OK, type VerifyResult } from '../adapter.ts';
import { parse } from './parse.ts';

export async function verifyCalendlySignature(args: {
  rawBody: Uint8Array | string; header: string | null; signingKey: string | null | undefined; now?: Date; toleranceSeconds?: number;
}): Promise<VerifyResult> {
  const { rawBody, signingKey } = args;
  if (!signingKey) return no('no Calendly signing key configured');
  if (!args.header) return no('missing Calendly-Webhook-Signature');
  let t: string | null = null;
  const v1: string[] = [];
  for (const part of args.header.split(',')) {
    const [k, ...rest] = part.trim().split('=');
    const value = rest.join('=');
    if (k === 't') t = value;
    else if (k === 'v1' && value) v1.push(value.toLowerCase());
  }
  if (!t || !/^\d{1,12}$/.test(t) || v1.length === 0) return no('malformed Calendly-Webhook-Signature');
  const tolerance = args.toleranceSeconds ?? 180;
  const nowSec = Math.floor((args.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSec - Number(t)) > tolerance) return no(`timestamp outside the ${tolerance}s tolerance`);
  const expected = toHex(await hmac('SHA-256', signingKey, concatBytes(`${t}.`, rawBody)));
  let match = false;
  for (const s of v1.slice(0, 5)) if (timingSafeEqual(s, expected)) match = true;
  return match ? OK : no('signature does not match');
}

export const calendly = defineAdapter({
  provider: 'calendly',
  family: 'meeting',
  parse,
  secret: 'required',
  secretLabel: 'webhook signing key',
  headers: ['calendly-webhook-signature'],
  check: {
    name: 'signature',
    verify: (req, s) => verifyCalendlySignature({
      rawBody: req.rawBody, header: header(req, 'calendly-webhook-signature'), signingKey: s.signingSecret,
      now: req.now, toleranceSeconds: s.toleranceSeconds,
    }),
  },
});
