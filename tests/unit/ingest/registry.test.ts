import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../../shared/ingest/canonical.ts';
import { hmac, toBase64 } from '../../../shared/ingest/crypto.ts';
import { isProvider, providers, type VerifyRequest } from '../../../shared/ingest/providers/index.ts';
import { INSTANTLY_SECRET_HEADER } from '../../../shared/ingest/providers/instantly/index.ts';
import { raw } from './helpers.ts';

const vectors = JSON.parse(raw('signature_test_vectors.json'));
const BASE = 'https://ingest.example.test/functions/v1/ingest';
const req = (provider: string, rawBody: string, headers: Record<string, string> = {}, token = 'tok-1', extra: Partial<VerifyRequest> = {}): VerifyRequest => ({
  method: 'POST', url: `${BASE}/${provider}?token=${token}`, headers: new Headers(headers), rawBody, ...extra,
});

describe('provider registry', () => {
  it('has an adapter for every provider', () => {
    expect(Object.keys(providers).sort()).toEqual([...PROVIDERS].sort());
    expect(isProvider('smartlead')).toBe(true);
    expect(isProvider('toString')).toBe(false);
  });

  it('authenticates unsigned senders by URL token alone', async () => {
    for (const p of ['salesforge', 'lemlist', 'cis'] as const) {
      expect(await providers[p].verify(req(p, '{}'), { token: 'tok-1' })).toEqual({ ok: true });
      expect(await providers[p].verify(req(p, '{}', {}, 'tok-2'), { token: 'tok-1' })).toEqual({ ok: false, reason: 'token does not match' });
      expect((await providers[p].verify(req(p, '{}'), {})).ok).toBe(false);
    }
  });

  it('checks Smartlead secret_key only when the source configures one', async () => {
    const body = raw('smartlead/EMAIL_OPEN.json');
    expect(await providers.smartlead.verify(req('smartlead', body), { token: 'tok-1' })).toEqual({ ok: true });
    expect(await providers.smartlead.verify(req('smartlead', body), { token: 'tok-1', signingSecret: '7b1f0c2e-5a4d-4c8e-9f21-0d3e6a8b9c11' })).toEqual({ ok: true });
    expect(await providers.smartlead.verify(req('smartlead', body), { token: 'tok-1', signingSecret: 'other' })).toEqual({ ok: false, reason: 'secret_key does not match' });
  });

  it('checks the Instantly custom header when configured', async () => {
    const ok = req('instantly', '{}', { [INSTANTLY_SECRET_HEADER]: 'hdr-secret' });
    expect(await providers.instantly.verify(ok, { token: 'tok-1', signingSecret: 'hdr-secret' })).toEqual({ ok: true });
    expect(await providers.instantly.verify(req('instantly', '{}'), { token: 'tok-1', signingSecret: 'hdr-secret' })).toEqual({ ok: false, reason: 'missing secret header' });
  });

  it('verifies Calendly through the registry and rejects it without a configured key', async () => {
    const v = vectors.calendly;
    const t = Number(/t=(\d+)/.exec(v.value)![1]);
    const r = req('calendly', raw(v.body_file), { 'Calendly-Webhook-Signature': v.value }, 'tok-1', { now: new Date(t * 1000) });
    expect(await providers.calendly.verify(r, { token: 'tok-1', signingSecret: v.signing_key })).toEqual({ ok: true });
    expect(await providers.calendly.verify(r, { token: 'tok-1' })).toEqual({ ok: false, reason: 'no Calendly signing key configured' });
    expect(await providers.calendly.verify({ ...r, now: new Date((t + 600) * 1000) }, { token: 'tok-1', signingSecret: v.signing_key }))
      .toEqual({ ok: false, reason: 'timestamp outside the 180s tolerance' });
  });

  it('verifies the HubSpot vector on its own URL when the source has no token', async () => {
    const v = vectors.hubspot;
    const ts = v.headers['X-HubSpot-Request-Timestamp'];
    const r: VerifyRequest = { method: 'POST', url: v.uri, headers: new Headers(v.headers), rawBody: raw(v.body_file), now: new Date(Number(ts)) };
    expect(await providers.hubspot.verify(r, { signingSecret: v.client_secret })).toEqual({ ok: true });
    expect((await providers.hubspot.verify({ ...r, rawBody: (r.rawBody as string).replace('presentationscheduled', 'closedwon') }, { signingSecret: v.client_secret })).ok).toBe(false);
    expect(await providers.hubspot.verify(r, { token: 'tok-1', signingSecret: v.client_secret })).toEqual({ ok: false, reason: 'missing token in URL' });
  });

  it('verifies Twilio over the token-bearing URL it called', async () => {
    const v = vectors.twilio;
    const url = `${BASE}/twilio?token=tok-1`;
    const params = [...new URLSearchParams(v.form_body)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => k + x).join('');
    const sig = toBase64(await hmac('SHA-1', v.auth_token, url + params));
    const r = req('twilio', v.form_body, { 'X-Twilio-Signature': sig, 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(await providers.twilio.verify(r, { token: 'tok-1', signingSecret: v.auth_token })).toEqual({ ok: true });
    expect((await providers.twilio.verify(r, { token: 'tok-1', signingSecret: 'wrong' })).ok).toBe(false);
  });

  it('verifies Cal.com and Pipedrive through the registry', async () => {
    const v = vectors.calcom;
    expect(await providers.calcom.verify(req('calcom', raw(v.body_file), v.headers), { signingSecret: v.secret })).toEqual({ ok: true });
    const auth = { Authorization: `Basic ${btoa('pd:pw')}` };
    expect(await providers.pipedrive.verify(req('pipedrive', '{}', auth), { token: 'tok-1', basicAuth: { user: 'pd', password: 'pw' } })).toEqual({ ok: true });
    expect(await providers.pipedrive.verify(req('pipedrive', '{}'), { token: 'tok-1', basicAuth: { user: 'pd', password: 'pw' } }))
      .toEqual({ ok: false, reason: 'missing Authorization header' });
  });
});

describe('what a vendor folder says about its secrets', () => {
  const stored = (text: string) => ({ text, bytes: new TextEncoder().encode(text), faithful: true });

  it('redacts the secret_key Smartlead echoes in its body, keeping every other byte', () => {
    const body = raw('smartlead/EMAIL_OPEN.json');
    const secret = JSON.parse(body).secret_key as string;
    const kept = providers.smartlead.redact(stored(body));
    expect(kept.text).toBe(body.replace(JSON.stringify(secret), '"[redacted]"'));
    expect(new TextDecoder().decode(kept.bytes)).toBe(kept.text);
    const at = { receivedAt: new Date('2025-09-24T11:05:00Z') };
    expect(providers.smartlead.parse(kept.text, at)).toEqual(providers.smartlead.parse(body, at));
  });

  it('redacts a secret_key written with JSON escapes by re-writing the body', () => {
    const kept = providers.smartlead.redact(stored('{"event_type":"EMAIL_OPEN","secret_key":"s\\u0065cret"}'));
    expect(JSON.parse(kept.text)).toEqual({ event_type: 'EMAIL_OPEN', secret_key: '[redacted]' });
    expect(kept.text).not.toMatch(/secret"/);
  });

  it('stores every other vendor\'s body as it came', () => {
    const body = stored(raw('lemlist/emailsOpened.json'));
    for (const p of ['salesforge', 'instantly', 'lemlist', 'twilio', 'cis', 'calendly', 'calcom', 'hubspot', 'pipedrive'] as const) {
      expect(providers[p].redact(body)).toBe(body);
    }
  });

  it('names the checks a request passed: the token, and the vendor check when the source has a secret', () => {
    expect(providers.smartlead.verifiedBy(providers.smartlead.secrets('t', null))).toEqual(['token']);
    expect(providers.smartlead.verifiedBy(providers.smartlead.secrets('t', 's'))).toEqual(['token', 'secret_key']);
    expect(providers.instantly.verifiedBy(providers.instantly.secrets('t', 's'))).toEqual(['token', 'header_secret']);
    expect(providers.twilio.verifiedBy(providers.twilio.secrets('t', 's'))).toEqual(['token', 'signature']);
    expect(providers.hubspot.verifiedBy(providers.hubspot.secrets(null, 's'))).toEqual(['signature']);
    expect(providers.pipedrive.secrets('t', 'user:pa:ss')).toEqual({ token: 't', basicAuth: { user: 'user', password: 'pa:ss' } });
    expect(providers.pipedrive.verifiedBy(providers.pipedrive.secrets('t', 'user:pass'))).toEqual(['token', 'basic_auth']);
  });
});
