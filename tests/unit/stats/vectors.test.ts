// The vector comparison must fail loudly: on a field nobody computed, on a value outside tolerance, on a
// wrong string or null. Otherwise a passing vectors test could hide an unevaluated case.
import { describe, expect, it } from 'vitest';
import { compareCase, flatten, loadVectors, vectorsPath, withinTolerance } from '../../sql/stats/lib/vectors.ts';

describe('reference vector comparison', () => {
  it('flattens nested results to paths and leaves out documentation notes', () => {
    const flat = flatten({ a: 1, b: [2, { c: 'x' }], gb: { error: 'E', note: 'doc' } });
    expect([...flat.entries()]).toEqual([['a', 1], ['b[0]', 2], ['b[1].c', 'x'], ['gb.error', 'E']]);
  });

  it('reports an expected field that was not computed', () => {
    expect(compareCase({ p: 0.5, q: 0.1 }, { p: 0.5 }, { abs: 1e-9 })).toEqual(['q: expected 0.1, not computed']);
  });

  it('reports a value outside the absolute tolerance and accepts one inside', () => {
    expect(compareCase({ p: 0.5 }, { p: 0.5 + 2e-9 }, { abs: 1e-9 })).toHaveLength(1);
    expect(compareCase({ p: 0.5 }, { p: 0.5 + 5e-10 }, { abs: 1e-9 })).toEqual([]);
  });

  it('applies a relative tolerance to tiny p-values', () => {
    expect(withinTolerance(6.1817260933e-82, 6.181726093290075e-82, { rel: 1e-6 })).toBe(true);
    expect(withinTolerance(6.19e-82, 6.181726093290075e-82, { rel: 1e-6 })).toBe(false);
  });

  it('requires integers to match exactly when the case says so', () => {
    expect(withinTolerance(1031, 1031, { abs_raw: 1e-6, integers: 'exact' })).toBe(true);
    expect(withinTolerance(1030.9999999, 1031, { abs_raw: 1e-6, integers: 'exact' })).toBe(false);
  });

  it('requires null where null is expected and the same decision string', () => {
    expect(compareCase({ ci: null, d: 'B' }, { ci: [0, 1], d: 'A' }, { abs: 1e-9 })).toHaveLength(2);
  });

  it('reads the vectors file named by CIS_STATS_VECTORS', () => {
    expect(vectorsPath({ CIS_STATS_VECTORS: '/tmp/other.json' })).toBe('/tmp/other.json');
    expect(vectorsPath({})).toMatch(/tests\/fixtures\/stats\/vectors\.json$/);
    expect(loadVectors().cases.length).toBeGreaterThan(0);
  });
});
