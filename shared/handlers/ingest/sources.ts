// Clients and webhook sources as the operator manages them (`npm run cis -- sources …`): register
// a source, get the URL to paste into the vendor, list what exists. The token is shown once.
import type { Sql } from '../../db/sql.ts';
import { findClient, type ClientRow } from '../../db/clients.ts';
import type { Provider } from '../../ingest/canonical.ts';
import { providers } from '../../ingest/providers/index.ts';

export const DEFAULT_FUNCTIONS_URL = 'http://127.0.0.1:54321/functions/v1';
/** "Fernhill Logistics GmbH" → "fernhill-logistics-gmbh" (the slug rule of public.clients). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return slug || 'client';
}

/** Creates a client, or returns the existing one with that slug (`created: false`). */
export async function ensureClient(sql: Sql, name: string, slug = slugify(name)): Promise<ClientRow & { created: boolean }> {
  const existing = await findClient(sql, slug);
  if (existing) return { ...existing, created: false };
  const [row] = await sql.query<ClientRow>(
    'insert into public.clients (name, slug) values ($1, $2) returning id, name, slug',
    [name.trim(), slug],
  );
  return { ...row, created: true };
}

export interface NewSource {
  clientId: string;
  provider: Provider;
  signingSecret?: string | null;
  name?: string | null;
}

export async function registerSource(sql: Sql, s: NewSource): Promise<{ sourceId: string; token: string }> {
  const [row] = await sql.query<{ source_id: string; token: string }>(
    'select source_id, token from public.register_webhook_source($1, $2, $3, $4)',
    [s.clientId, s.provider, s.signingSecret ?? null, s.name ?? null],
  );
  return { sourceId: row.source_id, token: row.token };
}

export function webhookUrl(base: string, provider: Provider, token: string): string {
  return `${base.replace(/\/+$/, '')}/ingest/${provider}?token=${encodeURIComponent(token)}`;
}

/** What the operator still has to do at the vendor, or why a secret is missing (the vendor's folder says). */
export function setupHints(provider: Provider, hasSecret: boolean): string[] {
  return providers[provider].setupHints(hasSecret);
}

export interface SourceListing {
  id: string;
  client_slug: string;
  provider: Provider;
  name: string | null;
  active: boolean;
  has_secret: boolean;
  created_at: string | Date;
  receipts: number;
  failed: number;
  last_received_at: string | Date | null;
}

export async function listSources(sql: Sql, clientId: string | null): Promise<SourceListing[]> {
  return sql.query<SourceListing>(
    `select s.id, c.slug as client_slug, s.provider, s.name, s.active, s.signing_secret is not null as has_secret,
       s.created_at, count(r.id)::integer as receipts,
       (count(r.id) filter (where r.status = 'failed'))::integer as failed,
       max(r.received_at) as last_received_at
     from public.webhook_sources s
     join public.clients c on c.id = s.client_id
     left join public.webhook_receipts r on r.source_id = s.id
     where $1::uuid is null or s.client_id = $1::uuid
     group by s.id, c.slug
     order by c.slug, s.provider, s.created_at`,
    [clientId],
  );
}
