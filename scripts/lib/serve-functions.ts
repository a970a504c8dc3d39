// Every edge function behind one `deno serve` (run by `npm run serve`, `npm start`, the benchmarks
// and the end-to-end tests): `/functions/v1/<name>/…` goes to that function's handler, built
// exactly as its functions/<name>/index.ts builds it, over one shared connection pool. Runs under
// Deno only; written without Deno's types so tsc (Node) checks it too.
//   deno serve --allow-net --allow-env --allow-read scripts/lib/serve-functions.ts
// Adding a function: one line in `routes`, mirroring its index.ts.
// With CIS_DRAIN=on (npm run serve and npm start set it) the webhook drain runs here too, as
// pg_cron runs it on Supabase: queued receipts are ingested in batches, and the ingest handler
// wakes the loop whenever it queues one (shared/handlers/ingest/drain.ts).
import type { Database } from '../../shared/db/sql.ts';
import { createDetectorRefreshHandler } from '../../shared/handlers/detector-refresh.ts';
import { createIngestHandler } from '../../shared/handlers/ingest.ts';
import { startDrainer, type Drainer } from '../../shared/handlers/ingest/drain.ts';
import { createIntakeDrainHandler } from '../../shared/handlers/intake-drain.ts';
import { createLeadImportHandler } from '../../shared/handlers/lead-import.ts';
import { createReplyAnalysisHandler } from '../../shared/handlers/reply-analysis.ts';
import { json } from '../../shared/http/responses.ts';
import { databaseFromEnv } from '../../shared/runtime/deno-database.ts';

type Env = { get(name: string): string | undefined };
type Handler = (request: Request) => Promise<Response>;

let drainer: Drainer | null = null;

const routes: Record<string, (env: Env, db: Database) => Handler> = {
  'lead-import': (env, db) => createLeadImportHandler({ db, adminSecret: env.get('CIS_ADMIN_SECRET') }),
  ingest: (env, db) => createIngestHandler({ db, publicBaseUrl: env.get('CIS_PUBLIC_URL'), onQueued: () => drainer?.nudge() }),
  'reply-analysis': (env, db) =>
    createReplyAnalysisHandler({
      db,
      adminSecret: env.get('CIS_ADMIN_SECRET'),
      engine: { openaiApiKey: env.get('OPENAI_API_KEY') || undefined, model: env.get('CIS_OPENAI_MODEL') || undefined },
    }),
  'detector-refresh': (env, db) => createDetectorRefreshHandler({ db, adminSecret: env.get('CIS_ADMIN_SECRET') }),
  'intake-drain': (env, db) => createIntakeDrainHandler({ db, adminSecret: env.get('CIS_ADMIN_SECRET') }),
};

const env = (globalThis as unknown as { Deno: { env: Env } }).Deno.env;
const db = databaseFromEnv(env);
const handlers = new Map(Object.entries(routes).map(([name, make]) => [name, make(env, db)]));
if (env.get('CIS_DRAIN') === 'on') {
  drainer = startDrainer(db, {
    limit: Number(env.get('CIS_DRAIN_LIMIT') ?? 1000),
    // The embedded database has one connection for the webhooks and the drain alike: smaller
    // batches keep a webhook from waiting long for it (CIS_DRAIN_MAX_EVENTS), and, written by this
    // process alone, it is drained when nudged, never on a timer (CIS_DRAIN_POLL_MS=0).
    maxEvents: Number(env.get('CIS_DRAIN_MAX_EVENTS') ?? 10_000),
    pollMs: Number(env.get('CIS_DRAIN_POLL_MS') ?? 1000),
    ...(env.get('CIS_DRAIN_LOG') === 'on'
      ? { onDrained: (r) => console.error(`drained ${r.receipts} receipts, ${r.events} events of ${r.clients} clients: ${r.accepted} accepted, ${r.duplicates} duplicates, ${r.pending} pending, ${r.failed} failed`) }
      : {}),
  });
}
const PREFIX = '/functions/v1/';

export default {
  fetch(request: Request): Response | Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === '/' || pathname === PREFIX || pathname === PREFIX.slice(0, -1)) {
      return json(200, { functions: [...handlers.keys()].map((name) => `${PREFIX}${name}`) });
    }
    if (!pathname.startsWith(PREFIX)) return json(404, { error: 'not_found', message: `functions live under ${PREFIX}<name>` });
    const name = pathname.slice(PREFIX.length).split('/')[0];
    const handler = handlers.get(name);
    if (!handler) return json(404, { error: 'not_found', message: `no function ${name}` });
    return handler(request);
  },
};
