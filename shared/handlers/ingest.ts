// POST /functions/v1/ingest/<provider>?token=…
// One intake for every sender. Order of business, each step before the next: method, provider,
// size (1 MB, before anything is parsed), source by URL token, the vendor's signature on the raw
// body, then the raw body is STORED (its own committed transaction), and only then parsed and
// ingested. Whatever happens after storing, the receipt row says what became of the body and a
// failed one can be replayed (`npm run cis -- replay`).
import { DatabaseUnavailableError, type Database } from '../db/sql.ts';
import type { Provider } from '../ingest/canonical.ts';
import { isProvider, providers, type SourceSecrets } from '../ingest/providers/index.ts';
import { badRequest, internalError, json, methodNotAllowed, payloadTooLarge, unauthorized, unavailable } from '../http/responses.ts';
import { readRawBody } from '../http/body.ts';
import { findSource, insertReceipt, keptHeaders, processReceipt, type WebhookSource } from './ingest/receipts.ts';

export const INGEST_MAX_BYTES = 1024 * 1024;

export interface IngestDeps {
  db: Database;
  /**
   * CIS_PUBLIC_URL: the functions base URL as vendors call it (e.g. https://<ref>.supabase.co/functions/v1).
   * Twilio and HubSpot sign the URL they called, which behind Supabase's gateway is not request.url.
   */
  publicBaseUrl?: string;
  now?: () => Date;
  log?: (message: string, error?: unknown) => void;
}

export interface IngestResponse {
  accepted: number;
  duplicates: number;
  pending: number;
}

const notFound = () => json(404, { error: 'not_found', message: 'unknown provider; use /functions/v1/ingest/<provider>' });

/** The provider named after the `ingest` path segment (Supabase may or may not keep /functions/v1). */
export function providerSegment(url: URL): { name: string; path: string } | null {
  const parts = url.pathname.split('/');
  const at = parts.lastIndexOf('ingest');
  if (at < 0 || at + 1 >= parts.length) return null;
  const rest = parts.slice(at + 1);
  if (rest.length > 2 || (rest.length === 2 && rest[1] !== '')) return null;
  return { name: rest[0], path: parts.slice(at).join('/') };
}

/** The URL as the vendor called it: public base + /ingest/<provider> + query, else request.url. */
export function publicUrl(request: Request, url: URL, path: string, base: string | undefined): string {
  if (!base) return request.url;
  return `${base.replace(/\/+$/, '')}/${path}${url.search}`;
}

function secretsFor(source: WebhookSource, token: string, provider: Provider): SourceSecrets {
  if (provider !== 'pipedrive') return { token, signingSecret: source.signing_secret };
  // Pipedrive authenticates with HTTP Basic; its source keeps "user:password".
  const secret = source.signing_secret ?? '';
  const colon = secret.indexOf(':');
  return { token, basicAuth: colon > 0 ? { user: secret.slice(0, colon), password: secret.slice(colon + 1) } : null };
}

export function createIngestHandler(deps: IngestDeps): (request: Request) => Promise<Response> {
  const log = deps.log ?? ((message, error) => console.error(message, error));
  const now = deps.now ?? (() => new Date());

  return async (request) => {
    if (request.method !== 'POST') return methodNotAllowed();
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    const segment = providerSegment(url);
    if (!segment || !isProvider(segment.name)) return notFound();
    const provider = segment.name;
    const adapter = providers[provider];

    const body = await readRawBody(request, INGEST_MAX_BYTES).catch(() => undefined);
    if (body === null) return payloadTooLarge(INGEST_MAX_BYTES);
    if (body === undefined) return badRequest('the request body could not be read');
    const token = url.searchParams.get('token');
    if (!token) return unauthorized('missing token in the webhook URL');
    const receivedAt = now();

    // Source lookup, signature check and storage in one transaction: nothing is written for a
    // request that does not authenticate, and an authenticated body is committed before parsing.
    let stored: { id: string } | null;
    try {
      stored = await deps.db.asServiceRole(async (sql) => {
        const source = await findSource(sql, provider, token);
        if (!source) return null;
        const verdict = await adapter.verify(
          {
            method: request.method,
            url: publicUrl(request, url, segment.path, deps.publicBaseUrl),
            headers: request.headers,
            rawBody: body.text,
            now: receivedAt,
          },
          secretsFor(source, token, provider),
        );
        if (!verdict.ok) return null;
        const id = await insertReceipt(sql, {
          clientId: source.client_id,
          sourceId: source.id,
          provider,
          receivedAt,
          headers: keptHeaders(provider, request.headers),
          body: body.text,
          rawBody: body.bytes,
        });
        return { id };
      });
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) return unavailable();
      log(`ingest/${provider}: could not store the webhook`, error);
      return internalError();
    }
    if (!stored) return unauthorized();

    try {
      const outcome = await processReceipt(
        deps.db,
        { id: stored.id, provider, body: body.text, receivedAt, contentType: request.headers.get('content-type') },
        log,
      );
      if (outcome.status === 'rejected') return badRequest(`the ${provider} payload is invalid`, outcome.issues);
      if (outcome.status === 'failed') return internalError();
      const { accepted, duplicates, pending } = outcome.counts;
      return json(200, { accepted, duplicates, pending } satisfies IngestResponse);
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) return unavailable();
      log(`ingest/${provider}: receipt ${stored.id} could not be processed`, error);
      return internalError();
    }
  };
}
