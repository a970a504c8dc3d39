// The database the HTTP runs hit: a clone of the migrated template with the bench client's
// sends already ingested (the opens bind to them), a Smartlead source with a secret_key and a
// `cis` source, and the baseline's table.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { BENCH_CLIENT_ID } from '../../lib/databases.ts';
import type { EngagementEvent } from '../../../shared/ingest/canonical.ts';
import { batchesOf, ingestBatches } from '../ingest-sql/cis.ts';
import type { Progress } from '../../lib/progress.ts';

export interface HttpFixture {
  smartleadToken: string;
  smartleadSecret: string;
  cisToken: string;
}

export async function prepareHttpDatabase(client: pg.Client, sends: EngagementEvent[], progress: Progress): Promise<HttpFixture> {
  await client.query(`create table public.bench_raw_webhooks (
    id bigint generated always as identity primary key,
    received_at timestamptz not null default now(),
    body text not null)`);
  await ingestBatches(client, batchesOf(sends, 10_000), progress, 'seeding sends');
  await client.query('analyze');
  const smartleadSecret = randomBytes(16).toString('hex');
  const source = (provider: string, secret: string | null) => client.query<{ token: string }>(
    'select token from public.register_webhook_source($1, $2, $3, $4)', [BENCH_CLIENT_ID, provider, secret, `bench ${provider}`]);
  const [smartlead] = (await source('smartlead', smartleadSecret)).rows;
  const [cis] = (await source('cis', null)).rows;
  return { smartleadToken: smartlead.token, smartleadSecret, cisToken: cis.token };
}

/** How many receipts the intake stored, by status, and how many email events exist. */
export async function intakeCounts(client: pg.Client): Promise<Record<string, number>> {
  const { rows } = await client.query<Record<string, number>>(`
    select
      (select count(*) from public.webhook_receipts where status = 'processed')::int as processed,
      (select count(*) from public.webhook_receipts where status = 'failed')::int as failed,
      (select count(*) from public.webhook_receipts where status = 'rejected')::int as rejected,
      (select count(*) from public.webhook_receipts where status = 'received')::int as received,
      (select count(*) from public.email_events)::int as email_events,
      (select count(*) from public.pending_email_events)::int as pending,
      (select count(*) from public.bench_raw_webhooks)::int as baseline_rows`);
  return rows[0];
}
