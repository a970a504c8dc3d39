// Plays a world into a migrated database the fastest faithful way: the real lead import and the
// real vendor parsers, canonical events straight into public.ingest_all_events (no HTTP, no
// receipts, no signatures — those are the intake's own tests), the hand-marked meetings, the reply
// analyser in-process (offline rules), then the detector refresh and every client's report.
// Used by the learning tests (tests/sql/learning) and the learning evaluation
// (scripts/eval-learning.ts).
//
// Two shortcuts, neither visible in any report: only the leads a campaign contacts are imported
// (the rest of the Apollo pool never reaches a lead fact, a finding or an answer), and the planner
// statistics are refreshed once the leads are in (what autovacuum would do on a server).
import { importLeads } from '../../shared/apollo/import.ts';
import type { Database } from '../../shared/db/sql.ts';
import { analyzePendingReplies } from '../../shared/replies/run.ts';
import type { Report } from '../../shared/report/types.ts';
import type { WorldConfig } from './config.ts';
import { finishWorld, prepareWorld, type PreparedWorld } from './index.ts';
import { ingestDirect } from './ingest-direct.ts';

/** The month's fixed "today": a world played on any day is the same world. */
export const PLAY_TODAY = new Date('2026-11-28T00:00:00Z');

export interface Played {
  prepared: PreparedWorld;
  /** One report per client, in the world file's order of clients. */
  reports: Report[];
  /** Seconds per stage: prepare (people, import, simulate), ingest, replies, refresh, report. */
  seconds: Record<string, number>;
}

export interface PlayOptions {
  /** Refreshes planner statistics (ANALYZE) once the leads are imported. */
  analyze?: () => Promise<void>;
  /** Import the Apollo people no campaign contacts too (as `npm start` does). Default false. */
  importUncontacted?: boolean;
}

/** Sets the world up in `db` (clients, campaigns, leads through the real import, variants) and plays its month. */
export function prepareIn(db: Database, world: WorldConfig, seed: number, o: PlayOptions = {}): Promise<PreparedWorld> {
  return prepareWorld(db, world, seed, {
    today: PLAY_TODAY,
    contactedOnly: !o.importUncontacted,
    importPeople: async (client, payload) => {
      const r = await db.asServiceRole((sql) => importLeads(sql, payload, client.id));
      if (!r.ok) throw new Error(`lead import refused: ${JSON.stringify(r.issues.slice(0, 3))}`);
    },
  });
}

export async function playWorld(db: Database, world: WorldConfig, seed: number, o: PlayOptions = {}): Promise<Played> {
  const seconds: Record<string, number> = {};
  let t = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    seconds[stage] = (now - t) / 1000;
    t = now;
  };
  const prepared = await prepareIn(db, world, seed, o);
  await o.analyze?.();
  lap('prepare');
  await ingestDirect(db, prepared.setups, prepared.requests, 2000);
  await finishWorld(db, prepared);
  lap('ingest');
  const read = await analyzePendingReplies(db, {}, {});
  if (!read.ok) throw new Error(read.message);
  lap('replies');
  await db.asServiceRole((sql) => sql.query('select public.refresh_detectors(null)'));
  lap('refresh');
  const reports: Report[] = [];
  for (const s of prepared.setups) {
    const [{ report }] = await db.asServiceRole((sql) => sql.query<{ report: Report }>('select public.cis_report($1) as report', [s.id]));
    reports.push(report);
  }
  lap('report');
  return { prepared, reports, seconds };
}
