// Apollo data into the lead pool, all or nothing: the payload is validated whole and normalised
// (normalize.ts), then written through public.import_lead_pool / public.import_organizations in
// the caller's transaction. Used by the lead-import edge function and `npm run cis -- import-leads`.
import { findClient } from '../db/clients.ts';
import type { Sql } from '../db/sql.ts';
import type { FieldIssue } from '../http/responses.ts';
import { parseApolloPayload } from './normalize.ts';

export interface LeadImportResult {
  people: { received: number; inserted: number; updated: number; assigned: number; leads_created: number };
  organizations: { received: number; people_updated: number };
  skipped: number;
}

export type LeadImportOutcome = { ok: true; result: LeadImportResult } | { ok: false; message: string; issues: FieldIssue[] };

/** Validated records in, counts out, all or nothing; `clientRef` (uuid or slug) assigns everyone. */
export async function importLeads(sql: Sql, payload: unknown, clientRef: string | null): Promise<LeadImportOutcome> {
  const parsed = parseApolloPayload(payload);
  if (!parsed.ok) return { ok: false, message: 'the Apollo payload is invalid', issues: parsed.issues };
  let clientId: string | null = null;
  if (clientRef) {
    clientId = (await findClient(sql, clientRef))?.id ?? null;
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
