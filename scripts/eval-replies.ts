/**
 * `npm run eval:replies`: scores the reply analyser on the hand-labelled gold set.
 *
 *   tsx scripts/eval-replies.ts            human-readable report
 *   tsx scripts/eval-replies.ts --json     one JSON document
 *   tsx scripts/eval-replies.ts --check    exit 1 when an offline floor is missed
 *
 * Env: CIS_REPLY_GOLD (gold JSONL path, default data/replies/gold.jsonl), CIS_VADER_TWEETS (VADER
 * tweets ground truth, default ../shared/reference/replies/data/vader_icwsm2014/tweets_GroundTruth.txt
 * from the repo root; skipped with a note when absent), OPENAI_API_KEY (also score the OpenAI
 * engine), CIS_REPLY_MODEL (its model), CIS_REPLY_CONCURRENCY (parallel OpenAI calls, default 4).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateGold, missedFloors, OFFLINE_FLOORS, type EvalReport } from '../shared/replies/evaluation.ts';
import { parseGoldJsonl, type GoldRow } from '../shared/replies/gold.ts';
import { formatMatrix, pearson, type ClassificationReport } from '../shared/replies/metrics.ts';
import { analyzeOffline } from '../shared/replies/offline.ts';
import { analyzeWithOpenAI, DEFAULT_OPENAI_MODEL } from '../shared/replies/openai.ts';
import type { ReplyAnalysis } from '../shared/replies/schema.ts';
import { lexiconScore } from '../shared/replies/sentiment.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const goldPath = process.env.CIS_REPLY_GOLD ?? resolve(root, 'data/replies/gold.jsonl');
const vaderPath =
  process.env.CIS_VADER_TWEETS ?? resolve(root, '../shared/reference/replies/data/vader_icwsm2014/tweets_GroundTruth.txt');

interface VaderResult {
  path: string;
  n: number;
  /** Pearson r of the lexicon score (the offline engine's score before intent shaping). */
  lexicon_r: number;
  /** Pearson r of the full offline engine's sentiment_score (intent rules applied). */
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

function printReport(engine: string, report: EvalReport): void {
  console.log(`\n######## ${engine} engine on ${report.n} gold replies`);
  printTable('intent', report.intent, 'macro-F1', report.intent.macroF1);
  printTable('sentiment', report.sentiment, 'macro-F1', report.sentiment.macroF1);
  printTable('objection_type', report.objection_type, 'macro-F1 over types', report.objection_type.macroF1Types);
  printTable('rejection_reason', report.rejection_reason, 'macro-F1 over reasons', report.rejection_reason.macroF1Reasons);
  const q = report.question;
  console.log(`\n== question extraction: exact match ${pct(q.exactMatch)} on ${q.withQuestion} gold questions; agreement ${pct(q.agreement)} on all; ${q.spurious} spurious`);
  console.log(`== unsubscribe recall ${pct(report.unsubscribe_recall)}; do-not-contact recall ${pct(report.do_not_contact_recall)}`);
  console.log(`== out-of-office precision ${pct(report.out_of_office_precision)}; recall ${pct(report.out_of_office_recall)}`);
}

async function main(): Promise<void> {
  const gold = parseGoldJsonl(readFileSync(goldPath, 'utf8'));
  const offline = evaluateGold(gold, gold.map((row): ReplyAnalysis => analyzeOffline({ text: row.text, channel: row.channel })));
  const missed = missedFloors(offline);
  const vader = vaderCorrelation();
  const openai = await openaiReport(gold);

  if (args.has('--json')) {
    console.log(JSON.stringify({ gold: goldPath, floors: OFFLINE_FLOORS, offline: { ...offline, missed_floors: missed }, vader_tweets: vader, openai }, null, 2));
  } else {
    console.log(`gold set: ${goldPath}`);
    printReport('offline', offline);
    console.log(missed.length === 0 ? '\nfloors: all met' : `\nfloors MISSED: ${missed.join('; ')}`);
    if ('skipped' in vader) console.log(`\nVADER tweets: skipped, ${vader.skipped}`);
    else console.log(`\nVADER tweets (n=${vader.n}): Pearson r lexicon score ${pct(vader.lexicon_r)}, full offline engine ${pct(vader.engine_r)}`);
    if (openai) {
      printReport(`openai (${openai.model})`, openai.report);
      console.log(`\nOpenAI fallbacks to offline: ${openai.fallbacks} of ${gold.length}`);
    } else console.log('\nOpenAI engine: skipped (set OPENAI_API_KEY to score it)');
  }
  if (args.has('--check') && missed.length > 0) process.exitCode = 1;
}

await main();
