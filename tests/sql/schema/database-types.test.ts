// The client apps' row types (shared/client/database.types.ts) are generated from the migrations;
// they must describe exactly what this checkout's migrations serve through PostgREST.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseTypes } from '../../../scripts/lib/database-types.ts';
import { repoRoot } from '../../../scripts/lib/migrate.ts';
import { useDb } from '../../helpers/db.ts';

describe('generated database types', () => {
  const db = useDb();

  it('shared/client/database.types.ts matches the migrations (else run npm run gen:types)', async () => {
    const committed = readFileSync(join(repoRoot, 'shared', 'client', 'database.types.ts'), 'utf8');
    expect(await databaseTypes(db)).toBe(committed);
  });
});
