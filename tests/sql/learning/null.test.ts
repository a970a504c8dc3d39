// Learning quality on a world with no effects anywhere (worlds/README.md, "what no effects
// means"): no question claims an effect — no star, no high or medium confidence, no reading peak,
// no top objection, no A/B winner — and the exploratory family stays quiet too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type BuiltWorld } from './build.ts';
import { nullWorld } from './worlds.ts';

let w: BuiltWorld;

describe('a world with no effects', () => {
  beforeAll(async () => {
    w = await buildWorld(nullWorld(1500), 21);
  }, 180_000);
  afterAll(() => w?.close());

  it('claims no effect in any question', () => {
    const claims = w.verdicts[0].filter((v) => v.effectClaim).map((v) => `${v.key}: ${v.claim}`);
    expect(claims).toEqual([]);
    expect(w.verdicts[0].filter((v) => v.verdict === 'wrong')).toEqual([]);
  });

  it('still tests: every family has tests, and none of them is significant', async () => {
    const families = await w.query<{ family: string; tests: number; significant: number }>(
      `select family, max(family_tests)::integer as tests, (count(*) filter (where significant))::integer as significant
       from public.detector_findings where tested group by family order by family`);
    expect(families.map((f) => f.family)).toEqual(['deal_predictors', 'exploratory', 'seniority', 'subject_lines']);
    for (const f of families) {
      expect(f.tests, f.family).toBeGreaterThan(0);
      expect(f.significant, f.family).toBe(0);
    }
  });
});
