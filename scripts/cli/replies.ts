// `npm run cis -- analyze-replies`: the reply-analysis job (shared/replies/run.ts) from the shell.
import { parseArgs } from 'node:util';
import { analyzePendingReplies, ReplyAnalysisRequest } from '../../shared/replies/run.ts';
import { connect } from '../lib/connect.ts';
import { clientDatabase } from '../lib/database.ts';
import type { Flags } from './flags.ts';

export const REPLIES_USAGE = `  analyze-replies [--client ID|SLUG] [--reanalyze] [--since DATE] [--limit N]
                                         analyze replies not yet analyzed (offline model, or
                                         OpenAI when OPENAI_API_KEY is set); --reanalyze redoes them`;

export async function analyzeRepliesCommand(args: string[], flags: Flags): Promise<number> {
  const usage = `usage: npm run cis -- analyze-replies [--client ID|SLUG] [--reanalyze] [--since DATE] [--limit N] [--batch-size N]
analyses replies waiting for analysis (or, with --reanalyze, all of them again) and applies the
results: reply fields, thread messages and outcomes, opt-outs and rejection reasons on leads.
OpenAI when OPENAI_API_KEY is set (model CIS_OPENAI_MODEL), the offline rules otherwise.`;
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        client: { type: 'string' }, reanalyze: { type: 'boolean' }, since: { type: 'string' },
        limit: { type: 'string' }, 'batch-size': { type: 'string' }, help: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (parsed.help) {
    console.log(usage);
    return 0;
  }
  const request = ReplyAnalysisRequest.safeParse({
    client: parsed.client,
    reanalyze: parsed.reanalyze,
    since: parsed.since,
    limit: parsed.limit === undefined ? undefined : Number(parsed.limit),
    batch_size: parsed['batch-size'] === undefined ? undefined : Number(parsed['batch-size']),
  });
  if (!request.success) {
    for (const issue of request.error.issues) console.error(`--${issue.path.join('.').replace('_', '-')}: ${issue.message}`);
    console.error(`\n${usage}`);
    return 2;
  }
  const { db } = await connect({ memory: flags.memory });
  try {
    const engine = { openaiApiKey: process.env.OPENAI_API_KEY || undefined, model: process.env.CIS_OPENAI_MODEL || undefined };
    const outcome = await analyzePendingReplies(clientDatabase(db), request.data, engine, {
      log: (message, error) => console.error(message, error instanceof Error ? error.message : (error ?? '')),
      onBatch: (run) => console.log(`batch ${run.batches}: ${run.analyzed} analyzed so far`),
    });
    if (!outcome.ok) {
      console.error(`nothing analyzed: ${outcome.message}`);
      return 1;
    }
    const r = outcome.result;
    console.log(`${r.engine} engine (${r.ai_model ?? 'rules'}, ${r.prompt_version}): ${r.analyzed} analyzed, ${r.applied} applied, ${r.skipped} already done`);
    console.log(`opt-outs ${r.unsubscribed}, rejections ${r.rejected}, questions ${r.questions}, uncertain ${r.uncertain} (held from contact until re-read); threads updated ${r.threads_updated}`);
    if (r.fallbacks) console.log(`OpenAI fell back to the offline rules ${r.fallbacks} time(s)`);
    if (r.failed) console.log(`${r.failed} reply(ies) could not be analysed (see errors above)`);
    return r.failed ? 1 : 0;
  } finally {
    await db.close();
  }
}
