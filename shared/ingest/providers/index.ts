// The provider registry the ingest handler dispatches on. A vendor is one folder here: its parser
// (parse.ts) and its adapter (index.ts: authentication on the raw request, the headers worth
// keeping, what its secret is and how a body carrying one is stored). Adding a vendor: a folder,
// a line below, its name in canonical.ts PROVIDERS and in webhook_sources' provider list (030).
import type { Provider } from '../canonical.ts';
import type { ProviderAdapter } from './adapter.ts';
import { calcom } from './calcom/index.ts';
import { calendly } from './calendly/index.ts';
import { cis } from './cis/index.ts';
import { hubspot } from './hubspot/index.ts';
import { instantly } from './instantly/index.ts';
import { lemlist } from './lemlist/index.ts';
import { pipedrive } from './pipedrive/index.ts';
import { salesforge } from './salesforge/index.ts';
import { smartlead } from './smartlead/index.ts';
import { twilio } from './twilio/index.ts';

export type { ProviderAdapter, SourceSecrets, StoredBody, VerifyRequest, VerifyResult } from './adapter.ts';

export const providers: Readonly<Record<Provider, ProviderAdapter>> = {
  smartlead, salesforge, instantly, lemlist, twilio, cis, calendly, calcom, hubspot, pipedrive,
};

/** Own keys only: `toString` or `constructor` name no provider. */
export function isProvider(name: string): name is Provider {
  return Object.hasOwn(providers, name);
}
