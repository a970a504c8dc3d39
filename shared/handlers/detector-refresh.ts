// POST /functions/v1/detector-refresh  {"client_id"?: uuid}
// Recomputes lead facts, findings and experiment verdicts (public.refresh_detectors) for one
// client or all. Called by cron/schedulers with `Authorization: Bearer $CIS_ADMIN_SECRET`.
import { z } from 'zod';
import { hasBearerSecret } from '../http/auth.ts';
import { badRequest, internalError, json, methodNotAllowed, readBodyLimited, unauthorized, unavailable } from '../http/responses.ts';
import { DatabaseUnavailableError, type Database } from '../db/sql.ts';

export interface DetectorRefreshDeps {
  db: Database;
  adminSecret: string | undefined;
  log?: (message: string, error?: unknown) => void;
}

const bodySchema = z.object({ client_id: z.uuid().optional() }).strict();

export function createDetectorRefreshHandler(deps: DetectorRefreshDeps): (request: Request) => Promise<Response> {
  const log = deps.log ?? ((message, error) => console.error(message, error));
  return async (request) => {
    if (request.method !== 'POST') return methodNotAllowed();
    if (!hasBearerSecret(request, deps.adminSecret)) return unauthorized();
    const text = (await readBodyLimited(request, 4096)) ?? '';
    let body: unknown = {};
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        return badRequest('body is not valid JSON', [{ path: '(root)', message: 'invalid JSON' }]);
      }
    }
    const parsed = bodySchema.safeParse(body);
    if (!parsed.success) {
      return badRequest('invalid body', parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message })));
    }
    try {
      const result = await deps.db.asServiceRole(async (sql) => {
        const [row] = await sql.query<{ r: Record<string, unknown> }>('select public.refresh_detectors($1::uuid) as r', [
          parsed.data.client_id ?? null,
        ]);
        return row.r;
      });
      return json(200, result);
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) return unavailable();
      log('detector-refresh failed', error);
      return internalError();
    }
  };
}
