// The functions the agency's own tooling and cron call (lead-import, reply-analysis,
// detector-refresh) share one front door: POST only, `Authorization: Bearer $CIS_ADMIN_SECRET`
// (constant-time; an unset secret refuses everyone), a body size cap, JSON, validation with zod
// (400 naming the fields), and errors mapped so a 5xx never carries internals: an unreachable
// database is 503 with retry-after, anything else 500 and a log line.
import type { z } from 'zod';
import { DatabaseUnavailableError } from '../db/sql.ts';
import { hasBearerSecret } from './auth.ts';
import { readJsonBody } from './body.ts';
import { badRequest, internalError, methodNotAllowed, payloadTooLarge, unauthorized, unavailable, type FieldIssue } from './responses.ts';

export type Log = (message: string, error?: unknown) => void;

export interface AdminHandlerOptions<T> {
  /** Names the function in log lines. */
  name: string;
  /** CIS_ADMIN_SECRET. */
  adminSecret: string | undefined;
  maxBodyBytes: number;
  /** Validates the JSON body; an empty body is `{}`. */
  body: z.ZodType<T>;
  log?: Log;
  /** The function's work, given the validated body and the request (for its query string). */
  handle(input: T, request: Request): Promise<Response>;
}

export const zodIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((issue) => ({ path: issue.path.join('.') || '(root)', message: issue.message }));

export function createAdminHandler<T>(options: AdminHandlerOptions<T>): (request: Request) => Promise<Response> {
  const log = options.log ?? ((message, error) => console.error(message, error));
  return async (request) => {
    if (request.method !== 'POST') return methodNotAllowed();
    if (!hasBearerSecret(request, options.adminSecret)) return unauthorized();
    const body = await readJsonBody(request, options.maxBodyBytes);
    if (!body.ok) {
      return body.reason === 'too_large'
        ? payloadTooLarge(options.maxBodyBytes)
        : badRequest('body is not valid JSON', [{ path: '(root)', message: 'invalid JSON' }]);
    }
    const parsed = options.body.safeParse(body.value);
    if (!parsed.success) return badRequest('invalid request', zodIssues(parsed.error));
    try {
      return await options.handle(parsed.data, request);
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) return unavailable();
      log(`${options.name} failed`, error);
      return internalError();
    }
  };
}
