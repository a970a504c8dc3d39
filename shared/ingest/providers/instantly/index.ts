// Instantly v2 webhooks (REFERENCE §3): unsigned, but a webhook object may carry custom headers, so
// a source can hold a secret that our webhook object sends in INSTANTLY_SECRET_HEADER.
import { timingSafeEqual } from '../../crypto.ts';
import { defineAdapter, header, no, OK, type VerifyResult } from '../adapter.ts';
import { parse } from './parse.ts';

export const INSTANTLY_SECRET_HEADER = 'x-cis-webhook-secret';

/** Shared-secret header. */
export async function verifyHeaderSecret(value: string | null, expected: string | null | undefined): Promise<VerifyResult> {
  if (!expected) return no('no header secret configured');
  if (!value) return no('missing secret header');
  return timingSafeEqual(value, expected) ? OK : no('secret header does not match');
}

export const instantly = defineAdapter({
  provider: 'instantly',
  family: 'engagement',
  parse,
  secret: 'optional',
  secretLabel: `${INSTANTLY_SECRET_HEADER} header value`,
  headers: ['user-agent'],
  check: { name: 'header_secret', verify: (req, s) => verifyHeaderSecret(header(req, INSTANTLY_SECRET_HEADER), s.signingSecret) },
  setupHints: (hasSecret) => (hasSecret ? [`Add the header ${INSTANTLY_SECRET_HEADER}: <secret> to the Instantly webhook.`] : []),
});
