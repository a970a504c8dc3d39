// `npm run gen:types`: regenerates shared/client/database.types.ts from the migrations, on a
// throwaway in-memory database (no server needed).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { databaseTypes } from './lib/database-types.ts';
import { wrapPglite } from './lib/db.ts';
import { loadSupabaseStandin, migrate, repoRoot } from './lib/migrate.ts';

const pglite = new PGlite();
const db = wrapPglite(pglite);
await loadSupabaseStandin(db);
await migrate(db);
const target = join(repoRoot, 'shared', 'client', 'database.types.ts');
writeFileSync(target, await databaseTypes(db));
await db.close();
console.log(`wrote ${target}`);
