// Migrates one template database on the real PostgreSQL server at DATABASE_URL; each test file
// then gets its own copy with CREATE DATABASE … TEMPLATE, which takes milliseconds.
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../scripts/lib/db.ts';
import { loadSupabaseStandin, migrate } from '../../scripts/lib/migrate.ts';
import { databaseUrlFor, requireDatabaseUrl } from './postgres-url.ts';

export default async function setup(project: TestProject) {
  const adminUrl = requireDatabaseUrl();
  const template = `cis_test_template_${process.pid}`;
  const admin = await openPostgres(adminUrl);
  await admin.exec(`drop database if exists ${template}`);
  await admin.exec(`create database ${template}`);
  const db = await openPostgres(databaseUrlFor(adminUrl, template));
  try {
    await loadSupabaseStandin(db);
    await migrate(db);
  } finally {
    await db.close();
  }
  project.provide('postgresTemplate', template);
  return async () => {
    await admin.exec(`drop database if exists ${template} with (force)`);
    await admin.close();
  };
}
