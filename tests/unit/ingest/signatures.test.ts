import { describe, expect, it } from 'vitest';
import { hmac, sha256Hex, timingSafeEqual, toBase64, toHex } from '../../../shared/ingest/crypto.ts';
import { verifyUrlToken } from '../../../shared/ingest/providers/adapter.ts';
import { verifyCalcomSignature } from '../../../shared/ingest/providers/calcom/index.ts';
import { verifyCalendlySignature } from '../../../shared/ingest/providers/calendly/index.ts';
import { verifyHubSpotSignatureV3 } from '../../../shared/ingest/providers/hubspot/index.ts';
import { verifyBasicAuth } from '../../../shared/ingest/providers/pipedrive/index.ts';
import { verifySmartleadSecretKey, verifySmartleadSignature } from '../../../shared/ingest/providers/smartlead/index.ts';
import { verifyTwilioSignature } from '../../../shared/ingest/providers/twilio/index.ts';
import { raw } from './helpers.ts';

const vectors = JSON.parse(raw('signature_test_vectors.json'));
const tamper = (s: string) => s.replace('marta', 'mArta').replace('Dag', 'Dog').replace('presentationscheduled', 'closedwon');

describe('timingSafeEqual', () => {
  it('is true only for identical byte strings', () => {
    expect(timingSafeEqual('abc', 'abc')).toBe(true);
    expect(timingSafeEqual('abc', 'abd')).toBe(false);
    expect(timingSafeEqual('abc', 'abcd')).toBe(false);
    expect(timingSafeEqual('', 'a')).toBe(false);
    expect(timingSafeEqual('', '')).toBe(true);
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
  });

  it('compares bytes, so different Unicode spellings of the same text differ', () => {
    expect(timingSafeEqual('é', 'e\u0301')).toBe(false);
  });
});

describe('Calendly signature', () => {
  const v = vectors.calendly;
  const body = raw(v.body_file);
  const t = Number(/t=(\d+)/.exec(v.value)![1]);
  const at = (s: number) => new Date(s * 1000);

  it('verifies the reference vector', async () => {
    expect(await verifyCalendlySignature({ rawBody: body, header: v.value, signingKey: v.signing_key, now: at(t + 60) })).toEqual({ ok: true });
  });

  it('fails on a tampered body, a wrong key and a missing key', async () => {
    expect((await verifyCalendlySignature({ rawBody: tamper(body), header: v.value, signingKey: v.signing_key, now: at(t) })).ok).toBe(false);
    expect((await verifyCalendlySignature({ rawBody: body, header: v.value, signingKey: 'wrong', now: at(t) })).ok).toBe(false);
    expect(await verifyCalendlySignature({ rawBody: body, header: v.value, signingKey: '', now: at(t) })).toEqual({ ok: false, reason: 'no Calendly signing key configured' });
  });

  it('fails when the timestamp is older than the 3-minute default tolerance', async () => {
    expect(await verifyCalendlySignature({ rawBody: body, header: v.value, signingKey: v.signing_key, now: at(t + 181) }))
      .toEqual({ ok: false, reason: 'timestamp outside the 180s tolerance' });
  });

  it('honours a configured tolerance', async () => {
    expect((await verifyCalendlySignature({ rawBody: body, header: v.value, signingKey: v.signing_key, now: at(t + 290), toleranceSeconds: 300 })).ok).toBe(true);
  });

  it('fails when t is altered to look fresh', async () => {
    const header = v.value.replace(`t=${t}`, `t=${t + 1000}`);
    expect(await verifyCalendlySignature({ rawBody: body, header, signingKey: v.signing_key, now: at(t + 1000) }))
      .toEqual({ ok: false, reason: 'signature does not match' });
  });

  it('rejects a malformed header', async () => {
    expect(await verifyCalendlySignature({ rawBody: body, header: 'v1=abc', signingKey: v.signing_key, now: at(t) }))
      .toEqual({ ok: false, reason: 'malformed Calendly-Webhook-Signature' });
  });
});

describe('Cal.com signature', () => {
  const v = vectors.calcom;
  const body = raw(v.body_file);
  const sig = v.headers['X-Cal-Signature-256'];

  it('verifies the reference vector, with or without a sha256= prefix', async () => {
    expect(await verifyCalcomSignature(body, sig, v.secret)).toEqual({ ok: true });
    expect(await verifyCalcomSignature(body, `sha256=${sig.toUpperCase()}`, v.secret)).toEqual({ ok: true });
  });

  it('fails on a tampered body and a wrong secret', async () => {
    expect((await verifyCalcomSignature(tamper(body), sig, v.secret)).ok).toBe(false);
    expect((await verifyCalcomSignature(body, sig, 'wrong')).ok).toBe(false);
  });

  it('rejects the literal no-secret-provided', async () => {
    expect(await verifyCalcomSignature(body, 'no-secret-provided', v.secret)).toEqual({ ok: false, reason: 'Cal.com webhook has no secret set' });
  });
});

describe('HubSpot v3 signature', () => {
  const v = vectors.hubspot;
  const body = raw(v.body_file);
  const ts = v.headers['X-HubSpot-Request-Timestamp'];
  const args = { method: v.method, uri: v.uri, rawBody: body, signature: v.headers['X-HubSpot-Signature-v3'], timestamp: ts, clientSecret: v.client_secret, now: new Date(Number(ts) + 1000) };

  it('verifies the reference vector', async () => {
    expect(await verifyHubSpotSignatureV3(args)).toEqual({ ok: true });
  });

  it('fails on a tampered body, another URI, a wrong secret', async () => {
    expect((await verifyHubSpotSignatureV3({ ...args, rawBody: tamper(body) })).ok).toBe(false);
    expect((await verifyHubSpotSignatureV3({ ...args, uri: `${v.uri}?x=1` })).ok).toBe(false);
    expect((await verifyHubSpotSignatureV3({ ...args, clientSecret: 'wrong' })).ok).toBe(false);
  });

  it('fails outside the 5-minute window', async () => {
    expect(await verifyHubSpotSignatureV3({ ...args, now: new Date(Number(ts) + 300_001) })).toEqual({ ok: false, reason: 'timestamp outside the 5-minute window' });
  });

  it('signs the URI with the escapes HubSpot decodes', async () => {
    const encoded = v.uri.replace('https://', 'https%3A%2F%2F');
    expect(await verifyHubSpotSignatureV3({ ...args, uri: encoded })).toEqual({ ok: true });
  });
});

describe('Twilio signature', () => {
  const v = vectors.twilio;
  const form = 'application/x-www-form-urlencoded';

  it('verifies the reference vector over the form body', async () => {
    expect(await verifyTwilioSignature({ url: v.url, rawBody: v.form_body, contentType: form, signature: v.value, authToken: v.auth_token })).toEqual({ ok: true });
  });

  it('does not depend on the order of the params in the body', async () => {
    const shuffled = v.form_body.split('&').reverse().join('&');
    expect(await verifyTwilioSignature({ url: v.url, rawBody: shuffled, contentType: form, signature: v.value, authToken: v.auth_token })).toEqual({ ok: true });
  });

  it('accepts a signature Twilio computed over the URL with the default port spelled out', async () => {
    const { hmac, toBase64 } = await import('../../../shared/ingest/crypto.ts');
    const params = [...new URLSearchParams(v.form_body)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => k + x).join('');
    const withPort = v.url.replace('ingest.example.test', 'ingest.example.test:443');
    const signature = toBase64(await hmac('SHA-1', v.auth_token, withPort + params));
    expect(signature).not.toBe(v.value);
    expect(await verifyTwilioSignature({ url: v.url, rawBody: v.form_body, contentType: form, signature, authToken: v.auth_token })).toEqual({ ok: true });
  });

  it('fails on a tampered param, an added param, another URL and a wrong token', async () => {
    const cases = [
      { rawBody: v.form_body.replace('MessageStatus=delivered', 'MessageStatus=failed') },
      { rawBody: `${v.form_body}&Extra=1` },
      { url: `${v.url}?token=abc` },
      { authToken: 'wrong' },
    ];
    for (const c of cases) {
      const r = await verifyTwilioSignature({ url: v.url, rawBody: v.form_body, contentType: form, signature: v.value, authToken: v.auth_token, ...c });
      expect(r).toEqual({ ok: false, reason: 'signature does not match' });
    }
  });

  it('checks bodySHA256 for JSON bodies', async () => {
    const body = '{"a":1}';
    const { sha256Hex, hmac, toBase64 } = await import('../../../shared/ingest/crypto.ts');
    const url = `${v.url}?bodySHA256=${await sha256Hex(body)}`;
    const signature = toBase64(await hmac('SHA-1', v.auth_token, url));
    expect(await verifyTwilioSignature({ url, rawBody: body, contentType: 'application/json', signature, authToken: v.auth_token })).toEqual({ ok: true });
    expect(await verifyTwilioSignature({ url, rawBody: '{"a":2}', contentType: 'application/json', signature, authToken: v.auth_token }))
      .toEqual({ ok: false, reason: 'bodySHA256 does not match body' });
  });
});

describe('Smartlead authentication', () => {
  const body = raw('smartlead/EMAIL_REPLY.json');

  it('accepts the configured secret_key echoed in the body', async () => {
    expect(await verifySmartleadSecretKey(body, '7b1f0c2e-5a4d-4c8e-9f21-0d3e6a8b9c11')).toEqual({ ok: true });
  });

  it('rejects a wrong secret_key, the dashboard placeholder and a non-JSON body', async () => {
    expect(await verifySmartleadSecretKey(body, 'secretkey')).toEqual({ ok: false, reason: 'secret_key does not match' });
    expect(await verifySmartleadSecretKey('{"secret_key":""}', 'x')).toEqual({ ok: false, reason: 'secret_key missing from body' });
    expect(await verifySmartleadSecretKey('nope', 'x')).toEqual({ ok: false, reason: 'body is not JSON, cannot read secret_key' });
  });

  it('verifies the (unconfirmed) X-Smartlead-Signature vector as hex', async () => {
    const v = vectors.smartlead_UNCONFIRMED;
    expect(await verifySmartleadSignature(raw(v.body_file), v.value, v.secret)).toEqual({ ok: true });
    expect((await verifySmartleadSignature(tamper(raw(v.body_file)), v.value, v.secret)).ok).toBe(false);
  });
});

describe('URL token and basic auth', () => {
  it('accepts the right token and rejects a wrong, missing or unconfigured one', async () => {
    const url = 'https://ingest.example.test/functions/v1/ingest/salesforge?token=s3cret-token';
    expect(await verifyUrlToken(url, 's3cret-token')).toEqual({ ok: true });
    expect(await verifyUrlToken(url, 's3cret-tokeN')).toEqual({ ok: false, reason: 'token does not match' });
    expect(await verifyUrlToken('https://x.test/ingest/salesforge', 's3cret-token')).toEqual({ ok: false, reason: 'missing token in URL' });
    expect(await verifyUrlToken(url, '')).toEqual({ ok: false, reason: 'no token configured for this source' });
  });

  it('checks Pipedrive basic auth', async () => {
    const header = `Basic ${btoa('cis:pa55:word')}`;
    expect(await verifyBasicAuth(header, 'cis', 'pa55:word')).toEqual({ ok: true });
    expect(await verifyBasicAuth(header, 'cis', 'other')).toEqual({ ok: false, reason: 'credentials do not match' });
    expect(await verifyBasicAuth('Bearer x', 'cis', 'pa55:word')).toEqual({ ok: false, reason: 'Authorization is not Basic' });
    expect(await verifyBasicAuth('Basic !!!', 'cis', 'pa55:word')).toEqual({ ok: false, reason: 'Authorization is not Basic' });
  });
});

describe('signatures over the bytes received', () => {
  // A vendor signs the bytes it sends. The text CIS decodes from them drops NUL bytes and turns
  // invalid UTF-8 into U+FFFD, so a MAC over that text would accept bytes nobody signed and refuse
  // bytes the vendor did sign.
  const secret = 'bytes-secret';
  const text = '{"triggerEvent":"BOOKING_CREATED","payload":{"title":"Caf\u00e9"}}';
  const signed = async (bytes: Uint8Array) => toHex(await hmac('SHA-256', secret, bytes));
  const latin1 = new Uint8Array([...new TextEncoder().encode(text.slice(0, -5)), 0xe9, ...new TextEncoder().encode(text.slice(-4))]);

  it('accepts a body with a byte that is not UTF-8, signed over its real bytes', async () => {
    expect(await verifyCalcomSignature(latin1, await signed(latin1), secret)).toEqual({ ok: true });
    const nowSec = 1758290000;
    const calendly = `t=${nowSec},v1=${toHex(await hmac('SHA-256', secret, new Uint8Array([...new TextEncoder().encode(`${nowSec}.`), ...latin1])))}`;
    expect(await verifyCalendlySignature({ rawBody: latin1, header: calendly, signingKey: secret, now: new Date(nowSec * 1000) })).toEqual({ ok: true });
  });

  it('refuses a signed body with NUL bytes inserted after signing, though its text is unchanged', async () => {
    const bytes = new TextEncoder().encode(text);
    const signature = await signed(bytes);
    const withNul = new Uint8Array([...bytes.subarray(0, 10), 0, 0, ...bytes.subarray(10)]);
    expect(new TextDecoder().decode(withNul).replaceAll('\u0000', '')).toBe(text);
    expect(await verifyCalcomSignature(bytes, signature, secret)).toEqual({ ok: true });
    expect(await verifyCalcomSignature(withNul, signature, secret)).toEqual({ ok: false, reason: 'signature does not match' });
  });

  it('checks Twilio bodySHA256 against the bytes of a JSON body', async () => {
    const v = vectors.twilio;
    const bytes = new TextEncoder().encode('{"a":"\u00e9"}');
    const url = `${v.url}?bodySHA256=${await sha256Hex(bytes)}`;
    const signature = toBase64(await hmac('SHA-1', v.auth_token, url));
    expect(await verifyTwilioSignature({ url, rawBody: bytes, contentType: 'application/json', signature, authToken: v.auth_token })).toEqual({ ok: true });
    const withNul = new Uint8Array([...bytes, 0]);
    expect(await verifyTwilioSignature({ url, rawBody: withNul, contentType: 'application/json', signature, authToken: v.auth_token }))
      .toEqual({ ok: false, reason: 'bodySHA256 does not match body' });
  });
});
