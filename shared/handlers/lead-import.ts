// POST /functions/v1/lead-import[?client=<uuid or slug>]
// Body: an Apollo people/match, people/bulk_match, people search or organizations/enrich response
// (or a JSON array of them). Validated whole before anything is written; written in one
// transaction through public.import_lead_pool / public.import_organizations.
import { parseApolloPayload } from '../apollo/normalize.ts';
import { hasBearerSecret } from '../http/auth.ts';
import {
  badRequest,
  internalError,
  json,
  methodNotAllowed,
  payloadTooLarge,
  readBodyLimited,
  unauthorized,
  unavailable,
} from '../http/responses.ts';
import { findClient } from '../db/clients.ts';
import { DatabaseUnavailableError, type Database, type Sql } from '../db/sql.ts';

export const LEAD_IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export interface LeadImportDeps {
  db: Database;
  /** CIS_ADMIN_SECRET: the bearer token the agency's tooling sends. */
  adminSecret: string | undefined;
  log?: (message: string, error?: unknown) => void;
}

export interface LeadImportResult {
  people: { received: number; inserted: number; updated: number; assigned: number; leads_created: number };
  organizations: { received: number; people_updated: number };
  skipped: number;
}

async function resolveClient(sql: Sql, ref: string): Promise<string | null> {
  return (await findClient(sql, ref))?.id ?? null;
}

/** Shared by the edge function and the CLI: validated records in, counts out, all or nothing. */
export async function importLeads(
  sql: Sql,
  payload: unknown,
  clientRef: string | null,
): Promise<{ ok: true; result: LeadImportResult } | { ok: false; message: string; issues: { path: string; message: string }[] }> {
  const parsed = parseApolloPayload(payload);
  if (!parsed.ok) return { ok: false, message: 'the Apollo payload is invalid', issues: parsed.issues };
  let clientId: string | null = null;
  if (clientRef) {
    clientId = await resolveClient(sql, clientRef);
    if (!clientId) return { ok: false, message: `no client ${clientRef}`, issues: [{ path: 'client', message: 'unknown client' }] };
  }
  const people = parsed.records.filter((r) => r.kind === 'person').map(({ kind: _kind, ...rest }) => rest);
  const organizations = parsed.records.filter((r) => r.kind === 'organization').map(({ kind: _kind, ...rest }) => rest);
  const [peopleResult] = await sql.query<{ r: LeadImportResult['people'] }>(
    'select public.import_lead_pool($1::jsonb, $2::uuid) as r',
    [JSON.stringify(people), clientId],
  );
  const [orgResult] = await sql.query<{ r: LeadImportResult['organizations'] }>(
    'select public.import_organizations($1::jsonb) as r',
    [JSON.stringify(organizations)],
  );
  return { ok: true, result: { people: peopleResult.r, organizations: orgResult.r, skipped: parsed.skipped } };
}

export function createLeadImportHandler(deps: LeadImportDeps): (request: Request) => Promise<Response> {
  const log = deps.log ?? ((message, error) => console.error(message, error));
  return async (request) => {
    if (request.method !== 'POST') return methodNotAllowed();
    if (!hasBearerSecret(request, deps.adminSecret)) return unauthorized();
    const body = await readBodyLimited(request, LEAD_IMPORT_MAX_BYTES);
    if (body === null) return payloadTooLarge(LEAD_IMPORT_MAX_BYTES);
    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch {
      return badRequest('body is not valid JSON', [{ path: '(root)', message: 'invalid JSON' }]);
    }
    const clientRef = new URL(request.url).searchParams.get('client');
    try {
      const outcome = await deps.db.asServiceRole((sql) => importLeads(sql, payload, clientRef));
      if (!outcome.ok) return badRequest(outcome.message, outcome.issues);
      return json(200, outcome.result);
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) return unavailable();
      log('lead-import failed', error);
      return internalError();
    }
  };
}
