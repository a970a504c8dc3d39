// replies: the offline reply analyser (model + compliance rules, shared/replies/offline.ts) on
// 10,000 replies, against issue 13's budget of 10 s on this machine. The replies are the training
// set's (short texts, long emails with quoted threads and signatures, auto-replies), cycled to
// 10,000; reading them is not timed. No database is involved.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../scripts/lib/migrate.ts';
import { parseGoldJsonl, type GoldRow } from '../../../shared/replies/gold.ts';
import { loadModel } from '../../../shared/replies/model.ts';
import { REPLY_MODEL } from '../../../shared/replies/model-weights.ts';
import { analyzeOffline, shippedModel } from '../../../shared/replies/offline.ts';
import type { BenchContext } from '../../lib/context.ts';
import { figure, type SuiteResult } from '../../lib/report.ts';
import { median } from '../../lib/stats.ts';
import type { Suite } from '../index.ts';

const REPLIES = 10_000;
const TARGET_SECONDS = 10;

function workload(n: number): GoldRow[] {
  const dir = join(repoRoot, 'data', 'replies', 'train');
  const rows = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()
    .flatMap((f) => parseGoldJsonl(readFileSync(join(dir, f), 'utf8')));
  return Array.from({ length: n }, (_, i) => rows[i % rows.length]);
}

function seconds(run: () => void): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
}

export const replies: Suite = {
  name: 'replies',
  title: 'offline reply analysis',
  async run({ runs, scale, progress }: BenchContext): Promise<SuiteResult> {
    const n = Math.max(1, Math.round(REPLIES * scale));
    const rows = workload(n);
    const chars = rows.reduce((s, r) => s + r.text.length, 0);
    const samples = { load: [] as number[], analyse: [] as number[] };
    let intents = new Map<string, number>();
    shippedModel(); // unpacked once per process, as in a running edge function; timed separately below
    for (let run = 1; run <= runs; run++) {
      progress.step(`replies run ${run}/${runs}: unpack the model, then analyse ${n.toLocaleString('en')} replies`);
      samples.load.push(seconds(() => loadModel(REPLY_MODEL)));
      intents = new Map();
      samples.analyse.push(seconds(() => {
        for (const row of rows) {
          const { intent } = analyzeOffline({ text: row.text, channel: row.channel });
          intents.set(intent, (intents.get(intent) ?? 0) + 1);
        }
      }));
    }
    const analyse = median(samples.analyse);
    return {
      suite: 'replies',
      title: 'offline reply analysis',
      runs,
      figures: [
        figure('model_load_s', 'unpack the shipped reply model', 's', samples.load),
        figure('analyse_s', `analyse ${n.toLocaleString('en')} replies (offline engine)`, 's', samples.analyse),
        figure('replies_per_s', 'replies analysed per second', 'count', samples.analyse.map((s) => Math.round(n / s))),
      ],
      ratios: [],
      targets: [{ id: 'replies_10k_under_10s', label: `${REPLIES.toLocaleString('en')} replies ≤ ${TARGET_SECONDS} s at scale 1`, met: scale < 1 || analyse <= TARGET_SECONDS }],
      notes: [
        `model ${REPLY_MODEL.version}; ${n.toLocaleString('en')} replies, ${Math.round(chars / n)} characters on average`,
        `intents found: ${[...intents].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`,
      ],
    };
  },
};
