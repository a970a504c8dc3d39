import { openPglite } from '../lib/db.ts';
import { loadSupabaseStandin, migrate } from '../lib/migrate.ts';
import { clientDatabase } from '../lib/database.ts';
import { importLeads } from '../../shared/handlers/lead-import.ts';
import { loadWorld } from './config.ts';
import { prepareWorld, ingestDirect, finishWorld } from './index.ts';
let t = Date.now();
const lap = (s: string) => { console.log(s, Date.now() - t, 'ms'); t = Date.now(); };
const world = loadWorld('worlds/default.json');
world.leads = Number(process.argv[2] ?? 2000);
const db = await openPglite();
await loadSupabaseStandin(db); await migrate(db); lap('migrate');
const cdb = clientDatabase(db);
const w = await prepareWorld(cdb, world, 7, {
  importPeople: async (client, payload) => {
    const r = await cdb.asServiceRole((sql) => importLeads(sql, payload, client.id));
    if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  },
  onStage: (s, d, n) => { if (!d || d === n) lap(s + (n ? ` ${n}` : '')); },
});
lap('prepared');
const byType: Record<string, number> = {};
for (const h of w.month.happenings) byType[h.type] = (byType[h.type] ?? 0) + 1;
console.log(byType, 'requests', w.requests.length, Object.entries(w.requests.reduce((a: any, r) => { a[r.provider] = (a[r.provider] ?? 0) + 1; return a; }, {})));
const r = await ingestDirect(cdb, w.setups, w.requests);
lap('ingested ' + r.events);
console.log(await finishWorld(cdb, w)); lap('finish');
for (const q of [
  `select count(*) from activities`, `select count(*) from email_events`, `select count(*) filter (where is_machine) m, count(*) h from email_events`,
  `select count(*) from replies`, `select count(*) from meetings`, `select status, showed_up, count(*) from meetings group by 1,2`, `select count(*), count(*) filter (where won) from deals`,
  `select count(*) from pending_email_events`, `select count(*) from deal_events where deal_id is null`, `select ab_variant, count(*) from activities where ab_test_id is not null group by 1`,
]) console.log(q, JSON.stringify(await db.query(q)));
console.log(JSON.stringify(await db.query(`select provider, kind, count(*), count(deal_id) from deal_events group by 1,2`)));
console.log(JSON.stringify(await db.query(`select provider, count(*) from crm_links group by 1`)));
const dealReq = w.requests.find((r) => r.provider === 'hubspot');
console.log(dealReq?.body.slice(0, 600));
