// The migration runner records each applied file's checksum and refuses a database whose applied
// files have changed since (an older checkout's), naming them and the command that rebuilds it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, StaleSchemaError } from '../../../scripts/lib/migrate.ts';
import { openMigratedDb } from '../../helpers/db.ts';

describe('the migration runner on an existing database', () => {
  let db: Awaited<ReturnType<typeof openMigratedDb>>;
  beforeAll(async () => {
    db = await openMigratedDb();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('records a checksum for every applied migration', async () => {
    const rows = await db.query<{ n: number; missing: number }>(
      `select count(*)::integer as n, count(*) filter (where c.sha256 is null)::integer as missing
       from supabase_migrations.schema_migrations m left join supabase_migrations.cis_migration_checksums c using (version)`,
    );
    expect(rows[0].n).toBeGreaterThan(30);
    expect(rows[0].missing).toBe(0);
  });

  it('applies nothing to a database built from the same files', async () => {
    expect((await migrate(db)).applied).toEqual([]);
  });

  it('refuses a database whose applied file has changed since, and applies nothing', async () => {
    await db.exec(`update supabase_migrations.cis_migration_checksums set sha256 = repeat('0', 64) where version = '026'`);
    await db.exec(`delete from supabase_migrations.schema_migrations where version = '070'`);
    const failure = await migrate(db, () => {}, { rebuild: 'rm -rf /tmp/example' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StaleSchemaError);
    expect((failure as StaleSchemaError).problems).toEqual([
      expect.stringMatching(/^026_email_engagement\.sql changed since it was applied/),
    ]);
    expect((failure as Error).message).toContain('rm -rf /tmp/example');
    const [{ n }] = await db.query<{ n: number }>(`select count(*)::integer as n from supabase_migrations.schema_migrations where version = '070'`);
    expect(n).toBe(0);
  });
});
