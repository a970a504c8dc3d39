// `npm run eval:learning [-- --json] [--check] [--seeds N] [--jobs N] [--world NAME …]`: how well
// CIS learns what converts, on worlds it was never tuned on. Plays worlds/default.json and the six
// worlds of worlds/eval/ (written blind, from worlds/README.md alone) for several seeds each,
// through the real lead import, parsers, ingestion, reply analysis, detectors and report
// (scripts/world/play.ts), and judges every client's answer to each of the eight questions
// against the truths planted in the world file (scripts/world/judge.ts): right, honestly unsure,
// or wrong. Null worlds add their false-claim rates.
//
// --check exits 1 when any answer is wrong, when a null world claims an effect in more than 5% of
// its (client, question, seed) answers or claims an A/B winner, a reading peak or a top objection
// at all, or when the 95% intervals of show rate and deal value miss their planted values more
// often than 1 in 20 allows (exact binomial test, p < 0.01).
//
// Worlds play on the PostgreSQL at DATABASE_URL (each in a fresh copy of one migrated template
// database, --jobs at a time; default 2), else on embedded PGlite one after another (much slower).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { clientDatabase } from './lib/database.ts';
import { openPostgres, pgliteParsers, wrapPglite, type SqlClient } from './lib/db.ts';
import { loadSupabaseStandin, migrate, repoRoot } from './lib/migrate.ts';
import { parseWorld, type WorldConfig } from './world/config.ts';
import { judgeReport, type LeadFacts, type QuestionVerdict, type Verdict } from './world/judge.ts';
import { playWorld } from './world/play.ts';

export const EVAL_WORLDS = ['default', 'eval/effects-a', 'eval/effects-b', 'eval/effects-c', 'eval/rare-deals', 'eval/null-low', 'eval/null-high'];
const QUESTIONS = ['seniority', 'subject_lines', 'open_times', 'objections', 'ab_tests', 'show_rate', 'deal_predictors', 'deal_value', 'exploratory'] as const;
/** Questions whose answers can claim an effect (the others are estimates, judged by coverage). */
const EFFECT_QUESTIONS = new Set(['seniority', 'subject_lines', 'open_times', 'objections', 'ab_tests', 'deal_predictors']);
const NULL_BOUND = 0.05;

export interface WorldRun {
  world: string;
  seed: number;
  seconds: number;
  clients: { client: string; verdicts: QuestionVerdict[] }[];
}

export function isNullWorld(world: WorldConfig): boolean {
  return world.behaviour.independent_outcomes;
}

function loadNamed(name: string): WorldConfig {
  return parseWorld(JSON.parse(readFileSync(join(repoRoot, 'worlds', `${name}.json`), 'utf8')));
}

/** Plays one world and seed into `raw` (a freshly migrated database) and judges every client's report. */
export async function runWorld(raw: SqlClient, name: string, world: WorldConfig, seed: number): Promise<WorldRun> {
  const started = performance.now();
  const db = clientDatabase(raw);
  const played = await playWorld(db, world, seed, { analyze: () => raw.exec('analyze') });
  const clients: WorldRun['clients'] = [];
  for (const [i, setup] of played.prepared.setups.entries()) {
    const rows = await raw.query<{ email: string } & LeadFacts>(
      `select l.email_normalized as email, f.* from public.detector_lead_facts f join public.leads l on l.id = f.lead_id where f.client_id = $1`, [setup.id]);
    const facts = new Map(rows.map((r) => [r.email, r as LeadFacts]));
    const tests = await raw.query<{ name: string; mde: number | null }>(
      'select name, minimum_detectable_effect as mde from public.ab_tests where client_id = $1', [setup.id]);
    const verdicts = judgeReport({
      world, clientKey: setup.key, report: played.reports[i],
      truths: played.prepared.month.truths.filter((t) => t.lead.client.key === setup.key),
      facts, margins: new Map(tests.map((t) => [t.name, t.mde ?? 0])),
    });
    clients.push({ client: setup.key, verdicts });
  }
  return { world: name, seed, seconds: (performance.now() - started) / 1000, clients };
}

interface Target {
  open(): Promise<SqlClient & { drop(): Promise<void> }>;
  close(): Promise<void>;
  label: string;
}

async function postgresTarget(url: string): Promise<Target> {
  const admin = await openPostgres(url);
  const template = `cis_eval_template_${process.pid}`;
  await admin.exec(`drop database if exists ${template}`);
  await admin.exec(`create database ${template}`);
  const at = (name: string) => {
    const u = new URL(url);
    u.pathname = `/${name}`;
    return u.toString();
  };
  const t = await openPostgres(at(template));
  await loadSupabaseStandin(t);
  await migrate(t);
  await t.close();
  let k = 0;
  return {
    label: `PostgreSQL at ${new URL(url).host}`,
    async open() {
      const name = `cis_eval_${process.pid}_${++k}`;
      await admin.exec(`create database ${name} template ${template}`);
      const db = await openPostgres(at(name));
      return { ...db, drop: async () => { await db.close(); await admin.exec(`drop database if exists ${name} with (force)`); } };
    },
    async close() {
      await admin.exec(`drop database if exists ${template}`);
      await admin.close();
    },
  };
}

async function pgliteTarget(): Promise<Target> {
  const p = new PGlite({ parsers: pgliteParsers });
  const seed = wrapPglite(p);
  await loadSupabaseStandin(seed);
  await migrate(seed);
  const snapshot = await p.dumpDataDir('none');
  await seed.close();
  return {
    label: 'embedded PGlite (set DATABASE_URL for a PostgreSQL server: much faster, and parallel)',
    async open() {
      const db = new PGlite({ parsers: pgliteParsers, loadDataDir: snapshot });
      await db.waitReady;
      const w = wrapPglite(db);
      return { ...w, drop: () => w.close() };
    },
    async close() {},
  };
}

type Tally = Record<Verdict, number> & { missed: number; claims: number; answers: number };

export interface Summary {
  worlds: { world: string; null: boolean; seeds: number[]; seconds: number; questions: Record<string, Tally> }[];
  nullRates: { world: string; rate: number; claims: number; answers: number; forbidden: string[]; perCell: { client: string; question: string; claims: number; seeds: number }[] }[];
  wrong: { world: string; seed: number; client: string; question: string; note: string }[];
  intervals: { covered: number; missed: number; p: number };
}

function binomialTail(k: number, n: number, p: number): number {
  // P(X ≥ k) for X ~ Binomial(n, p), by summing the pmf (n is small here).
  let total = 0;
  let pmf = (1 - p) ** n;
  for (let i = 0; i <= n; i++) {
    if (i >= k) total += pmf;
    pmf = (pmf * (n - i) * p) / ((i + 1) * (1 - p));
  }
  return Math.min(1, total);
}

export function summarise(runs: WorldRun[], worlds: Map<string, WorldConfig>): Summary {
  const byWorld = new Map<string, WorldRun[]>();
  for (const r of runs) byWorld.set(r.world, [...(byWorld.get(r.world) ?? []), r]);
  const summary: Summary = { worlds: [], nullRates: [], wrong: [], intervals: { covered: 0, missed: 0, p: 1 } };
  for (const [name, list] of byWorld) {
    const isNull = isNullWorld(worlds.get(name)!);
    const questions: Record<string, Tally> = {};
    const cells = new Map<string, { client: string; question: string; claims: number; seeds: number }>();
    const forbidden: string[] = [];
    let claims = 0;
    let answers = 0;
    for (const run of list) {
      for (const c of run.clients) {
        for (const v of c.verdicts) {
          const t = (questions[v.key] ??= { right: 0, unsure: 0, wrong: 0, missed: 0, claims: 0, answers: 0 });
          t[v.verdict]++;
          t.answers++;
          if (v.effectClaim) t.claims++;
          if (v.interval === 'missed') {
            t.missed++;
            summary.intervals.missed++;
          } else if (v.interval === 'covered') summary.intervals.covered++;
          if (v.verdict === 'wrong') summary.wrong.push({ world: name, seed: run.seed, client: c.client, question: v.key, note: `${v.claim ?? ''}: ${v.note}` });
          if (isNull && EFFECT_QUESTIONS.has(v.key)) {
            answers++;
            const cell = cells.get(`${c.client}|${v.key}`) ?? { client: c.client, question: v.key, claims: 0, seeds: 0 };
            cell.seeds++;
            if (v.effectClaim) {
              claims++;
              cell.claims++;
              if (v.key === 'ab_tests' || v.key === 'open_times' || v.key === 'objections') forbidden.push(`${c.client} ${v.key} seed ${run.seed}: ${v.claim}`);
            }
            cells.set(`${c.client}|${v.key}`, cell);
          }
        }
      }
    }
    summary.worlds.push({ world: name, null: isNull, seeds: list.map((r) => r.seed), seconds: list.reduce((s, r) => s + r.seconds, 0), questions });
    if (isNull) summary.nullRates.push({ world: name, rate: answers ? claims / answers : 0, claims, answers, forbidden, perCell: [...cells.values()] });
  }
  const n = summary.intervals.covered + summary.intervals.missed;
  summary.intervals.p = binomialTail(summary.intervals.missed, n, 0.05);
  return summary;
}

export function failures(s: Summary): string[] {
  const out: string[] = [];
  for (const w of s.wrong) out.push(`wrong: ${w.world} seed ${w.seed} ${w.client} ${w.question} — ${w.note}`);
  for (const r of s.nullRates) {
    if (r.rate > NULL_BOUND) out.push(`null world ${r.world}: effects claimed in ${(100 * r.rate).toFixed(1)}% of answers (bound 5%)`);
    for (const f of r.forbidden) out.push(`null world ${r.world}: ${f}`);
  }
  if (s.intervals.p < 0.01) out.push(`95% intervals missed ${s.intervals.missed} of ${s.intervals.covered + s.intervals.missed} planted values (p = ${s.intervals.p.toFixed(4)})`);
  return out;
}

function printSummary(s: Summary, target: string, wall: number): void {
  const pad = (x: string, w: number) => x.padEnd(w);
  const lines: string[] = [];
  lines.push(`CIS learning evaluation — ${target}; ${(wall / 60).toFixed(1)} min`);
  lines.push('right / unsure / wrong per question, over every client and seed (an interval miss is counted under "unsure" and shown as m)');
  for (const w of s.worlds) {
    lines.push('', `${w.world}${w.null ? ' (null world)' : ''} — seeds ${w.seeds.join(', ')}; ${w.seconds.toFixed(0)} s of playing`);
    for (const q of QUESTIONS) {
      const t = w.questions[q];
      if (!t) continue;
      lines.push(`   ${pad(q, 16)} ${String(t.right).padStart(3)} / ${String(t.unsure).padStart(3)} / ${String(t.wrong).padStart(3)}` +
        (t.missed ? `   (${t.missed} m)` : '') + (w.null && EFFECT_QUESTIONS.has(q) ? `   claims ${t.claims}/${t.answers}` : ''));
    }
  }
  lines.push('', 'Null worlds: effects claimed (a star, high/medium confidence, a peak, a top objection or an A/B winner)');
  for (const r of s.nullRates) {
    lines.push(`   ${pad(r.world, 16)} ${r.claims} of ${r.answers} answers = ${(100 * r.rate).toFixed(1)}% (bound 5%)` +
      (r.forbidden.length ? `; forbidden: ${r.forbidden.join('; ')}` : ''));
    for (const c of r.perCell.filter((x) => x.claims > 0)) lines.push(`      ${c.client} ${c.question}: ${c.claims} of ${c.seeds} seeds`);
  }
  lines.push('', `95% intervals (show rate, deal value): ${s.intervals.covered} covered, ${s.intervals.missed} missed` +
    ` (P(≥ that many misses | 5%) = ${s.intervals.p.toFixed(3)})`);
  if (s.wrong.length) lines.push('', 'Wrong answers:', ...s.wrong.map((w) => `   ${w.world} seed ${w.seed} ${w.client} ${w.question}: ${w.note}`));
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      seeds: { type: 'string', default: '5' },
      jobs: { type: 'string', default: '2' },
      world: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('usage: npm run eval:learning [-- --json] [--check] [--seeds N] [--jobs N] [--world default|eval/effects-a|…]\n');
    return 0;
  }
  const seeds = Array.from({ length: Number(values.seeds) }, (_, i) => i + 1);
  const names = values.world?.length ? values.world : EVAL_WORLDS;
  const worlds = new Map(names.map((n) => [n, loadNamed(n)]));
  const url = process.env.DATABASE_URL;
  const target = url ? await postgresTarget(url) : await pgliteTarget();
  const jobs = url ? Math.max(1, Number(values.jobs)) : 1;
  const queue = names.flatMap((n) => seeds.map((seed) => ({ name: n, seed })));
  const total = queue.length;
  const runs: WorldRun[] = [];
  const started = performance.now();
  process.stderr.write(`eval:learning — ${names.length} worlds × ${seeds.length} seeds on ${target.label}, ${jobs} at a time\n`);
  try {
    await Promise.all(Array.from({ length: jobs }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const db = await target.open();
        try {
          const run = await runWorld(db, job.name, worlds.get(job.name)!, job.seed);
          runs.push(run);
          const wrong = run.clients.flatMap((c) => c.verdicts.filter((v) => v.verdict === 'wrong')).length;
          process.stderr.write(`  [${runs.length}/${total}] ${job.name} seed ${job.seed}: ${run.seconds.toFixed(0)} s${wrong ? `, ${wrong} wrong` : ''}\n`);
        } finally {
          await db.drop();
        }
      }
    }));
  } finally {
    await target.close();
  }
  const wall = (performance.now() - started) / 1000;
  runs.sort((a, b) => names.indexOf(a.world) - names.indexOf(b.world) || a.seed - b.seed);
  const summary = summarise(runs, worlds);
  const failed = failures(summary);
  if (values.json) process.stdout.write(`${JSON.stringify({ target: target.label, seconds: wall, summary, failures: failed, runs }, null, 1)}\n`);
  else printSummary(summary, target.label, wall);
  if (values.check && failed.length) {
    process.stderr.write(`eval:learning --check failed:\n${failed.map((f) => `  ${f}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then((code) => process.exit(code), (error) => {
    console.error(`eval:learning failed: ${(error as Error).stack ?? error}`);
    process.exit(2);
  });
}
