// A batched body is one SQL call, not one per event: post a `cis` body of 500 sends and one of
// 500 opens, asking to wait (so the time includes ingesting them), and count — from PostgreSQL's
// own per-function statistics — how many times the intake called process_webhook_receipt and
// ingest_engagement_events for them.
import type pg from 'pg';
import { cisBatches } from './bodies.ts';

export interface BatchResult {
  events: number;
  sends_ms: number[];
  opens_ms: number[];
  /** Calls per batch body, or null when function statistics are unavailable. */
  calls: Record<string, number> | null;
  statuses: number[];
}

const COUNTED = ['process_webhook_receipt', 'ingest_all_events', 'ingest_engagement_events'];
// Backends flush their statistics when they go idle, at the latest after 10 s.
const flush = () => new Promise((r) => setTimeout(r, 11_000));

async function calls(client: pg.Client): Promise<Record<string, number>> {
  const { rows } = await client.query<{ name: string; calls: number }>(
    `select funcname as name, calls::int as calls from pg_stat_user_functions where schemaname = 'public' and funcname = any ($1)`, [COUNTED]);
  return Object.fromEntries(COUNTED.map((name) => [name, rows.find((r) => r.name === name)?.calls ?? 0]));
}

export async function measureBatches(client: pg.Client, url: string, runs: number, size: number, profiled: boolean): Promise<BatchResult> {
  const result: BatchResult = { events: size, sends_ms: [], opens_ms: [], calls: null, statuses: [] };
  if (profiled) {
    await flush();
    await client.query('select pg_stat_reset()');
  }
  const post = async (body: string) => {
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await response.text();
    result.statuses.push(response.status);
    return performance.now() - started;
  };
  for (let run = 1; run <= runs; run++) {
    const bodies = cisBatches(size, `batch-${run}-${Date.now()}`);
    result.sends_ms.push(await post(bodies.sends));
    result.opens_ms.push(await post(bodies.opens));
  }
  if (profiled) {
    await flush();
    const total = await calls(client);
    const bodies = runs * 2;
    result.calls = Object.fromEntries(Object.entries(total).map(([name, n]) => [name, n / bodies]));
  }
  return result;
}
