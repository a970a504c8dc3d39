// Learning quality: on a world with no effects anywhere (worlds/README.md, "what no effects
// means"), the detectors flag at most 5% of their findings as significant — false discoveries are
// controlled across the hundreds of segments tested.
import { describe, expect, it } from 'vitest';
import { buildWorld } from './build.ts';
import { nullWorld } from './worlds.ts';

const SEEDS = [21, 22];

describe('a world with no effects', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: flags at most 5% of the findings significant`, async () => {
      const w = await buildWorld(nullWorld(2500), seed);
      try {
        const [all] = await w.query<{ tested: number; significant: number }>(
          'select count(*)::integer as tested, (count(*) filter (where significant))::integer as significant from public.detector_findings where p_value is not null');
        expect(all.tested).toBeGreaterThan(200);
        expect(w.report.findings.tested).toBe(all.tested);
        const flagged = await w.query<{ dimension: string; segment: string; outcome: string; n: number; rate: number; baseline_rate: number; q_value: number }>(
          `select dimension, segment, outcome, n, rate, baseline_rate, q_value from public.detector_findings
           where significant order by q_value limit 20`);
        expect(all.significant / all.tested, JSON.stringify(flagged, null, 1)).toBeLessThanOrEqual(0.05);
      } finally {
        await w.close();
      }
    });
  }
});
