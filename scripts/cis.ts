// `npm run cis -- <command>`: the operator's command line. Each command opens the same database
// `npm start` uses (DATABASE_URL, else embedded PGlite in .cis-data/pglite) and migrates it first;
// the commands themselves live in scripts/cli/, one file per concern.
import { INTAKE_USAGE, clientsCommand, replayCommand, sourcesCommand } from './cli/intake.ts';
import { LEADS_USAGE, importLeadsCommand } from './cli/leads.ts';
import { MIGRATIONS_USAGE, migrationsCommand } from './cli/migrations.ts';
import { REFRESH_USAGE, refreshCommand } from './cli/refresh.ts';
import { REPLIES_USAGE, analyzeRepliesCommand } from './cli/replies.ts';
import { REPORT_USAGE, reportCommand } from './cli/report.ts';
import type { Flags } from './cli/flags.ts';
import { StaleSchemaError } from './lib/migrate.ts';

const USAGE = `usage: npm run cis -- <command> [options]

commands:
${LEADS_USAGE}
${INTAKE_USAGE}
${REPORT_USAGE}
${REPLIES_USAGE}
${REFRESH_USAGE}
${MIGRATIONS_USAGE}
  help                                   this text

options:
  --memory    use a throwaway in-memory database (for trying things out)
environment:
  DATABASE_URL   a PostgreSQL/Supabase connection string; without it, embedded PGlite is used`;

type Command = (args: string[], flags: Flags) => Promise<number>;

const commands: Record<string, Command> = {
  'import-leads': importLeadsCommand,
  clients: clientsCommand,
  sources: sourcesCommand,
  replay: replayCommand,
  report: reportCommand,
  'analyze-replies': analyzeRepliesCommand,
  refresh: refreshCommand,
  migrations: migrationsCommand,
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
try {
  process.exit(await command(rest, { memory }));
} catch (error) {
  // A database built from other migration files: say which and how to rebuild, without a stack.
  if (error instanceof StaleSchemaError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
