// The comparisons, run in a scratch database of their own: the spec's literal 026 design
// (spec-literal.sql: its email_events table and per-row trigger, verbatim) fed the same event rows
// in the same batches, one row per transaction for a sample, and a bare COPY of the same rows.
import { readFileSync, writeFileSync, chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { BENCH_CLIENT_ID } from '../../lib/databases.ts';
import type { Progress } from '../../lib/progress.ts';
import type { EventRow, Workload } from './workload.ts';

const here = new URL('.', import.meta.url).pathname;
const specSql = readFileSync(join(here, 'spec-literal.sql'), 'utf8');

/** Refuses to run if the copied design no longer matches the spec text word for word. */
export function assertVerbatim(specPath: string): void {
  const spec = readFileSync(specPath, 'utf8');
  const start = specSql.indexOf('-- BEGIN VERBATIM\n') + '-- BEGIN VERBATIM\n'.length;
  const copied = specSql.slice(start, specSql.indexOf('-- END VERBATIM'));
  if (!spec.includes(copied)) throw new Error('bench/suites/ingest-sql/spec-literal.sql no longer matches the spec verbatim');
}

const ROW_COLUMNS = 'activity_id uuid, lead_id uuid, client_id uuid, event_type text, event_at timestamptz, clicked_url text';

/** Schema, the minimal clients/leads/activities rows, statistics: untimed. */
export async function prepareSpecLiteral(client: pg.Client, workload: Workload): Promise<void> {
  await client.query(specSql);
  await client.query('set search_path = spec_literal');
  await client.query('insert into clients (id) values ($1)', [BENCH_CLIENT_ID]);
  const leads = [...new Set(workload.activities.map((a) => a.lead_id))];
  await client.query('insert into leads (id, client_id) select unnest($1::uuid[]), $2', [leads, BENCH_CLIENT_ID]);
  await client.query(
    `insert into activities (id, lead_id, client_id, sent_at, created_at)
     select a.id, a.lead_id, $4, a.sent_at, a.sent_at from unnest($1::uuid[], $2::uuid[], $3::timestamptz[]) as a (id, lead_id, sent_at)`,
    [workload.activities.map((a) => a.id), workload.activities.map((a) => a.lead_id), workload.activities.map((a) => a.sent_at), BENCH_CLIENT_ID]);
  await client.query('analyze');
}

export function rowBatches(rows: EventRow[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += size) {
    out.push(JSON.stringify(rows.slice(i, i + size).map((r) => ({
      activity_id: r.activity_id, lead_id: r.lead_id, client_id: r.client_id,
      event_type: r.event_type, event_at: r.event_at, clicked_url: r.clicked_url,
    }))));
  }
  return out;
}

/** The same batches CIS gets, inserted set-based: one statement per batch, the trigger per row. */
export async function specSetBased(client: pg.Client, batches: string[], progress: Progress): Promise<number> {
  const started = performance.now();
  for (const [i, batch] of batches.entries()) {
    await client.query(
      `insert into email_events (activity_id, lead_id, client_id, event_type, event_at, clicked_url)
       select * from jsonb_to_recordset($1::jsonb) as r (${ROW_COLUMNS})`, [batch]);
    progress.tick(`spec literal: batch ${i + 1}/${batches.length}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return (performance.now() - started) / 1000;
}

/** One INSERT per event, each its own transaction (autocommit), as a naive webhook would. */
export async function specOnePerTransaction(client: pg.Client, rows: EventRow[]): Promise<number> {
  const started = performance.now();
  for (const r of rows) {
    await client.query(
      `insert into email_events (activity_id, lead_id, client_id, event_type, event_at, clicked_url) values ($1, $2, $3, $4, $5, $6)`,
      [r.activity_id, r.lead_id, r.client_id, r.event_type, r.event_at, r.clicked_url]);
  }
  return (performance.now() - started) / 1000;
}

const csvField = (v: string | null) => (v === null ? '' : `"${v.replaceAll('"', '""')}"`);

/** The rows as a CSV file the server can read (it runs as another user: world-readable, /tmp). */
export function writeCsv(rows: EventRow[]): { path: string; remove(): void } {
  const path = `/tmp/cis-bench-events-${process.pid}.csv`;
  const lines = rows.map((r) => [r.activity_id, r.lead_id, r.client_id, r.event_type, r.event_at, r.clicked_url,
    r.provider, r.event_key, r.user_agent, r.ip_address].map(csvField).join(','));
  writeFileSync(path, lines.join('\n') + '\n');
  chmodSync(path, 0o644);
  return { path, remove: () => rmSync(path, { force: true }) };
}

export type CopyMethod = 'server-side COPY FROM file' | 'INSERT … SELECT FROM jsonb_to_recordset (COPY unavailable)';

/**
 * Bare COPY of the same rows into a table with nothing on it. Server-side COPY needs a superuser
 * on the same machine; elsewhere the closest honest stand-in is one set-based INSERT.
 */
export async function bareCopy(client: pg.Client, csv: { path: string } | null, rows: EventRow[]): Promise<{ seconds: number; method: CopyMethod }> {
  await client.query('truncate bare_events');
  if (csv) {
    const started = performance.now();
    await client.query(`copy bare_events from '${csv.path}' with (format csv)`);
    return { seconds: (performance.now() - started) / 1000, method: 'server-side COPY FROM file' };
  }
  const body = JSON.stringify(rows);
  const started = performance.now();
  await client.query(
    `insert into bare_events select * from jsonb_to_recordset($1::jsonb) as r (${ROW_COLUMNS}, provider text, event_key text, user_agent text, ip_address text)`,
    [body]);
  return { seconds: (performance.now() - started) / 1000, method: 'INSERT … SELECT FROM jsonb_to_recordset (COPY unavailable)' };
}
