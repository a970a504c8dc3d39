// The storage floor: what merely storing the timed rows in CIS's own email_events costs — its
// indexes (idempotency keys, lookups the detectors use) and its tenant foreign keys, parsed from the
// same JSON batches — with no lead or touch lookups, no machine flags, no summaries and no
// triggers. No design that keeps this table can ingest faster, so it bounds what a target can ask.
import type pg from 'pg';
import { BENCH_CLIENT_ID } from '../../lib/databases.ts';
import type { Progress } from '../../lib/progress.ts';
import type { EventRow, Workload } from './workload.ts';

const ROW_COLUMNS = 'activity_id uuid, lead_id uuid, event_type text, event_at timestamptz, clicked_url text, provider text, event_key text, user_agent text, ip_address text';

/** Leads and touches written straight in (untimed; triggers off for the setup only), then the event triggers off. */
export async function prepareFloor(client: pg.Client, workload: Workload): Promise<void> {
  // Skipping the triggers needs a superuser (the local server); elsewhere the setup runs them, slower.
  await client.query('set session_replication_role = replica').catch(() => {});
  const leads = [...new Set(workload.activities.map((a) => a.lead_id))];
  await client.query(
    `insert into public.leads (id, client_id, email) select l, $2, l::text || '@floor.example' from unnest($1::uuid[]) l`,
    [leads, BENCH_CLIENT_ID]);
  await client.query(
    `insert into public.activities (id, client_id, lead_id, channel, activity_type, sent_at, provider, provider_message_id)
     select a.id, $4, a.lead_id, 'email', 'email_sent', a.sent_at, 'smartlead', a.id::text
     from unnest($1::uuid[], $2::uuid[], $3::timestamptz[]) as a (id, lead_id, sent_at)`,
    [workload.activities.map((a) => a.id), workload.activities.map((a) => a.lead_id), workload.activities.map((a) => a.sent_at), BENCH_CLIENT_ID]);
  await client.query('reset session_replication_role').catch(() => {});
  // Only the user triggers (summaries): the foreign-key checks are constraint triggers and stay.
  await client.query('alter table public.email_events disable trigger user');
  await client.query('analyze');
}

export function floorBatches(rows: EventRow[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += size) {
    out.push(JSON.stringify(rows.slice(i, i + size).map((r) => ({
      activity_id: r.activity_id, lead_id: r.lead_id, event_type: r.event_type, event_at: r.event_at, clicked_url: r.clicked_url,
      provider: r.provider, event_key: r.event_key, user_agent: r.user_agent, ip_address: r.ip_address,
    }))));
  }
  return out;
}

/** Seconds to store the batches, one set-based INSERT each, duplicates skipped as CIS skips them. */
export async function storeFloor(client: pg.Client, batches: string[], progress: Progress): Promise<number> {
  const started = performance.now();
  for (const [i, batch] of batches.entries()) {
    await client.query(
      `insert into public.email_events (client_id, activity_id, lead_id, event_type, event_at, clicked_url, provider, event_key, user_agent, ip_address)
       select $2, r.* from jsonb_to_recordset($1::jsonb) as r (${ROW_COLUMNS})
       on conflict do nothing`, [batch, BENCH_CLIENT_ID]);
    progress.tick(`storage floor: batch ${i + 1}/${batches.length}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return (performance.now() - started) / 1000;
}
