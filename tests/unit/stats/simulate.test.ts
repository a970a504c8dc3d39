// The seeded simulator behind the decision simulations must be reproducible and unbiased, or the
// simulated false-winner and power rates would mean nothing.
import { describe, expect, it } from 'vitest';
import { binomial, experimentLooks, mulberry32 } from '../../sql/stats/lib/simulate.ts';

describe('simulation helpers', () => {
  it('replays the same stream for the same seed and a different one for another seed', () => {
    const a = Array.from({ length: 5 }, mulberry32(42));
    const b = Array.from({ length: 5 }, mulberry32(42));
    const c = Array.from({ length: 5 }, mulberry32(43));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
    const random = mulberry32(7);
    const draws = Array.from({ length: 200_000 }, random);
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / draws.length;
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / draws.length));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });

  it('draws binomial counts with mean np and variance np(1 − p)', () => {
    const random = mulberry32(11);
    const n = 400;
    const p = 0.05;
    const counts = Array.from({ length: 5000 }, () => binomial(random, n, p));
    const mean = counts.reduce((s, x) => s + x, 0) / counts.length;
    const variance = counts.reduce((s, x) => s + (x - mean) ** 2, 0) / (counts.length - 1);
    expect(Math.abs(mean - n * p)).toBeLessThan(4 * Math.sqrt((n * p * (1 - p)) / counts.length));
    expect(variance / (n * p * (1 - p))).toBeGreaterThan(0.9);
    expect(variance / (n * p * (1 - p))).toBeLessThan(1.1);
  });

  it('accumulates equal daily batches that end exactly at the planned units per arm', () => {
    const looks = experimentLooks(5, 0.05, 0.07, 2360, 10);
    expect(looks.map((l) => l.nA)).toEqual([236, 472, 708, 944, 1180, 1416, 1652, 1888, 2124, 2360]);
    expect(looks.every((l) => l.nA === l.nB)).toBe(true);
    for (let i = 1; i < looks.length; i++) {
      expect(looks[i].xA).toBeGreaterThanOrEqual(looks[i - 1].xA);
      expect(looks[i].xB).toBeGreaterThanOrEqual(looks[i - 1].xB);
    }
  });
});
