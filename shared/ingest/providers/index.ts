// The provider registry the ingest handler dispatches on: `providers[name].verify` on the raw
// request, then `providers[name].parse` on the raw body. Source URLs carry `?token=` (it names the
// client's source); vendors that sign add their own check on top.
import type { ParseFn, Provider } from '../canonical.ts';
import {
  type VerifyResult,
  verifyBasicAuth, verifyCalcomSignature, verifyCalendlySignature, verifyHeaderSecret,
  verifyHubSpotSignatureV3, verifySmartleadSecretKey, verifyTwilioSignature, verifyUrlToken,
} from '../signatures.ts';
import { parse as calcom } from './calcom.ts';
import { parse as calendly } from './calendly.ts';
import { parse as cis } from './cis.ts';
import { parse as hubspot } from './hubspot.ts';
import { parse as instantly } from './instantly.ts';
import { parse as lemlist } from './lemlist.ts';
import { parse as pipedrive } from './pipedrive.ts';
import { parse as salesforge } from './salesforge.ts';
import { parse as smartlead } from './smartlead.ts';
import { parse as twilio } from './twilio.ts';

export interface VerifyRequest {
  method: string;
  url: string; // the public URL exactly as the vendor called it, query included
  headers: Headers;
  rawBody: string;
  now?: Date; // for tests; defaults to the current time
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

export interface ProviderAdapter {
  provider: Provider;
  family: 'engagement' | 'meeting' | 'deal' | 'mixed';
  parse: ParseFn;
  verify(req: VerifyRequest, secrets: SourceSecrets): Promise<VerifyResult>;
  /** Does the vendor check need `signingSecret` / `basicAuth`? 'optional' = checked when set. */
  secret: 'required' | 'optional' | 'none';
  /** Request headers worth storing with the raw body (lower-case). */
  headers: string[];
  /** Instantly: the custom header our webhook object sets. */
  secretHeader?: string;
}

export const INSTANTLY_SECRET_HEADER = 'x-cis-webhook-secret';

type Check = (req: VerifyRequest, s: SourceSecrets) => Promise<VerifyResult>;
const none: Check = async () => ({ ok: true });

function adapter(provider: Provider, family: ProviderAdapter['family'], parse: ParseFn, secret: ProviderAdapter['secret'], headers: string[], check: Check): ProviderAdapter {
  return {
    provider, family, parse, secret, headers,
    async verify(req, s) {
      if (secret !== 'required' || s.token) {
        const token = await verifyUrlToken(req.url, s.token);
        if (!token.ok) return token;
      }
      if (secret === 'optional' && !s.signingSecret) return { ok: true };
      return check(req, s);
    },
  };
}

const h = (req: VerifyRequest, name: string) => req.headers.get(name);

export const providers: Record<Provider, ProviderAdapter> = {
  smartlead: adapter('smartlead', 'engagement', smartlead, 'optional', ['user-agent'],
    (req, s) => verifySmartleadSecretKey(req.rawBody, s.signingSecret)),
  salesforge: adapter('salesforge', 'engagement', salesforge, 'none', ['user-agent'], none),
  instantly: {
    ...adapter('instantly', 'engagement', instantly, 'optional', ['user-agent'],
      (req, s) => verifyHeaderSecret(h(req, INSTANTLY_SECRET_HEADER), s.signingSecret)),
    secretHeader: INSTANTLY_SECRET_HEADER,
  },
  lemlist: adapter('lemlist', 'engagement', lemlist, 'none', ['user-agent'], none),
  twilio: adapter('twilio', 'engagement', twilio, 'required', ['x-twilio-signature', 'i-twilio-idempotency-token', 'content-type'],
    (req, s) => verifyTwilioSignature({
      url: req.url, rawBody: req.rawBody, contentType: h(req, 'content-type'),
      signature: h(req, 'x-twilio-signature'), authToken: s.signingSecret,
    })),
  cis: adapter('cis', 'mixed', cis, 'none', ['user-agent'], none),
  calendly: adapter('calendly', 'meeting', calendly, 'required', ['calendly-webhook-signature'],
    (req, s) => verifyCalendlySignature({
      rawBody: req.rawBody, header: h(req, 'calendly-webhook-signature'), signingKey: s.signingSecret,
      now: req.now, toleranceSeconds: s.toleranceSeconds,
    })),
  calcom: adapter('calcom', 'meeting', calcom, 'required', ['x-cal-signature-256', 'x-cal-webhook-version'],
    (req, s) => verifyCalcomSignature(req.rawBody, h(req, 'x-cal-signature-256'), s.signingSecret)),
  hubspot: adapter('hubspot', 'deal', hubspot, 'required', ['x-hubspot-signature-v3', 'x-hubspot-request-timestamp'],
    (req, s) => verifyHubSpotSignatureV3({
      method: req.method, uri: req.url, rawBody: req.rawBody, signature: h(req, 'x-hubspot-signature-v3'),
      timestamp: h(req, 'x-hubspot-request-timestamp'), clientSecret: s.signingSecret, now: req.now,
    })),
  pipedrive: adapter('pipedrive', 'deal', pipedrive, 'required', [],
    (req, s) => verifyBasicAuth(h(req, 'authorization'), s.basicAuth?.user, s.basicAuth?.password)),
};

export function isProvider(name: string): name is Provider {
  return Object.prototype.hasOwnProperty.call(providers, name);
}
