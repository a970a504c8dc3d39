// Edge function: analyses replies waiting for it (cron, or right after ingestion). All logic is in
// shared/handlers/reply-analysis.ts. OpenAI is used when OPENAI_API_KEY is set (model:
// CIS_OPENAI_MODEL), the offline rules otherwise.
import { createReplyAnalysisHandler } from '../../shared/handlers/reply-analysis.ts';
import { databaseFromEnv } from '../../shared/runtime/deno-database.ts';

Deno.serve(
  createReplyAnalysisHandler({
    db: databaseFromEnv(Deno.env),
    adminSecret: Deno.env.get('CIS_ADMIN_SECRET'),
    engine: {
      openaiApiKey: Deno.env.get('OPENAI_API_KEY') || undefined,
      model: Deno.env.get('CIS_OPENAI_MODEL') || undefined,
    },
  }),
);
