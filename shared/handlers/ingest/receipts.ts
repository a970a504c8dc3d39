// The SQL side of the intake: finding a source by its URL token, keeping receipts, and turning a
// stored receipt into events. Shared by the ingest handler and `cis replay`, so a replay takes
// exactly the path a live webhook took.
import { DatabaseUnavailableError, type Database, type Sql } from '../../db/sql.ts';
import type { Issue, Provider } from '../../ingest/canonical.ts';
import { providers } from '../../ingest/providers/index.ts';
import { sha256Hex } from '../../ingest/signatures.ts';

export interface WebhookSource {
  id: string;
  client_id: string;
  signing_secret: string | null;
}

export interface NewReceipt {
  clientId: string;
  sourceId: string;
  provider: Provider;
  receivedAt: Date;
  headers: Record<string, string>;
  body: string;
  rawBody: Uint8Array | null;
}

export interface StoredReceipt {
  id: string;
  provider: Provider;
  body: string;
  receivedAt: Date;
  contentType: string | null;
}

export interface IngestCounts {
  accepted: number;
  duplicates: number;
  pending: number;
  unmatched: number;
  skipped: number;
}

export type ProcessOutcome =
  | { status: 'processed'; counts: IngestCounts }
  | { status: 'rejected'; issues: Issue[] }
  | { status: 'failed'; error: string };

export async function findSource(sql: Sql, provider: Provider, token: string): Promise<WebhookSource | null> {
  const rows = await sql.query<WebhookSource>(
    `select id, client_id, signing_secret from public.webhook_sources
     where provider = $1 and token_sha256 = $2 and active`,
    [provider, await sha256Hex(token)],
  );
  return rows[0] ?? null;
}

export async function insertReceipt(sql: Sql, r: NewReceipt): Promise<string> {
  const [row] = await sql.query<{ id: string }>(
    `insert into public.webhook_receipts (client_id, source_id, provider, received_at, headers, body, raw_body)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7) returning id`,
    [r.clientId, r.sourceId, r.provider, r.receivedAt.toISOString(), JSON.stringify(r.headers), r.body, r.rawBody],
  );
  return row.id;
}

/** Headers worth keeping with the body: the adapter's list plus content-type (parsing needs it). */
export function keptHeaders(provider: Provider, headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of new Set(['content-type', ...providers[provider].headers])) {
    const value = headers.get(name);
    if (value !== null) out[name] = value.slice(0, 2000);
  }
  return out;
}

// Postgres text and jsonb hold neither NUL nor lone UTF-16 surrogates; parser issues may quote
// the hostile input they complain about (cut mid-pair, even), so they are cleaned before storing.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const storable = (s: string, max: number) =>
  s.replaceAll('\u0000', '').replace(LONE_SURROGATE, '\uFFFD').slice(0, max).replace(LONE_SURROGATE, '\uFFFD');

export function cleanIssues(issues: Issue[]): Issue[] {
  return issues.slice(0, 50).map((i) => ({ path: storable(String(i.path), 300), message: storable(String(i.message), 500) }));
}

/** Short, single-line error text for the receipt; never sent to a caller. */
export function errorText(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? `${e.code}: ` : '';
  const message = typeof e?.message === 'string' ? e.message : String(error);
  return storable((code + message).replace(/\s+/g, ' '), 500);
}

async function markRejected(sql: Sql, id: string, issues: Issue[], error: string | null = null): Promise<void> {
  await sql.query(
    `update public.webhook_receipts set status = 'rejected', issues = $2::jsonb, error = $3,
       attempts = attempts + 1, processed_at = now() where id = $1`,
    [id, JSON.stringify(issues), error],
  );
}

// SQLSTATEs that mean "a value in this payload cannot be stored" (data exception, NOT NULL or
// CHECK violation, program limit such as an index row too large): retrying the same body can
// never succeed, so it is a 400 and a rejected receipt — replayable once CIS accepts the value.
// Races (unique, foreign key), deadlocks and everything else stay failures.
const VALUE_ERROR = /^(22|23502|23514|54)/;
export const VALUE_ISSUE: Issue = {
  path: '',
  message: 'a value in this payload cannot be stored (too long, out of range, or empty where one is required)',
};
function isValueError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && VALUE_ERROR.test(code);
}

async function markFailed(sql: Sql, id: string, error: string): Promise<void> {
  await sql.query(
    `update public.webhook_receipts set status = 'failed', error = $2, attempts = attempts + 1, processed_at = now()
     where id = $1`,
    [id, error],
  );
}

/**
 * Parses a stored receipt and ingests its events (one SQL call for the whole batch), or marks it
 * rejected with the issues. Any other error marks it failed and is reported in the outcome;
 * only DatabaseUnavailableError propagates (the receipt stays as it was, to be retried).
 */
export async function processReceipt(
  db: Database,
  receipt: StoredReceipt,
  log: (message: string, error?: unknown) => void,
): Promise<ProcessOutcome> {
  const parsed = providers[receipt.provider].parse(receipt.body, {
    receivedAt: receipt.receivedAt,
    contentType: receipt.contentType ?? undefined,
  });
  try {
    if (!parsed.ok) {
      const issues = cleanIssues(parsed.issues);
      await db.asServiceRole((sql) => markRejected(sql, receipt.id, issues));
      return { status: 'rejected', issues };
    }
    const counts = await db.asServiceRole(async (sql) => {
      const [row] = await sql.query<{ r: IngestCounts }>(
        'select public.process_webhook_receipt($1, $2::jsonb) as r',
        [receipt.id, JSON.stringify(parsed.events)],
      );
      return row.r;
    });
    return { status: 'processed', counts };
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw error;
    const text = errorText(error);
    const rejected = isValueError(error);
    log(`webhook receipt ${receipt.id} (${receipt.provider}) ${rejected ? 'has a value the database refused' : 'failed'}`, error);
    try {
      await db.asServiceRole((sql) => (rejected ? markRejected(sql, receipt.id, [VALUE_ISSUE], text) : markFailed(sql, receipt.id, text)));
    } catch (markError) {
      if (markError instanceof DatabaseUnavailableError) throw markError;
      log(`could not mark webhook receipt ${receipt.id}`, markError);
    }
    return rejected ? { status: 'rejected', issues: [VALUE_ISSUE] } : { status: 'failed', error: text };
  }
}
