// Builds a world in its own migrated database the fast way — the real lead import and parsers,
// canonical events straight into public.ingest_all_events — then reads replies, refreshes the
// detectors and returns the report with each lead's true probabilities.
import { clientDatabase } from '../../../scripts/lib/database.ts';
import { finishWorld, ingestDirect, prepareWorld, type PreparedWorld } from '../../../scripts/world/index.ts';
import type { WorldConfig } from '../../../scripts/world/config.ts';
import type { Database } from '../../../shared/db/sql.ts';
import { importLeads } from '../../../shared/apollo/import.ts';
import { analyzePendingReplies } from '../../../shared/replies/run.ts';
import type { Report } from '../../../shared/report/types.ts';
import { openMigratedDb } from '../../helpers/db.ts';

export interface BuiltWorld {
  prepared: PreparedWorld;
  report: Report;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** Sets the world up in `db` (clients, campaigns, leads through the real import, variants) and plays its month. */
export function prepareIn(db: Database, world: WorldConfig, seed: number): Promise<PreparedWorld> {
  return prepareWorld(db, world, seed, {
    today: new Date('2026-11-28T00:00:00Z'),
    importPeople: async (client, payload) => {
      const r = await db.asServiceRole((sql) => importLeads(sql, payload, client.id));
      if (!r.ok) throw new Error(`lead import refused: ${JSON.stringify(r.issues.slice(0, 3))}`);
    },
  });
}

export async function buildWorld(world: WorldConfig, seed: number): Promise<BuiltWorld> {
  const raw = await openMigratedDb();
  const db = clientDatabase(raw);
  try {
    const prepared = await prepareIn(db, world, seed);
    await ingestDirect(db, prepared.setups, prepared.requests, 1000);
    await finishWorld(db, prepared);
    const read = await analyzePendingReplies(db, {}, {});
    if (!read.ok) throw new Error(read.message);
    await db.asServiceRole((sql) => sql.query('select public.refresh_detectors(null)'));
    const [{ report }] = await db.asServiceRole((sql) =>
      sql.query<{ report: Report }>('select public.cis_report($1) as report', [prepared.setups[0].id]));
    return {
      prepared,
      report,
      query: (sql, params) => db.asServiceRole((s) => s.query(sql, params)),
      close: () => raw.drop(),
    };
  } catch (error) {
    await raw.drop();
    throw error;
  }
}
