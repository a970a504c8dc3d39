// End to end: the edge functions under REAL Deno (`deno serve`, the same router `npm run serve`
// uses, its drain loop on) against real PostgreSQL 15, and against the embedded PGlite database
// served over the wire protocol; real fixtures over HTTP, rows checked in the database once the
// drain has ingested them (or at once, for a caller that waits). Deno is stopped at the end.
import { createServer } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapPglite, type SqlClient } from '../../scripts/lib/db.ts';
import { loadSupabaseStandin, migrate } from '../../scripts/lib/migrate.ts';
import { servePgliteWire, type WireServer } from '../../scripts/lib/serve-pglite-wire.ts';
import { startDeno, type DenoServer } from '../../scripts/lib/serve-deno.ts';
import { clientDatabase } from '../../scripts/lib/database.ts';
import { openMigratedDb } from '../helpers/db.ts';
import { addSource, asForm, fixture, fixtureNames, ingestUrl, twilioSignature } from '../sql/ingest/intake-support.ts';

const SEND = '5e0c1a2b-3d4e-4f5a-8b6c-7d8e9f0a1b2c'; // stats_id of the Smartlead fixtures
const PUBLIC = 'https://cis.example.test/functions/v1';
const TWILIO_AUTH = 'twilio-auth-token-e2e';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const postTo = (url: string, body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

interface Target {
  db: SqlClient;
  url: string;
  env?: Record<string, string>;
  close(): Promise<void>;
}

/** The same checks against whichever database the Deno functions are wired to. */
function endToEnd(open: () => Promise<Target>) {
  let db: SqlClient;
  let close: () => Promise<void>;
  let deno: DenoServer;
  const tokens: Record<string, string> = {};
  const count = async (sql: string) => (await db.query<{ n: number }>(`select count(*)::integer as n from ${sql}`))[0].n;
  /** Waits (up to 20 s) until the drain loop has ingested every queued receipt. */
  const drained = async () => {
    const deadline = Date.now() + 20_000;
    while ((await count(`public.webhook_receipts where status = 'received'`)) > 0) {
      if (Date.now() > deadline) throw new Error('the drain left receipts queued');
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  beforeAll(async () => {
    const opened = await open();
    ({ db, close } = opened);
    const [{ id }] = await db.query<{ id: string }>(`insert into public.clients (name, slug) values ('E2E', 'e2e') returning id`);
    const database = clientDatabase(db);
    tokens.smartlead = (await addSource(database, id, 'smartlead')).token;
    tokens.twilio = (await addSource(database, id, 'twilio', TWILIO_AUTH)).token;
    tokens.cis = (await addSource(database, id, 'cis')).token;
    deno = await startDeno({ port: await freePort(), env: { DATABASE_URL: opened.url, CIS_PUBLIC_URL: PUBLIC, CIS_DRAIN: 'on', ...opened.env } });
  }, 60_000);

  afterAll(async () => {
    await deno?.stop();
    await close?.();
  });

  it('ingests every Smartlead fixture over HTTP and counts the send, open and click once', async () => {
    for (const name of fixtureNames('smartlead')) {
      const response = await postTo(ingestUrl(deno.url, 'smartlead', tokens.smartlead), fixture(`smartlead/${name}`));
      expect({ name, status: response.status, body: await response.json() }).toMatchObject({ name, status: 200, body: { receipt: expect.any(String) } });
    }
    await drained();
    const again = await postTo(ingestUrl(deno.url, 'smartlead', tokens.smartlead, '&wait=true'), fixture('smartlead/EMAIL_OPEN.json'));
    expect(await again.json()).toEqual({ accepted: 0, duplicates: 1, pending: 0 });
    const [activity] = await db.query<{ opens: number; clicks: number; subject: string | null }>(
      `select email_open_count as opens, email_click_count as clicks, subject from public.activities where provider_message_id = $1`, [SEND]);
    expect(activity).toMatchObject({ opens: 1, clicks: 1 });
    expect(activity.subject).toBeTruthy();
    expect(await count(`public.webhook_receipts where provider = 'smartlead' and status = 'processed'`)).toBe(fixtureNames('smartlead').length + 1);
  });

  it('verifies a Twilio form post against the public URL (CIS_PUBLIC_URL) and stores the SMS touch', async () => {
    const body = asForm('twilio/status_callback.sent.json');
    const signature = twilioSignature(ingestUrl('https://cis.example.test', 'twilio', tokens.twilio), body, TWILIO_AUTH);
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const ok = await postTo(ingestUrl(deno.url, 'twilio', tokens.twilio), body, { ...form, 'x-twilio-signature': signature });
    expect(ok.status).toBe(200);
    await drained();
    const forged = await postTo(ingestUrl(deno.url, 'twilio', tokens.twilio), body.replace('sent', 'failed'), { ...form, 'x-twilio-signature': signature });
    expect(forged.status).toBe(401);
    expect(await count(`public.activities where provider = 'twilio' and channel = 'sms'`)).toBe(1);
  });

  it('takes a cis batch in one request', async () => {
    const events = Array.from({ length: 25 }, (_, i) => ({
      event: 'linkedin_profile_viewed', event_id: `e2e-${i}`, occurred_at: 1758290000 + i,
      lead: { linkedin_url: `https://www.linkedin.com/in/e2e-${i}` },
    }));
    const response = await postTo(ingestUrl(deno.url, 'cis', tokens.cis, '&wait=true'), JSON.stringify({ events }));
    expect(await response.json()).toEqual({ accepted: 25, duplicates: 0, pending: 0 });
    expect(await count(`public.channel_events where provider = 'cis' and event_type = 'profile_viewed'`)).toBe(25);
  });

  it('answers 400 (kept as rejected), 401, 404, 405 and 413 over HTTP', async () => {
    const bad = await postTo(ingestUrl(deno.url, 'cis', tokens.cis), '{"event": 42}');
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues[0].path).toBe('event');
    expect(await count(`public.webhook_receipts where provider = 'cis' and status = 'rejected'`)).toBe(1);
    expect((await postTo(ingestUrl(deno.url, 'cis', 'wrong-token'), '{}')).status).toBe(401);
    expect((await postTo(ingestUrl(deno.url, 'nosuch', tokens.cis), '{}')).status).toBe(404);
    expect((await fetch(ingestUrl(deno.url, 'cis', tokens.cis))).status).toBe(405);
    expect((await postTo(ingestUrl(deno.url, 'cis', tokens.cis), 'x'.repeat(1024 * 1024 + 1))).status).toBe(413);
  });

  it('counts an open sent by 10 concurrent requests once', async () => {
    const body = fixture('smartlead/EMAIL_OPEN.json').replace(/"event_timestamp":\s*"[^"]+"/, '"event_timestamp": "2025-09-17T08:00:00.000000+00:00"');
    expect(body).not.toBe(fixture('smartlead/EMAIL_OPEN.json')); // a second, later open of the same send
    const responses = await Promise.all(Array.from({ length: 10 }, () => postTo(ingestUrl(deno.url, 'smartlead', tokens.smartlead, '&wait=true'), body)));
    const answers = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(answers.reduce((n, a) => n + a.accepted, 0)).toBe(1);
    const [activity] = await db.query<{ opens: number }>(`select email_open_count as opens from public.activities where provider_message_id = $1`, [SEND]);
    expect(activity.opens).toBe(2);
  });

  it('ingests queued webhooks by itself, moments after answering them', async () => {
    const events = Array.from({ length: 5 }, (_, i) => ({
      event: 'linkedin_profile_viewed', event_id: `queued-${i}`, occurred_at: 1758290100 + i,
      lead: { linkedin_url: `https://www.linkedin.com/in/queued-${i}` },
    }));
    const answers = await Promise.all(events.map((e) => postTo(ingestUrl(deno.url, 'cis', tokens.cis), JSON.stringify(e))));
    expect(await Promise.all(answers.map((a) => a.json()))).toEqual(events.map(() => ({ receipt: expect.any(String), status: 'queued', events: 1 })));
    await drained();
    expect(await count(`public.channel_events where provider = 'cis' and event_key like 'queued-%'`)).toBe(5);
  });

  it('routes lead-import too, which refuses a call without the admin secret', async () => {
    expect((await postTo(`${deno.url}/functions/v1/lead-import`, '{}')).status).toBe(401);
  });
}

describe('edge functions under Deno against PostgreSQL 15', () => {
  endToEnd(async () => {
    const db = await openMigratedDb();
    return { db, url: (db as typeof db & { url: string }).url, close: () => db.drop() };
  });
});

describe('edge functions under Deno against the embedded PGlite database over the wire', () => {
  endToEnd(async () => {
    const pglite = new PGlite();
    const db = wrapPglite(pglite);
    await loadSupabaseStandin(db);
    await migrate(db);
    const wire: WireServer = await servePgliteWire(pglite);
    // Three connections taking turns on PGlite's one backend (`npm run serve` uses one).
    return { db, url: wire.url, env: { CIS_DB_POOL_SIZE: '3' }, close: async () => { await wire.close(); await pglite.close(); } };
  });
});
