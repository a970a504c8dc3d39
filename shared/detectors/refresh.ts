// One detector refresh: experiment verdicts, lead facts and findings (public.refresh_detectors),
// for one client or all. Run hourly by pg_cron on Supabase, by the detector-refresh function and by
// `npm run cis -- refresh`.
import type { Sql } from '../db/sql.ts';

export interface RefreshSummary {
  leads: number;
  findings: number;
  significant: number;
  experiments: number;
  seconds: number;
  [key: string]: unknown;
}

export async function refreshDetectors(sql: Sql, clientId: string | null): Promise<RefreshSummary> {
  const [row] = await sql.query<{ r: RefreshSummary }>('select public.refresh_detectors($1::uuid) as r', [clientId]);
  return row.r;
}
