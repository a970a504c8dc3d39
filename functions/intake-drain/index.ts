// Edge function: drain the webhook queue now. All logic is in shared/handlers/intake-drain.ts.
import { createIntakeDrainHandler } from '../../shared/handlers/intake-drain.ts';
import { databaseFromEnv } from '../../shared/runtime/deno-database.ts';

Deno.serve(
  createIntakeDrainHandler({
    db: databaseFromEnv(Deno.env),
    adminSecret: Deno.env.get('CIS_ADMIN_SECRET'),
  }),
);
