// The running CIS of `npm start`: the database (embedded PGlite, served to Deno over the Postgres
// wire protocol, or DATABASE_URL) with every migration applied, and every edge function under
// real Deno — the same machinery as `npm run serve` (scripts/lib/serve-*.ts).
import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import type { Database } from '../../shared/db/sql.ts';
import { clientDatabase } from '../lib/database.ts';
import { connect, openEmbedded } from '../lib/connect.ts';
import type { SqlClient } from '../lib/db.ts';
import type { Migration } from '../lib/migrate.ts';
import { startDeno, type DenoServer } from '../lib/serve-deno.ts';
import { servePgliteWire, type WireServer } from '../lib/serve-pglite-wire.ts';

export interface Runtime {
  admin: SqlClient;
  db: Database;
  /** http://host:port/functions/v1 */
  base: string;
  /** What the functions connect to (the wire URL of the embedded database, or DATABASE_URL). */
  databaseUrl: string;
  adminSecret: string;
  where: string;
  embedded: boolean;
  fresh: boolean;
  deno: DenoServer;
  stop(): Promise<void>;
}

export interface RuntimeOptions {
  memory: boolean;
  port: number;
  host?: string;
  onMigration?: (m: Migration) => void;
  /** Give the functions the OpenAI key from the environment (else replies are analysed offline). */
  openai?: boolean;
  onDenoExit?: (code: number) => void;
}

export async function startRuntime(o: RuntimeOptions): Promise<Runtime> {
  const host = o.host ?? '127.0.0.1';
  let pglite: PGlite | null = null;
  let wire: WireServer | null = null;
  let admin: SqlClient;
  let databaseUrl: string;
  let where: string;
  let fresh = true;
  if (process.env.DATABASE_URL) {
    const c = await connect({ onMigration: o.onMigration });
    admin = c.db;
    where = c.where;
    databaseUrl = process.env.DATABASE_URL;
    fresh = c.applied.length > 0;
  } else {
    const embedded = await openEmbedded({ memory: o.memory, onMigration: o.onMigration });
    pglite = embedded.pglite;
    admin = embedded.db;
    fresh = embedded.applied.length > 0;
    wire = await servePgliteWire(pglite, { host });
    databaseUrl = wire.url;
    where = embedded.where;
  }
  const base = `http://${host}:${o.port}/functions/v1`;
  const adminSecret = process.env.CIS_ADMIN_SECRET || randomBytes(24).toString('hex');
  const deno = await startDeno({
    host,
    port: o.port,
    quiet: true,
    env: {
      DATABASE_URL: databaseUrl,
      CIS_PUBLIC_URL: base,
      // The webhook drain runs with the functions, as pg_cron runs it on Supabase.
      CIS_DRAIN: 'on',
      CIS_ADMIN_SECRET: adminSecret,
      OPENAI_API_KEY: o.openai ? (process.env.OPENAI_API_KEY ?? '') : '',
      // PGlite is one backend: one connection at a time avoids waiting on each other's turns, and
      // the drain runs only when webhooks arrive (nothing else writes the embedded database).
      ...(pglite ? { CIS_DB_POOL_SIZE: '1', CIS_DRAIN_POLL_MS: '0', CIS_DRAIN_MAX_EVENTS: '2000' } : {}),
    },
    onExit: o.onDenoExit,
  });
  let stopped = false;
  return {
    admin, db: clientDatabase(admin), base, databaseUrl, adminSecret, where, embedded: pglite !== null, fresh, deno,
    async stop() {
      if (stopped) return;
      stopped = true;
      await deno.stop();
      await wire?.close();
      await admin.close();
    },
  };
}
