// `npm run cis -- <command>`: the operator's command line. Each command opens the same database
// `npm start` uses (DATABASE_URL, else embedded PGlite in .cis-data/pglite) and migrates it first.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importLeads } from '../shared/handlers/lead-import.ts';
import { analyzePendingReplies, ReplyAnalysisRequest } from '../shared/handlers/reply-analysis.ts';
import { clientsCommand, INTAKE_USAGE, replayCommand, sourcesCommand } from './lib/cli-intake.ts';
import { findClient } from '../shared/db/clients.ts';
import { connect } from './lib/connect.ts';
import { REPORT_USAGE, reportCommand } from './world/cli-report.ts';
import { clientDatabase } from './lib/database.ts';

const USAGE = `usage: npm run cis -- <command> [options]

commands:
  import-leads FILE [--client ID|SLUG]   import an Apollo JSON response (people/match, bulk_match,
                                         search, organizations/enrich) into the lead pool; with
                                         --client, assign everyone to that client
${INTAKE_USAGE}
${REPORT_USAGE}
  analyze-replies [--client ID|SLUG] [--reanalyze] [--since DATE] [--limit N]
                                         analyse replies not yet analysed (offline engine, or
                                         OpenAI when OPENAI_API_KEY is set); --reanalyze redoes them
  refresh [--client ID|SLUG]             recompute experiment verdicts, lead facts and detector
                                         findings (what the hourly schedule runs)
  help                                   this text

options:
  --memory    use a throwaway in-memory database (for trying things out)
environment:
  DATABASE_URL   a PostgreSQL/Supabase connection string; without it, embedded PGlite is used`;

type Command = (args: string[], flags: { memory: boolean }) => Promise<number>;

const commands: Record<string, Command> = {
  async 'import-leads'(args, flags) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { client: { type: 'string' } } });
    if (positionals.length !== 1) {
      console.error('import-leads needs exactly one FILE\n\n' + USAGE);
      return 2;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(readFileSync(positionals[0], 'utf8'));
    } catch (error) {
      console.error(`cannot read ${positionals[0]} as JSON: ${(error as Error).message}`);
      return 1;
    }
    const { db } = await connect({ memory: flags.memory });
    try {
      const outcome = await clientDatabase(db).asServiceRole((sql) => importLeads(sql, payload, values.client ?? null));
      if (!outcome.ok) {
        console.error(`nothing imported: ${outcome.message}`);
        for (const issue of outcome.issues) console.error(`  ${issue.path}: ${issue.message}`);
        return 1;
      }
      const { people, organizations, skipped } = outcome.result;
      console.log(
        `people: ${people.received} received, ${people.inserted} new, ${people.updated} updated` +
          (values.client ? `, ${people.assigned} assigned, ${people.leads_created} new leads` : ''),
      );
      if (organizations.received) console.log(`organizations: ${organizations.received} received, ${organizations.people_updated} people updated`);
      if (skipped) console.log(`skipped: ${skipped} (no match or duplicate in the file)`);
      return 0;
    } finally {
      await db.close();
    }
  },
  clients: clientsCommand,
  sources: sourcesCommand,
  replay: replayCommand,
  report: reportCommand,
  async refresh(args, flags) {
    const { values } = parseArgs({ args, options: { client: { type: 'string' } } });
    const { db } = await connect({ memory: flags.memory });
    try {
      const result = await clientDatabase(db).asServiceRole(async (sql) => {
        let clientId: string | null = null;
        if (values.client) {
          const client = await findClient(sql, values.client);
          if (!client) return null;
          clientId = client.id;
        }
        const [row] = await sql.query<{ r: Record<string, number> }>('select public.refresh_detectors($1::uuid) as r', [clientId]);
        return row.r;
      });
      if (!result) {
        console.error(`no client ${values.client}`);
        return 1;
      }
      console.log(`refreshed ${result.leads} leads: ${result.findings} findings, ${result.significant} significant, ` +
        `${result.experiments} experiments analysed, in ${result.seconds} s`);
      return 0;
    } finally {
      await db.close();
    }
  },
  async 'analyze-replies'(args, flags) {
    const usage = `usage: npm run cis -- analyze-replies [--client ID|SLUG] [--reanalyze] [--since DATE] [--limit N] [--batch-size N]
  analyses replies waiting for analysis (or, with --reanalyze, all of them again) and applies the
  results: reply fields, thread messages and outcomes, opt-outs and rejection reasons on leads.
  OpenAI when OPENAI_API_KEY is set (model CIS_OPENAI_MODEL), the offline rules otherwise.`;
    let parsed;
    try {
      parsed = parseArgs({
        args,
        options: {
          client: { type: 'string' }, reanalyze: { type: 'boolean' }, since: { type: 'string' },
          limit: { type: 'string' }, 'batch-size': { type: 'string' }, help: { type: 'boolean' },
        },
      }).values;
    } catch (error) {
      console.error(`${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    if (parsed.help) {
      console.log(usage);
      return 0;
    }
    const request = ReplyAnalysisRequest.safeParse({
      client: parsed.client,
      reanalyze: parsed.reanalyze,
      since: parsed.since,
      limit: parsed.limit === undefined ? undefined : Number(parsed.limit),
      batch_size: parsed['batch-size'] === undefined ? undefined : Number(parsed['batch-size']),
    });
    if (!request.success) {
      for (const issue of request.error.issues) console.error(`--${issue.path.join('.').replace('_', '-')}: ${issue.message}`);
      console.error(`\n${usage}`);
      return 2;
    }
    const { db } = await connect({ memory: flags.memory });
    try {
      const engine = { openaiApiKey: process.env.OPENAI_API_KEY || undefined, model: process.env.CIS_OPENAI_MODEL || undefined };
      const outcome = await analyzePendingReplies(clientDatabase(db), request.data, engine, {
        log: (message, error) => console.error(message, error instanceof Error ? error.message : (error ?? '')),
        onBatch: (run) => console.log(`batch ${run.batches}: ${run.analysed} analysed so far`),
      });
      if (!outcome.ok) {
        console.error(`nothing analysed: ${outcome.message}`);
        return 1;
      }
      const r = outcome.result;
      console.log(`${r.engine} engine (${r.ai_model ?? 'rules'}, ${r.prompt_version}): ${r.analysed} analysed, ${r.applied} applied, ${r.skipped} already done`);
      console.log(`opt-outs ${r.unsubscribed}, rejections ${r.rejected}, questions ${r.questions}; threads updated ${r.threads_updated}`);
      if (r.fallbacks) console.log(`OpenAI fell back to the offline rules ${r.fallbacks} time(s)`);
      if (r.failed) console.log(`${r.failed} reply(ies) could not be analysed (see errors above)`);
      return r.failed ? 1 : 0;
    } finally {
      await db.close();
    }
  },
  async help() {
    console.log(USAGE);
    return 0;
  },
};

const argv = process.argv.slice(2);
const memory = argv.includes('--memory');
const [name = 'help', ...rest] = argv.filter((a) => a !== '--memory');
const command = commands[name];
if (!command) {
  console.error(`unknown command: ${name}\n\n${USAGE}`);
  process.exit(2);
}
process.exit(await command(rest, { memory }));
