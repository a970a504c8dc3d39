// Meeting and deal webhooks the intake stored but did not ingest (receipts with `skipped` events:
// public.process_webhook_receipt still hands only engagement events on, issue 6 wires the rest).
// While that is so, `npm start` ingests those receipts' meeting and deal events itself, through
// the same parsers and public.ingest_all_events, so the demo's funnel has its meetings and deals.
// Nothing happens once the intake ingests them itself.
import type { Database } from '../../shared/db/sql.ts';
import type { CanonicalEvent, Provider } from '../../shared/ingest/canonical.ts';
import { providers } from '../../shared/ingest/providers/index.ts';

export async function intakeSkipsOutcomes(db: Database): Promise<boolean> {
  const [row] = await db.asServiceRole((sql) => sql.query<{ wired: boolean }>(
    `select coalesce(bool_or(p.prosrc like '%ingest_all_events%'), false) as wired
     from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
     where n.nspname = 'public' and p.proname = 'process_webhook_receipt'`,
  ));
  return !row.wired;
}

export async function ingestSkippedOutcomes(db: Database): Promise<number> {
  const receipts = await db.asServiceRole((sql) => sql.query<{ client_id: string; provider: Provider; body: string; received_at: string | Date; content_type: string | null }>(
    `select client_id, provider, body, received_at, headers->>'content-type' as content_type
     from public.webhook_receipts where status = 'processed' and skipped > 0 order by received_at`,
  ));
  const byClient = new Map<string, CanonicalEvent[]>();
  for (const r of receipts) {
    const parsed = providers[r.provider].parse(r.body, { receivedAt: new Date(r.received_at), contentType: r.content_type ?? undefined });
    if (!parsed.ok) continue;
    const events = parsed.events.filter((e) => e.type !== 'engagement');
    byClient.set(r.client_id, [...(byClient.get(r.client_id) ?? []), ...events]);
  }
  let n = 0;
  for (const [clientId, events] of byClient) {
    for (let i = 0; i < events.length; i += 1000) {
      const chunk = events.slice(i, i + 1000);
      await db.asServiceRole((sql) => sql.query('select public.ingest_all_events($1, $2::jsonb)', [clientId, JSON.stringify(chunk)]));
      n += chunk.length;
    }
  }
  return n;
}
