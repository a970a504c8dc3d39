// Edge function: Apollo lead import. All logic is in shared/handlers/lead-import.ts.
import { createLeadImportHandler } from '../../shared/handlers/lead-import.ts';
import { databaseFromEnv } from '../../shared/runtime/deno-database.ts';

Deno.serve(
  createLeadImportHandler({
    db: databaseFromEnv(Deno.env),
    adminSecret: Deno.env.get('CIS_ADMIN_SECRET'),
  }),
);
