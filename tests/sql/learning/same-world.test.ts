// A seed is one world: set up twice in two fresh databases, the same config and seed give the same
// A/B split and the same month — so the planted-truth tests check fixed facts, not a new draw on
// every run (their 95% intervals would then miss by chance in a fraction of CI runs).
import { describe, expect, it } from 'vitest';
import { clientDatabase } from '../../../scripts/lib/database.ts';
import { openMigratedDb } from '../../helpers/db.ts';
import { prepareIn } from './build.ts';
import { plantedWorld } from './worlds.ts';

async function playedMonth(seed: number) {
  const raw = await openMigratedDb();
  try {
    const { month } = await prepareIn(clientDatabase(raw), plantedWorld(400), seed);
    return {
      variants: month.truths.map((t) => `${t.lead.person.email} ${t.variant}`),
      happenings: month.happenings.map((h) => JSON.stringify(h)),
    };
  } finally {
    await raw.drop();
  }
}

describe('the world generator', () => {
  it('plays the same month, A/B split included, for the same seed in two fresh databases', async () => {
    const first = await playedMonth(7);
    const second = await playedMonth(7);
    expect(new Set(first.variants.map((v) => v.split(' ')[1]))).toEqual(new Set(['A', 'B']));
    expect(second.variants).toEqual(first.variants);
    expect(second.happenings.length).toBeGreaterThan(400);
    expect(second.happenings).toEqual(first.happenings);
  });
});
