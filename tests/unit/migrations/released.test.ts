// Released migrations never change (supabase/RELEASED + RELEASED.sha256): the repository's own
// list must match, and the check must catch every way a released file can drift.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationsDir, repoRoot } from '../../../scripts/lib/migrate.ts';
import { release, releasedNames, releasedProblems } from '../../../scripts/lib/released.ts';

const made: string[] = [];
function scratch(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'cis-released-'));
  made.push(root);
  const dir = join(root, 'migrations');
  mkdirSync(dir);
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
  return { root, migrationsDir: dir };
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('released migrations', () => {
  it("the repository's released migrations match their recorded checksums", () => {
    expect(releasedProblems({ root: join(repoRoot, 'supabase'), migrationsDir })).toEqual([]);
  });

  it('release records the files up to a version with their checksums, once', () => {
    const files = scratch({ '001_a.sql': 'select 1;', '002_b.sql': 'select 2;', '003_c.sql': 'select 3;' });
    expect(release(files, '002')).toEqual(['001_a.sql', '002_b.sql']);
    expect(release(files, '002')).toEqual([]);
    expect(releasedNames(files)).toEqual(['001_a.sql', '002_b.sql']);
    expect(readFileSync(join(files.root, 'RELEASED.sha256'), 'utf8')).toMatch(/^[0-9a-f]{64} {2}001_a\.sql\n[0-9a-f]{64} {2}002_b\.sql\n$/);
    expect(releasedProblems(files)).toEqual([]);
  });

  it('a released file that changed is reported, an unreleased one may change', () => {
    const files = scratch({ '001_a.sql': 'select 1;', '002_b.sql': 'select 2;' });
    release(files, '001');
    writeFileSync(join(files.migrationsDir, '002_b.sql'), 'select 22;');
    expect(releasedProblems(files)).toEqual([]);
    writeFileSync(join(files.migrationsDir, '001_a.sql'), 'select 1; -- a harmless-looking edit');
    expect(releasedProblems(files)).toEqual([
      '001_a.sql is released and has changed: put the change in a new migration named by its intent, and restore this file',
    ]);
  });

  it('a released file that vanished, lacks a checksum, or a checksum of an unlisted file is reported', () => {
    const files = scratch({ '001_a.sql': 'select 1;', '002_b.sql': 'select 2;' });
    release(files, '002');
    rmSync(join(files.migrationsDir, '001_a.sql'));
    writeFileSync(join(files.root, 'RELEASED'), '001_a.sql\n002_b.sql\n003_c.sql\n');
    writeFileSync(join(files.root, 'RELEASED.sha256'), readFileSync(join(files.root, 'RELEASED.sha256'), 'utf8') + `${'0'.repeat(64)}  009_z.sql\n`);
    expect(releasedProblems(files)).toEqual([
      '001_a.sql is released but no longer in supabase/migrations',
      '003_c.sql is released but no longer in supabase/migrations',
      'RELEASED.sha256 has 009_z.sql, which RELEASED does not list',
    ]);
  });
});
