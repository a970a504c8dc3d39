// Edge function: webhook intake for every sender. All logic is in shared/handlers/ingest.ts.
import { createIngestHandler } from '../../shared/handlers/ingest.ts';
import { databaseFromEnv } from '../../shared/runtime/deno-database.ts';

Deno.serve(
  createIngestHandler({
    db: databaseFromEnv(Deno.env),
    publicBaseUrl: Deno.env.get('CIS_PUBLIC_URL'),
  }),
);
