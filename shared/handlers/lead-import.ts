// POST /functions/v1/lead-import[?client=<uuid or slug>]
// Body: an Apollo people/match, people/bulk_match, people search or organizations/enrich response
// (or a JSON array of them). Validated whole before anything is written; written in one
// transaction (shared/apollo/import.ts).
import { z } from 'zod';
import { importLeads } from '../apollo/import.ts';
import type { Database } from '../db/sql.ts';
import { createAdminHandler, type Log } from '../http/admin.ts';
import { badRequest, json } from '../http/responses.ts';

export const LEAD_IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export interface LeadImportDeps {
  db: Database;
  /** CIS_ADMIN_SECRET: the bearer token the agency's tooling sends. */
  adminSecret: string | undefined;
  log?: Log;
}

export function createLeadImportHandler(deps: LeadImportDeps): (request: Request) => Promise<Response> {
  return createAdminHandler({
    name: 'lead-import',
    adminSecret: deps.adminSecret,
    maxBodyBytes: LEAD_IMPORT_MAX_BYTES,
    // The Apollo schemas validate the payload itself (shared/apollo/schemas.ts), with field paths.
    body: z.unknown(),
    log: deps.log,
    async handle(payload, request) {
      const clientRef = new URL(request.url).searchParams.get('client');
      const outcome = await deps.db.asServiceRole((sql) => importLeads(sql, payload, clientRef));
      return outcome.ok ? json(200, outcome.result) : badRequest(outcome.message, outcome.issues);
    },
  });
}
