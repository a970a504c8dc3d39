// POST /functions/v1/intake-drain  {"since"?: ISO time, "budget_seconds"?: 1–120}
// Ingests the webhook queue now, until nothing is queued (or the budget is spent): what pg_cron's
// cis-drain-webhooks does every 2 seconds, on demand — for an operator, a scheduler without
// pg_cron, or a caller that pushed webhooks and needs them ingested before going on (`npm start`'s
// demo). With `since`, it also says what became of the webhooks received since then.
// `Authorization: Bearer $CIS_ADMIN_SECRET`.
import { z } from 'zod';
import type { Database } from '../db/sql.ts';
import { createAdminHandler, type Log } from '../http/admin.ts';
import { json } from '../http/responses.ts';
import { drainAll, settledSince } from './ingest/drain.ts';

export interface IntakeDrainDeps {
  db: Database;
  adminSecret: string | undefined;
  log?: Log;
}

const IntakeDrainRequest = z.object({
  since: z.iso.datetime({ offset: true }).optional(),
  budget_seconds: z.number().int().min(1).max(120).optional(),
}).strict();

export function createIntakeDrainHandler(deps: IntakeDrainDeps): (request: Request) => Promise<Response> {
  return createAdminHandler({
    name: 'intake-drain',
    adminSecret: deps.adminSecret,
    maxBodyBytes: 4096,
    body: IntakeDrainRequest,
    log: deps.log,
    handle: async (input) => {
      const { drained, queued } = await drainAll(deps.db, { budgetMs: (input.budget_seconds ?? 50) * 1000 });
      const settled = input.since && queued === 0
        ? await deps.db.asServiceRole((sql) => settledSince(sql, new Date(input.since!)))
        : undefined;
      return json(200, { drained, queued, ...(settled ? { settled } : {}) });
    },
  });
}
