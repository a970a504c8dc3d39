/**
 * `npm run eval:replies`: scores the offline reply analyser on the labelled sets, side by side.
 *
 *   tsx scripts/eval-replies.ts                dev and dev-2 (blind), old gold, fresh-holdout, cross-validation
 *   tsx scripts/eval-replies.ts --set final    also the final blind set (or final_2 … final_8: later ones),
 *                                              once per model version and set; log the figures in docs/REPLIES.md (refused when the
 *                                              version is already logged there)
 *   tsx scripts/eval-replies.ts --check        score the final set and exit 1 when a floor is missed
 *                                              (issue 13's floors, VADER included); what .ci/run runs
 *   tsx scripts/eval-replies.ts --json         one JSON document
 *
 * JSON: `offline` is the report of the primary set (final when scored, else CIS_REPLY_GOLD when set,
 * else dev) with `missed_floors`; `gold` is its path; `sets` holds every set's report by name;
 * `cross_validation` the k-fold figures recorded when the model was trained; `model` its version;
 * `label_audit` each scored final set's blind second reading (agreement, overturned replies; a set with
 * an overturned reply is also scored without it, as `<set>_audited`).
 *
 * Env: CIS_REPLY_GOLD (score this JSONL file as the primary set), CIS_VADER_TWEETS (VADER tweets
 * ground truth, default ../shared/reference/replies/data/vader_icwsm2014/tweets_GroundTruth.txt from
 * the repo root; skipped with a note when absent), OPENAI_API_KEY (also score the OpenAI engine on
 * the primary set), CIS_REPLY_MODEL (its model), CIS_REPLY_CONCURRENCY (parallel OpenAI calls, default 4).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateGold, missedFloors, OFFLINE_FLOORS, type EvalReport } from '../shared/replies/evaluation.ts';
import { parseGoldJsonl, type GoldRow } from '../shared/replies/gold.ts';
import { intentAgreement, overturnedIntents, parseAuditReadings, type Overturned } from '../shared/replies/label-audit.ts';
import { formatMatrix, pearson, type ClassificationReport } from '../shared/replies/metrics.ts';
import { analyzeOffline, OFFLINE_RULES_VERSION, shippedModel } from '../shared/replies/offline.ts';
import { analyzeWithOpenAI, DEFAULT_OPENAI_MODEL } from '../shared/replies/openai.ts';
import type { ReplyAnalysis } from '../shared/replies/schema.ts';
import { lexiconScore } from '../shared/replies/sentiment.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const check = args.has('--check');
const wanted = new Set(argv.flatMap((a, i) => (argv[i - 1] === '--set' ? [a] : [])));
const vaderPath =
  process.env.CIS_VADER_TWEETS ?? resolve(root, '../shared/reference/replies/data/vader_icwsm2014/tweets_GroundTruth.txt');

/** The labelled sets, by name. The final set is read only when asked for. */
const SETS: Record<string, string> = {
  dev: 'data/replies/blind/dev.jsonl',
  // A second blind set, written later from the label guide alone as a stress test: 90 opt-outs,
  // 30 look-alikes, 80 absence and have-left notices, 100 other replies.
  dev_2: 'data/replies/blind/dev-2.jsonl',
  final: 'data/replies/blind/final.jsonl',
  // A second final set, written blind after the shipped model (same composition as final): the
  // final set for the next model version. Scored on request, once per model version, like final.
  final_2: 'data/replies/blind/final-2.jsonl',
  // A third, written blind from the label guide alone before the model that followed final_2's
  // scoring (same composition); scored once per model version, like final.
  final_3: 'data/replies/blind/final-3.jsonl',
  // Each later one written the same way before the model that followed the previous one's scoring.
  final_4: 'data/replies/blind/final-4.jsonl',
  final_5: 'data/replies/blind/final-5.jsonl',
  final_6: 'data/replies/blind/final-6.jsonl',
  final_7: 'data/replies/blind/final-7.jsonl',
  final_8: 'data/replies/blind/final-8.jsonl',
  old_gold: 'data/replies/gold.jsonl',
  fresh_holdout: 'data/replies/fresh-holdout.jsonl',
};
const LOG = 'docs/REPLIES.md';
/** Two blind readings of every final set's intents (shared/replies/label-audit.ts). */
const AUDIT = 'data/replies/blind/audit.jsonl';

interface VaderResult {
  path: string;
  n: number;
  /** Pearson r of the lexicon score (the offline engine's score before the label shapes it). */
  lexicon_r: number;
  /** Pearson r of the full offline engine's sentiment_score. */
  engine_r: number;
}

function vaderCorrelation(): VaderResult | { skipped: string } {
  if (!existsSync(vaderPath)) return { skipped: `VADER tweets ground truth not found at ${vaderPath} (set CIS_VADER_TWEETS)` };
  const rows = readFileSync(vaderPath, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length >= 3 && cols[1] !== '' && !Number.isNaN(Number(cols[1])));
  // Ground truth is the mean human rating in [-4, 4]; divide by 4 to compare with [-1, 1].
  const gold = rows.map((cols) => Number(cols[1]) / 4);
  const texts = rows.map((cols) => cols.slice(2).join('\t'));
  const lexicon = texts.map(lexiconScore);
  const engine = texts.map((text) => analyzeOffline({ text, channel: 'linkedin' }).sentiment_score);
  return { path: vaderPath, n: rows.length, lexicon_r: pearson(lexicon, gold), engine_r: pearson(engine, gold) };
}

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

async function openaiReport(gold: GoldRow[]): Promise<{ model: string; fallbacks: number; report: EvalReport } | null> {
  const apiKey = process.env.OPENAI_API_KEY;
  if (!apiKey) return null;
  const model = process.env.CIS_REPLY_MODEL ?? DEFAULT_OPENAI_MODEL;
  let fallbacks = 0;
  const predictions = await mapLimited(gold, Number(process.env.CIS_REPLY_CONCURRENCY ?? 4), (row) =>
    analyzeWithOpenAI({ text: row.text, channel: row.channel }, { apiKey, model, onFallback: () => fallbacks++ }),
  );
  return { model, fallbacks, report: evaluateGold(gold, predictions) };
}

const pct = (x: number) => x.toFixed(3);

function printTable(title: string, report: ClassificationReport, macroLabel: string, macro: number): void {
  console.log(`\n== ${title} (n=${report.n}, accuracy ${pct(report.accuracy)}, ${macroLabel} ${pct(macro)})`);
  console.log(`${'label'.padEnd(24)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'f1'.padStart(10)}${'support'.padStart(10)}`);
  for (const s of report.perLabel) {
    console.log(`${s.label.padEnd(24)}${pct(s.precision).padStart(10)}${pct(s.recall).padStart(10)}${pct(s.f1).padStart(10)}${String(s.support).padStart(10)}`);
  }
  console.log(formatMatrix(report));
}

function printReport(title: string, report: EvalReport): void {
  console.log(`\n######## ${title}: ${report.n} replies`);
  printTable('intent', report.intent, 'macro-F1', report.intent.macroF1);
  printTable('sentiment', report.sentiment, 'macro-F1', report.sentiment.macroF1);
  printTable('objection_type', report.objection_type, 'macro-F1 over types', report.objection_type.macroF1Types);
  printTable('rejection_reason', report.rejection_reason, 'macro-F1 over reasons', report.rejection_reason.macroF1Reasons);
  const q = report.question;
  console.log(`\n== question extraction: exact match ${pct(q.exactMatch)} on ${q.withQuestion} gold questions; agreement ${pct(q.agreement)} on all; ${q.spurious} spurious`);
  console.log(`== unsubscribe recall ${pct(report.unsubscribe_recall)}; do-not-contact recall ${pct(report.do_not_contact_recall)}`);
  console.log(`== out-of-office precision ${pct(report.out_of_office_precision)}; recall ${pct(report.out_of_office_recall)}`);
  const c = report.confidence;
  console.log(`== uncertain ${pct(c.uncertainShare)} of replies; intent accuracy ${pct(c.accuracyCertain)} when certain, ${pct(c.accuracyUncertain)} when uncertain`);
  console.log(`== missed opt-outs: ${c.missedOptOutsHeld} still held (marked uncertain), ${c.missedOptOutsFree} not held`);
}

/** The figures the floors name, one row per set (and cross-validation), side by side. */
function printSummary(reports: Record<string, EvalReport>, cv: Record<string, unknown> | null): void {
  const rows: Array<[string, (r: EvalReport) => number, string]> = [
    ['n', (r) => r.n, 'n'],
    ['intent macro-F1', (r) => r.intent.macroF1, 'intent_macro_f1'],
    ['unsubscribe recall', (r) => r.unsubscribe_recall, 'unsubscribe_recall'],
    ['do-not-contact recall', (r) => r.do_not_contact_recall, 'do_not_contact_recall'],
    ['out-of-office recall', (r) => r.out_of_office_recall, 'out_of_office_recall'],
    ['out-of-office precision', (r) => r.out_of_office_precision, 'out_of_office_precision'],
    ['sentiment macro-F1', (r) => r.sentiment.macroF1, 'sentiment_macro_f1'],
    ['question exact match', (r) => r.question.exactMatch, 'question_exact_match'],
    ['objection type macro-F1', (r) => r.objection_type.macroF1Types, 'objection_type_macro_f1'],
    ['rejection reason macro-F1', (r) => r.rejection_reason.macroF1Reasons, 'rejection_reason_macro_f1'],
    ['uncertain share', (r) => r.confidence.uncertainShare, 'uncertain_share'],
  ];
  const names = Object.keys(reports);
  const head = [...names, ...(cv ? [`cv (${cv.folds}-fold)`] : [])];
  console.log(`\n${'figure'.padEnd(28)}${head.map((h) => h.padStart(16)).join('')}`);
  for (const [label, get, key] of rows) {
    const cells = names.map((n) => (key === 'n' ? String(get(reports[n])) : pct(get(reports[n]))));
    if (cv) cells.push(key in cv ? (key === 'n' ? String(cv[key]) : pct(Number(cv[key]))) : '-');
    console.log(`${label.padEnd(28)}${cells.map((c) => c.padStart(16)).join('')}`);
  }
}

/** The final blind sets, in order: every `final` or `final_N` above (a new one is added there only). */
const FINAL_SETS = Object.keys(SETS).filter((name) => /^final(?:_\d+)?$/.test(name));

/** True when docs/REPLIES.md already logs a score of this final set for this model version. */
function finalAlreadyLogged(set: string): boolean {
  const log = resolve(root, LOG);
  const row = new RegExp(`\\|\\s*${set}\\s*\\|`);
  return existsSync(log) && readFileSync(log, 'utf8').split('\n').some((l) => l.includes(OFFLINE_RULES_VERSION) && row.test(l));
}

async function main(): Promise<void> {
  const names = ['dev', 'dev_2', 'old_gold', 'fresh_holdout'];
  for (const set of [...FINAL_SETS].reverse()) {
    if (!(set === 'final' && check) && !wanted.has(set)) continue;
    if (!check && finalAlreadyLogged(set)) {
      console.error(`The blind set ${set} was already scored for ${OFFLINE_RULES_VERSION} (${LOG}). A final set is scored once per model version: train a new version first.`);
      process.exit(2);
    }
    names.unshift(set);
  }
  for (const extra of wanted) if (!(extra in SETS)) throw new Error(`unknown set ${extra} (one of ${Object.keys(SETS).join(', ')})`);
  const paths: Record<string, string> = Object.fromEntries(names.map((n) => [n, resolve(root, SETS[n])]));
  if (process.env.CIS_REPLY_GOLD) paths.custom = resolve(process.env.CIS_REPLY_GOLD);
  const primary = names.find((n) => FINAL_SETS.includes(n)) ?? (process.env.CIS_REPLY_GOLD ? 'custom' : 'dev');

  const rows: Record<string, GoldRow[]> = {};
  for (const [name, path] of Object.entries(paths)) rows[name] = parseGoldJsonl(readFileSync(path, 'utf8'));
  // A final set whose blind audit overturned a reply is scored twice, side by side: as its writer
  // labelled it, and without the replies two blind readers agreed were labelled otherwise
  // (`<set>_audited`). Every audited set's agreement is printed either way.
  const readings = existsSync(resolve(root, AUDIT)) ? parseAuditReadings(readFileSync(resolve(root, AUDIT), 'utf8')) : [];
  const audit: Record<string, { read: number; agreed: number; overturned: Overturned[] }> = {};
  for (const set of names.filter((n) => FINAL_SETS.includes(n))) {
    const agreement = intentAgreement(set, rows[set], readings);
    if (agreement.read !== rows[set].length) continue;
    audit[set] = { ...agreement, overturned: overturnedIntents(set, rows[set], readings) };
    if (audit[set].overturned.length === 0) continue;
    const dropped = new Set(audit[set].overturned.map((o) => o.id));
    rows[`${set}_audited`] = rows[set].filter((row) => !dropped.has(row.id));
    paths[`${set}_audited`] = paths[set];
  }
  const reports: Record<string, EvalReport> = {};
  for (const name of Object.keys(rows)) {
    reports[name] = evaluateGold(rows[name], rows[name].map((row): ReplyAnalysis => analyzeOffline({ text: row.text, channel: row.channel })));
  }
  const vader = vaderCorrelation();
  const missed = missedFloors(reports[primary], 'skipped' in vader ? undefined : vader.engine_r);
  const cv = (shippedModel().meta.cross_validation ?? null) as Record<string, unknown> | null;
  const openai = await openaiReport(rows[primary]);

  if (args.has('--json')) {
    console.log(JSON.stringify({
      gold: paths[primary],
      model: OFFLINE_RULES_VERSION,
      floors: OFFLINE_FLOORS,
      offline: { ...reports[primary], missed_floors: missed },
      sets: Object.fromEntries(Object.entries(reports).map(([n, r]) => [n, { path: paths[n], ...r }])),
      cross_validation: cv,
      label_audit: audit,
      vader_tweets: vader,
      openai,
    }, null, 2));
  } else {
    console.log(`offline engine, model ${OFFLINE_RULES_VERSION}; sets: ${Object.entries(paths).map(([n, p]) => `${n} = ${p}`).join(', ')}`);
    printSummary(reports, cv);
    for (const [set, a] of Object.entries(audit)) {
      const changes = a.overturned.map((o) => `${o.id} ${o.written} → ${o.read}`).join(', ');
      console.log(`\nlabel audit of ${set}: a blind reader agreed with the writer on intent ${a.agreed} of ${a.read}; ${a.overturned.length} overturned by two${changes ? ` (${changes})` : ''}`);
    }
    if ('skipped' in vader) console.log(`\nVADER tweets: skipped, ${vader.skipped}`);
    else console.log(`\nVADER tweets (n=${vader.n}): Pearson r lexicon score ${pct(vader.lexicon_r)}, full offline engine ${pct(vader.engine_r)}`);
    // A final set's per-label report and confusion matrix say which kinds of reply were missed:
    // reading them would be tuning on the final set, so only the figures above are printed.
    if (FINAL_SETS.includes(primary)) console.log(`\n${primary}: per-label report and confusion matrix withheld (a final set is scored, never read)`);
    else printReport(`offline engine on ${primary} (${paths[primary]})`, reports[primary]);
    console.log(missed.length === 0 ? `\nfloors on ${primary}: all met` : `\nfloors MISSED on ${primary}: ${missed.join('; ')}`);
    for (const set of check ? [] : names.filter((n) => FINAL_SETS.includes(n))) {
      const f = reports[set];
      console.log(`\nLog this line in ${LOG}:\n| ${new Date().toISOString().slice(0, 10)} | ${OFFLINE_RULES_VERSION} | ${set} | ${pct(f.intent.macroF1)} | ${pct(f.unsubscribe_recall)} | ${pct(f.do_not_contact_recall)} | ${pct(f.out_of_office_recall)} / ${pct(f.out_of_office_precision)} | ${pct(f.sentiment.macroF1)} | ${pct(f.question.exactMatch)} |`);
    }
    if (openai) {
      printReport(`openai (${openai.model}) on ${primary}`, openai.report);
      console.log(`\nOpenAI fallbacks to offline: ${openai.fallbacks} of ${rows[primary].length}`);
    } else console.log('\nOpenAI engine: skipped (set OPENAI_API_KEY to score it)');
  }
  if (check && missed.length > 0) process.exitCode = 1;
}

await main();
