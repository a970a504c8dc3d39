// refresh: the full detector refresh (public.refresh_detectors: experiment verdicts, lead facts,
// findings) on 200k leads, 1M activities, 2M engagement events and 50k replies, reported against
// one aggregate scan of activities joined to leads measured in the same run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../scripts/lib/migrate.ts';
import type { BenchContext } from '../../lib/context.ts';
import { BENCH_CLIENT_ID, cloneDatabase, connectTo, createCisTemplate } from '../../lib/databases.ts';
import { figure, type SuiteResult } from '../../lib/report.ts';
import { median } from '../../lib/stats.ts';
import type { Suite } from '../index.ts';

const TARGET_SECONDS = 20;
const SCAN = `select count(*), count(distinct a.lead_id), sum(a.human_opened::int)
  from public.activities a join public.leads l on l.id = a.lead_id`;

async function seconds(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return (performance.now() - start) / 1000;
}

export const refresh: Suite = {
  name: 'refresh',
  title: 'detector refresh',
  async run({ adminUrl, runs, scale, whatIf, progress }: BenchContext): Promise<SuiteResult> {
    progress.step('refresh: migrating the template database');
    const template = await createCisTemplate(adminUrl, whatIf);
    const db = await cloneDatabase(adminUrl, template, 'cis_bench_refresh');
    const client = await connectTo(db.url);
    const samples = { scan: [] as number[], refresh: [] as number[] };
    const notes: string[] = [];
    try {
      progress.step(`refresh: loading ${Math.round(200_000 * scale).toLocaleString('en')} leads and their touches, events and replies`);
      const dataset = readFileSync(join(repoRoot, 'bench', 'suites', 'refresh', 'dataset.sql'), 'utf8')
        .replaceAll(":'client'", `'${BENCH_CLIENT_ID}'`)
        .replaceAll(':scale', String(scale));
      const loaded = await seconds(() => client.query(dataset));
      const counts = (await client.query(`select (select count(*) from public.leads) as leads,
        (select count(*) from public.activities) as activities, (select count(*) from public.email_events) as events,
        (select count(*) from public.replies) as replies`)).rows[0];
      notes.push(`dataset: ${Object.entries(counts).map(([k, v]) => `${Number(v).toLocaleString('en')} ${k}`).join(', ')} (loaded in ${loaded.toFixed(1)} s)`);
      for (let run = 1; run <= runs; run++) {
        progress.step(`refresh run ${run}/${runs}: aggregate scan, then refresh_detectors()`);
        samples.scan.push(await seconds(() => client.query(SCAN)));
        let result: Record<string, unknown> = {};
        samples.refresh.push(await seconds(async () => {
          result = (await client.query('select public.refresh_detectors() as r')).rows[0].r;
        }));
        if (run === runs) notes.push(`last refresh: ${result.leads} leads, ${result.findings} findings, ${result.significant} significant`);
      }
    } finally {
      await client.end();
      await db.drop();
      await template.drop();
    }
    const refreshMedian = median(samples.refresh);
    return {
      suite: 'refresh',
      title: 'detector refresh',
      runs,
      figures: [
        figure('aggregate_scan_s', 'one aggregate scan of activities joined to leads', 's', samples.scan),
        figure('refresh_s', 'refresh_detectors(): verdicts, lead facts, findings', 's', samples.refresh),
      ],
      ratios: [{ id: 'refresh_over_scan', label: 'refresh / aggregate scan', value: Number((refreshMedian / median(samples.scan)).toFixed(1)) }],
      targets: [{ id: 'refresh_under_20s', label: `full refresh ≤ ${TARGET_SECONDS} s at scale 1`, met: scale < 1 || refreshMedian <= TARGET_SECONDS }],
      notes,
    };
  },
};
