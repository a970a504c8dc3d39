import { describe, expect, it } from 'vitest';
import { PROVIDERS, type CanonicalEvent, type Provider } from '../../../shared/ingest/canonical.ts';
import { providers } from '../../../shared/ingest/providers/index.ts';
import { signedHeaders, sourceUrl, toRequests } from '../../../scripts/world/push.ts';
import { encoded, world } from './helpers.ts';

const w = world('default', 2500);
const e = encoded(w, 5);
const requests = toRequests(e.outs);

function parse(r: (typeof requests)[number]): CanonicalEvent[] {
  const result = providers[r.provider].parse(r.body, { receivedAt: r.at, contentType: r.contentType });
  if (!result.ok) throw new Error(`${r.provider}: ${JSON.stringify(result.issues.slice(0, 3))}\n${r.body.slice(0, 300)}`);
  return result.events;
}

describe('the month in vendor formats', () => {
  it('uses every provider CIS takes webhooks from', () => {
    expect(new Set(requests.map((r) => r.provider))).toEqual(new Set(PROVIDERS));
  });

  it('gives bodies every real provider parser accepts', () => {
    for (const r of requests) expect(() => parse(r)).not.toThrow();
  });

  it('reports every outbound touch exactly once, whoever sent it', () => {
    const touches = e.month.happenings.filter((h) => h.type === 'touch').length;
    const outbound = requests.flatMap(parse).filter((x) => x.type === 'engagement' &&
      ['sent', 'message_sent', 'connection_requested', 'call_completed', 'voicemail_left'].includes(x.kind));
    const keys = new Set(outbound.map((x) => `${x.provider}|${x.event_key}`));
    expect(keys.size).toBe(touches);
  });

  it('batches our engines up to 1,000 events and HubSpot up to 100, everyone else one event per webhook', () => {
    for (const r of requests) {
      const n = parse(r).length;
      if (r.provider === 'cis') expect(n).toBeLessThanOrEqual(1000);
      else if (r.provider === 'hubspot') expect(n).toBeLessThanOrEqual(100);
      else if (r.provider === 'calcom') expect(n).toBeLessThanOrEqual(2); // a reschedule is two bookings
      else expect(n).toBeLessThanOrEqual(1);
    }
    expect(requests.filter((r) => r.provider === 'cis').some((r) => parse(r).length > 100)).toBe(true);
  });

  it('posts Twilio callbacks form-encoded, as Twilio does', () => {
    const twilio = requests.filter((r) => r.provider === 'twilio');
    expect(twilio.length).toBeGreaterThan(0);
    for (const r of twilio) {
      expect(r.contentType).toBe('application/x-www-form-urlencoded');
      expect(new URLSearchParams(r.body).get('MessageSid')).toMatch(/^SM[0-9a-f]{32}$/);
    }
  });

  it('sends Apple-proxy opens within seconds of delivery, from 17.x addresses, and scanner clicks on every link', () => {
    const machine = e.month.happenings.filter((h) => h.type === 'open' && h.machine);
    expect(machine.length).toBeGreaterThan(100);
    for (const h of machine) {
      if (h.type !== 'open') continue;
      expect(h.at.getTime() - h.touch.at.getTime()).toBeLessThanOrEqual(20_000);
      expect(h.ip).toMatch(/^17\./);
    }
    const links = new Map<string, number>();
    for (const h of e.month.happenings) if (h.type === 'touch') links.set(h.touch.id, h.touch.links.length);
    const clicked = new Map<string, number>();
    for (const h of e.month.happenings) if (h.type === 'click' && h.machine) clicked.set(h.touch.id, (clicked.get(h.touch.id) ?? 0) + 1);
    expect(clicked.size).toBeGreaterThan(20);
    for (const [id, n] of clicked) expect(n, id).toBe(links.get(id));
  });
});

describe('vendor signatures', () => {
  const signing: Provider[] = ['twilio', 'calendly', 'calcom', 'hubspot', 'pipedrive'];
  for (const provider of signing) {
    it(`${provider}: verify with the real verifier, and fail on a tampered body`, async () => {
      const r = requests.find((x) => x.provider === provider)!;
      const source = { provider, token: 'tok-123', secret: provider === 'pipedrive' ? 'cis:pw-456' : 'shh-secret' };
      const url = sourceUrl('http://127.0.0.1:54321/functions/v1', provider, source.token);
      const headers = new Headers({ 'content-type': r.contentType, ...signedHeaders(provider, url, r.body, source) });
      const secrets = provider === 'pipedrive'
        ? { token: source.token, basicAuth: { user: 'cis', password: 'pw-456' } }
        : { token: source.token, signingSecret: source.secret };
      const ok = await providers[provider].verify({ method: 'POST', url, headers, rawBody: r.body }, secrets);
      expect(ok).toEqual({ ok: true });
      const tampered = r.body.replace(/[0-9]/, (d) => String((Number(d) + 1) % 10));
      if (provider !== 'pipedrive') {
        const bad = await providers[provider].verify({ method: 'POST', url, headers, rawBody: tampered }, secrets);
        expect(bad.ok).toBe(false);
      }
    });
  }
});
