// Helpers for the intake tests: registering sources, building vendor requests, signing them the
// way each vendor does (node:crypto, independent of shared/ingest/signatures.ts), and finding
// where a canonical event landed.
import { createHmac } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import type { Database } from '../../../shared/db/sql.ts';
import type { CanonicalEvent, EngagementEvent, Provider } from '../../../shared/ingest/canonical.ts';
import { providers } from '../../../shared/ingest/providers/index.ts';
import { registerSource } from '../../../shared/handlers/ingest/sources.ts';

export const FIXTURES = new URL('../../fixtures/vendors/', import.meta.url);
export const RECEIVED_AT = new Date('2025-09-24T11:05:00.123Z');

export const fixture = (path: string) => readFileSync(new URL(path, FIXTURES), 'utf8');
export const fixtureNames = (provider: string) =>
  readdirSync(new URL(`${provider}/`, FIXTURES)).filter((f) => f.endsWith('.json')).sort();
export const vectors = () => JSON.parse(fixture('signature_test_vectors.json'));

/** Twilio posts form-encoded params; the fixtures render them as JSON. */
export const asForm = (path: string) => new URLSearchParams(JSON.parse(fixture(path)) as Record<string, string>).toString();

export async function addSource(db: Database, clientId: string, provider: Provider, signingSecret: string | null = null) {
  return db.asServiceRole((sql) => registerSource(sql, { clientId, provider, signingSecret, name: `${provider} test` }));
}

export function ingestUrl(base: string, provider: string, token: string | null, extra = ''): string {
  return `${base}/functions/v1/ingest/${provider}${token === null ? '' : `?token=${encodeURIComponent(token)}`}${extra}`;
}

/** Appended to an ingest URL: the caller waits for the outcome ({accepted, duplicates, pending}). */
export const WAIT = '&wait=true';

interface Query {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

/** Runs the drain (what pg_cron or the local loop does) until the queue is empty; returns its totals. */
export async function drain(db: Query, limit = 1000): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  for (;;) {
    const [{ r }] = await db.query<{ r: Record<string, number> }>('select public.drain_webhook_receipts($1) as r', [limit]);
    for (const [k, v] of Object.entries(r)) totals[k] = (totals[k] ?? 0) + v;
    if (r.receipts === 0) return totals;
  }
}

export function post(url: string, body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}

// ---- vendor signatures, computed as the vendors document them --------------------------------

export function twilioSignature(url: string, formBody: string, authToken: string): string {
  const pairs = [...new URLSearchParams(formBody)].sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return createHmac('sha1', authToken).update(url + pairs.map(([k, v]) => k + v).join('')).digest('base64');
}

export function hubspotSignature(method: string, uri: string, body: string, timestamp: string, secret: string): string {
  return createHmac('sha256', secret).update(method + uri + body + timestamp).digest('base64');
}

export function calendlySignature(body: string, t: number, key: string): string {
  return `t=${t},v1=${createHmac('sha256', key).update(`${t}.${body}`).digest('hex')}`;
}

export function calcomSignature(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

// ---- where events land --------------------------------------------------------------------

export function parsed(provider: Provider, body: string, contentType = 'application/json'): CanonicalEvent[] {
  const r = providers[provider].parse(body, { receivedAt: RECEIVED_AT, contentType });
  if (!r.ok) throw new Error(`${provider} body did not parse: ${JSON.stringify(r.issues)}`);
  return r.events;
}

/**
 * Where an engagement event is kept, or null: its touch (activities), its email event (or the
 * waiting room for one whose send is unknown), its channel event, its reply, or — for an
 * unsubscribe/complaint/bounce that names no message — the lead's suppression.
 */
export async function landedIn(db: Query, clientId: string, e: EngagementEvent): Promise<string | null> {
  const key = e.event_key;
  const message = e.message.provider_message_id;
  const checks: [string, string, unknown[]][] = [
    ['activities', `select 1 from public.activities where client_id = $1 and provider = $2 and provider_message_id = any ($3)
       and $4 in ('sent', 'message_sent', 'connection_requested', 'call_completed', 'voicemail_left')`,
      [clientId, e.provider, [message, key].filter(Boolean), e.kind]],
    ['email_events', 'select 1 from public.email_events where client_id = $1 and provider = $2 and event_key = $3', [clientId, e.provider, key]],
    ['pending_email_events', 'select 1 from public.pending_email_events where client_id = $1 and provider = $2 and event_key = $3', [clientId, e.provider, key]],
    ['channel_events', 'select 1 from public.channel_events where client_id = $1 and provider = $2 and event_key = $3', [clientId, e.provider, key]],
    ['replies', `select 1 from public.replies where client_id = $1 and provider = $2 and provider_reply_id = any ($3)`,
      [clientId, e.provider, [e.reply?.provider_reply_id, key].filter(Boolean)]],
    ['lead suppression', `select 1 from public.leads where client_id = $1 and email_normalized = $2
       and (do_not_contact or bounced_at is not null) and $3 in ('unsubscribed', 'complained', 'bounced')`,
      [clientId, e.lead.email, e.kind]],
  ];
  for (const [where, sql, params] of checks) {
    if ((await db.query(sql, params)).length > 0) return where;
  }
  return null;
}
