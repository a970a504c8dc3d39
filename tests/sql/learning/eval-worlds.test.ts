// The blind evaluation worlds (worlds/eval/, written from worlds/README.md alone) and the default
// world, one seed each at a twentieth of their leads, through the whole pipeline: every client's
// answers are judged against the truths planted in the world file, and none may be wrong; the null
// worlds claim no effect. A regression net for the sentences and claims on every vendor path
// (HubSpot, Pipedrive, Calendly, Cal.com, GBP, a test on a later step); `npm run eval:learning`
// plays them at full size over five seeds.
import { describe, expect, it } from 'vitest';
import { buildWorld } from './build.ts';
import { named, scaledWorld } from './worlds.ts';

const WORLDS = ['default', 'eval/effects-a', 'eval/effects-b', 'eval/effects-c', 'eval/rare-deals', 'eval/null-low', 'eval/null-high'];

describe('the evaluation worlds, scaled down', () => {
  for (const name of WORLDS) {
    const isNull = named(name).behaviour.independent_outcomes;
    it(`${name}: no wrong answer${isNull ? ', and no effect claimed' : ''}`, async () => {
      const w = await buildWorld(scaledWorld(name, Math.round(named(name).leads / 20)), 1);
      try {
        const answers = w.verdicts.flatMap((client, i) => client.map((v) => ({ client: w.prepared.setups[i].key, ...v })));
        expect(answers.length).toBeGreaterThanOrEqual(8 * w.prepared.setups.length - w.prepared.setups.length);
        expect(answers.filter((v) => v.verdict === 'wrong')).toEqual([]);
        if (isNull) expect(answers.filter((v) => v.effectClaim).map((v) => `${v.client} ${v.key}: ${v.claim}`)).toEqual([]);
        // Every answer is a sentence with its confidence, for every client.
        for (const r of w.reports) {
          expect(r.questions).toHaveLength(8);
          for (const q of r.questions) {
            expect(q.answer, q.key).toMatch(/^\S.*[.)]$/);
            expect(q.answer, q.key).not.toMatch(/NaN|undefined|null|Infinity|\b[a-z]+_[a-z_]+\b/);
          }
        }
      } finally {
        await w.close();
      }
    }, 120_000);
  }
});
