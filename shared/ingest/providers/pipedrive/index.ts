// Pipedrive webhooks (REFERENCE §7b): HTTP Basic auth set on the webhook (`http_auth_user` /
// `http_auth_password`); the source keeps "user:password" as its secret.
import { timingSafeEqual } from '../../crypto.ts';
import { defineAdapter, header, no, OK, type VerifyResult } from '../adapter.ts';
import { parse } from './parse.ts';

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
  return timingSafeEqual(given, `${user}:${password}`) ? OK : no('credentials do not match');
}

export const pipedrive = defineAdapter({
  provider: 'pipedrive',
  family: 'deal',
  parse,
  secret: 'required',
  secretLabel: 'basic-auth "user:password"',
  // The Authorization header is the secret itself: never stored.
  headers: [],
  check: { name: 'basic_auth', verify: (req, s) => verifyBasicAuth(header(req, 'authorization'), s.basicAuth?.user, s.basicAuth?.password) },
  secrets(token, signingSecret) {
    const secret = signingSecret ?? '';
    const colon = secret.indexOf(':');
    return { token, basicAuth: colon > 0 ? { user: secret.slice(0, colon), password: secret.slice(colon + 1) } : null };
  },
  setupHints: () => ['Pipedrive uses HTTP Basic: --secret "user:password", and put them in the webhook settings.'],
});
