// ingest-sql: 200 000 canonical events through public.ingest_engagement_events, next to the storage floor
// (the same rows merely stored in CIS's email_events), the spec's literal design and a bare COPY
// of the same rows, each run on fresh databases, runs interleaved so a busy moment on the machine
// hits them all alike.
import { join } from 'node:path';
import { repoRoot } from '../../../scripts/lib/migrate.ts';
import type { BenchContext } from '../../lib/context.ts';
import { cloneDatabase, connectTo, createCisTemplate, createEmptyDatabase } from '../../lib/databases.ts';
import { figure, type SuiteResult } from '../../lib/report.ts';
import { readFunctionProfile, startFunctionProfile, type FunctionTime } from '../../lib/function-profile.ts';
import { median } from '../../lib/stats.ts';
import type { Suite } from '../index.ts';
import { batchesOf, checkOutcome, ingestBatches, ingestOneByOne } from './cis.ts';
import { floorBatches, prepareFloor, storeFloor } from './floor.ts';
import { assertVerbatim, bareCopy, prepareSpecLiteral, rowBatches, specOnePerTransaction, specSetBased, writeCsv, type CopyMethod } from './spec-literal.ts';
import { generateWorkload } from './workload.ts';

const TARGET_EVENTS_PER_SECOND = 50_000;
const ONE_BY_ONE_SAMPLE = 2000;

export const ingestSql: Suite = {
  name: 'ingest-sql',
  title: 'batch ingestion in SQL',
  async run({ adminUrl, runs, scale, batchSize, whatIf, progress }: BenchContext): Promise<SuiteResult> {
    assertVerbatim(join(repoRoot, 'docs', 'spec', 'CIS_DATA_GAPS_PLAN.md'));
    const events = Math.round(200_000 * scale);
    progress.step(`ingest-sql: generating ${events.toLocaleString('en')} events over ${Math.round(100_000 * scale).toLocaleString('en')} setup touches`);
    const workload = generateWorkload({ events, activities: Math.round(100_000 * scale), singles: Math.min(ONE_BY_ONE_SAMPLE, events) });
    const sendBatches = batchesOf(workload.sends, batchSize);
    const eventBatches = batchesOf(workload.events, batchSize);
    const specBatches = rowBatches(workload.rows, batchSize);
    const storeBatches = floorBatches(workload.rows, batchSize);
    const sampleRows = workload.rows.filter((r) => r.event_type === 'opened' || r.event_type === 'clicked').slice(0, ONE_BY_ONE_SAMPLE);

    progress.step('ingest-sql: migrating the template database');
    const template = await createCisTemplate(adminUrl, whatIf);
    const csv = writeCsv(workload.rows);
    const samples = { sends: [] as number[], events: [] as number[], single: [] as number[], floor: [] as number[], spec: [] as number[], specSingle: [] as number[], copy: [] as number[] };
    const problems = new Set<string>();
    let copyMethod: CopyMethod | undefined;
    let profile: { rows: FunctionTime[]; seconds: number } | undefined;
    try {
      for (let run = 1; run <= runs; run++) {
        progress.step(`ingest-sql run ${run}/${runs}: CIS — ${workload.sends.length.toLocaleString('en')} sends (setup), then ${events.toLocaleString('en')} events in batches of ${batchSize.toLocaleString('en')}`);
        const db = await cloneDatabase(adminUrl, template, 'cis_bench_run');
        const client = await connectTo(db.url);
        try {
          const setup = await ingestBatches(client, sendBatches, progress, 'sends');
          samples.sends.push(workload.sends.length / setup.seconds);
          await client.query('analyze');
          const profiling = await startFunctionProfile(client);
          const timed = await ingestBatches(client, eventBatches, progress, 'events');
          if (profiling) profile = { rows: await readFunctionProfile(client), seconds: timed.seconds };
          samples.events.push(events / timed.seconds);
          progress.step(`  CIS: ${events.toLocaleString('en')} events in ${timed.seconds.toFixed(2)} s (${Math.round(events / timed.seconds).toLocaleString('en')}/s); ${JSON.stringify(timed.totals)}`);
          for (const p of await checkOutcome(client, workload, timed.totals)) problems.add(p);
          samples.single.push(workload.singles.length / (await ingestOneByOne(client, workload.singles)));
        } finally {
          await client.end();
          await db.drop();
        }

        progress.step(`ingest-sql run ${run}/${runs}: the storage floor (the same rows into CIS's email_events, nothing else)`);
        const floorDb = await cloneDatabase(adminUrl, template, 'cis_bench_floor');
        const fc = await connectTo(floorDb.url);
        try {
          await prepareFloor(fc, workload);
          const floor = await storeFloor(fc, storeBatches, progress);
          samples.floor.push(events / floor);
          progress.step(`  storage floor: ${floor.toFixed(2)} s (${Math.round(events / floor).toLocaleString('en')}/s)`);
        } finally {
          await fc.end();
          await floorDb.drop();
        }

        progress.step(`ingest-sql run ${run}/${runs}: the spec's literal design, then bare COPY`);
        const scratch = await createEmptyDatabase(adminUrl, 'cis_bench_spec');
        const sc = await connectTo(scratch.url);
        try {
          await prepareSpecLiteral(sc, workload);
          const spec = await specSetBased(sc, specBatches, progress);
          samples.spec.push(events / spec);
          progress.step(`  spec literal: ${spec.toFixed(2)} s set-based`);
          samples.specSingle.push(sampleRows.length / (await specOnePerTransaction(sc, sampleRows)));
          let copy;
          try {
            copy = await bareCopy(sc, copyMethod === undefined || copyMethod === 'server-side COPY FROM file' ? csv : null, workload.rows);
          } catch {
            copy = await bareCopy(sc, null, workload.rows);
          }
          copyMethod = copy.method;
          samples.copy.push(events / copy.seconds);
          progress.step(`  bare copy: ${copy.seconds.toFixed(2)} s (${copy.method})`);
        } finally {
          await sc.end();
          await scratch.drop();
        }
      }
    } finally {
      csv.remove();
      await template.drop();
    }

    const cis = median(samples.events);
    const seconds = (rates: number[]) => rates.map((r) => events / r);
    return {
      suite: 'ingest-sql',
      title: `${events.toLocaleString('en')} canonical events through public.ingest_engagement_events`,
      runs,
      figures: [
        figure('cis_events_per_second', `CIS ingest_engagement_events, ${events.toLocaleString('en')} events, batches of ${batchSize.toLocaleString('en')}`, 'events/s', samples.events),
        figure('cis_seconds', 'CIS ingest_engagement_events, wall time', 's', seconds(samples.events)),
        figure('cis_setup_sends_per_second', `CIS setup: ${workload.sends.length.toLocaleString('en')} sends creating leads and touches`, 'events/s', samples.sends),
        figure('cis_one_per_call_per_second', `CIS one event per call (${workload.singles.length.toLocaleString('en')}-event sample)`, 'events/s', samples.single),
        figure('floor_events_per_second', "storage floor: the same rows into CIS's email_events, nothing else", 'events/s', samples.floor),
        figure('floor_seconds', 'storage floor, wall time', 's', seconds(samples.floor)),
        figure('spec_literal_seconds', 'spec literal 026, set-based, same batches', 's', seconds(samples.spec)),
        figure('spec_literal_events_per_second', 'spec literal 026, set-based', 'events/s', samples.spec),
        figure('spec_literal_one_per_tx_per_second', `spec literal 026, one row per transaction (${sampleRows.length.toLocaleString('en')}-row sample)`, 'events/s', samples.specSingle),
        figure('copy_seconds', 'bare COPY of the same rows', 's', seconds(samples.copy), copyMethod),
        figure('copy_events_per_second', 'bare COPY', 'events/s', samples.copy),
      ],
      ratios: [
        { id: 'cis_over_floor', label: 'throughput CIS / storage floor', value: cis / median(samples.floor) },
        { id: 'cis_over_spec_literal', label: 'throughput CIS / spec literal (set-based)', value: cis / median(samples.spec) },
        { id: 'cis_over_spec_literal_one_per_tx', label: 'throughput CIS / spec literal (one per transaction)', value: cis / median(samples.specSingle) },
        { id: 'cis_over_copy', label: 'throughput CIS / bare COPY', value: cis / median(samples.copy) },
      ],
      targets: [{ id: 'cis_events_per_second', label: `CIS ≥ ${TARGET_EVENTS_PER_SECOND.toLocaleString('en')} events/s (median ${Math.round(cis).toLocaleString('en')})`, met: cis >= TARGET_EVENTS_PER_SECOND }],
      notes: [
        ...(median(samples.floor) < TARGET_EVENTS_PER_SECOND
          ? [`the target is above the storage floor (${Math.round(median(samples.floor)).toLocaleString('en')}/s): no ingest that keeps email_events as it is can meet it on this machine`]
          : []),
        ...(whatIf.length ? [`WHAT-IF: measured with ${whatIf.join(', ')} applied after the migrations`] : []),
        `workload: ${JSON.stringify(workload.mix)} incl. ${workload.duplicates.toLocaleString('en')} redeliveries; ${workload.expected.activities.toLocaleString('en')} touches at the end; timed part only (setup sends reported apart)`,
        ...(problems.size ? [...problems].map((p) => `CHECK FAILED: ${p}`) : ['checks passed: every touch and unique event stored once, none pending, summaries agree with the events']),
      ],
      tables: profile ? [{
        title: `where the time goes (last run, ${profile.seconds.toFixed(1)} s timed; track_functions = all; self = excluding functions it calls)`,
        columns: ['function', 'defined in', 'calls', 'self ms', 'self %', 'total ms'],
        rows: profile.rows.map((f) => [f.function, f.migration, f.calls, f.self_ms, `${((f.self_ms / 10 / profile!.seconds)).toFixed(1)}%`, f.total_ms]),
      }] : [],
    };
  },
};
