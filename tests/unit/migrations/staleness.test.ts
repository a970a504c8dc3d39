// A database built from an older checkout is refused when the files it was built from changed,
// vanished, were renamed, or a new file sorts before what was already applied.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listMigrations, rebuildHint, sha256Of, staleness } from '../../../scripts/lib/migrate.ts';

const dir = mkdtempSync(join(tmpdir(), 'cis-stale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, '001_base.sql'), 'select 1;');
writeFileSync(join(dir, '005_leads.sql'), 'select 5;');
writeFileSync(join(dir, '007_more.sql'), 'select 7;');
const files = listMigrations(dir);
const applied = (version: string, name: string, sql: string | null) => ({ version, name, sha256: sql === null ? null : sha256Of(sql) });

describe('stale schema detection', () => {
  it('a database built from these very files is current', () => {
    expect(staleness([applied('001', 'base', 'select 1;'), applied('005', 'leads', 'select 5;')], files)).toEqual([]);
  });

  it('an applied file edited since is named with both checksums', () => {
    const [problem] = staleness([applied('001', 'base', 'select 0;')], files);
    expect(problem).toMatch(/^001_base\.sql changed since it was applied \(sha256 [0-9a-f]{12}… then, [0-9a-f]{12}… now\)$/);
  });

  it('an applied migration that is gone or renamed is reported', () => {
    expect(staleness([applied('001', 'base', 'select 1;'), applied('003', 'old_concern', null), applied('005', 'people', null)], files)).toEqual([
      'applied migration 003_old_concern is no longer in supabase/migrations',
      'applied migration 005_people is now 005_leads',
    ]);
  });

  it('a new file that sorts before an applied one is reported, a new last file is not', () => {
    expect(staleness([applied('001', 'base', 'select 1;'), applied('007', 'more', 'select 7;')], files)).toEqual([
      '005_leads.sql is new but sorts before the applied 007: it would run after the files that follow it',
    ]);
    expect(staleness([applied('001', 'base', 'select 1;')], files)).toEqual([]);
  });

  it('history without checksums (the Supabase CLI) is trusted by name', () => {
    expect(staleness([applied('001', 'base', null), applied('005', 'leads', null)], files)).toEqual([]);
  });

  it('the rebuild hint names the embedded folder or the database', () => {
    expect(rebuildHint({ dataDir: '/x/.cis-data/pglite' })).toContain(`rm -rf '/x/.cis-data/pglite'`);
    expect(rebuildHint({ url: 'postgres://u@db.example:6543/cis' })).toContain('dropdb -h db.example -p 6543 -U u cis');
  });
});
