// The SQL side of the intake: finding a source by its URL token, keeping receipts (the queue the
// drain ingests), and ingesting one receipt now (a caller that waits, `cis replay`). Shared by the
// ingest handler and the CLI, so a replay takes exactly the path a live webhook took.
import { DatabaseUnavailableError, isRetryable, oneStatement, type Database, type Sql } from '../../db/sql.ts';
import type { CanonicalEvent, Issue, Provider } from '../../ingest/canonical.ts';
import { sha256Hex } from '../../ingest/crypto.ts';
import { providers } from '../../ingest/providers/index.ts';

export interface WebhookSource {
  id: string;
  client_id: string;
  signing_secret: string | null;
}

export interface NewReceipt {
  source: WebhookSource;
  provider: Provider;
  receivedAt: Date;
  headers: Record<string, string>;
  body: string;
  /** The exact bytes, only when `body` is not a faithful copy of them. */
  rawBody: Uint8Array | null;
  verifiedBy: string[];
  /** What the body parsed to: its events (queued; processed at once when there are none), or its issues. */
  parsed: { ok: true; events: CanonicalEvent[]; skipped: number } | { ok: false; issues: Issue[] };
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

/** What a stored receipt is: its id and status (received = queued for the drain). */
export interface KeptReceipt {
  id: string;
  status: string;
}

const toHexString = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Stores receipts in one insert, each with its canonical events (status `received`: the queue), or
 * as `processed` when its body carried only events CIS does not ingest, or as `rejected` with its
 * issues. One entry per receipt, in order: null where the source is no longer active (deactivated
 * or removed since it was looked up), so nothing is stored for it.
 */
export async function insertReceipts(sql: Sql, receipts: NewReceipt[]): Promise<(KeptReceipt | null)[]> {
  const insert = receiptsInsert(receipts);
  return insert.kept(await sql.query<KeptReceipt>(insert.text, insert.params));
}

/** The one statement that stores receipts (insertReceipts), and how its rows answer each receipt. */
function receiptsInsert(receipts: NewReceipt[]) {
  const ids = receipts.map(() => crypto.randomUUID());
  const column = <T>(f: (r: NewReceipt) => T) => receipts.map(f);
  const statusOf = (r: NewReceipt) => (!r.parsed.ok ? 'rejected' : r.parsed.events.length > 0 ? 'received' : 'processed');
  const text =
    `insert into public.webhook_receipts (id, client_id, source_id, provider, received_at, headers, body, raw_body,
       verified_by, status, events, event_count, issues, skipped, accepted, duplicates, pending, unmatched,
       attempts, processed_at)
     select x.id, s.client_id, s.id, x.provider, x.received_at, x.headers, x.body, decode(x.raw_body, 'hex'),
       x.verified_by::text[], x.status, x.events, x.event_count, x.issues, x.skipped,
       x.counted, x.counted, x.counted, x.counted,
       case when x.status = 'received' then 0 else 1 end, case when x.status <> 'received' then now() end
     from unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::jsonb[], $6::text[], $7::text[], $8::text[],
       $9::text[], $10::jsonb[], $11::integer[], $12::jsonb[], $13::integer[], $14::integer[])
       as x (id, source_id, provider, received_at, headers, body, raw_body, verified_by, status, events, event_count, issues, skipped, counted)
     join public.webhook_sources s on s.id = x.source_id and s.active
     returning id, status`;
  const params = [
    ids,
    column((r) => r.source.id),
    column((r) => r.provider),
    column((r) => r.receivedAt.toISOString()),
    column((r) => JSON.stringify(r.headers)),
    column((r) => r.body),
    column((r) => (r.rawBody ? toHexString(r.rawBody) : null)),
    column((r) => `{${r.verifiedBy.join(',')}}`),
    column(statusOf),
    column((r) => (r.parsed.ok ? JSON.stringify(r.parsed.events) : null)),
    column((r) => (r.parsed.ok ? r.parsed.events.length : null)),
    column((r) => (r.parsed.ok ? null : JSON.stringify(cleanIssues(r.parsed.issues)))),
    column((r) => (r.parsed.ok && statusOf(r) === 'processed' ? r.parsed.skipped : null)),
    column((r) => (statusOf(r) === 'processed' ? 0 : null)),
  ];
  const kept = (rows: KeptReceipt[]) => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  };
  return { text, params, kept };
}

export async function insertReceipt(sql: Sql, receipt: NewReceipt): Promise<KeptReceipt | null> {
  const [kept] = await insertReceipts(sql, [receipt]);
  return kept;
}

/**
 * Group commit for receipts: what arrives while one insert is being written is stored by the next
 * insert, one statement committed on its own (one round trip: Database.statement), and each caller
 * is answered once its row is committed. Under load a webhook then costs a share of one round of
 * SQL instead of a round of its own; alone, it is written at once. An insert that fails for any reason but an unreachable database is tried again
 * row by row, so one receipt's trouble is its own.
 */
export class ReceiptWriter {
  private queue: { receipt: NewReceipt; resolve: (kept: KeptReceipt | null) => void; reject: (error: unknown) => void }[] = [];
  private writing = false;

  constructor(private readonly db: Database, private readonly maxBatch = 200) {}

  store(receipt: NewReceipt): Promise<KeptReceipt | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ receipt, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.writing || this.queue.length === 0) return;
    this.writing = true;
    const batch = this.queue.splice(0, this.maxBatch);
    this.write(batch).finally(() => {
      this.writing = false;
      this.next();
    });
  }

  private async write(batch: ReceiptWriter['queue']): Promise<void> {
    try {
      // One statement, committed on its own: one round trip for the whole group.
      const insert = receiptsInsert(batch.map((b) => b.receipt));
      const kept = insert.kept(await oneStatement<KeptReceipt>(this.db, insert.text, insert.params));
      batch.forEach((b, i) => b.resolve(kept[i]));
    } catch (error) {
      if (batch.length === 1 || error instanceof DatabaseUnavailableError) {
        for (const b of batch) b.reject(error);
        return;
      }
      for (const b of batch) {
        try {
          b.resolve(await this.db.asServiceRole((sql) => insertReceipt(sql, b.receipt)));
        } catch (one) {
          b.reject(one);
        }
      }
    }
  }
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
// Races (unique, foreign key) and everything else stay failures. (The drain applies the same rule
// in SQL: private.receipt_failure, 039.)
const VALUE_ERROR = /^(22|23502|23514|54)/;
export const VALUE_ISSUE: Issue = {
  path: '',
  message: 'a value in this payload cannot be stored (too long, out of range, or empty where one is required)',
};
export function isValueError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && VALUE_ERROR.test(code);
}

export async function markFailed(sql: Sql, id: string, error: string): Promise<void> {
  await sql.query(
    `update public.webhook_receipts set status = 'failed', error = $2, attempts = attempts + 1, processed_at = now()
     where id = $1`,
    [id, error],
  );
}

/** Ingests a stored receipt's events now (the given ones replace the stored ones). */
export async function ingestReceipt(sql: Sql, id: string, events: CanonicalEvent[] | null = null): Promise<IngestCounts> {
  const [row] = await sql.query<{ r: IngestCounts }>(
    'select public.process_webhook_receipt($1, $2::jsonb) as r',
    [id, events === null ? null : JSON.stringify(events)],
  );
  return row.r;
}

/** A transaction that failed on a deadlock or serialization failure runs again (three tries in all). */
export async function withRetries<T>(run: () => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isRetryable(error) || attempt >= tries) throw error;
      await new Promise((r) => setTimeout(r, 10 * attempt + Math.random() * 20));
    }
  }
}

/**
 * Parses a stored receipt's body again (today's parser) and ingests its events (one SQL call for
 * the whole body), or marks it rejected with the issues. Any other error marks it failed and is
 * reported in the outcome; only DatabaseUnavailableError propagates (the receipt stays as it was).
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
    const counts = await withRetries(() => db.asServiceRole((sql) => ingestReceipt(sql, receipt.id, parsed.events)));
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
