// The ingest edge function's handler, end to end on the database: vendor fixtures in through a
// registered source, events out (queued, then drained; or at once for a caller that waits);
// authentication on the raw bytes; every status the issue names; nothing lost (rejected and failed
// bodies kept, then replayed).
import { createHmac } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, type Database, type Sql } from '../../../shared/db/sql.ts';
import { createIngestHandler, INGEST_MAX_BYTES, type IngestDeps } from '../../../shared/handlers/ingest.ts';
import { replayReceipts } from '../../../shared/handlers/ingest/replay.ts';
import type { EngagementEvent, Provider } from '../../../shared/ingest/canonical.ts';
import { useDb } from '../../helpers/db.ts';
import { testDatabase } from '../../helpers/database.ts';
import { clientId, seedTenants } from '../../helpers/tenants.ts';
import {
  RECEIVED_AT, WAIT, addSource, asForm, calcomSignature, calendlySignature, drain, fixture, fixtureNames, hubspotSignature,
  ingestUrl, landedIn, parsed, post, twilioSignature, vectors,
} from './intake-support.ts';

const A = clientId('a');
const LOCAL = 'http://localhost';
const PUBLIC = 'https://cis.example.test/functions/v1';
const SMARTLEAD_SEND = '5e0c1a2b-3d4e-4f5a-8b6c-7d8e9f0a1b2c'; // stats_id of the Smartlead fixtures
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

interface ReceiptRow {
  id: string;
  provider: string;
  status: string;
  error: string | null;
  issues: { path: string; message: string }[] | null;
  accepted: number | null;
  body: string;
  raw_body: Uint8Array | null;
  headers: Record<string, string>;
}

describe('ingest handler', () => {
  const db = useDb();
  const database = () => testDatabase(db);
  const handler = (deps: Partial<IngestDeps> = {}) =>
    createIngestHandler({ db: database(), now: () => RECEIVED_AT, log: () => {}, ...deps });
  // Only the receipts of sources these tests registered (the tenant seed has its own).
  const OURS = `public.webhook_receipts where source_id in (select id from public.webhook_sources where name like '% test')`;
  const receipts = () => db.query<ReceiptRow>(`select * from ${OURS} order by received_at, id`);
  const count = async (table: string) => (await db.query<{ n: number }>(`select count(*)::integer as n from ${table}`))[0].n;

  beforeEach(async () => {
    await seedTenants(db);
    await db.exec('delete from public.webhook_receipts'); // replays below select by status
  });

  describe('vendor fixtures', () => {
    for (const provider of ['smartlead', 'salesforge', 'instantly', 'lemlist'] as Provider[]) {
      it(`takes every ${provider} fixture with 200 and keeps every event it carries`, async () => {
        const { token } = await addSource(database(), A, provider);
        const names = fixtureNames(provider);
        for (const name of names) {
          const response = await handler()(post(ingestUrl(LOCAL, provider, token), fixture(`${provider}/${name}`)));
          expect({ name, status: response.status }).toEqual({ name, status: 200 });
          expect(Object.keys(await response.json()).sort()).toEqual(['events', 'receipt', 'status']);
        }
        await drain(db);
        const missing: string[] = [];
        for (const name of names) {
          for (const e of parsed(provider, fixture(`${provider}/${name}`)) as EngagementEvent[]) {
            if (!(await landedIn(db, A, e))) missing.push(`${name}: ${e.kind} ${e.event_key}`);
          }
        }
        expect(missing).toEqual([]);
        const kept = await receipts();
        expect(kept.map((r) => r.status)).toEqual(names.map(() => 'processed'));
      });
    }

    it('takes every Twilio fixture, form-encoded and signed, with 200 and keeps every event', async () => {
      const authToken = 'twilio-auth-token-for-tests';
      const { token } = await addSource(database(), A, 'twilio', authToken);
      const url = ingestUrl(LOCAL, 'twilio', token);
      // Outbound sends first: the status callbacks and replies then bind to a known number.
      for (const name of fixtureNames('twilio')) {
        const body = asForm(`twilio/${name}`);
        const response = await handler()(post(url, body, { ...FORM, 'x-twilio-signature': twilioSignature(url, body, authToken) }));
        expect({ name, status: response.status }).toEqual({ name, status: 200 });
      }
      await drain(db);
      const missing: string[] = [];
      for (const name of fixtureNames('twilio')) {
        for (const e of parsed('twilio', asForm(`twilio/${name}`), FORM['content-type']) as EngagementEvent[]) {
          if (!(await landedIn(db, A, e))) missing.push(`${name}: ${e.kind} ${e.event_key}`);
        }
      }
      expect(missing).toEqual([]);
    });

    it('takes a batch of our own cis events in one request and counts each for a caller that waits', async () => {
      const { token } = await addSource(database(), A, 'cis');
      const body = JSON.stringify({ events: [
        { event: 'email_sent', event_id: 'eng-1', occurred_at: '2025-09-16T13:02:11Z', lead: { email: 'marta@fernhill.example' },
          touch: { id: 'act_0001', campaign_id: 'cmp_9', sequence_step: 2, ab_variant: 'B', subject: 'Hello', body_text: 'Hi Marta' } },
        { event: 'email_opened', event_id: 'eng-2', occurred_at: '2025-09-16T15:02:11Z', lead: { email: 'marta@fernhill.example' }, touch: { id: 'act_0001' } },
        { event: 'call_completed', event_id: 'eng-3', occurred_at: 1758290004, lead: { phone: '+4917655509876' }, touch: { id: 'call-1' }, call_duration: 312 },
      ] });
      const response = await handler()(post(ingestUrl(LOCAL, 'cis', token, WAIT), body));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ accepted: 3, duplicates: 0, pending: 0 });
      const again = await handler()(post(ingestUrl(LOCAL, 'cis', token, WAIT), body));
      expect(await again.json()).toEqual({ accepted: 0, duplicates: 3, pending: 0 });
      const [call] = await db.query<{ call_duration_seconds: number }>(
        `select call_duration_seconds from public.activities where provider = 'cis' and provider_message_id = 'call-1'`);
      expect(call.call_duration_seconds).toBe(312);
    });

    it('ingests a batched body in one call, whatever its size, when the caller waits', async () => {
      const { token } = await addSource(database(), A, 'cis');
      const calls: string[] = [];
      const spy: Database = {
        asServiceRole: (fn) => database().asServiceRole((sql) => fn({ query: (text, params) => (calls.push(text), sql.query(text, params)) } as Sql)),
      };
      const batch = (n: number, offset: number) => JSON.stringify({ events: Array.from({ length: n }, (_, i) => ({
        event: 'email_sent', event_id: `batch-${offset + i}`, occurred_at: 1758290000 + i,
        lead: { email: `lead${offset + i}@example.com` }, touch: { id: `touch-${offset + i}` },
      })) });
      await handler({ db: spy })(post(ingestUrl(LOCAL, 'cis', token, WAIT), batch(1, 0)));
      const forOne = calls.length;
      calls.length = 0;
      const response = await handler({ db: spy })(post(ingestUrl(LOCAL, 'cis', token, WAIT), batch(200, 1)));
      expect(await response.json()).toEqual({ accepted: 200, duplicates: 0, pending: 0 });
      expect(calls.length).toBe(forOne);
      expect(calls.filter((text) => text.includes('process_webhook_receipt'))).toHaveLength(1);
    });
  });

  describe('queue and drain', () => {
    // Receipts one second apart, so they are listed (and drained) in the order they were sent.
    let tick = 0;
    const later = () => handler({ now: () => new Date(RECEIVED_AT.getTime() + 1000 * ++tick) });
    const sent = () => fixture('smartlead/EMAIL_SENT.json');
    const opened = () => fixture('smartlead/EMAIL_OPEN.json');

    it('answers 200 as soon as the body and its events are stored, before anything is ingested', async () => {
      const { token } = await addSource(database(), A, 'smartlead');
      const response = await handler()(post(ingestUrl(LOCAL, 'smartlead', token), sent()));
      expect(response.status).toBe(200);
      const answer = await response.json();
      const [kept] = await db.query<{ id: string; status: string; event_count: number; events: { kind: string }[] }>(
        `select id, status, event_count, events from ${OURS}`);
      expect(answer).toEqual({ receipt: kept.id, status: 'queued', events: 1 });
      expect(kept).toMatchObject({ status: 'received', event_count: 1, events: [{ kind: 'sent' }] });
      expect(await count(`public.activities where provider_message_id = '${SMARTLEAD_SEND}'`)).toBe(0);
    });

    it('ingests the queued receipts at the next drain, in one batch, and marks them processed', async () => {
      const { token } = await addSource(database(), A, 'smartlead');
      await handler()(post(ingestUrl(LOCAL, 'smartlead', token), opened()));
      await handler()(post(ingestUrl(LOCAL, 'smartlead', token), sent()));
      const drained = await drain(db);
      expect(drained).toMatchObject({ receipts: 2, clients: 1, processed: 2, failed: 0, accepted: 2, pending: 0 });
      expect((await receipts()).map((r) => r.status)).toEqual(['processed', 'processed']);
      const [activity] = await db.query<{ opens: number }>(
        `select email_open_count as opens from public.activities where provider_message_id = '${SMARTLEAD_SEND}'`);
      expect(activity.opens).toBe(1);
      expect(await count(`public.pending_email_events where provider_message_id = '${SMARTLEAD_SEND}'`)).toBe(0);
    });

    it('drains receipts a crash left received without anyone replaying them', async () => {
      const { token } = await addSource(database(), A, 'smartlead');
      await handler()(post(ingestUrl(LOCAL, 'smartlead', token), sent()));
      // The process that stored it is gone (killed, redeployed): nothing but the drain remains.
      expect((await receipts()).map((r) => r.status)).toEqual(['received']);
      await drain(db);
      expect((await receipts()).map((r) => r.status)).toEqual(['processed']);
      expect(await count(`public.activities where provider_message_id = '${SMARTLEAD_SEND}'`)).toBe(1);
    });

    it('keeps a queued body the database refuses as rejected at the drain, and ingests the rest of its batch', async () => {
      const { token } = await addSource(database(), A, 'cis');
      const hugeStep = JSON.stringify({ event: 'sms_sent', event_id: 's-1', occurred_at: 1758290003,
        lead: { email: 'huge@step.example' }, touch: { id: 'sms-1', campaign_id: 'c-1', sequence_step: 999999999999999, body_text: 'Hi' } });
      const fine = JSON.stringify({ event: 'sms_sent', event_id: 's-2', occurred_at: 1758290004,
        lead: { email: 'fine@step.example' }, touch: { id: 'sms-2', campaign_id: 'c-1', body_text: 'Hi' } });
      expect((await later()(post(ingestUrl(LOCAL, 'cis', token), hugeStep))).status).toBe(200);
      expect((await later()(post(ingestUrl(LOCAL, 'cis', token), fine))).status).toBe(200);
      expect(await drain(db)).toMatchObject({ receipts: 2, processed: 1, rejected: 1, failed: 0 });
      const kept = await receipts();
      expect(kept.map((r) => r.status)).toEqual(['rejected', 'processed']);
      expect(kept[0].error).toMatch(/^22003: /);
      expect(kept[0].issues![0].message).toMatch(/cannot be stored/);
      expect(await count(`public.activities where provider = 'cis' and provider_message_id = 'sms-2'`)).toBe(1);
    });

    it('keeps a drained receipt failed when ingesting it fails, and a replay processes it once fixed', async () => {
      const { token } = await addSource(database(), A, 'smartlead');
      await handler()(post(ingestUrl(LOCAL, 'smartlead', token), sent()));
      await db.exec('revoke execute on function public.ingest_engagement_events(uuid, jsonb) from service_role');
      await testDatabase(db).asServiceRole((sql) => sql.query('select public.drain_webhook_receipts()'));
      const [failed] = await receipts();
      expect(failed).toMatchObject({ status: 'failed' });
      expect(failed.error).toMatch(/permission denied/);
      await db.exec('grant execute on function public.ingest_engagement_events(uuid, jsonb) to service_role');
      expect(await replayReceipts(database(), { statuses: ['failed'] })).toMatchObject({ total: 1, processed: 1, accepted: 1 });
    });

    it('stores a body of only events CIS does not ingest as processed at once', async () => {
      const { token } = await addSource(database(), A, 'smartlead');
      const response = await handler()(post(ingestUrl(LOCAL, 'smartlead', token), fixture('smartlead/MANUAL_STEP_REACHED.json')));
      expect(await response.json()).toMatchObject({ status: 'processed', events: 0 });
      const [kept] = await db.query<Record<string, unknown>>(`select status, skipped, accepted, attempts from ${OURS}`);
      expect(kept).toEqual({ status: 'processed', skipped: 1, accepted: 0, attempts: 1 });
    });

    it('records which checks a stored request passed', async () => {
      const body = opened();
      const secret = JSON.parse(body).secret_key as string;
      const { token } = await addSource(database(), A, 'smartlead', secret);
      const { token: plain } = await addSource(database(), A, 'lemlist');
      await handler()(post(ingestUrl(LOCAL, 'smartlead', token), body));
      await handler()(post(ingestUrl(LOCAL, 'lemlist', plain), fixture('lemlist/emailsOpened.json')));
      const rows = await db.query<{ provider: string; verified_by: string[] }>(`select provider, verified_by from ${OURS} order by provider`);
      expect(rows).toEqual([
        { provider: 'lemlist', verified_by: ['token'] },
        { provider: 'smartlead', verified_by: ['token', 'secret_key'] },
      ]);
    });

    it('stores a Smartlead body with its secret_key redacted, in the text and in the exact bytes, and still ingests it', async () => {
      const body = opened();
      const secret = JSON.parse(body).secret_key as string;
      const { token } = await addSource(database(), A, 'smartlead', secret);
      // A NUL byte makes the stored text unfaithful, so the exact bytes are kept too.
      const end = body.lastIndexOf('}');
      const withNul = new Uint8Array([...Buffer.from(body.slice(0, end)), 0, ...Buffer.from(body.slice(end))]);
      await later()(post(ingestUrl(LOCAL, 'smartlead', token, WAIT), body));
      await later()(post(ingestUrl(LOCAL, 'smartlead', token), withNul));
      const kept = await receipts();
      expect(kept.map((r) => r.status)).toEqual(['processed', 'received']);
      for (const r of kept) {
        expect(r.body).not.toContain(secret);
        expect(JSON.parse(r.body).secret_key).toBe('[redacted]');
      }
      expect(Buffer.from(kept[1].raw_body!).includes(Buffer.from(secret))).toBe(false);
      expect(Buffer.from(kept[1].raw_body!).includes(0)).toBe(true);
      expect(await count(`public.pending_email_events where provider_message_id = '${SMARTLEAD_SEND}'`)).toBe(1);
    });
  });

  describe('authentication', () => {
    it('verifies the Calendly signature test vector and refuses the same signature on a tampered body', async () => {
      const v = vectors().calendly;
      const { token } = await addSource(database(), A, 'calendly', v.signing_key);
      const t = Number(/t=(\d+)/.exec(v.value)![1]);
      const at = () => new Date(t * 1000 + 30_000);
      const body = fixture(v.body_file);
      const ok = await handler({ now: at })(post(ingestUrl(LOCAL, 'calendly', token), body, { [v.header]: v.value }));
      expect(ok.status).toBe(200);
      const tampered = await handler({ now: at })(post(ingestUrl(LOCAL, 'calendly', token), body.replace('"active"', '"canceled"'), { [v.header]: v.value }));
      expect(tampered.status).toBe(401);
      expect(calendlySignature(body, t, v.signing_key)).toBe(v.value);
    });

    it('verifies the Cal.com signature test vector and refuses it on a tampered body', async () => {
      const v = vectors().calcom;
      const { token } = await addSource(database(), A, 'calcom', v.secret);
      const body = fixture(v.body_file);
      expect(calcomSignature(body, v.secret)).toBe(v.headers['X-Cal-Signature-256']);
      expect((await handler()(post(ingestUrl(LOCAL, 'calcom', token), body, v.headers))).status).toBe(200);
      const tampered = body.replace(/"title":\s*"/, '"title": "x');
      expect(tampered).not.toBe(body);
      expect((await handler()(post(ingestUrl(LOCAL, 'calcom', token), tampered, v.headers))).status).toBe(401);
    });

    it('checks Twilio signatures over the public URL the vendor called, not the internal one', async () => {
      const v = vectors().twilio;
      expect(twilioSignature(v.url, v.form_body, v.auth_token)).toBe(v.value); // the test's signer matches Twilio's
      const { token } = await addSource(database(), A, 'twilio', v.auth_token);
      const internal = ingestUrl(LOCAL, 'twilio', token);
      const external = ingestUrl('https://cis.example.test', 'twilio', token);
      const signed = (url: string, body = v.form_body) => ({ ...FORM, 'x-twilio-signature': twilioSignature(url, body, v.auth_token) });
      expect((await handler({ publicBaseUrl: PUBLIC })(post(internal, v.form_body, signed(external)))).status).toBe(200);
      expect((await handler({ publicBaseUrl: PUBLIC })(post(internal, v.form_body, signed(internal)))).status).toBe(401);
      expect((await handler()(post(internal, v.form_body, signed(internal)))).status).toBe(200);
      const tampered = v.form_body.replace('MessageStatus=delivered', 'MessageStatus=failed');
      expect((await handler({ publicBaseUrl: PUBLIC })(post(internal, tampered, signed(external)))).status).toBe(401);
      expect((await handler()(post(internal, v.form_body, FORM))).status).toBe(401);
    });

    it('checks HubSpot v3 signatures over the public URL and within the five-minute window', async () => {
      const v = vectors().hubspot;
      const ts = v.headers['X-HubSpot-Request-Timestamp'];
      expect(hubspotSignature('POST', v.uri, fixture(v.body_file), ts, v.client_secret)).toBe(v.headers['X-HubSpot-Signature-v3']);
      const { token } = await addSource(database(), A, 'hubspot', v.client_secret);
      const body = fixture(v.body_file);
      const external = ingestUrl('https://cis.example.test', 'hubspot', token);
      const headers = { 'x-hubspot-request-timestamp': ts, 'x-hubspot-signature-v3': hubspotSignature('POST', external, body, ts, v.client_secret) };
      const at = (ms: number) => () => new Date(Number(ts) + ms);
      const deps = { publicBaseUrl: PUBLIC, now: at(60_000) };
      expect((await handler(deps)(post(ingestUrl(LOCAL, 'hubspot', token), body, headers))).status).toBe(200);
      expect((await handler(deps)(post(ingestUrl(LOCAL, 'hubspot', token), body.replace('"dealstage"', '"amount"'), headers))).status).toBe(401);
      expect((await handler({ ...deps, now: at(301_000) })(post(ingestUrl(LOCAL, 'hubspot', token), body, headers))).status).toBe(401);
    });

    it('checks the Smartlead secret_key in the body when the source has one', async () => {
      const body = fixture('smartlead/EMAIL_OPEN.json');
      const secret = JSON.parse(body).secret_key as string;
      const { token } = await addSource(database(), A, 'smartlead', secret);
      expect((await handler()(post(ingestUrl(LOCAL, 'smartlead', token), body))).status).toBe(200);
      const wrong = body.replace(secret, 'not-the-secret');
      expect((await handler()(post(ingestUrl(LOCAL, 'smartlead', token), wrong))).status).toBe(401);
    });

    it('refuses a wrong, missing, other-provider or deactivated token with 401 and stores nothing', async () => {
      const body = fixture('smartlead/EMAIL_OPEN.json');
      const { token, sourceId } = await addSource(database(), A, 'smartlead');
      const { token: lemlistToken } = await addSource(database(), A, 'lemlist');
      const statuses = [
        (await handler()(post(ingestUrl(LOCAL, 'smartlead', `${token}x`), body))).status,
        (await handler()(post(ingestUrl(LOCAL, 'smartlead', null), body))).status,
        (await handler()(post(ingestUrl(LOCAL, 'smartlead', lemlistToken), body))).status,
      ];
      await db.query('update public.webhook_sources set active = false where id = $1', [sourceId]);
      statuses.push((await handler()(post(ingestUrl(LOCAL, 'smartlead', token), body))).status);
      expect(statuses).toEqual([401, 401, 401, 401]);
      expect(await count(OURS)).toBe(0);
    });

    it('verifies a signature over the bytes received: a body with a byte that is not UTF-8, signed over those bytes, is taken', async () => {
      const secret = 'calcom-secret-bytes';
      const { token } = await addSource(database(), A, 'calcom', secret);
      const text = fixture('calcom/BOOKING_CREATED.json');
      const at = text.indexOf('"title"') + 10;
      const bytes = new Uint8Array([...Buffer.from(text.slice(0, at)), 0xe9, ...Buffer.from(text.slice(at))]); // Latin-1 é
      const signature = createHmac('sha256', secret).update(bytes).digest('hex');
      const response = await handler()(post(ingestUrl(LOCAL, 'calcom', token), bytes, { 'x-cal-signature-256': signature }));
      expect(response.status).toBe(200);
      const [kept] = await receipts();
      expect(Buffer.from(kept.raw_body!).equals(Buffer.from(bytes))).toBe(true);
    });

    it('refuses a signed body with NUL bytes inserted after signing', async () => {
      const secret = 'calcom-secret-nul';
      const { token } = await addSource(database(), A, 'calcom', secret);
      const text = fixture('calcom/BOOKING_CREATED.json');
      const signature = calcomSignature(text, secret);
      const at = text.indexOf('"title"') + 10;
      const tampered = new Uint8Array([...Buffer.from(text.slice(0, at)), 0, 0, ...Buffer.from(text.slice(at))]);
      expect((await handler()(post(ingestUrl(LOCAL, 'calcom', token), tampered, { 'x-cal-signature-256': signature }))).status).toBe(401);
      expect((await handler()(post(ingestUrl(LOCAL, 'calcom', token), text, { 'x-cal-signature-256': signature }))).status).toBe(200);
      expect((await receipts()).length).toBe(1);
    });

    it('answers 401 identically for an unknown token and a bad signature, so neither can be probed', async () => {
      const { token } = await addSource(database(), A, 'calcom', 'calcom-secret');
      const body = fixture('calcom/BOOKING_CREATED.json');
      const unknown = await handler()(post(ingestUrl(LOCAL, 'calcom', 'no-such-token'), body, { 'x-cal-signature-256': 'ab' }));
      const badSignature = await handler()(post(ingestUrl(LOCAL, 'calcom', token), body, { 'x-cal-signature-256': 'ab' }));
      expect(await unknown.json()).toEqual(await badSignature.json());
    });
  });

  describe('statuses', () => {
    it('answers 405 to anything but POST', async () => {
      const response = await handler()(new Request(ingestUrl(LOCAL, 'smartlead', 'x'), { method: 'GET' }));
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    });

    it('answers 404 for an unknown provider or no provider at all', async () => {
      expect((await handler()(post(ingestUrl(LOCAL, 'mailchimp', 'x'), '{}'))).status).toBe(404);
      expect((await handler()(post(`${LOCAL}/functions/v1/ingest?token=x`, '{}'))).status).toBe(404);
      expect((await handler()(post(`${LOCAL}/functions/v1/ingest/__proto__?token=x`, '{}'))).status).toBe(404);
      expect((await handler()(post(`${LOCAL}/functions/v1/ingest/cis/extra?token=x`, '{}'))).status).toBe(404);
    });

    it('finds the provider whether or not the gateway kept /functions/v1 in the path (Supabase strips it)', async () => {
      const { token } = await addSource(database(), A, 'smartlead');
      const body = fixture('smartlead/EMAIL_SENT.json');
      expect((await handler()(post(`${LOCAL}/ingest/smartlead?token=${token}`, body))).status).toBe(200);
      expect((await handler()(post(`${LOCAL}/functions/v1/ingest/smartlead/?token=${token}`, body))).status).toBe(200);
    });

    it('answers 413 for a body over 1 MB, declared or streamed, and stores nothing', async () => {
      const { token } = await addSource(database(), A, 'cis');
      const big = `{"event":"email_opened","pad":"${'x'.repeat(INGEST_MAX_BYTES)}"}`;
      expect((await handler()(post(ingestUrl(LOCAL, 'cis', token), big))).status).toBe(413);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
          controller.close();
        },
      });
      const streamed = new Request(ingestUrl(LOCAL, 'cis', token), { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
      expect((await handler()(streamed)).status).toBe(413);
      expect(await count(OURS)).toBe(0);
    });

    it('answers 400 naming the bad field, and keeps the body as a rejected receipt', async () => {
      const { token } = await addSource(database(), A, 'cis');
      const body = JSON.stringify({ event: 'call_completed', event_id: 'e', occurred_at: 1758290004, lead: { phone: '+49' }, touch: { id: 'c' } });
      const response = await handler()(post(ingestUrl(LOCAL, 'cis', token), body));
      expect(response.status).toBe(400);
      const answer = await response.json();
      expect(answer.issues).toEqual([{ path: 'call_duration', message: 'call_duration (seconds) is required' }]);
      const [kept] = await receipts();
      expect(kept).toMatchObject({ status: 'rejected', body, issues: answer.issues, error: null });
    });

    it('answers 400 for a body that is not JSON and keeps it too', async () => {
      const { token } = await addSource(database(), A, 'lemlist');
      const response = await handler()(post(ingestUrl(LOCAL, 'lemlist', token), '{"type": "emailsOpened",'));
      expect(response.status).toBe(400);
      expect((await response.json()).issues[0].message).toMatch(/not valid JSON/);
      expect((await receipts()).map((r) => r.status)).toEqual(['rejected']);
    });

    it('answers 400 naming the field for an identity value too long to index', async () => {
      const { token } = await addSource(database(), A, 'cis');
      const hugePhone = JSON.stringify({ event: 'sms_link_clicked', event_id: 'p-1', occurred_at: 1758290003,
        lead: { phone: `+${'7'.repeat(5000)}` }, touch: { id: 'sms-1' }, url: 'https://x.example/p' });
      const response = await handler()(post(ingestUrl(LOCAL, 'cis', token), hugePhone));
      expect(response.status).toBe(400);
      const answer = await response.json();
      expect(answer.issues.map((i: { path: string }) => i.path).join(' ')).toMatch(/phone/);
      expect((await receipts()).map((r) => r.status)).toEqual(['rejected']);
    });

    it('answers 400, never 500, to a caller that waits when the database refuses a value the schema let through, keeping the reason', async () => {
      const { token } = await addSource(database(), A, 'cis');
      // A step number of 15 digits passes the schema (a non-negative integer) but not the integer column.
      const hugeStep = JSON.stringify({ event: 'sms_sent', event_id: 's-1', occurred_at: 1758290003,
        lead: { email: 'huge@step.example' }, touch: { id: 'sms-1', campaign_id: 'c-1', sequence_step: 999999999999999, body_text: 'Hi' } });
      const response = await handler()(post(ingestUrl(LOCAL, 'cis', token, WAIT), hugeStep));
      expect(response.status).toBe(400);
      const answer = await response.json();
      expect(answer.issues[0].message).toMatch(/cannot be stored/);
      expect(JSON.stringify(answer)).not.toMatch(/integer|22003|relation/);
      const [kept] = await receipts();
      expect(kept.status).toBe('rejected');
      expect(kept.error).toMatch(/^22003: /);
    });

    it('keeps the exact bytes of a body that is not valid UTF-8 or contains NUL', async () => {
      const { token } = await addSource(database(), A, 'salesforge');
      const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x00, 0x22, 0x7d]); // {"a":"\xff\xfe\0"}
      const response = await handler()(post(ingestUrl(LOCAL, 'salesforge', token), bytes));
      expect(response.status).toBe(400);
      const [kept] = await receipts();
      expect(kept.status).toBe('rejected');
      expect(kept.body).toBe('{"a":"\uFFFD\uFFFD"}');
      expect(Buffer.from(kept.raw_body!).equals(Buffer.from(bytes))).toBe(true);
    });

    it('keeps the relevant headers with the body, never the credentials', async () => {
      const { token } = await addSource(database(), A, 'smartlead');
      await handler()(post(ingestUrl(LOCAL, 'smartlead', token), fixture('smartlead/EMAIL_OPEN.json'), {
        'user-agent': 'Smartlead-Webhook/1.0', authorization: 'Bearer secret', cookie: 'a=b',
      }));
      const [kept] = await receipts();
      expect(kept.headers).toEqual({ 'content-type': 'application/json', 'user-agent': 'Smartlead-Webhook/1.0' });
      const secret = JSON.parse(fixture('smartlead/EMAIL_OPEN.json')).secret_key as string;
      expect(kept.body).toBe(fixture('smartlead/EMAIL_OPEN.json').replace(JSON.stringify(secret), '"[redacted]"'));
    });

    it('answers 503 with retry-after when the database is unreachable', async () => {
      const down: Database = { asServiceRole: async () => { throw new DatabaseUnavailableError(new Error('ECONNREFUSED')); } };
      const response = await handler({ db: down })(post(ingestUrl(LOCAL, 'smartlead', 'any-token'), fixture('smartlead/EMAIL_OPEN.json')));
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBeTruthy();
    });

    it('answers 503 when the database goes away before the body is stored, and stores nothing for the sender to resend', async () => {
      const { token } = await addSource(database(), A, 'smartlead');
      let calls = 0;
      const flaky: Database = {
        asServiceRole: (fn) => (++calls === 1 ? database().asServiceRole(fn) : Promise.reject(new DatabaseUnavailableError(new Error('ECONNRESET')))),
      };
      const response = await handler({ db: flaky })(post(ingestUrl(LOCAL, 'smartlead', token), fixture('smartlead/EMAIL_SENT.json')));
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBeTruthy();
      expect(await receipts()).toEqual([]);
      const resent = await handler()(post(ingestUrl(LOCAL, 'smartlead', token), fixture('smartlead/EMAIL_SENT.json')));
      expect(resent.status).toBe(200);
      await drain(db);
      expect(await count(`public.activities where provider_message_id = '${SMARTLEAD_SEND}'`)).toBe(1);
    });

    it('answers 500 without internals when processing fails, keeps the receipt failed, and replay processes it once fixed', async () => {
      const { token } = await addSource(database(), A, 'smartlead');
      const logged: string[] = [];
      await db.exec('revoke execute on function public.ingest_engagement_events(uuid, jsonb) from service_role');
      const response = await handler({ log: (m) => logged.push(m) })(post(ingestUrl(LOCAL, 'smartlead', token, WAIT), fixture('smartlead/EMAIL_SENT.json')));
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toMatch(/ingest_engagement_events|permission|service_role|42501|receipt/i);
      expect(JSON.parse(text)).toEqual({ error: 'internal_error', message: 'unexpected error; it has been logged' });
      const [failed] = await receipts();
      expect(failed.status).toBe('failed');
      expect(failed.error).toMatch(/permission denied/);
      expect(logged.length).toBeGreaterThan(0);

      await db.exec('grant execute on function public.ingest_engagement_events(uuid, jsonb) to service_role');
      const summary = await replayReceipts(database(), { statuses: ['failed'] });
      expect(summary).toMatchObject({ total: 1, processed: 1, failed: 0, accepted: 1 });
      const [processed] = await receipts();
      expect(processed).toMatchObject({ id: failed.id, status: 'processed', error: null, accepted: 1 });
      const again = await replayReceipts(database(), { receiptId: failed.id });
      expect(again).toMatchObject({ total: 1, processed: 1, accepted: 0, duplicates: 1 });
      expect(await count(`public.activities where provider_message_id = '${SMARTLEAD_SEND}'`)).toBe(1);
    });

    it('runs a wait again after a deadlock or serialization failure, and the caller never sees it', async () => {
      const { token } = await addSource(database(), A, 'smartlead');
      let calls = 0;
      const unlucky: Database = {
        asServiceRole: (fn) => {
          calls += 1;
          // The first call finds the source; the second (store and ingest) loses a deadlock.
          if (calls === 2) return Promise.reject(Object.assign(new Error('deadlock detected'), { code: '40P01' }));
          return database().asServiceRole(fn);
        },
      };
      const response = await handler({ db: unlucky })(post(ingestUrl(LOCAL, 'smartlead', token, WAIT), fixture('smartlead/EMAIL_SENT.json')));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ accepted: 1, duplicates: 0, pending: 0 });
      expect(calls).toBe(3);
      expect((await receipts()).map((r) => r.status)).toEqual(['processed']);
    });

    it('replays a rejected receipt by id and keeps it rejected while it is still malformed', async () => {
      const { token } = await addSource(database(), A, 'instantly');
      await handler()(post(ingestUrl(LOCAL, 'instantly', token), '[1, 2'));
      const [rejected] = await receipts();
      const summary = await replayReceipts(database(), { receiptId: rejected.id });
      expect(summary).toMatchObject({ total: 1, rejected: 1, processed: 0 });
      const [after] = await db.query<{ attempts: number; status: string }>(`select attempts, status from ${OURS}`);
      expect(after).toEqual({ attempts: 2, status: 'rejected' });
    });
  });
});
