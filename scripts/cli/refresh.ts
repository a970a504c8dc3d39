// `npm run cis -- refresh [--client ID|SLUG]`: experiment verdicts, lead facts and detector findings
// (what the hourly schedule runs; shared/detectors/refresh.ts).
import { parseArgs } from 'node:util';
import { findClient } from '../../shared/db/clients.ts';
import { refreshDetectors } from '../../shared/detectors/refresh.ts';
import { connect } from '../lib/connect.ts';
import { clientDatabase } from '../lib/database.ts';
import type { Flags } from './flags.ts';

export const REFRESH_USAGE = `  refresh [--client ID|SLUG]             recompute experiment verdicts, lead facts and detector
                                         findings (what the hourly schedule runs)`;

export async function refreshCommand(args: string[], flags: Flags): Promise<number> {
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
      return refreshDetectors(sql, clientId);
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
}
