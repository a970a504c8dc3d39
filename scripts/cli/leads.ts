// `npm run cis -- import-leads FILE [--client ID|SLUG]`: an Apollo response file into the lead pool
// (shared/apollo/import.ts), all or nothing; a bad file is refused whole, naming the bad fields.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importLeads } from '../../shared/apollo/import.ts';
import { connect } from '../lib/connect.ts';
import { clientDatabase } from '../lib/database.ts';
import type { Flags } from './flags.ts';

export const LEADS_USAGE = `  import-leads FILE [--client ID|SLUG]   import an Apollo JSON response (people/match, bulk_match,
                                         search, organizations/enrich) into the lead pool; with
                                         --client, assign everyone to that client`;

export async function importLeadsCommand(args: string[], flags: Flags): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { client: { type: 'string' } } });
  if (positionals.length !== 1) {
    console.error(`import-leads needs exactly one FILE\n\nusage:\n${LEADS_USAGE}`);
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
}
