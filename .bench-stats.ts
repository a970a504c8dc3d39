import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
const db = new PGlite();
await db.exec(`create role anon nologin; create role authenticated nologin; create role service_role nologin;`);
for (const f of ['029_statistics_distributions.sql', '030_statistics_tests.sql'])
  await db.exec(readFileSync(`/work/main/supabase/migrations/${f}`, 'utf8'));
async function time(label: string, sql: string, params: unknown[] = []) {
  const t = performance.now();
  const r = await db.query(sql, params);
  console.log(label.padEnd(20), (performance.now() - t).toFixed(1), 'ms');
}
const G = 'from generate_series(1,300) g';
await time('decision', `select count(*) ${G}, stats.ab_decision_binomial(1000+g, 50, 1000, 70, 2000)`);
await time('decision again', `select count(*) ${G}, stats.ab_decision_binomial(1000+g, 50, 1000, 70, 2000)`);
await time('t_quantile', `select sum(stats.t_quantile(0.98, 1900+g)) ${G}`);
await time('t_p', `select sum(stats.t_two_sided_p(2, 1900+g)) ${G}`);
await time('ctw', `select sum(stats.beta_binomial_chance_to_win(1000+g, 50, 1000, 70)) ${G}`);
await time('srm', `select count(*) ${G}, stats.srm_chi_square(array[1000+g,1000]::bigint[], array[1,1]::float8[])`);
await time('cs', `select count(*) ${G}, stats.confidence_sequence(0.01, 0.005, 2000+g, 4000, 0.01)`);
await time('ln_gamma', `select sum(stats.ln_gamma(0.5+g)) ${G}`);
await time('ln_beta', `select sum(stats.ln_beta(1000+g, 0.5)) ${G}`);
await time('log1p', `select sum(stats.log1p(1.0/g)) ${G}`);
await time('sqrt builtin', `select sum(sqrt(g)) ${G}`);
