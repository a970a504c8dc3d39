// `npm run serve`: every edge function under real Deno on http://127.0.0.1:54321/functions/v1/<name>,
// against DATABASE_URL or, without it, the embedded PGlite database (.cis-data/pglite, or --memory)
// which this process hosts and hands to Deno over the Postgres wire protocol.
//   --port N     listen port (default 54321, Supabase's local API port)
//   --memory     throwaway in-memory embedded database
//   --data-dir D embedded database folder (default .cis-data/pglite)
//   --demo       register a `cis` webhook source for a "demo" client and print a ready-to-run curl
// Ctrl-C stops Deno, the wire server and the database.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import { clientDatabase } from './lib/database.ts';
import { connect, openEmbedded } from './lib/connect.ts';
import type { SqlClient } from './lib/db.ts';
import { StaleSchemaError } from './lib/migrate.ts';
import { servePgliteWire, type WireServer } from './lib/serve-pglite-wire.ts';
import { startDeno, type DenoServer } from './lib/serve-deno.ts';
import { bannerText } from './lib/serve-banner.ts';
import { ensureClient, registerSource, webhookUrl } from '../shared/handlers/ingest/sources.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '54321' },
    memory: { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
    demo: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`usage: npm run serve [-- --port N] [--memory | --data-dir DIR] [--demo]
  serves every edge function under Deno at http://127.0.0.1:<port>/functions/v1/<name>
  DATABASE_URL=postgres://… npm run serve   uses that PostgreSQL instead of embedded PGlite`);
  process.exit(0);
}
const port = Number(values.port);
const host = '127.0.0.1';

let pglite: PGlite | null = null;
let wire: WireServer | null = null;
let deno: DenoServer | null = null;
let databaseUrl!: string;
let where!: string;
let admin!: SqlClient;

/** The database the functions use: DATABASE_URL, else the embedded one served over the wire. */
async function openDatabase(): Promise<void> {
  if (process.env.DATABASE_URL) {
    const connection = await connect();
    admin = connection.db;
    databaseUrl = process.env.DATABASE_URL;
    where = connection.where;
    return;
  }
  const embedded = await openEmbedded({ memory: values.memory, dataDir: values['data-dir'] });
  if (embedded.applied.length) console.log(`applied ${embedded.applied.length} migration(s)`);
  pglite = embedded.pglite;
  admin = embedded.db;
  wire = await servePgliteWire(pglite, { host });
  databaseUrl = wire.url;
  where = embedded.where;
}

try {
  await openDatabase();
} catch (error) {
  // A database built from other migration files: the message says which and how to rebuild it.
  if (!(error instanceof StaleSchemaError)) throw error;
  console.error(error.message);
  process.exit(1);
}

let demo: string | null = null;
if (values.demo) {
  const base = process.env.CIS_PUBLIC_URL ?? `http://${host}:${port}/functions/v1`;
  demo = await clientDatabase(admin).asServiceRole(async (sql) => {
    const client = await ensureClient(sql, 'Demo', 'demo');
    const { token } = await registerSource(sql, { clientId: client.id, provider: 'cis', name: 'npm run serve --demo' });
    return webhookUrl(base, 'cis', token);
  });
}
// The embedded database stays open for the wire server; a real one is only needed for set-up.
if (!pglite) await admin.close();

let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await deno?.stop();
    await wire?.close();
    await pglite?.close();
  }
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

// The admin-authenticated functions (lead-import, reply-analysis, detector-refresh) refuse every
// call without a secret; a server started without one makes one up and shows it in the banner.
const generatedAdminSecret = process.env.CIS_ADMIN_SECRET ? null : randomBytes(24).toString('hex');
deno = await startDeno({
  host,
  port,
  quiet: false,
  env: {
    DATABASE_URL: databaseUrl,
    // The webhook drain runs with the functions (as pg_cron runs it on Supabase): queued receipts
    // are ingested in batches moments after they were answered.
    CIS_DRAIN: 'on',
    ...(generatedAdminSecret ? { CIS_ADMIN_SECRET: generatedAdminSecret } : {}),
    // PGlite is one backend: one connection at a time avoids waiting on each other's turns, and
    // the drain runs only when webhooks arrive (nothing else writes the embedded database).
    ...(pglite ? { CIS_DB_POOL_SIZE: '1', CIS_DRAIN_POLL_MS: '0', CIS_DRAIN_MAX_EVENTS: '2000' } : {}),
  },
  onExit: (code) => {
    if (stopping) return;
    // Ctrl-C reaches Deno too (same process group): that is a normal stop, not a crash.
    const interrupted = code === 0 || code === 130 || code === 143;
    if (!interrupted) console.error(`deno stopped (exit ${code})`);
    void stop(interrupted ? 0 : code);
  },
});
const { functions } = (await (await fetch(`${deno.url}/functions/v1/`)).json()) as { functions: string[] };
console.log(bannerText({ base: `http://${host}:${port}/functions/v1`, where, embedded: pglite !== null, demo, functions, generatedAdminSecret }));
