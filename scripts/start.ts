// `npm start`: the main job. Today it boots the database (embedded PGlite unless DATABASE_URL is
// set), applies every migration and prints what CIS created.
//   --memory   keep the embedded database in memory instead of .cis-data/pglite
import { parseArgs } from 'node:util';
import { connect } from './lib/connect.ts';
import { inventory } from './lib/inventory.ts';
import { listMigrations } from './lib/migrate.ts';

const { values } = parseArgs({
  options: { memory: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
});
if (values.help) {
  console.log('usage: npm start [-- --memory]\n  DATABASE_URL=postgres://… npm start   uses that PostgreSQL instead of embedded PGlite');
  process.exit(0);
}

const started = Date.now();
const total = listMigrations().length;
let done = 0;
console.log('CIS — Conversion Intelligence System');
const { db, where, applied } = await connect({
  memory: values.memory,
  onMigration: (m) => console.log(`  [${String(++done).padStart(2)}/${total}] applying ${m.version}_${m.name}`),
});
console.log(`database: ${where}`);
console.log(applied.length ? `applied ${applied.length} migration(s)` : 'schema already up to date');
const found = await inventory(db);
const list = (label: string, items: string[]) => console.log(`\n${label} (${items.length}):\n  ${items.join(', ') || '—'}`);
list('tables', found.tables);
list('views', found.views);
list('functions', found.functions);
list('enums', found.enums);
console.log(`\nready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
await db.close();
