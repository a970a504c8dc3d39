// POST /functions/v1/reply-analysis — analyses replies that wait for it and applies the results
// (shared/replies/run.ts). Body (optional JSON):
//   {"client": uuid|slug, "reanalyze": bool, "since": date|datetime, "limit": n, "batch_size": n}
import type { Database } from '../db/sql.ts';
import { createAdminHandler, type Log } from '../http/admin.ts';
import { badRequest, json } from '../http/responses.ts';
import { analyzePendingReplies, ReplyAnalysisRequest, type ReplyAnalysisEngine } from '../replies/run.ts';

export interface ReplyAnalysisDeps {
  db: Database;
  /** CIS_ADMIN_SECRET: the bearer token cron and the agency's tooling send. */
  adminSecret: string | undefined;
  engine: ReplyAnalysisEngine;
  /** Wall-clock budget for one request; the default leaves headroom under Supabase's limit. */
  timeBudgetMs?: number;
  log?: Log;
}

export function createReplyAnalysisHandler(deps: ReplyAnalysisDeps): (request: Request) => Promise<Response> {
  const log = deps.log ?? ((message, error) => console.error(message, error));
  return createAdminHandler({
    name: 'reply-analysis',
    adminSecret: deps.adminSecret,
    maxBodyBytes: 16 * 1024,
    body: ReplyAnalysisRequest,
    log,
    async handle(input) {
      const outcome = await analyzePendingReplies(deps.db, input, deps.engine, { timeBudgetMs: deps.timeBudgetMs ?? 110_000, log });
      return outcome.ok ? json(200, outcome.result) : badRequest(outcome.message, outcome.issues);
    },
  });
}
