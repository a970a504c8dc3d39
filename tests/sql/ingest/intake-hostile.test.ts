// Hostile and malformed webhooks through the real handler and database: hundreds of generated
// bodies (random bytes, bad UTF-8, wrong types, huge strings near the 1 MB limit, 10k-deep
// nesting, missing fields, prototype-pollution keys) from authenticated sources. Every one gets a
// 4xx or a 200 — never a 5xx — and every one is kept in webhook_receipts; the drain then ingests
// or rejects each of them, and fails none. Property runs are seeded: a failure replays exactly.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createIngestHandler, INGEST_MAX_BYTES } from '../../../shared/handlers/ingest.ts';
import type { Provider } from '../../../shared/ingest/canonical.ts';
import { useDb } from '../../helpers/db.ts';
import { testDatabase } from '../../helpers/database.ts';
import { clientId, seedTenants } from '../../helpers/tenants.ts';
import { RECEIVED_AT, addSource, drain, fixture, fixtureNames, ingestUrl, post, twilioSignature } from './intake-support.ts';

const A = clientId('a');
const LOCAL = 'http://localhost';
const TWILIO_TOKEN = 'twilio-auth-token-for-hostile-tests';
const JSON_PROVIDERS = ['smartlead', 'salesforge', 'instantly', 'lemlist', 'cis'] as const;
type JsonProvider = (typeof JSON_PROVIDERS)[number];

const CIS_SAMPLES = [
  { event: 'email_sent', event_id: 'h-1', occurred_at: '2025-09-16T13:02:11Z', lead: { email: 'marta@fernhill.example' },
    touch: { id: 'act-h1', campaign_id: 'cmp', sequence_step: 2, subject: 'Hi', body_text: 'Hello' } },
  { event: 'sms_link_clicked', event_id: 'h-2', occurred_at: 1758290003, lead: { phone: '+4917655509876' }, touch: { id: 'sms-1' }, url: 'https://x.example/p' },
  { event: 'call_completed', event_id: 'h-3', occurred_at: 1758290004, lead: { phone: '+4917655509876' }, touch: { id: 'call-1' }, call_duration: 312 },
  { event: 'linkedin_profile_viewed', event_id: 'h-4', occurred_at: 1758290000, lead: { linkedin_url: 'https://www.linkedin.com/in/marta' } },
];

const samples: [JsonProvider, string][] = [
  ...JSON_PROVIDERS.filter((p) => p !== 'cis').flatMap((p) => fixtureNames(p).map((f) => [p, fixture(`${p}/${f}`)] as [JsonProvider, string])),
  ...CIS_SAMPLES.map((e) => ['cis', JSON.stringify(e)] as [JsonProvider, string]),
];

const DEEP_ARRAY = '['.repeat(10_000) + ']'.repeat(10_000);
const DEEP_OBJECT = '{"a":'.repeat(10_000) + 'null' + '}'.repeat(10_000);
const POLLUTION = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';
const HOLE = '"@@HOSTILE@@"';
// Long values that do not compress: Postgres refuses index entries over ~2.7 kB.
let seed = 7;
const noise = (n: number, alphabet: string) =>
  Array.from({ length: n }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), alphabet[Math.floor(seed / 65536) % alphabet.length])).join('');
const LONG_PHONE = `"+${noise(5000, '0123456789')}"`;
const LONG_URL = `"https://www.linkedin.com/in/${noise(5000, 'abcdefghijklmnopqrstuvwxyz')}"`;

/** Raw JSON texts that replace one value of a real payload. */
const hostileValue = fc.oneof(
  fc.constantFrom(
    'null', '0', '-1', '1e308', '-1e308', String(2 ** 53 + 1), '-9223372036854775809', 'true', '[]', '{}', '""', '" "',
    '"\\u0000"', '"\\ud800"', '"\\udfff\\ud800"', '"NaN"', '"1e9999"', `"${'9'.repeat(400)}"`, '"2025-13-45T99:99:99Z"',
    '"0000-01-01T00:00:00Z"', '"275760-09-13T00:00:00Z"', `"+${'9'.repeat(5000)}"`, `"https://www.linkedin.com/in/${'a'.repeat(50_000)}"`,
    `"${'x'.repeat(100_000)}@example.com"`, `"${'é'.repeat(20_000)}"`, LONG_PHONE, LONG_URL, `"${noise(3000, 'abcdef0123456789')}"`,
    DEEP_ARRAY, DEEP_OBJECT, POLLUTION,
  ),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.string({ unit: 'binary', maxLength: 200 }).map((s) => JSON.stringify(s)),
);

function valuePaths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [prefix];
  const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return [prefix, ...keys.flatMap((k) => valuePaths((v as Record<string | number, unknown>)[k], [...prefix, k]))];
}

/** The sample with the value at `path` replaced by raw JSON text (so 10k-deep values survive). */
function splice(body: string, path: (string | number)[], raw: string): string {
  if (path.length === 0) return raw;
  const root = JSON.parse(body);
  let o = root;
  for (const k of path.slice(0, -1)) o = o[k];
  o[path[path.length - 1]] = HOLE.slice(1, -1);
  return JSON.stringify(root).replace(HOLE, () => raw);
}

function withoutKeys(body: string, drop: number[]): string {
  const root = JSON.parse(body);
  const keys = Object.keys(root);
  for (const i of drop) delete root[keys[i % keys.length]];
  return JSON.stringify(root);
}

const mutatedSample = fc.constantFrom(...samples).chain(([p, body]) =>
  fc.tuple(fc.constant(p), fc.constant(body), fc.constantFrom(...valuePaths(JSON.parse(body))), hostileValue),
).map(([p, body, path, raw]) => [p, splice(body, path, raw)] as [Provider, string]);

const missingFields = fc.constantFrom(...samples).chain(([p, body]) =>
  fc.tuple(fc.constant(p), fc.constant(body), fc.array(fc.nat(), { minLength: 1, maxLength: 6 })),
).map(([p, body, drop]) => [p, withoutKeys(body, drop)] as [Provider, string]);

const provider = fc.constantFrom<JsonProvider>(...JSON_PROVIDERS);

describe('ingest handler under hostile payloads', () => {
  const db = useDb();
  const tokens = new Map<Provider, string>();
  let sent = 0;
  const statuses: number[] = [];

  beforeEach(async () => {
    await seedTenants(db);
    await db.exec('delete from public.webhook_receipts');
    for (const p of [...JSON_PROVIDERS, 'twilio'] as Provider[]) {
      tokens.set(p, (await addSource(testDatabase(db), A, p, p === 'twilio' ? TWILIO_TOKEN : null)).token);
    }
    sent = 0;
    statuses.length = 0;
  });

  const logged: string[] = [];
  const handler = () => createIngestHandler({
    db: testDatabase(db), now: () => RECEIVED_AT, log: (m, e) => logged.push(`${m}: ${(e as Error)?.message}`),
  });

  async function send(p: Provider, body: string | Uint8Array, contentType = 'application/json'): Promise<number> {
    const url = ingestUrl(LOCAL, p, tokens.get(p)!);
    const headers: Record<string, string> = { 'content-type': contentType };
    if (p === 'twilio') {
      const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
      headers['x-twilio-signature'] = twilioSignature(url, text.replaceAll('\u0000', ''), TWILIO_TOKEN);
    }
    const response = await handler()(post(url, body as BodyInit, headers));
    sent += 1;
    statuses.push(response.status);
    if (response.status >= 500) throw new Error(`${p}: ${response.status} (${logged.at(-1)}) for ${String(body).slice(0, 200)}`);
    return response.status;
  }

  /**
   * Every request was answered below 500 and each authenticated body is kept; once drained, every
   * one is processed or rejected (a 400 at the door, or a value the database refused at the drain),
   * none failed and none left waiting.
   */
  async function expectAllKept() {
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 401 || s === 413)).toEqual([]);
    await drain(db);
    const rows = await db.query<{ status: string; n: number }>(
      `select status, count(*)::integer as n from public.webhook_receipts where client_id = $1 group by status order by status`, [A]);
    const kept: Record<string, number> = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    expect({ failed: kept.failed ?? 0, received: kept.received ?? 0 }).toEqual({ failed: 0, received: 0 });
    expect((kept.processed ?? 0) + (kept.rejected ?? 0)).toBe(sent);
    expect(kept.processed ?? 0).toBeLessThanOrEqual(statuses.filter((s) => s === 200).length);
    expect(kept.rejected ?? 0).toBeGreaterThanOrEqual(statuses.filter((s) => s === 400).length);
  }

  it('answers 400 to random bytes and random text, and keeps every body', async () => {
    await fc.assert(fc.asyncProperty(provider, fc.uint8Array({ maxLength: 2048 }), async (p, bytes) => {
      expect(await send(p, bytes)).toBe(400);
    }), { numRuns: 60, seed: 1201 });
    await fc.assert(fc.asyncProperty(provider, fc.string({ unit: 'binary', maxLength: 500 }), async (p, text) => {
      expect([200, 400]).toContain(await send(p, text));
    }), { numRuns: 60, seed: 1202 });
    await expectAllKept();
  });

  it('answers 4xx or 200 when any value of a real payload is replaced by a wrong type, huge string, deep nesting or pollution key', async () => {
    await fc.assert(fc.asyncProperty(mutatedSample, async ([p, body]) => {
      expect([200, 400]).toContain(await send(p, body));
    }), { numRuns: 300, seed: 1203 });
    await expectAllKept();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers 4xx or 200 when fields of a real payload are missing', async () => {
    await fc.assert(fc.asyncProperty(missingFields, async ([p, body]) => {
      expect([200, 400]).toContain(await send(p, body));
    }), { numRuns: 100, seed: 1204 });
    await expectAllKept();
  });

  it('answers 400 to whole bodies that are 10k levels deep, the wrong JSON type, or pollution objects', async () => {
    const bodies = [DEEP_ARRAY, DEEP_OBJECT, POLLUTION, 'null', '42', '"text"', '[]', '{}', '[{}]', '', ' ', '\uFEFF', '{"events":[]}',
      `{"events":[${Array.from({ length: 1001 }, () => '{}').join(',')}]}`];
    for (const p of JSON_PROVIDERS) for (const body of bodies) expect({ p, body: body.slice(0, 30), status: await send(p, body) }).toMatchObject({ status: 400 });
    await expectAllKept();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps bodies with huge strings just under the 1 MB limit, and refuses just over it with 413', async () => {
    for (const [p, body] of samples.filter((_, i) => i % 4 === 0)) {
      const room = INGEST_MAX_BYTES - Buffer.byteLength(body) - 64;
      const padded = splice(body, ['cis_padding'], JSON.stringify('y'.repeat(room)));
      expect(Buffer.byteLength(padded)).toBeLessThanOrEqual(INGEST_MAX_BYTES);
      expect([200, 400]).toContain(await send(p, padded));
    }
    const over = splice(samples[0][1], ['cis_padding'], JSON.stringify('y'.repeat(INGEST_MAX_BYTES)));
    const response = await handler()(post(ingestUrl(LOCAL, 'smartlead', tokens.get('smartlead')!), over));
    expect(response.status).toBe(413);
    await expectAllKept();
  });

  it('answers 4xx or 200 to hostile Twilio form bodies signed with the right token, and keeps them', async () => {
    const form = fc.dictionary(
      fc.constantFrom('MessageSid', 'SmsSid', 'MessageStatus', 'SmsStatus', 'From', 'To', 'Body', 'OptOutType', 'ErrorCode', '__proto__', 'constructor'),
      fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('received', 'delivered', 'failed', 'STOP', '+4917655509876', 'SM123', '9'.repeat(5000))),
    ).map((params) => new URLSearchParams(params).toString());
    await fc.assert(fc.asyncProperty(form, async (body) => {
      expect([200, 400]).toContain(await send('twilio', body, 'application/x-www-form-urlencoded'));
    }), { numRuns: 100, seed: 1205 });
    await expectAllKept();
  });
});
