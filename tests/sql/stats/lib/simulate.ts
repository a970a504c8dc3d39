// Seeded simulation of two-arm binomial experiments observed at regular looks (e.g. daily), for the
// tests that check the decision rule's false-winner rate and power. Pure TypeScript, no dependencies.

/** mulberry32: a small, well-known 32-bit PRNG; the same seed always gives the same stream in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Number of successes in n Bernoulli(p) trials, drawn one by one (exact, fine for test sizes). */
export function binomial(random: () => number, n: number, p: number): number {
  let successes = 0;
  for (let i = 0; i < n; i++) if (random() < p) successes++;
  return successes;
}

export interface Look {
  seed: number;
  look: number;
  nA: number;
  xA: number;
  nB: number;
  xB: number;
}

/**
 * Cumulative counts of one experiment at each of `looks` evenly spaced looks, the last one exactly at
 * `perArm` units per arm (units arrive in equal daily batches, as a sequence sends them).
 */
export function experimentLooks(seed: number, rateA: number, rateB: number, perArm: number, looks: number): Look[] {
  const random = mulberry32(seed);
  const out: Look[] = [];
  let nA = 0;
  let xA = 0;
  let xB = 0;
  for (let look = 1; look <= looks; look++) {
    const reach = Math.round((perArm * look) / looks);
    const batch = reach - nA;
    xA += binomial(random, batch, rateA);
    xB += binomial(random, batch, rateB);
    nA = reach;
    out.push({ seed, look, nA, xA, nB: nA, xB });
  }
  return out;
}

/** Column arrays for one `unnest(...)` call, so a whole simulation is decided in a single SQL statement. */
export function asColumns(rows: Look[]) {
  return {
    seed: rows.map((r) => r.seed),
    nA: rows.map((r) => r.nA),
    xA: rows.map((r) => r.xA),
    nB: rows.map((r) => r.nB),
    xB: rows.map((r) => r.xB),
  };
}
