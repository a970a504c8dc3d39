// `npm run cis -- <command>`: the operator's command line. Each command opens the same database
// `npm start` uses (DATABASE_URL, else embedded PGlite in .cis-data/pglite) and migrates it first.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importLeads } from '../shared/handlers/lead-import.ts';
import { connect } from './lib/connect.ts';
import { clientDatabase } from './lib/database.ts';

const USAGE = `usage: npm run cis -- <command> [options]

commands:
  import-leads FILE [--client ID|SLUG]   import an Apollo JSON response (people/match, bulk_match,
                                         search, organizations/enrich) into the lead pool; with
                                         --client, assign everyone to that client
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
