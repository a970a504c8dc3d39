// The migrations as a real Supabase project receives them: the Supabase CLI's own `db push`
// applies them to a fresh PostgreSQL 15 database, and the result must be exactly the schema the
// test harness builds — so what we test is what we deploy.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../scripts/lib/db.ts';
import { loadSupabaseStandin, repoRoot } from '../../scripts/lib/migrate.ts';
import { openMigratedDb } from '../helpers/db.ts';
import { databaseUrlFor, requireDatabaseUrl } from '../helpers/postgres-url.ts';
import { schemaFingerprint } from '../helpers/schema-fingerprint.ts';

const run = promisify(execFile);

describe('supabase db push', () => {
  const adminUrl = requireDatabaseUrl();
  const database = `cis_cli_push_${process.pid}`;
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('applies every migration to a fresh PostgreSQL database, giving the schema the tests use', async () => {
    const admin = await openPostgres(adminUrl);
    cleanups.push(async () => {
      await admin.exec(`drop database if exists ${database} with (force)`);
      await admin.close();
    });
    await admin.exec(`drop database if exists ${database}`);
    await admin.exec(`create database ${database}`);
    const pushed = await openPostgres(databaseUrlFor(adminUrl, database));
    cleanups.push(() => pushed.close());
    await loadSupabaseStandin(pushed);

    const url = new URL(databaseUrlFor(adminUrl, database));
    url.searchParams.set('sslmode', 'disable');
    const { stdout, stderr } = await run('npx', ['supabase', 'db', 'push', '--db-url', url.toString(), '--yes'], {
      cwd: repoRoot,
      env: { ...process.env, SUPABASE_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
    });
    expect(`${stdout}\n${stderr}`).toContain('Finished supabase db push');

    const migrated = await openMigratedDb();
    cleanups.push(() => migrated.drop());
    expect(await schemaFingerprint(pushed)).toEqual(await schemaFingerprint(migrated));
  });
});
