// ingest-http: single-event Smartlead EMAIL_OPEN webhooks through the real intake (`deno serve`
// on the functions router: URL token, secret_key check, parse and validate, the body and its
// events stored in one insert) at 20 concurrent connections, against a Deno handler that only
// inserts the raw body. Both answer once the body is stored; neither ingests meanwhile (on Supabase
// the drain runs in the database, not beside the function), so the runs compare what a vendor
// waits for. The queue each CIS run leaves is then drained as pg_cron drains it, and timed. Then
// the same with the drain loop running beside the intake on these same 2 cores; freshness
// (acknowledged → in the touch's summaries) under a sustained rate with the loop running; batched
// bodies of 500 events ingested while the caller waits. Runs alternate baseline and CIS so load on
// the machine hits both alike.
import { join } from 'node:path';
import type pg from 'pg';
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
const SUSTAINED_RATE = 400; // webhooks per second for the freshness runs (the issue: at least 300)
const here = new URL('.', import.meta.url).pathname;

/** Drains the queue as pg_cron does (public.drain_webhook_receipts until it finds nothing): seconds and events. */
async function drainQueue(client: pg.Client): Promise<{ seconds: number; events: number }> {
  const started = performance.now();
  let events = 0;
  for (;;) {
    const { rows } = await client.query<{ r: { receipts: number; events: number } }>('select public.drain_webhook_receipts() as r');
    events += rows[0].r.events;
    if (rows[0].r.receipts === 0) return { seconds: (performance.now() - started) / 1000, events };
  }
}

/** Waits until the drain has ingested every queued receipt (at most `seconds`). */
async function drained(client: pg.Client, seconds = 120): Promise<number> {
  const started = performance.now();
  for (;;) {
    const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from public.webhook_receipts where status = 'received'`);
    if (rows[0].n === 0 || performance.now() - started > seconds * 1000) return (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Acknowledged → ingested, per receipt received since `since`: milliseconds at p50, p99 and max. */
async function freshness(client: pg.Client, since: Date): Promise<{ p50: number; p99: number; max: number; n: number }> {
  const { rows } = await client.query<{ p50: number; p99: number; max: number; n: number }>(`
    select percentile_cont(0.5) within group (order by ms) as p50, percentile_cont(0.99) within group (order by ms) as p99,
      max(ms) as max, count(*)::int as n
    from (select extract(epoch from (processed_at - received_at)) * 1000 as ms
          from public.webhook_receipts where received_at >= $1 and status = 'processed' and event_count > 0) x`, [since]);
  return rows[0];
}

export const ingestHttp: Suite = {
  name: 'ingest-http',
  title: `webhooks through deno serve + PostgreSQL, ${CONNECTIONS} connections`,
  async run({ adminUrl, runs, scale, whatIf, progress }: BenchContext): Promise<SuiteResult> {
    const seconds = Math.max(3, Math.round(15 * scale));
    const sustained = Math.max(3, Math.round(10 * scale));
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
      // The intake as a vendor meets it (its queue drained apart, as pg_cron drains it on Supabase),
      // and the same functions with the local drain loop running beside them.
      const cis = await startDeno({ port: await freePort(), env });
      stops.push(() => cis.stop());
      const baseline = await serveFile(join(here, 'baseline-handler.ts'), await freePort(), env);
      stops.push(() => baseline.stop());
      const path = `/functions/v1/ingest/smartlead?token=${fixture.smartleadToken}`;
      const opens = smartleadOpens(workload.sends, fixture.smartleadSecret, 0);
      const targets = {
        baseline: { url: `${baseline.url}/webhook`, body: smartleadOpens(workload.sends, fixture.smartleadSecret, 0) },
        cis: { url: `${cis.url}${path}`, body: opens },
      };

      progress.step('ingest-http: warming up both servers (3 s each)');
      const warm = {
        baseline: await runLoad({ ...targets.baseline, connections: CONNECTIONS, seconds: 3 }),
        cis: await runLoad({ ...targets.cis, connections: CONNECTIONS, seconds: 3 }),
      };
      await drainQueue(client);
      const samples: { baseline: LoadResult[]; cis: LoadResult[]; live: LoadResult[] } = { baseline: [], cis: [], live: [] };
      const drains: { seconds: number; events: number }[] = [];
      const liveLeft: number[] = [];
      // Phase 1: nothing drains while a vendor is answered; each CIS run's queue is drained after it.
      for (let run = 1; run <= runs; run++) {
        for (const name of ['baseline', 'cis'] as const) {
          progress.step(`ingest-http run ${run}/${runs}: ${name}, ${seconds} s at ${CONNECTIONS} connections`);
          const r = await runLoad({ ...targets[name], connections: CONNECTIONS, seconds });
          samples[name].push(r);
          progress.step(`  ${name}: ${Math.round(r.requests_per_second)} req/s, p50 ${r.p50_ms} ms, p99 ${r.p99_ms} ms, non-2xx ${r.non_2xx}, errors ${r.errors}`);
          if (name === 'cis') {
            await new Promise((r) => setTimeout(r, 500)); // answers still in flight
            const d = await drainQueue(client);
            drains.push(d);
            progress.step(`  drained the run's queue: ${d.events.toLocaleString('en')} events in ${d.seconds.toFixed(1)} s (${Math.round(d.events / d.seconds).toLocaleString('en')}/s)`);
          }
        }
      }

      // Phase 2: the functions with the local drain loop beside them, as `npm run serve` runs them.
      const live = await startDeno({ port: await freePort(), env: { ...env, CIS_DRAIN: 'on' } });
      stops.push(() => live.stop());
      const liveTarget = { url: `${live.url}${path}`, body: opens };
      const warmLive = await runLoad({ ...liveTarget, connections: CONNECTIONS, seconds: 3 });
      await drained(client);
      for (let run = 1; run <= runs; run++) {
        progress.step(`ingest-http run ${run}/${runs}: CIS with its drain loop, ${seconds} s at ${CONNECTIONS} connections`);
        const r = await runLoad({ ...liveTarget, connections: CONNECTIONS, seconds });
        samples.live.push(r);
        const left = await drained(client);
        liveLeft.push(left);
        progress.step(`  live: ${Math.round(r.requests_per_second)} req/s, p50 ${r.p50_ms} ms, p99 ${r.p99_ms} ms; the loop's queue empty ${left.toFixed(1)} s after the run`);
      }

      progress.step(`ingest-http: freshness, ${SUSTAINED_RATE} webhooks/s for ${sustained} s (${runs} runs)`);
      const fresh: { p50: number; p99: number; max: number; n: number }[] = [];
      const sustainedLoad: LoadResult[] = [];
      for (let run = 1; run <= runs; run++) {
        const since = new Date();
        const r = await runLoad({ ...liveTarget, connections: CONNECTIONS, seconds: sustained, rate: SUSTAINED_RATE });
        await drained(client);
        const f = await freshness(client, since);
        sustainedLoad.push(r);
        fresh.push(f);
        progress.step(`  ${Math.round(r.requests_per_second)} webhooks/s: acknowledged → ingested p50 ${f.p50.toFixed(0)} ms, p99 ${f.p99.toFixed(0)} ms, max ${f.max.toFixed(0)} ms over ${f.n} receipts; answer p99 ${r.p99_ms} ms`);
      }

      // Requests still in flight when a run's clock stops are answered after it (uncounted by the
      // load generator): let them finish, and the drain take them, before comparing.
      await new Promise((r) => setTimeout(r, 3000));
      await drained(client);
      const counts = await intakeCounts(client);
      const cisOk = warm.cis.ok + warmLive.ok + [...samples.cis, ...samples.live, ...sustainedLoad].reduce((n, r) => n + r.ok, 0);
      const inFlight = CONNECTIONS * (3 * runs + 2);
      const problems: string[] = [];
      if (counts.processed < cisOk || counts.processed > cisOk + inFlight) problems.push(`receipts processed ${counts.processed}, 200 answers ${cisOk} (+ up to ${inFlight} in flight)`);
      if (counts.failed + counts.rejected + counts.received > 0) problems.push(`receipts failed/rejected/unprocessed: ${counts.failed}/${counts.rejected}/${counts.received}`);
      if (counts.email_events !== counts.processed) problems.push(`email_events ${counts.email_events}, expected one per processed open (${counts.processed})`);
      const bad = [...samples.baseline, ...samples.cis, ...samples.live, ...sustainedLoad].reduce((n, r) => n + r.non_2xx + r.errors, 0);
      if (bad > 0) problems.push(`${bad} requests answered non-2xx or failed`);

      progress.step(`ingest-http: batched bodies of ${BATCH} events, the caller waiting (${runs} of sends, ${runs} of opens)`);
      const batch = await measureBatches(client, `${live.url}/functions/v1/ingest/cis?token=${fixture.cisToken}&wait=true`, runs, BATCH, profiled);
      if (batch.statuses.some((s) => s !== 200)) problems.push(`batch answers: ${batch.statuses.join(', ')}`);

      const rate = (name: 'baseline' | 'cis' | 'live') => samples[name].map((r) => r.requests_per_second);
      const ratio = median(rate('cis')) / median(rate('baseline'));
      const p99 = median(samples.cis.map((r) => r.p99_ms));
      const freshP99 = median(fresh.map((f) => f.p99));
      return {
        suite: 'ingest-http',
        title: `single Smartlead EMAIL_OPEN webhooks, ${CONNECTIONS} connections, ${seconds} s per run; freshness at ${SUSTAINED_RATE}/s; batches of ${BATCH}`,
        runs,
        figures: [
          figure('baseline_requests_per_second', 'baseline: Deno handler inserting the raw body', 'req/s', rate('baseline')),
          figure('baseline_p99_ms', 'baseline p99 latency', 'ms', samples.baseline.map((r) => r.p99_ms)),
          figure('cis_requests_per_second', 'CIS intake: token, secret_key, parse, store', 'req/s', rate('cis')),
          figure('cis_p50_ms', 'CIS p50 latency', 'ms', samples.cis.map((r) => r.p50_ms)),
          figure('cis_p99_ms', 'CIS p99 latency', 'ms', samples.cis.map((r) => r.p99_ms)),
          figure('drain_events_per_second', "  each run's queue drained after it (drain_webhook_receipts)", 'events/s', drains.map((d) => d.events / d.seconds)),
          figure('live_requests_per_second', 'CIS intake with the drain loop beside it, same 2 cores', 'req/s', rate('live')),
          figure('live_p99_ms', '  p99 latency', 'ms', samples.live.map((r) => r.p99_ms)),
          figure('live_left_s', "  the loop's queue empty after the run", 's', liveLeft),
          figure('sustained_requests_per_second', `sustained load (target ${SUSTAINED_RATE}/s)`, 'req/s', sustainedLoad.map((r) => r.requests_per_second)),
          figure('sustained_p99_ms', '  answer p99 at that load', 'ms', sustainedLoad.map((r) => r.p99_ms)),
          figure('freshness_p50_ms', '  acknowledged → in the summaries, p50', 'ms', fresh.map((f) => f.p50)),
          figure('freshness_p99_ms', '  acknowledged → in the summaries, p99', 'ms', fresh.map((f) => f.p99)),
          figure('freshness_max_ms', '  acknowledged → in the summaries, max', 'ms', fresh.map((f) => f.max)),
          figure('batch_sends_ms', `CIS ${BATCH}-event body of sends (one request, waiting)`, 'ms', batch.sends_ms),
          figure('batch_sends_ms_per_event', '  per event', 'ms', batch.sends_ms.map((t) => t / BATCH)),
          figure('batch_opens_ms', `CIS ${BATCH}-event body of opens (one request, waiting)`, 'ms', batch.opens_ms),
          figure('batch_opens_ms_per_event', '  per event', 'ms', batch.opens_ms.map((t) => t / BATCH)),
        ],
        ratios: [
          { id: 'cis_over_baseline', label: 'throughput CIS / baseline', value: ratio },
          { id: 'live_over_baseline', label: 'throughput CIS with its drain loop / baseline', value: median(rate('live')) / median(rate('baseline')) },
        ],
        targets: [
          { id: 'cis_over_baseline', label: `CIS ≥ 50% of the baseline's throughput (${(ratio * 100).toFixed(0)}%)`, met: ratio >= 0.5 },
          { id: 'cis_p99_ms', label: `CIS p99 ≤ 50 ms (${p99.toFixed(0)} ms)`, met: p99 <= 50 },
          { id: 'freshness_p99_ms', label: `acknowledged → in the summaries p99 ≤ 2 s at ${SUSTAINED_RATE} webhooks/s (${freshP99.toFixed(0)} ms)`, met: freshP99 <= 2000 },
          ...(batch.calls ? [{ id: 'batch_one_call', label: `a ${BATCH}-event body is one SQL call (per body: ${Object.entries(batch.calls).map(([k, v]) => `${k} ×${v}`).join(', ')})`, met: batch.calls.ingest_engagement_events === 1 && batch.calls.process_webhook_receipt === 1 }] : []),
        ],
        notes: [
          `all servers: deno serve, npm:pg pool of ${POOL_SIZE} connections (CIS_DB_POOL_SIZE); the live one with its drain loop (CIS_DRAIN=on) in the same Deno process; load generator autocannon in the benchmark's Node process, PostgreSQL too, on the same 2 cores`,
          `each request a new open (its own event key) of one of 10,000 known sends; intake answered ${cisOk.toLocaleString('en')} with 200`,
          ...(whatIf.length ? [`WHAT-IF: measured with ${whatIf.join(', ')} applied after the migrations`] : []),
          ...(problems.length ? problems.map((p) => `CHECK FAILED: ${p}`) : ['checks passed: every 200 is a stored receipt, drained into one stored email event each; no failures']),
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
