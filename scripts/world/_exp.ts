import { openPglite } from '../lib/db.ts';
import { loadSupabaseStandin, migrate } from '../lib/migrate.ts';
import { clientDatabase } from '../lib/database.ts';
import { importLeads } from '../../shared/handlers/lead-import.ts';
import { providers } from '../../shared/ingest/providers/index.ts';
let t = Date.now();
const lap = (s: string) => { console.log(s, Date.now() - t, 'ms'); t = Date.now(); };
const db = await openPglite();
await loadSupabaseStandin(db); await migrate(db); lap('migrate');
const [c] = await db.query<{id:string}>(`insert into public.clients (name, slug) values ('X','x') returning id`);
const N = 5000;
const people = Array.from({ length: N }, (_, i) => ({ id: (i + 1).toString(16).padStart(24, '0'), first_name: 'A'+i, last_name: 'B', name: 'A B', email: `p${i}@ex${i%300}.example`, email_status: 'verified', title: 'CEO', seniority: i%2?'c_suite':'manager', departments: ['c_suite'], city: 'Berlin', state: 'Berlin', country: 'Germany', time_zone: 'Europe/Berlin', employment_history: [], organization: { id: (i%300+1).toString(16).padStart(24,'a'), name: 'Co '+(i%300), primary_domain: `ex${i%300}.example`, industry: 'logistics', estimated_num_employees: 200 } }));
const cdb = clientDatabase(db);
for (let i = 0; i < N; i += 2500) {
  const r = await cdb.asServiceRole((sql) => importLeads(sql, { status: 'success', matches: people.slice(i, i + 2500) }, c.id));
  if (!r.ok) { console.log(JSON.stringify(r.issues.slice(0,5))); process.exit(1); }
}
lap('import ' + N);
const mk = (kind: string, i: number, at: string, extra: object = {}) => ({ event: kind, event_id: kind + i, occurred_at: at, lead: { email: `p${i}@ex${i%300}.example` }, touch: { id: 't' + i, campaign_id: 'c1', sequence_step: 1, subject: 'Hello there', body_text: 'Hi A' + i + ', quick question about logistics at your company? https://x.example/a' }, ...extra });
async function push(items: object[]) {
  const parsed = providers.cis.parse(JSON.stringify({ events: items }), { receivedAt: new Date() });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  await cdb.asServiceRole((sql) => sql.query('select public.ingest_all_events($1, $2::jsonb)', [c.id, JSON.stringify(parsed.events)]));
}
for (let i = 0; i < N; i += 1000) await push(Array.from({ length: 1000 }, (_, k) => mk('email_sent', i + k, '2025-09-16T13:02:11Z')));
lap('sent ' + N);
for (let i = 0; i < N; i += 1000) await push(Array.from({ length: 1000 }, (_, k) => { const e: any = mk('email_opened', i + k, '2025-09-16T15:02:11Z'); e.touch = { id: 't' + (i + k) }; return e; }));
lap('opened ' + N);
for (let i = 0; i < 200; i += 100) await push(Array.from({ length: 100 }, (_, k) => { const e: any = mk('email_replied', i + k, '2025-09-16T17:02:11Z', { reply: { text: 'Sounds interesting, send me more info' } }); e.touch = { id: 't' + (i + k) }; return e; }));
lap('replies 200');
for (let i = 0; i < 100; i++) await push([ (() => { const e: any = mk('email_opened', 3000 + i, '2025-09-17T15:02:11Z'); e.event_id = 'single'+i; e.touch = { id: 't' + (3000 + i) }; return e; })() ]);
lap('100 single events');
