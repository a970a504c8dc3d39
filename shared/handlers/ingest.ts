// POST /functions/v1/ingest/<provider>?token=…[&wait=true]
// One intake for every sender. Order of business, each step before the next: method, provider,
// size (1 MB, before anything is parsed), source by URL token, the vendor's signature on the raw
// bytes, parsing and validation (zod: a bad body gets 400 with its issues), then ONE insert stores
// the body (vendor secrets redacted) with its canonical events, and the sender gets its answer.
// Ingesting is the drain's job (public.drain_webhook_receipts, in batches): a webhook costs one
// insert, whatever it carries. A caller that needs the outcome (our engines, tests) asks to wait
// and gets {accepted, duplicates, pending}: its receipt is ingested in the same transaction that
// stores it. Whatever happens, the receipt says what became of the body, and a failed one can be
// replayed (`npm run cis -- replay`).
import { DatabaseUnavailableError, isRetryable, type Database, type Sql } from '../db/sql.ts';
import type { Issue, Provider } from '../ingest/canonical.ts';
import { isProvider, providers, type ProviderAdapter, type StoredBody } from '../ingest/providers/index.ts';
import { badRequest, internalError, json, methodNotAllowed, payloadTooLarge, unauthorized, unavailable } from '../http/responses.ts';
import { readRawBody } from '../http/body.ts';
import {
  ReceiptWriter, VALUE_ISSUE, errorText, findSource, ingestReceipt, insertReceipt, isValueError, keptHeaders, markFailed,
  withRetries, type IngestCounts, type KeptReceipt, type WebhookSource,
} from './ingest/receipts.ts';

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
  /** Called after a receipt was queued: the local drain loop (npm run serve, npm start) wakes up. */
  onQueued?: () => void;
  /**
   * How long a source looked up by its token is reused, in ms (default 5000; 0 reads it every
   * time). Storing a receipt re-checks that the source is still active, and a signature that fails
   * against a remembered secret is checked again against the stored one, so neither deactivation
   * nor a rotated secret waits for it.
   */
  sourceCacheMs?: number;
}

/** The answer to a caller that waited: what became of the body's events. */
export interface IngestResponse {
  accepted: number;
  duplicates: number;
  pending: number;
}

/** The answer to everyone else: the body is stored; its events are queued (or there were none to ingest). */
export interface QueuedResponse {
  receipt: string;
  status: 'queued' | 'processed';
  events: number;
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

/** `?wait=true` (or 1/yes): ingest now and answer with the outcome. */
export function wantsToWait(url: URL): boolean {
  const value = url.searchParams.get('wait');
  return value !== null && ['true', '1', 'yes', ''].includes(value.toLowerCase());
}

/** Sources by (provider, URL token), for a few seconds: most webhooks then cost one round of SQL. */
class SourceCache {
  private entries = new Map<string, { source: WebhookSource; until: number }>();
  constructor(private readonly ttlMs: number) {}
  get(key: string, now: number): WebhookSource | null {
    const hit = this.entries.get(key);
    if (!hit) return null;
    if (hit.until > now) return hit.source;
    this.entries.delete(key);
    return null;
  }
  set(key: string, source: WebhookSource, now: number): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= 10_000) this.entries.clear();
    this.entries.set(key, { source, until: now + this.ttlMs });
  }
  delete(key: string): void {
    this.entries.delete(key);
  }
}

class Refused extends Error {}

export function createIngestHandler(deps: IngestDeps): (request: Request) => Promise<Response> {
  const log = deps.log ?? ((message, error) => console.error(message, error));
  const now = deps.now ?? (() => new Date());
  const cache = new SourceCache(deps.sourceCacheMs ?? 5000);
  const writer = new ReceiptWriter(deps.db);

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
    const key = `${provider}:${token}`;

    // Who sent it: the source the token names, and the vendor's own check over the exact bytes.
    let source: WebhookSource | null;
    try {
      source = await authenticate(deps.db, cache, key, adapter, provider, token, {
        method: request.method,
        url: publicUrl(request, url, segment.path, deps.publicBaseUrl),
        headers: request.headers,
        rawBody: body.bytes,
        text: body.text,
        now: receivedAt,
      });
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) return unavailable();
      log(`ingest/${provider}: could not look the source up`, error);
      return internalError();
    }
    if (!source) return unauthorized();

    const parsed = adapter.parse(body.text, { receivedAt, contentType: request.headers.get('content-type') ?? undefined });
    const stored: StoredBody = adapter.redact(body);
    const receipt = {
      source,
      provider,
      receivedAt,
      headers: keptHeaders(provider, request.headers),
      body: stored.text,
      rawBody: stored.faithful ? null : stored.bytes,
      verifiedBy: adapter.verifiedBy(adapter.secrets(token, source.signing_secret)),
      parsed: parsed.ok
        ? { ok: true as const, events: parsed.events, skipped: parsed.skipped?.length ?? 0 }
        : { ok: false as const, issues: parsed.issues },
    };
    const invalid = (issues: Issue[]) => badRequest(`the ${provider} payload is invalid`, issues);

    if (!wantsToWait(url) || !parsed.ok || parsed.events.length === 0) {
      let kept: KeptReceipt | null;
      try {
        kept = await writer.store(receipt);
      } catch (error) {
        if (error instanceof DatabaseUnavailableError) return unavailable();
        log(`ingest/${provider}: could not store the webhook`, error);
        return internalError();
      }
      if (!kept) {
        cache.delete(key); // deactivated or removed since it was remembered
        return unauthorized();
      }
      if (!parsed.ok) return invalid(parsed.issues);
      if (kept.status === 'received') deps.onQueued?.();
      if (wantsToWait(url)) return json(200, { accepted: 0, duplicates: 0, pending: 0 } satisfies IngestResponse);
      return json(200, {
        receipt: kept.id, status: kept.status === 'received' ? 'queued' : 'processed', events: parsed.events.length,
      } satisfies QueuedResponse);
    }

    // The caller waits: store and ingest in one transaction. If ingesting fails, the insert stands
    // (rolled back to the savepoint after it) and the receipt says failed, or rejected for a value
    // the database refused; a deadlock or serialization failure runs the whole transaction again.
    try {
      const outcome = await withRetries(() =>
        deps.db.asServiceRole(async (sql): Promise<{ counts: IngestCounts } | { error: unknown }> => {
          const kept = await insertReceipt(sql, receipt);
          if (!kept) throw new Refused();
          await sql.query('savepoint ingest');
          try {
            return { counts: await ingestReceipt(sql, kept.id) };
          } catch (error) {
            await sql.query('rollback to savepoint ingest');
            if (error instanceof DatabaseUnavailableError || isRetryable(error)) throw error;
            await markFailedOrRejected(sql, kept.id, error);
            return { error };
          }
        }),
      );
      if ('counts' in outcome) {
        const { accepted, duplicates, pending } = outcome.counts;
        return json(200, { accepted, duplicates, pending } satisfies IngestResponse);
      }
      log(`ingest/${provider}: the webhook was stored but could not be ingested`, outcome.error);
      return isValueError(outcome.error) ? invalid([VALUE_ISSUE]) : internalError();
    } catch (error) {
      if (error instanceof Refused) {
        cache.delete(key);
        return unauthorized();
      }
      if (error instanceof DatabaseUnavailableError) return unavailable();
      log(`ingest/${provider}: could not store and ingest the webhook`, error);
      return internalError();
    }
  };
}

async function markFailedOrRejected(sql: Sql, id: string, error: unknown): Promise<void> {
  const text = errorText(error);
  if (isValueError(error)) {
    await sql.query(
      `update public.webhook_receipts set status = 'rejected', issues = $2::jsonb, error = $3,
         attempts = attempts + 1, processed_at = now() where id = $1`,
      [id, JSON.stringify([VALUE_ISSUE]), text],
    );
  } else {
    await markFailed(sql, id, text);
  }
}

/**
 * The source the token names, if the request passes its vendor's check. A remembered source whose
 * check fails is read again before the request is refused (its secret may have been rotated).
 */
async function authenticate(
  db: Database,
  cache: SourceCache,
  key: string,
  adapter: ProviderAdapter,
  provider: Provider,
  token: string,
  request: Parameters<ProviderAdapter['verify']>[0],
): Promise<WebhookSource | null> {
  const at = Date.now();
  const verify = async (source: WebhookSource) =>
    (await adapter.verify(request, adapter.secrets(token, source.signing_secret))).ok;
  const remembered = cache.get(key, at);
  if (remembered && (await verify(remembered))) return remembered;
  const source = await db.asServiceRole((sql) => findSource(sql, provider, token));
  if (!source) {
    cache.delete(key);
    return null;
  }
  if (!(await verify(source))) return null;
  cache.set(key, source, at);
  return source;
}
