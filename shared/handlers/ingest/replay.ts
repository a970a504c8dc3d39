// Re-processing stored webhook receipts through the same parse + ingest path a live webhook takes
// (`npm run cis -- replay`). Idempotent: events already ingested count as duplicates.
import type { Database } from '../../db/sql.ts';
import type { Provider } from '../../ingest/canonical.ts';
import { processReceipt, type ProcessOutcome } from './receipts.ts';

export const RECEIPT_STATUSES = ['received', 'processed', 'rejected', 'failed'] as const;
export type ReceiptStatus = (typeof RECEIPT_STATUSES)[number];

export interface ReplayOptions {
  receiptId?: string;
  /** Which receipts to replay when no receiptId is given; default ['failed']. */
  statuses?: ReceiptStatus[];
  clientId?: string;
  limit?: number;
  onProgress?: (step: ReplayStep, done: number, total: number) => void;
  log?: (message: string, error?: unknown) => void;
}

export interface ReplayStep {
  id: string;
  provider: Provider;
  outcome: ProcessOutcome;
}

export interface ReplaySummary {
  total: number;
  processed: number;
  rejected: number;
  failed: number;
  accepted: number;
  duplicates: number;
  pending: number;
}

interface ReceiptRow {
  id: string;
  provider: Provider;
  body: string;
  received_at: string | Date;
  content_type: string | null;
}

// Bodies are read one at a time (up to 1 MB each), never the whole selection at once.
async function loadReceipt(db: Database, id: string): Promise<ReceiptRow | null> {
  const rows = await db.asServiceRole((sql) =>
    sql.query<ReceiptRow>(
      `select id, provider, body, received_at, headers->>'content-type' as content_type
       from public.webhook_receipts where id = $1`,
      [id],
    ),
  );
  return rows[0] ?? null;
}

/** Oldest first, so events replay in the order they arrived. */
export async function replayReceipts(db: Database, options: ReplayOptions = {}): Promise<ReplaySummary> {
  const statuses = options.statuses?.length ? options.statuses : ['failed'];
  const rows = await db.asServiceRole((sql) =>
    sql.query<{ id: string }>(
      `select id from public.webhook_receipts
       where ($1::uuid is null or id = $1::uuid)
         and ($1::uuid is not null or status = any ($2::text[]))
         and ($3::uuid is null or client_id = $3::uuid)
       order by received_at, id
       limit $4`,
      [options.receiptId ?? null, statuses, options.clientId ?? null, options.limit ?? 1000],
    ),
  );
  const summary: ReplaySummary = { total: rows.length, processed: 0, rejected: 0, failed: 0, accepted: 0, duplicates: 0, pending: 0 };
  const log = options.log ?? (() => {});
  let done = 0;
  for (const { id } of rows) {
    const row = await loadReceipt(db, id);
    if (!row) continue; // deleted meanwhile (its client was removed)
    const outcome = await processReceipt(
      db,
      { id: row.id, provider: row.provider, body: row.body, receivedAt: new Date(row.received_at), contentType: row.content_type },
      log,
    );
    summary[outcome.status] += 1;
    if (outcome.status === 'processed') {
      summary.accepted += outcome.counts.accepted;
      summary.duplicates += outcome.counts.duplicates;
      summary.pending += outcome.counts.pending;
    }
    options.onProgress?.({ id: row.id, provider: row.provider, outcome }, ++done, rows.length);
  }
  return summary;
}
