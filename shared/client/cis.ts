// CIS for client apps: typed reads of what PostgREST serves, on the app's own supabase-js client
// (signed in as a member, so row level security decides what it sees). Row types come from the
// migrations (database.types.ts, `npm run gen:types`); the report is `public.cis_report` by rpc.
//
//   const supabase = createClient<Database>(SUPABASE_URL, SUPABASE_ANON_KEY);
//   await supabase.auth.signInWithPassword({ email, password });
//   const cis = cisClient(supabase);
//   const [report] = await cis.report({ client: clientId });
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Report } from '../report/types.ts';
import type { Database } from './database.types.ts';

export type { Database };
type Public = Database['public'];
export type ViewRow<V extends keyof Public['Views']> = Public['Views'][V]['Row'];
export type TableRow<T extends keyof Public['Tables']> = Public['Tables'][T]['Row'];

export type DetectorFinding = TableRow<'detector_findings'>;
export type ShowRate = ViewRow<'show_rate_by_client'>;
export type FunnelStep = ViewRow<'funnel_by_client'>;
export type ExperimentArm = ViewRow<'ab_test_results'>;
export type Contactability = ViewRow<'lead_contactability'>;

/** A PostgREST error, with the status and code PostgREST gave (e.g. 42501 for a denied read). */
export class CisClientError extends Error {
  constructor(message: string, readonly code: string | undefined, readonly status: number) {
    super(message);
    this.name = 'CisClientError';
  }
}

interface Answer<T> {
  data: T | null;
  error: { message: string; code?: string } | null;
  status: number;
}

function unwrap<T>({ data, error, status }: Answer<T>): T {
  if (error) throw new CisClientError(error.message, error.code, status);
  return data as T;
}

export interface FindingsQuery {
  client: string;
  detector?: DetectorFinding['detector'];
  outcome?: DetectorFinding['outcome'];
  /** Only findings the report may state (significant, with the client's minimum sample). */
  significantOnly?: boolean;
  limit?: number;
}

export function cisClient(supabase: SupabaseClient<Database>) {
  return {
    /** The eight answers (cis_report): one report per client the user may read, or the one named. */
    async report(options: { client?: string; since?: string } = {}): Promise<Report[]> {
      const answer = await supabase.rpc('cis_report', { p_client_id: options.client, p_since: options.since });
      const json = unwrap(answer) as unknown;
      return (Array.isArray(json) ? json : [json]) as Report[];
    },

    /** Detector findings, strongest first (rank, then q-value). */
    async findings(q: FindingsQuery): Promise<DetectorFinding[]> {
      let query = supabase.from('detector_findings').select('*').eq('client_id', q.client);
      if (q.detector) query = query.eq('detector', q.detector);
      if (q.outcome) query = query.eq('outcome', q.outcome);
      if (q.significantOnly) query = query.eq('significant', true);
      return unwrap(
        await query
          .order('rank', { ascending: true, nullsFirst: false })
          .order('q_value', { ascending: true, nullsFirst: false })
          .limit(q.limit ?? 100),
      );
    },

    /** Show rate with its interval, and the meetings it leaves out (unconfirmed). */
    async showRate(client: string): Promise<ShowRate | null> {
      return unwrap(await supabase.from('show_rate_by_client').select('*').eq('client_id', client).maybeSingle());
    },

    /** The funnel, contacted → won, with each step's conversion and interval. */
    async funnel(client: string): Promise<FunnelStep[]> {
      return unwrap(await supabase.from('funnel_by_client').select('*').eq('client_id', client).order('step_order'));
    },

    /** Every arm of every experiment of the client, with the verdict. */
    async experiments(client: string): Promise<ExperimentArm[]> {
      return unwrap(
        await supabase.from('ab_test_results').select('*').eq('client_id', client).order('ab_test_id').order('variant'),
      );
    },

    /** Whether each lead may be contacted now, and why not. */
    async contactability(leadIds: string[]): Promise<Contactability[]> {
      if (leadIds.length === 0) return [];
      return unwrap(await supabase.from('lead_contactability').select('*').in('lead_id', leadIds));
    },
  };
}
export type CisClient = ReturnType<typeof cisClient>;
