// POST /functions/v1/detector-refresh  {"client_id"?: uuid}
// Recomputes lead facts, findings and experiment verdicts for one client or all
// (shared/detectors/refresh.ts). Called by cron/schedulers with `Authorization: Bearer $CIS_ADMIN_SECRET`.
import { z } from 'zod';
import type { Database } from '../db/sql.ts';
import { refreshDetectors } from '../detectors/refresh.ts';
import { createAdminHandler, type Log } from '../http/admin.ts';
import { json } from '../http/responses.ts';

export interface DetectorRefreshDeps {
  db: Database;
  adminSecret: string | undefined;
  log?: Log;
}

const DetectorRefreshRequest = z.object({ client_id: z.uuid().optional() }).strict();

export function createDetectorRefreshHandler(deps: DetectorRefreshDeps): (request: Request) => Promise<Response> {
  return createAdminHandler({
    name: 'detector-refresh',
    adminSecret: deps.adminSecret,
    maxBodyBytes: 4096,
    body: DetectorRefreshRequest,
    log: deps.log,
    handle: async (input) => json(200, await deps.db.asServiceRole((sql) => refreshDetectors(sql, input.client_id ?? null))),
  });
}
