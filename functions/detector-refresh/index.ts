// Edge function: detector refresh. All logic is in shared/handlers/detector-refresh.ts.
import { createDetectorRefreshHandler } from '../../shared/handlers/detector-refresh.ts';
import { databaseFromEnv } from '../../shared/runtime/deno-database.ts';

Deno.serve(
  createDetectorRefreshHandler({
    db: databaseFromEnv(Deno.env),
    adminSecret: Deno.env.get('CIS_ADMIN_SECRET'),
  }),
);
