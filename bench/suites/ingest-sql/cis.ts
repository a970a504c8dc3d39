// CIS's own path: public.ingest_engagement_events in batches, as service_role (the role the intake uses),
// on a fresh copy of the migrated template. What is timed: the SQL calls only — the batches are
// serialised to JSON before the clock starts.
import type pg from 'pg';
import { BENCH_CLIENT_ID } from '../../lib/databases.ts';
import type { Progress } from '../../lib/progress.ts';
import type { EngagementEvent } from '../../../shared/ingest/canonical.ts';
import type { Workload } from './workload.ts';

export interface IngestTotals {
  accepted: number;
  duplicates: number;
  pending: number;
  unmatched: number;
  skipped: number;
}

export interface TimedIngest {
  seconds: number;
  totals: IngestTotals;
}

export function batchesOf(events: EngagementEvent[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < events.length; i += size) out.push(JSON.stringify(events.slice(i, i + size)));
  return out;
}

export async function ingestBatches(client: pg.Client, batches: string[], progress: Progress, label: string): Promise<TimedIngest> {
  const totals: IngestTotals = { accepted: 0, duplicates: 0, pending: 0, unmatched: 0, skipped: 0 };
  await client.query('set role service_role');
  const started = performance.now();
  for (const [i, batch] of batches.entries()) {
    const { rows } = await client.query<{ r: IngestTotals }>('select public.ingest_engagement_events($1, $2::jsonb) as r', [BENCH_CLIENT_ID, batch]);
    for (const key of Object.keys(totals) as Array<keyof IngestTotals>) totals[key] += rows[0].r[key] ?? 0;
    progress.tick(`${label}: batch ${i + 1}/${batches.length}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const seconds = (performance.now() - started) / 1000;
  await client.query('reset role');
  return { seconds, totals };
}

/** One call per event, each its own transaction: the shape of single-event webhooks. */
export async function ingestOneByOne(client: pg.Client, events: EngagementEvent[]): Promise<number> {
  const bodies = events.map((e) => JSON.stringify([e]));
  await client.query('set role service_role');
  const started = performance.now();
  for (const body of bodies) await client.query('select public.ingest_engagement_events($1, $2::jsonb)', [BENCH_CLIENT_ID, body]);
  const seconds = (performance.now() - started) / 1000;
  await client.query('reset role');
  return seconds;
}

/**
 * The run is only worth reporting if everything happened: every touch, every unique event stored
 * once, nothing left waiting, and the summaries agreeing with the event rows.
 */
export async function checkOutcome(client: pg.Client, workload: Workload, totals: IngestTotals): Promise<string[]> {
  const { rows } = await client.query<Record<string, number>>(`
    select
      (select count(*) from public.activities where client_id = $1)::int as activities,
      (select count(*) from public.email_events where client_id = $1)::int as email_events,
      (select count(*) from public.pending_email_events where client_id = $1)::int as pending,
      (select coalesce(sum(email_open_count), 0) from public.activities where client_id = $1)::int as opens,
      (select coalesce(sum(email_click_count), 0) from public.activities where client_id = $1)::int as clicks,
      (select count(*) from public.email_events where client_id = $1 and is_machine)::int as machine,
      (select count(*) from public.activities where client_id = $1 and touch_number is null)::int as unnumbered`,
    [BENCH_CLIENT_ID]);
  const got = rows[0];
  const want = workload.expected;
  const problems: string[] = [];
  const expect = (what: string, actual: number, expected: number) => {
    if (actual !== expected) problems.push(`${what}: ${actual}, expected ${expected}`);
  };
  expect('activities', got.activities, want.activities);
  expect('email_events', got.email_events, want.emailEvents);
  expect('events still pending', got.pending, 0);
  expect('sum of email_open_count', got.opens, want.opens);
  expect('sum of email_click_count', got.clicks, want.clicks);
  expect('activities without touch_number', got.unnumbered, 0);
  expect('duplicates reported', totals.duplicates, workload.duplicates);
  expect('unmatched', totals.unmatched, 0);
  if (got.machine === 0) problems.push('no machine opens/clicks were flagged');
  return problems;
}
