// Builds a world in its own migrated database (scripts/world/play.ts: the real lead import,
// parsers, ingestion, reply analysis, detectors and report) and judges every client's answers
// against the truths planted in it (scripts/world/judge.ts), the way `npm run eval:learning` does.
import { clientDatabase } from '../../../scripts/lib/database.ts';
import type { WorldConfig } from '../../../scripts/world/config.ts';
import { judgeReport, type LeadFacts, type QuestionVerdict } from '../../../scripts/world/judge.ts';
import { playWorld, type Played } from '../../../scripts/world/play.ts';
import { openMigratedDb } from '../../helpers/db.ts';

export { prepareIn } from '../../../scripts/world/play.ts';

export interface BuiltWorld extends Played {
  /** Per client (world order): every question's verdict. */
  verdicts: QuestionVerdict[][];
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function buildWorld(world: WorldConfig, seed: number): Promise<BuiltWorld> {
  const raw = await openMigratedDb();
  try {
    const played = await playWorld(clientDatabase(raw), world, seed, { analyze: () => raw.exec('analyze') });
    const verdicts: QuestionVerdict[][] = [];
    for (const [i, setup] of played.prepared.setups.entries()) {
      const rows = await raw.query<{ email: string } & LeadFacts>(
        `select l.email_normalized as email, f.* from public.detector_lead_facts f join public.leads l on l.id = f.lead_id where f.client_id = $1`, [setup.id]);
      const tests = await raw.query<{ name: string; mde: number | null }>(
        'select name, minimum_detectable_effect as mde from public.ab_tests where client_id = $1', [setup.id]);
      verdicts.push(judgeReport({
        world, clientKey: setup.key, report: played.reports[i],
        truths: played.prepared.month.truths.filter((t) => t.lead.client.key === setup.key),
        facts: new Map(rows.map((r) => [r.email, r as LeadFacts])), margins: new Map(tests.map((t) => [t.name, t.mde ?? 0])),
      }));
    }
    return { ...played, verdicts, query: (sql, params) => raw.query(sql, params), close: () => raw.drop() };
  } catch (error) {
    await raw.drop();
    throw error;
  }
}
