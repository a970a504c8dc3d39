// ingest-http: single-event Smartlead EMAIL_OPEN webhooks through the real intake (`deno serve`
// on the functions router, URL token, secret_key check, raw body stored, parsed, ingested) at 20
// concurrent connections, against a Deno handler that only inserts the raw body; then batched
// bodies of 500 events. Runs alternate baseline and CIS so load on the machine hits both alike.
import { join } from 'node:path';
import { startDeno } from '../../../scripts/lib/serve-deno.ts';
import type { BenchContext } from '../../lib/context.ts';
import { cloneDatabase, connectTo, createCisTemplate } from '../../lib/databases.ts';
import { freePort, serveFile } from '../../lib/deno.ts';
import { runLoad, type LoadResult } from '../../lib/load.ts';
import { figure, type SuiteResult } from '../../lib/report.ts';
import { median } from '../../lib/stats.ts';
import type { Suite } from '../index.ts';
import { generateWorkload } from '../ingest-sql/workload.ts';
import { measureBatches } from './batch.ts';
import { smartleadOpens } from './bodies.ts';
import { intakeCounts, prepareHttpDatabase } from './setup.ts';

const CONNECTIONS = 20;
const POOL_SIZE = '5'; // the functions' default (CIS_DB_POOL_SIZE), used by both servers
const BATCH = 500;
const here = new URL('.', import.meta.url).pathname;

export const ingestHttp: Suite = {
  name: 'ingest-http',
  title: `webhooks through deno serve + PostgreSQL, ${CONNECTIONS} connections`,
  async run({ adminUrl, runs, scale, whatIf, progress }: BenchContext): Promise<SuiteResult> {
    const seconds = Math.max(3, Math.round(15 * scale));
    const workload = generateWorkload({ events: 10, activities: 10_000, singles: 0 });
    progress.step('ingest-http: migrating, seeding 10,000 sends, registering sources');
    const template = await createCisTemplate(adminUrl, whatIf);
    const db = await cloneDatabase(adminUrl, template, 'cis_bench_http');
    const client = await connectTo(db.url);
    const stops: Array<() => Promise<void>> = [];
    try {
      const fixture = await prepareHttpDatabase(client, workload.sends, progress);
      const profiled = await client.query(`alter database ${db.name} set track_functions = 'all'`).then(() => true, () => false);
      const env = { DATABASE_URL: db.url, CIS_DB_POOL_SIZE: POOL_SIZE };
      const cis = await startDeno({ port: await freePort(), env });
      stops.push(() => cis.stop());
      const baseline = await serveFile(join(here, 'baseline-handler.ts'), await freePort(), env);
      stops.push(() => baseline.stop());
      const targets = {
        baseline: { url: `${baseline.url}/webhook`, body: smartleadOpens(workload.sends, fixture.smartleadSecret, 0) },
        cis: { url: `${cis.url}/functions/v1/ingest/smartlead?token=${fixture.smartleadToken}`, body: smartleadOpens(workload.sends, fixture.smartleadSecret, 0) },
      };

      progress.step('ingest-http: warming up both servers (3 s each)');
      const warm = { baseline: await runLoad({ ...targets.baseline, connections: CONNECTIONS, seconds: 3 }), cis: await runLoad({ ...targets.cis, connections: CONNECTIONS, seconds: 3 }) };
      const samples: { baseline: LoadResult[]; cis: LoadResult[] } = { baseline: [], cis: [] };
      for (let run = 1; run <= runs; run++) {
        for (const name of ['baseline', 'cis'] as const) {
          progress.step(`ingest-http run ${run}/${runs}: ${name}, ${seconds} s at ${CONNECTIONS} connections`);
          const r = await runLoad({ ...targets[name], connections: CONNECTIONS, seconds });
          samples[name].push(r);
          progress.step(`  ${name}: ${Math.round(r.requests_per_second)} req/s, p50 ${r.p50_ms} ms, p99 ${r.p99_ms} ms, non-2xx ${r.non_2xx}, errors ${r.errors}`);
        }
      }
      // Requests still in flight when a run's clock stops are answered after it (uncounted by the
      // load generator): let them finish before comparing.
      await new Promise((r) => setTimeout(r, 3000));
      const counts = await intakeCounts(client);
      const cisOk = warm.cis.ok + samples.cis.reduce((n, r) => n + r.ok, 0);
      const inFlight = CONNECTIONS * (runs + 1);
      const problems: string[] = [];
      if (counts.processed < cisOk || counts.processed > cisOk + inFlight) problems.push(`receipts processed ${counts.processed}, 200 answers ${cisOk} (+ up to ${inFlight} in flight)`);
      if (counts.failed + counts.rejected + counts.received > 0) problems.push(`receipts failed/rejected/unprocessed: ${counts.failed}/${counts.rejected}/${counts.received}`);
      if (counts.email_events !== counts.processed) problems.push(`email_events ${counts.email_events}, expected one per processed open (${counts.processed})`);
      const bad = [...samples.baseline, ...samples.cis].reduce((n, r) => n + r.non_2xx + r.errors, 0);
      if (bad > 0) problems.push(`${bad} requests answered non-2xx or failed`);

      progress.step(`ingest-http: batched bodies of ${BATCH} events (${runs} of sends, ${runs} of opens)`);
      const batch = await measureBatches(client, `${cis.url}/functions/v1/ingest/cis?token=${fixture.cisToken}`, runs, BATCH, profiled);
      if (batch.statuses.some((s) => s !== 200)) problems.push(`batch answers: ${batch.statuses.join(', ')}`);

      const rate = (name: 'baseline' | 'cis') => samples[name].map((r) => r.requests_per_second);
      const ratio = median(rate('cis')) / median(rate('baseline'));
      const p99 = median(samples.cis.map((r) => r.p99_ms));
      return {
        suite: 'ingest-http',
        title: `single Smartlead EMAIL_OPEN webhooks, ${CONNECTIONS} connections, ${seconds} s per run; batches of ${BATCH}`,
        runs,
        figures: [
          figure('baseline_requests_per_second', 'baseline: Deno handler inserting the raw body', 'req/s', rate('baseline')),
          figure('baseline_p99_ms', 'baseline p99 latency', 'ms', samples.baseline.map((r) => r.p99_ms)),
          figure('cis_requests_per_second', 'CIS intake: token, secret_key, store, parse, ingest', 'req/s', rate('cis')),
          figure('cis_p50_ms', 'CIS p50 latency', 'ms', samples.cis.map((r) => r.p50_ms)),
          figure('cis_p99_ms', 'CIS p99 latency', 'ms', samples.cis.map((r) => r.p99_ms)),
          figure('batch_sends_ms', `CIS ${BATCH}-event body of sends (one request)`, 'ms', batch.sends_ms),
          figure('batch_sends_ms_per_event', '  per event', 'ms', batch.sends_ms.map((t) => t / BATCH)),
          figure('batch_opens_ms', `CIS ${BATCH}-event body of opens (one request)`, 'ms', batch.opens_ms),
          figure('batch_opens_ms_per_event', '  per event', 'ms', batch.opens_ms.map((t) => t / BATCH)),
        ],
        ratios: [{ id: 'cis_over_baseline', label: 'throughput CIS / baseline', value: ratio }],
        targets: [
          { id: 'cis_over_baseline', label: `CIS ≥ 50% of the baseline's throughput (${(ratio * 100).toFixed(0)}%)`, met: ratio >= 0.5 },
          { id: 'cis_p99_ms', label: `CIS p99 < 100 ms (${p99.toFixed(0)} ms)`, met: p99 < 100 },
          ...(batch.calls ? [{ id: 'batch_one_call', label: `a ${BATCH}-event body is one SQL call (per body: ${Object.entries(batch.calls).map(([k, v]) => `${k} ×${v}`).join(', ')})`, met: batch.calls.ingest_engagement_events === 1 && batch.calls.process_webhook_receipt === 1 }] : []),
        ],
        notes: [
          `both servers: deno serve, npm:pg pool of ${POOL_SIZE} connections (CIS_DB_POOL_SIZE); load generator autocannon in the benchmark's Node process on the same 2 cores`,
          `each request a new open (its own event key) of one of 10,000 known sends; intake answered ${cisOk.toLocaleString('en')} with 200`,
          ...(whatIf.length ? [`WHAT-IF: measured with ${whatIf.join(', ')} applied after the migrations`] : []),
          ...(problems.length ? problems.map((p) => `CHECK FAILED: ${p}`) : ['checks passed: every 200 is a processed receipt and a stored email event; no failures']),
        ],
      };
    } finally {
      for (const stop of stops.reverse()) await stop().catch(() => {});
      await client.end();
      await db.drop();
      await template.drop();
    }
  },
};
