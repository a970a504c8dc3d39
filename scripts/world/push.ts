// Sends the encoded month to the real intake over HTTP, the way each vendor would: our engines
// and HubSpot in batches, everyone else one webhook per event, signed where the vendor signs,
// several requests in flight. A 503 (or a dropped connection) is retried as vendors retry.
// Vendors do not wait for CIS to ingest: each webhook is answered once stored, and the drain
// ingests the queue in batches. Given `settle` (which waits until the drain has ingested
// everything, and says what became of it), push posts that way; without it, every request waits
// for its own ingestion (`?wait=true`), one at a time per request, as callers that need the
// outcome do.
import { createHash, createHmac } from 'node:crypto';
import type { Provider } from '../../shared/ingest/canonical.ts';
import type { ClientSetup, Source } from './setup.ts';
import type { Out } from './vendors/index.ts';

export interface Request {
  provider: Provider;
  clientKey: string;
  at: Date;
  body: string;
  contentType: string;
  events: number;
}

export interface PushResult {
  requests: number;
  events: number;
  accepted: number;
  duplicates: number;
  pending: number;
  failed: { status: number; provider: Provider; message: string }[];
  /** Per provider: requests, events, and the summed time they took (ms, from send to answer). */
  byProvider: Partial<Record<Provider, { requests: number; events: number; ms: number }>>;
}

const BATCH_LIMIT: Partial<Record<Provider, number>> = { cis: 1000, hubspot: 100 };

/** Groups batchable events into bodies (in time order, per client) and keeps the rest one per request. */
export function toRequests(outs: Out[], cisBatch = 1000): Request[] {
  const requests: Request[] = [];
  const open = new Map<string, { req: Request; items: unknown[] }>();
  const flush = (key: string) => {
    const o = open.get(key);
    if (!o) return;
    o.req.body = o.req.provider === 'cis' ? JSON.stringify({ events: o.items }) : JSON.stringify(o.items);
    o.req.events = o.items.length;
    open.delete(key);
  };
  for (const out of [...outs].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (out.item === undefined) {
      requests.push({ provider: out.provider, clientKey: out.clientKey, at: out.at, body: out.body!, contentType: out.contentType, events: 1 });
      continue;
    }
    const key = `${out.provider}|${out.clientKey}`;
    const limit = out.provider === 'cis' ? cisBatch : (BATCH_LIMIT[out.provider] ?? 100);
    let o = open.get(key);
    // HubSpot batches what happened close together; a batch spanning days would not be realistic.
    if (o && (o.items.length >= limit || (out.provider === 'hubspot' && out.at.getTime() - o.req.at.getTime() > 3_600_000))) {
      flush(key);
      o = undefined;
    }
    if (!o) {
      o = { req: { provider: out.provider, clientKey: out.clientKey, at: out.at, body: '', contentType: out.contentType, events: 0 }, items: [] };
      open.set(key, o);
      requests.push(o.req);
    }
    o.items.push(out.item);
  }
  for (const key of [...open.keys()]) flush(key);
  return requests;
}

export function sourceUrl(base: string, provider: Provider, token: string): string {
  return `${base.replace(/\/+$/, '')}/ingest/${provider}?token=${encodeURIComponent(token)}`;
}

/** The headers the vendor would add: its signature over this exact body and URL. */
export function signedHeaders(provider: Provider, url: string, body: string, source: Source, now = new Date()): Record<string, string> {
  const secret = source.secret ?? '';
  switch (provider) {
    case 'twilio': {
      const params = [...new URLSearchParams(body)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const data = url + params.map(([k, v]) => k + v).join('');
      return { 'x-twilio-signature': createHmac('sha1', secret).update(data, 'utf8').digest('base64') };
    }
    case 'calendly': {
      const t = Math.floor(now.getTime() / 1000);
      return { 'calendly-webhook-signature': `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`, 'utf8').digest('hex')}` };
    }
    case 'calcom':
      return { 'x-cal-signature-256': createHmac('sha256', secret).update(body, 'utf8').digest('hex'), 'x-cal-webhook-version': '2021-10-20' };
    case 'hubspot': {
      const ts = String(now.getTime());
      return {
        'x-hubspot-signature-v3': createHmac('sha256', secret).update(`POST${url}${body}${ts}`, 'utf8').digest('base64'),
        'x-hubspot-request-timestamp': ts,
      };
    }
    case 'pipedrive':
      return { authorization: `Basic ${Buffer.from(secret, 'utf8').toString('base64')}` };
    default:
      return {};
  }
}

async function send(url: string, init: RequestInit, attempts = 6): Promise<Response> {
  for (let i = 0; ; i++) {
    try {
      const res = await fetch(url, init);
      if (res.status !== 503 || i >= attempts - 1) return res;
      await res.body?.cancel();
    } catch (error) {
      if (i >= attempts - 1) throw error;
    }
    await new Promise((r) => setTimeout(r, 200 * 2 ** i));
  }
}

/** What became of the events once the drain ingested them. */
export interface Settled {
  accepted: number;
  duplicates: number;
  pending: number;
}

export interface PushOptions {
  base: string;
  setups: ClientSetup[];
  concurrency?: number;
  onProgress?: (done: number, events: number) => void;
  /** Waits until the intake has ingested every queued webhook (e.g. shared/handlers/ingest/drain.ts settleIntake). */
  settle?: () => Promise<Settled>;
}

export async function push(requests: Request[], o: PushOptions): Promise<PushResult> {
  const byKey = new Map(o.setups.map((s) => [s.key, s]));
  const result: PushResult = { requests: 0, events: 0, accepted: 0, duplicates: 0, pending: 0, failed: [], byProvider: {} };
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const r = requests[next++];
      const source = byKey.get(r.clientKey)?.sources[r.provider];
      if (!source) throw new Error(`no ${r.provider} source for client ${r.clientKey}`);
      const url = sourceUrl(o.base, r.provider, source.token) + (o.settle ? '' : '&wait=true');
      const headers = { 'content-type': r.contentType, ...signedHeaders(r.provider, url, r.body, source) };
      const started = performance.now();
      const res = await send(url, { method: 'POST', headers, body: r.body });
      const text = await res.text();
      const t = (result.byProvider[r.provider] ??= { requests: 0, events: 0, ms: 0 });
      t.requests++;
      t.events += r.events;
      t.ms += performance.now() - started;
      result.requests++;
      result.events += r.events;
      if (res.ok) {
        if (!o.settle) {
          const counts = JSON.parse(text) as Settled;
          result.accepted += counts.accepted;
          result.duplicates += counts.duplicates;
          result.pending += counts.pending;
        }
      } else {
        result.failed.push({ status: res.status, provider: r.provider, message: text.slice(0, 300) });
      }
      o.onProgress?.(result.requests, result.events);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 8) }, worker));
  if (o.settle) {
    const settled = await o.settle();
    result.accepted = settled.accepted;
    result.duplicates = settled.duplicates;
    result.pending = settled.pending;
  }
  return result;
}

/** A digest of the requests, so a re-run can tell it would send exactly the same month. */
export function fingerprint(requests: Request[]): string {
  const h = createHash('sha256');
  for (const r of requests) h.update(`${r.provider}|${r.clientKey}|${r.body.length}|${r.body.slice(0, 200)}\n`);
  return h.digest('hex').slice(0, 16);
}
