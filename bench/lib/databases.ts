// Fresh databases for every run: one migrated template per benchmark, cloned per run with
// CREATE DATABASE … TEMPLATE (a file copy), so no run sees another's rows, indexes or statistics.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { wrapPg } from '../../scripts/lib/db.ts';
import { loadSupabaseStandin, migrate } from '../../scripts/lib/migrate.ts';

export const BENCH_CLIENT_ID = '00000000-be0c-4000-8000-000000000001';

export function urlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function connectTo(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

async function admin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await connectTo(adminUrl);
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** An empty database (no CIS schema), for the scratch designs. */
export async function createEmptyDatabase(adminUrl: string, prefix: string, template?: string): Promise<BenchDatabase> {
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await admin(adminUrl, (c) => c.query(`create database ${name}${template ? ` template ${template}` : ''}`));
  return {
    name,
    url: urlFor(adminUrl, name),
    drop: () => admin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`)).then(() => {}),
  };
}

/**
 * Every CIS migration applied (then any --what-if files), and one client whose engagement
 * settings are the defaults.
 */
export async function createCisTemplate(adminUrl: string, whatIf: string[] = []): Promise<BenchDatabase> {
  const db = await createEmptyDatabase(adminUrl, 'cis_bench_template');
  const client = await connectTo(db.url);
  try {
    const sql = wrapPg(client);
    await loadSupabaseStandin(sql);
    await migrate(sql);
    for (const file of whatIf) await client.query(readFileSync(file, 'utf8'));
    await client.query(`insert into public.clients (id, name, slug, timezone) values ($1, 'Bench client', 'bench', 'Europe/London')`, [BENCH_CLIENT_ID]);
  } finally {
    await client.end();
  }
  return db;
}

export const cloneDatabase = (adminUrl: string, template: BenchDatabase, prefix: string) =>
  createEmptyDatabase(adminUrl, prefix, template.name);
