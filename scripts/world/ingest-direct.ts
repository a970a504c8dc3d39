// The same month without HTTP, for tests that need a world in seconds: each request body goes
// through its provider's real parser, and the canonical events into public.ingest_all_events in
// large batches per client (no receipts, no signatures — those are the intake's own tests).
import type { Database } from '../../shared/db/sql.ts';
import type { CanonicalEvent } from '../../shared/ingest/canonical.ts';
import { providers } from '../../shared/ingest/providers/index.ts';
import type { Request } from './push.ts';
import type { ClientSetup } from './setup.ts';

export async function ingestDirect(db: Database, setups: ClientSetup[], requests: Request[], batch = 5000): Promise<{ events: number }> {
  const ids = new Map(setups.map((s) => [s.key, s.id]));
  const pending = new Map<string, CanonicalEvent[]>();
  let events = 0;
  const flush = async (clientKey: string) => {
    const list = pending.get(clientKey);
    if (!list?.length) return;
    pending.set(clientKey, []);
    await db.asServiceRole((sql) => sql.query('select public.ingest_all_events($1, $2::jsonb)', [ids.get(clientKey), JSON.stringify(list)]));
  };
  for (const r of requests) {
    // Twilio carries no event time: the request's own time stands in for the receipt time.
    const parsed = providers[r.provider].parse(r.body, { receivedAt: r.at, contentType: r.contentType });
    if (!parsed.ok) throw new Error(`${r.provider} body did not parse: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
    const list = pending.get(r.clientKey) ?? [];
    list.push(...parsed.events);
    events += parsed.events.length;
    pending.set(r.clientKey, list);
    if (list.length >= batch) await flush(r.clientKey);
  }
  for (const key of pending.keys()) await flush(key);
  return { events };
}
