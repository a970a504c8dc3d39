// The reply-analysis job: replies that wait for analysis, in batches, analysed (offline model, or
// OpenAI when a key is configured) and applied (public.apply_reply_analysis). Each batch is read in
// one transaction and applied in another, so no transaction stays open while a model answers; a
// batch applied twice (retry, two runs at once) changes nothing. Run by the reply-analysis edge
// function and `npm run cis -- analyze-replies`.
import { z } from 'zod';
import { findClient } from '../db/clients.ts';
import type { Database, Sql } from '../db/sql.ts';
import type { FieldIssue } from '../http/responses.ts';
import { analyzeReply } from './analyze.ts';
import { OFFLINE_RULES_VERSION } from './offline.ts';
import { DEFAULT_OPENAI_MODEL, OPENAI_PROMPT_VERSION } from './openai.ts';
import type { ReplyAnalysis, ReplyInput } from './schema.ts';

export const REPLY_ANALYSIS_BATCH_SIZE = 200;
/** Longest reply text handed to the analyser; quoted history beyond this is never needed. */
export const REPLY_ANALYSIS_MAX_CHARS = 20_000;

export const ReplyAnalysisRequest = z
  .object({
    client: z.string().min(1).max(200).optional(),
    reanalyze: z.boolean().optional(),
    since: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
    limit: z.number().int().min(1).max(1_000_000).optional(),
    batch_size: z.number().int().min(1).max(1000).optional(),
  })
  .strict();
export type ReplyAnalysisRequest = z.infer<typeof ReplyAnalysisRequest>;

/** Which analyser a run uses: OpenAI when a key is configured, else the offline rules. */
export interface ReplyAnalysisEngine {
  openaiApiKey?: string;
  /** CIS_OPENAI_MODEL; defaults to DEFAULT_OPENAI_MODEL. */
  model?: string;
  /** Injected fetch for the OpenAI client (tests). */
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Replies analysed at once when OpenAI is used. */
  concurrency?: number;
  /**
   * Which replies OpenAI reads when a key is set: 'uncertain' (default) sends only those the
   * offline model is unsure of and keeps its sure answers; 'all' sends every reply.
   */
  openaiFor?: 'all' | 'uncertain';
}

export interface ReplyAnalysisRun {
  engine: 'offline' | 'openai';
  ai_model: string | null;
  prompt_version: string;
  client_id: string | null;
  reanalyze: boolean;
  batches: number;
  analyzed: number;
  applied: number;
  skipped: number;
  fallbacks: number;
  failed: number;
  unsubscribed: number;
  rejected: number;
  questions: number;
  /** Analyses applied whose intent is a guess: their leads are held from contact until re-read. */
  uncertain: number;
  threads_updated: number;
  /** True when the run stopped at its limit or time budget with replies still waiting. */
  more: boolean;
}

interface PendingRow {
  reply_id: string;
  client_id: string;
  channel: string;
  reply_text: string;
  subject: string | null;
  headers: unknown;
  received_at: string | Date;
}

interface ApplyResult {
  applied: number;
  skipped: number;
  unsubscribed: number;
  rejected: number;
  questions: number;
  uncertain: number;
}

async function resolveClient(sql: Sql, ref: string): Promise<string | null> {
  return (await findClient(sql, ref))?.id ?? null;
}

function target(engine: ReplyAnalysisEngine) {
  return engine.openaiApiKey
    ? { engine: 'openai' as const, prompt_version: OPENAI_PROMPT_VERSION, ai_model: engine.model || DEFAULT_OPENAI_MODEL }
    : { engine: 'offline' as const, prompt_version: OFFLINE_RULES_VERSION, ai_model: null };
}

/** A stored reply as the analyser's input. Voice replies (transcripts) read like SMS. */
export function replyInputFrom(row: Pick<PendingRow, 'channel' | 'reply_text' | 'subject' | 'headers' | 'received_at'>): ReplyInput {
  const channel = row.channel === 'sms' || row.channel === 'voice' ? 'sms' : row.channel === 'linkedin' ? 'linkedin' : 'email';
  const headers: Record<string, string> = {};
  if (row.headers && typeof row.headers === 'object' && !Array.isArray(row.headers)) {
    for (const [name, value] of Object.entries(row.headers as Record<string, unknown>)) {
      if (typeof value === 'string') headers[name] = value;
    }
  }
  const received = new Date(row.received_at);
  return {
    channel,
    text: row.reply_text.slice(0, REPLY_ANALYSIS_MAX_CHARS),
    subject: row.subject ?? undefined,
    headers: Object.keys(headers).length > 0 ? headers : undefined,
    received_at: Number.isNaN(received.getTime()) ? undefined : received.toISOString(),
  };
}

/** Runs `fn` over `items` with at most `limit` in flight, keeping order. */
async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  });
  await Promise.all(workers);
  return out;
}

export interface RunOptions {
  /** Stop starting new batches after this many milliseconds (edge functions have a wall clock). */
  timeBudgetMs?: number;
  log?: (message: string, error?: unknown) => void;
  onBatch?: (progress: ReplyAnalysisRun) => void;
}

export type RunOutcome = { ok: true; result: ReplyAnalysisRun } | { ok: false; message: string; issues: FieldIssue[] };

/** Analyses waiting replies and applies the results; shared by the edge function and the CLI. */
export async function analyzePendingReplies(
  db: Database,
  request: ReplyAnalysisRequest,
  engine: ReplyAnalysisEngine,
  options: RunOptions = {},
): Promise<RunOutcome> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const want = target(engine);
  const limit = request.limit ?? Number.POSITIVE_INFINITY;
  const batchSize = request.batch_size ?? REPLY_ANALYSIS_BATCH_SIZE;
  const since = request.since ? new Date(request.since).toISOString() : null;

  const setup = await db.asServiceRole(async (sql) => {
    const clientId = request.client ? await resolveClient(sql, request.client) : null;
    const [clock] = await sql.query<{ now: string | Date }>('select clock_timestamp() as now');
    return { clientId, runStart: new Date(clock.now).toISOString() };
  });
  if (request.client && !setup.clientId) {
    return { ok: false, message: `no client ${request.client}`, issues: [{ path: 'client', message: 'unknown client' }] };
  }

  const run: ReplyAnalysisRun = {
    engine: want.engine,
    ai_model: want.ai_model,
    prompt_version: want.prompt_version,
    client_id: setup.clientId,
    reanalyze: request.reanalyze ?? false,
    batches: 0,
    analyzed: 0,
    applied: 0,
    skipped: 0,
    fallbacks: 0,
    failed: 0,
    unsubscribed: 0,
    rejected: 0,
    questions: 0,
    uncertain: 0,
    threads_updated: 0,
    more: false,
  };
  const attempted = new Set<string>();

  for (;;) {
    const room = limit - attempted.size;
    if (room <= 0 || (options.timeBudgetMs !== undefined && Date.now() - started > options.timeBudgetMs)) {
      run.more = true;
      break;
    }
    const wanted = Math.min(batchSize, room);
    // Replies that failed earlier in this run come back while still pending: ask for enough
    // rows to see past them, then drop them.
    const rows = (
      await db.asServiceRole((sql) =>
        sql.query<PendingRow>('select * from public.pending_reply_analyses($1, $2, $3, $4, $5, $6)', [
          want.engine,
          want.prompt_version,
          wanted + run.failed,
          setup.clientId,
          since,
          run.reanalyze ? setup.runStart : null,
        ]),
      )
    )
      .filter((row) => !attempted.has(row.reply_id))
      .slice(0, wanted);
    if (rows.length === 0) break;
    for (const row of rows) attempted.add(row.reply_id);

    const analysed = await mapLimited(rows, engine.openaiApiKey ? (engine.concurrency ?? 4) : 1, async (row) => {
      try {
        const analysis: ReplyAnalysis = await analyzeReply(replyInputFrom(row), {
          openaiApiKey: engine.openaiApiKey,
          openaiFor: engine.openaiFor ?? 'uncertain',
          model: want.ai_model ?? undefined,
          fetch: engine.fetch,
          timeoutMs: engine.timeoutMs,
          onFallback: (error) => {
            run.fallbacks++;
            log(`reply ${row.reply_id}: OpenAI failed, offline rules used`, error);
          },
        });
        return { reply_id: row.reply_id, requested_engine: want.engine, requested_prompt_version: want.prompt_version, analysis };
      } catch (error) {
        run.failed++;
        log(`reply ${row.reply_id}: analysis failed`, error);
        return null;
      }
    });
    const results = analysed.filter((r) => r !== null);
    run.batches++;
    run.analyzed += results.length;
    if (results.length > 0) {
      const [{ r }] = await db.asServiceRole((sql) =>
        sql.query<{ r: ApplyResult }>('select public.apply_reply_analysis($1::jsonb, $2) as r', [
          JSON.stringify(results),
          run.reanalyze,
        ]),
      );
      run.applied += r.applied;
      run.skipped += r.skipped;
      run.unsubscribed += r.unsubscribed;
      run.rejected += r.rejected;
      run.questions += r.questions;
      run.uncertain += r.uncertain ?? 0;
    }
    options.onBatch?.(run);
  }

  const [{ n }] = await db.asServiceRole((sql) =>
    sql.query<{ n: number }>('select public.refresh_thread_status(now(), $1) as n', [setup.clientId]),
  );
  run.threads_updated = Number(n);
  return { ok: true, result: run };
}
