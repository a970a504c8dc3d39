// What every vendor folder exports: one ProviderAdapter, its parser, its authentication and how it
// handles its secrets, together. `defineAdapter` adds the part all vendors share: the source's URL
// token (`?token=`) names the client's source and is checked first; a vendor that signs its
// webhooks checks its own signature on top, over the bytes it sent.
import type { ParseFn, Provider } from '../canonical.ts';
import { timingSafeEqual } from '../crypto.ts';

export type VerifyResult = { ok: true } | { ok: false; reason: string };

export const OK: VerifyResult = { ok: true };
export const no = (reason: string): VerifyResult => ({ ok: false, reason });

export interface VerifyRequest {
  method: string;
  /** The public URL exactly as the vendor called it, query included. */
  url: string;
  headers: Headers;
  /** The body exactly as received: signatures are checked over these bytes (a string is its UTF-8). */
  rawBody: Uint8Array | string;
  /** The body as text, when the caller has decoded it already (invalid UTF-8 as U+FFFD). */
  text?: string;
  /** For tests; defaults to the current time. */
  now?: Date;
}

export interface SourceSecrets {
  // The source's URL token (`?token=`). Always checked for vendors that sign nothing; for vendors
  // that sign (secret 'required') it is checked when given, so such sources may be identified
  // another way (e.g. HubSpot portalId) and rest on the signature alone.
  token?: string | null;
  signingSecret?: string | null; // vendor secret: Twilio auth token, Calendly key, Cal.com secret,
  // HubSpot client secret, Smartlead secret_key, Instantly custom-header value
  basicAuth?: { user: string; password: string } | null; // Pipedrive
  toleranceSeconds?: number; // Calendly timestamp tolerance (default 180)
}

/** A body as it is stored: text for the parser, bytes when the text is not a faithful copy. */
export interface StoredBody {
  text: string;
  bytes: Uint8Array;
  faithful: boolean;
}

export interface ProviderAdapter {
  provider: Provider;
  family: 'engagement' | 'meeting' | 'deal' | 'mixed';
  parse: ParseFn;
  /** The URL token, then the vendor's own check. */
  verify(req: VerifyRequest, secrets: SourceSecrets): Promise<VerifyResult>;
  /** Does the vendor check need a secret? 'optional' = checked when the source has one. */
  secret: 'required' | 'optional' | 'none';
  /** What the source's secret is, for messages (`--secret <this>`). */
  secretLabel: string;
  /** Request headers worth storing with the raw body (lower-case). */
  headers: string[];
  /** The source's stored signing secret as this vendor's check reads it. */
  secrets(token: string | null, signingSecret: string | null): SourceSecrets;
  /** Names of the checks a request passed once verify said ok (webhook_receipts.verified_by). */
  verifiedBy(secrets: SourceSecrets): string[];
  /** The body as it may be stored: any secret the vendor puts in the body replaced. */
  redact(body: StoredBody): StoredBody;
  /** What the operator still has to do at the vendor, or why a secret is missing. */
  setupHints(hasSecret: boolean): string[];
}

export interface AdapterSpec {
  provider: Provider;
  family: ProviderAdapter['family'];
  parse: ParseFn;
  secret: ProviderAdapter['secret'];
  secretLabel?: string;
  headers: string[];
  /** The vendor's own check (signature, secret in the body or a header, basic auth) and its name. */
  check?: { name: string; verify(req: VerifyRequest, secrets: SourceSecrets): Promise<VerifyResult> };
  secrets?: ProviderAdapter['secrets'];
  redact?: ProviderAdapter['redact'];
  setupHints?: ProviderAdapter['setupHints'];
}

export function defineAdapter(spec: AdapterSpec): ProviderAdapter {
  const { secret, check } = spec;
  const checksSecret = (s: SourceSecrets) => secret === 'required' || (secret === 'optional' && Boolean(s.signingSecret));
  const checksToken = (s: SourceSecrets) => secret !== 'required' || Boolean(s.token);
  return {
    provider: spec.provider,
    family: spec.family,
    parse: spec.parse,
    secret,
    secretLabel: spec.secretLabel ?? 'signing secret',
    headers: spec.headers,
    async verify(req, s) {
      if (checksToken(s)) {
        const token = await verifyUrlToken(req.url, s.token);
        if (!token.ok) return token;
      }
      if (!check || !checksSecret(s)) return OK;
      return check.verify(req, s);
    },
    secrets: spec.secrets ?? ((token, signingSecret) => ({ token, signingSecret })),
    verifiedBy: (s) => [...(checksToken(s) ? ['token'] : []), ...(check && checksSecret(s) ? [check.name] : [])],
    redact: spec.redact ?? ((body) => body),
    setupHints(hasSecret) {
      const hints = secret === 'required' && !hasSecret
        ? [`${spec.provider} signs its webhooks: without its ${spec.secretLabel ?? 'signing secret'} every request will be refused (401).`]
        : [];
      return [...hints, ...(spec.setupHints?.(hasSecret) ?? [])];
    },
  };
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

const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** The body as text (what a check that reads fields sees), decoded once when the caller has not. */
export function textOf(req: VerifyRequest): string {
  if (req.text !== undefined) return req.text;
  return typeof req.rawBody === 'string' ? req.rawBody : lenient.decode(req.rawBody);
}

export const header = (req: VerifyRequest, name: string) => req.headers.get(name);
