import { openPglite } from '../lib/db.ts';
import { loadSupabaseStandin, migrate } from '../lib/migrate.ts';
import { clientDatabase } from '../lib/database.ts';
import { importLeads } from '../../shared/handlers/lead-import.ts';
import { providers } from '../../shared/ingest/providers/index.ts';
import { loadWorld } from './config.ts';
import { prepareWorld } from './index.ts';
const world = loadWorld('worlds/default.json');
world.leads = Number(process.argv[2] ?? 2000);
const batch = Number(process.argv[3] ?? 1000);
const db = await openPglite();
await loadSupabaseStandin(db); await migrate(db);
await db.exec(`set track_functions = 'all'`);
const cdb = clientDatabase(db);
const w = await prepareWorld(cdb, world, 7, { importPeople: async (client, payload) => { await cdb.asServiceRole((sql) => importLeads(sql, payload, client.id)); } });
const ids = new Map(w.setups.map((s) => [s.key, s.id]));
const all: [string, unknown[]][] = [];
for (const r of w.requests) { const p = providers[r.provider].parse(r.body, { receivedAt: r.at, contentType: r.contentType }); if (p.ok) all.push([r.clientKey, p.events]); }
let buf: Record<string, unknown[]> = {};
let t0 = Date.now();
const times: string[] = [];
for (const [k, evs] of all) {
  (buf[k] ??= []).push(...evs);
  if (buf[k].length >= batch) { const t = Date.now(); await cdb.asServiceRole((sql) => sql.query('select public.ingest_all_events($1,$2::jsonb)', [ids.get(k), JSON.stringify(buf[k])])); times.push(`${k}:${buf[k].length}:${Date.now() - t}`); buf[k] = []; }
}
for (const k of Object.keys(buf)) if (buf[k].length) await cdb.asServiceRole((sql) => sql.query('select public.ingest_all_events($1,$2::jsonb)', [ids.get(k), JSON.stringify(buf[k])]));
console.log('total', Date.now() - t0, times.join(' '));
console.table(await db.query(`select schemaname||'.'||funcname f, calls, round(total_time) total, round(self_time) self from pg_stat_user_functions order by self_time desc limit 22`));
