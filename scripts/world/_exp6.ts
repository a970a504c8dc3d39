import { openPglite } from '../lib/db.ts';
import { loadSupabaseStandin, migrate } from '../lib/migrate.ts';
import { clientDatabase } from '../lib/database.ts';
import { importLeads } from '../../shared/handlers/lead-import.ts';
import { loadWorld } from './config.ts';
import { prepareWorld, ingestDirect } from './index.ts';
const world = loadWorld('worlds/default.json');
world.leads = 3000;
for (const c of world.clients) for (const k of c.campaigns) { (k as any).sender = 'cis'; for (const s of k.steps) { s.sms_provider = 'cis'; } if (!k.ab_test) for (const s of k.steps) delete s.variants; }
for (const batch of process.argv.slice(2).map(Number)) {
  const db = await openPglite();
  await loadSupabaseStandin(db); await migrate(db);
  const cdb = clientDatabase(db);
  const w = await prepareWorld(cdb, world, 7, { importPeople: async (client, payload) => { await cdb.asServiceRole((sql) => importLeads(sql, payload, client.id)); }, cisBatch: batch });
  const t = Date.now();
  const r = await ingestDirect(cdb, w.setups, w.requests, batch);
  console.log(`batch ${batch}: ${r.events} events in ${Date.now() - t} ms (${Math.round(r.events / ((Date.now() - t) / 1000))}/s)`);
  await db.close();
}
