// Properties of the stats schema beyond the reference vectors: the catalog contract every function keeps,
// and edge cases the vectors do not reach.
import { describe, expect, it } from 'vitest';
import { asRole, useDb } from '../../helpers/db.ts';

describe('stats schema catalog', () => {
  const db = useDb();
  const statsFunctions = `from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'stats'`;

  it('defines only immutable, parallel-safe functions (pure math, no table access)', async () => {
    const rows = await db.query<{ name: string }>(
      `select p.proname as name ${statsFunctions} and (p.provolatile <> 'i' or p.proparallel <> 's')`,
    );
    expect(rows.map((r) => r.name)).toEqual([]);
  });

  it('documents every function with a comment', async () => {
    const rows = await db.query<{ name: string }>(
      `select p.oid::regprocedure::text as name ${statsFunctions} and obj_description(p.oid, 'pg_proc') is null`,
    );
    expect(rows.map((r) => r.name)).toEqual([]);
  });

  it('lets authenticated and service_role execute every function, and anon none', async () => {
    const rows = await db.query<{ name: string; anon: boolean; authenticated: boolean; service: boolean }>(
      `select p.oid::regprocedure::text as name, has_function_privilege('anon', p.oid, 'execute') as anon,
              has_function_privilege('authenticated', p.oid, 'execute') as authenticated,
              has_function_privilege('service_role', p.oid, 'execute') as service
       ${statsFunctions}`,
    );
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.filter((r) => r.anon || !r.authenticated || !r.service).map((r) => r.name)).toEqual([]);
  });

  it('refuses anon the schema itself', async () => {
    await expect(asRole(db, 'anon', null, () => db.query('select stats.normal_cdf(1.96)'))).rejects.toThrow(/permission denied/);
  });

  it('answers a signed-in user', async () => {
    const rows = await asRole(db, 'authenticated', '00000000-0000-4000-8000-000000000001', () =>
      db.query<{ p: number }>('select stats.normal_cdf(1.96) as p'),
    );
    expect(rows[0].p).toBeCloseTo(0.9750021048517795, 15);
  });
});

describe('stats edge cases', () => {
  const db = useDb();

  it('keeps nulls in place and out of the family size when adjusting p-values', async () => {
    const [row] = await db.query<{ holm: (number | null)[]; bh: (number | null)[] }>(
      `select stats.p_adjust_holm(array[0.01, null, 0.04]) as holm, stats.p_adjust_bh(array[0.01, null, 0.04]) as bh`,
    );
    expect(row.holm).toEqual([0.02, null, 0.04]);
    expect(row.bh).toEqual([0.02, null, 0.04]);
  });

  it('returns an empty array for an empty family', async () => {
    const [row] = await db.query<{ holm: number[] }>(`select stats.p_adjust_holm('{}'::float8[]) as holm`);
    expect(row.holm).toEqual([]);
  });

  it('flags a lopsided split but reports no mismatch until every arm has 8 units', async () => {
    const [row] = await db.query<{ flagged: boolean; enough_data: boolean; mismatch: boolean }>(
      `select * from stats.srm_chi_square(array[40, 7]::bigint[], array[0.5, 0.5])`,
    );
    expect(row).toMatchObject({ flagged: true, enough_data: false, mismatch: false });
  });

  it('rejects SRM counts and weights of different lengths', async () => {
    await expect(db.query(`select * from stats.srm_chi_square(array[1, 2, 3]::bigint[], array[0.5, 0.5])`)).rejects.toThrow(
      /3 user counts for 2 weights/,
    );
  });

  it('gives probabilities of being best that sum to 1', async () => {
    const [row] = await db.query<{ best: number[] }>(
      `select stats.beta_binomial_prob_best(array[300, 280, 310]::bigint[], array[0, 4, 9]::bigint[]) as best`,
    );
    expect(row.best.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(row.best[2]).toBeGreaterThan(row.best[1]);
  });

  it('gives the same chance to win whichever closed form it sums', async () => {
    // 3/1000 vs 5/1000 sums over the treatment's successes; the mirrored table sums over failures.
    const [row] = await db.query<{ direct: number; mirrored: number }>(
      `select stats.beta_binomial_chance_to_win(1000, 3, 1000, 5) as direct,
              1 - stats.beta_binomial_chance_to_win(1000, 997, 1000, 995) as mirrored`,
    );
    expect(row.direct).toBeCloseTo(row.mirrored, 12);
  });

  it('computes Fisher on a large table without overflow', async () => {
    const [row] = await db.query<{ p: number }>('select stats.fisher_exact(200000, 10000, 200000, 10300) as p');
    expect(row.p).toBeCloseTo(0.031242888722512692, 9);
  });

  it('gives the full-support Fisher p-value on large lopsided tables, walking only near the mode', async () => {
    // Reference: every term of the support, from its lowest value, normalised by the largest.
    function fullSupport(na: number, xa: number, nb: number, xb: number): number {
      const k = xa + xb;
      const lo = Math.max(0, k - nb);
      const hi = Math.min(k, na);
      const lp: number[] = [0];
      for (let j = lo; j < hi; j++) lp.push(lp[lp.length - 1] + Math.log(((na - j) / (j + 1)) * ((k - j) / (nb - k + j + 1))));
      const max = Math.max(...lp);
      const w = lp.map((v) => (v - max < -708 ? 0 : Math.exp(v - max)));
      const observed = lp[xa - lo] - max;
      const total = w.reduce((a, b) => a + b, 0);
      return Math.min(1, w.reduce((a, v, i) => a + (lp[i] - max <= observed + 1e-7 ? v : 0), 0) / total);
    }
    const tables = [[52000, 4166, 148000, 0], [148000, 3, 52000, 0], [150000, 12, 50000, 9], [60000, 0, 140000, 6666],
      [20, 3, 25, 9], [200000, 10000, 200000, 10300], [5, 5, 5, 0], [1000, 0, 1000, 0]];
    for (const [na, xa, nb, xb] of tables) {
      const [row] = await db.query<{ p: number }>('select stats.fisher_exact($1, $2, $3, $4) as p', [na, xa, nb, xb]);
      const want = fullSupport(na, xa, nb, xb);
      expect(Math.abs(row.p - want), `${[na, xa, nb, xb]}: ${row.p} vs ${want}`).toBeLessThan(1e-12 + 1e-9 * want);
    }
  });

  it('refuses the mixture SPRT on arms of different sizes', async () => {
    await expect(db.query('select * from stats.msprt_bernoulli(100, 5, 120, 9, 0.0001)')).rejects.toThrow(/equal n/);
  });

  it('returns a tail probability of exactly 0 instead of failing on float underflow', async () => {
    const [row] = await db.query<{ p: number; q: number }>(
      'select stats.normal_two_sided_p(60) as p, stats.chi2_sf(5000, 1) as q',
    );
    expect(row).toEqual({ p: 0, q: 0 });
  });

  it('inverts its own distribution functions', async () => {
    const [row] = await db.query<{ t: number; n: number; b: number }>(
      `select stats.t_cdf(stats.t_quantile(0.9, 7.5), 7.5) as t, stats.normal_cdf(stats.normal_quantile(1e-12)) as n,
              stats.beta_cdf(stats.beta_quantile(0.3, 2.5, 40), 2.5, 40) as b`,
    );
    expect(row.t).toBeCloseTo(0.9, 14);
    expect(row.n / 1e-12).toBeCloseTo(1, 12);
    expect(row.b).toBeCloseTo(0.3, 14);
  });
});
