// Every edge function behind one `deno serve` (run by `npm run serve`, and by the end-to-end test):
// `/functions/v1/<name>/…` goes to that function's handler, built exactly as its
// functions/<name>/index.ts builds it, over one shared connection pool. Runs under Deno only;
// written without Deno's types so tsc (Node) checks it too.
//   deno serve --allow-net --allow-env --allow-read scripts/lib/serve-functions.ts
// Adding a function: one line in `routes`, mirroring its index.ts.
import type { Database } from '../../shared/db/sql.ts';
import { createDetectorRefreshHandler } from '../../shared/handlers/detector-refresh.ts';
import { createIngestHandler } from '../../shared/handlers/ingest.ts';
import { createLeadImportHandler } from '../../shared/handlers/lead-import.ts';
import { createReplyAnalysisHandler } from '../../shared/handlers/reply-analysis.ts';
import { json } from '../../shared/http/responses.ts';
import { databaseFromEnv } from '../../shared/runtime/deno-database.ts';

type Env = { get(name: string): string | undefined };
type Handler = (request: Request) => Promise<Response>;

const routes: Record<string, (env: Env, db: Database) => Handler> = {
  'lead-import': (env, db) => createLeadImportHandler({ db, adminSecret: env.get('CIS_ADMIN_SECRET') }),
  ingest: (env, db) => createIngestHandler({ db, publicBaseUrl: env.get('CIS_PUBLIC_URL') }),
  'reply-analysis': (env, db) =>
    createReplyAnalysisHandler({
      db,
      adminSecret: env.get('CIS_ADMIN_SECRET'),
      engine: { openaiApiKey: env.get('OPENAI_API_KEY') || undefined, model: env.get('CIS_OPENAI_MODEL') || undefined },
    }),
  'detector-refresh': (env, db) => createDetectorRefreshHandler({ db, adminSecret: env.get('CIS_ADMIN_SECRET') }),
};

const env = (globalThis as unknown as { Deno: { env: Env } }).Deno.env;
const db = databaseFromEnv(env);
const handlers = new Map(Object.entries(routes).map(([name, make]) => [name, make(env, db)]));
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
