import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalEventSchema, PROVIDERS, type ParseResult, type Provider } from '../../../shared/ingest/canonical.ts';
import { fixtureNames, parse, raw } from './helpers.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The contract for any input: no throw, and either named issues or valid, storable events. */
function assertWellFormed(r: ParseResult) {
  // Plain checks first and one expect at the end: this runs tens of thousands of times.
  const problems: string[] = [];
  if (!r.ok) {
    if (r.issues.length === 0) problems.push('ok:false without issues');
    for (const i of r.issues) {
      if (typeof i.path !== 'string' || !i.message) problems.push(`malformed issue ${JSON.stringify(i)}`);
      if (i.message.includes('unexpected parser error')) problems.push(i.message);
    }
  } else {
    for (const e of r.events) {
      if (!canonicalEventSchema.safeParse(e).success) problems.push(`invalid event ${JSON.stringify(e).slice(0, 200)}`);
      for (const s of strings(e)) {
        if (s.includes('\u0000')) problems.push('NUL in output');
        if (LONE_SURROGATE.test(s)) problems.push('lone surrogate in output');
      }
    }
  }
  expect(problems).toEqual([]);
}

function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (v === null || typeof v !== 'object') return [];
  return Object.entries(v).flatMap(([k, x]) => [k, ...strings(x)]);
}

const provider = fc.constantFrom(...PROVIDERS);
const fixtureProviders = PROVIDERS.filter((p) => p !== 'cis');
const fixtures = fixtureProviders.flatMap((p) => fixtureNames(p).map((f) => [p, `${p}/${f}`] as [Provider, string]));

function paths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [prefix];
  const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return [prefix, ...keys.flatMap((k) => paths((v as any)[k], [...prefix, k]))];
}

function setAt(root: any, path: (string | number)[], value: unknown) {
  if (path.length === 0) return value;
  let o = root;
  for (const k of path.slice(0, -1)) o = o[k];
  o[path[path.length - 1]] = value;
  return root;
}

describe('parsers under hostile input (property tests)', () => {
  it('never throw on arbitrary JSON, and answer with issues or valid events', () => {
    fc.assert(fc.property(provider, fc.jsonValue(), (p, v) => assertWellFormed(parse(p, JSON.stringify(v) ?? 'null'))), { numRuns: 2000, seed: 2101 });
  });

  it('never throw on arbitrary strings, including lone surrogates, as JSON or form bodies', () => {
    const body = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string());
    fc.assert(fc.property(provider, body, fc.constantFrom('application/json', 'application/x-www-form-urlencoded', ''), (p, s, ct) => {
      assertWellFormed(parse(p, s, ct));
    }), { numRuns: 2000, seed: 2102 });
  });

  it('never throw when any field of a real fixture is replaced by arbitrary JSON', () => {
    const mutation = fc.constantFrom(...fixtures).chain(([p, path]) => {
      const json = JSON.parse(raw(path));
      return fc.tuple(fc.constant(p), fc.constant(path), fc.constantFrom(...paths(json)), fc.jsonValue());
    });
    fc.assert(fc.property(mutation, ([p, path, at, value]) => {
      const body = setAt(JSON.parse(raw(path)), at, value);
      assertWellFormed(parse(p, JSON.stringify(body) ?? 'null'));
    }), { numRuns: 3000, seed: 2103 });
  });

  it('never throw when any field of any fixture becomes an empty, null, negative, huge or wrongly-typed value', () => {
    const nasty: unknown[] = ['', ' ', null, 0, -1, 1e308, 2 ** 53 + 1, true, [], {}, [null], 'x'.repeat(600), '\u0000', '\uD800', 'NaN', '1e9999'];
    let parses = 0;
    for (const [p, path] of fixtures) {
      const original = JSON.parse(raw(path));
      for (const at of paths(original)) {
        for (const value of nasty) {
          assertWellFormed(parse(p, JSON.stringify(setAt(JSON.parse(raw(path)), at, value))));
          parses++;
        }
      }
    }
    expect(parses).toBeGreaterThan(10_000);
  });

  it('never throw when a field of a real fixture is deleted', () => {
    const mutation = fc.constantFrom(...fixtures).chain(([p, path]) =>
      fc.tuple(fc.constant(p), fc.constant(path), fc.constantFrom(...paths(JSON.parse(raw(path))).filter((x) => x.length > 0))));
    fc.assert(fc.property(mutation, ([p, path, at]) => {
      const body = JSON.parse(raw(path));
      let o = body;
      for (const k of at.slice(0, -1)) o = o[k];
      if (Array.isArray(o)) o.splice(at[at.length - 1] as number, 1);
      else delete o[at[at.length - 1]];
      assertWellFormed(parse(p, JSON.stringify(body)));
    }), { numRuns: 1000, seed: 2104 });
  });
});

describe('parsers under hostile input (crafted cases)', () => {
  const open = raw('smartlead/EMAIL_OPEN.json');

  it('reject non-JSON, empty and truncated bodies with an issue at the root', () => {
    for (const p of PROVIDERS.filter((x) => x !== 'twilio')) {
      for (const body of ['', '   ', 'not json', open.slice(0, 100), '\uFEFF']) {
        const r = parse(p, body);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.issues[0].path).toBe('');
      }
    }
  });

  it('tolerate a UTF-8 byte-order mark in front of valid JSON', () => {
    expect(parse('smartlead', `\uFEFF${open}`).ok).toBe(true);
  });

  it('reject a 900 kB lead email and a 10 kB id by name', () => {
    const big = JSON.parse(open);
    big.sl_lead_email = `${'a'.repeat(900_000)}@x.example`;
    big.stats_id = 'x'.repeat(10_000);
    const r = parse('smartlead', JSON.stringify(big));
    expect(r).toEqual({ ok: false, issues: [
      { path: 'stats_id', message: 'id longer than 512 characters' },
      { path: 'sl_lead_email', message: 'not an email address' },
    ] });
  });

  it('keep a 900 kB reply text intact (bodies are data, not identifiers)', () => {
    const body = JSON.parse(raw('smartlead/EMAIL_REPLY.json'));
    body.reply_message.text = 'x'.repeat(900_000);
    const r = parse('smartlead', JSON.stringify(body));
    expect(r.ok && r.events[0].type === 'engagement' && r.events[0].reply?.text.length).toBe(900_000);
  });

  it('reject 100k-deep nesting in any field without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    for (const p of PROVIDERS) {
      const r = parse(p, `{"event_type":"EMAIL_OPEN","event":"email_sent","type":"emailsSent","payload":${deep},"meta":${deep},"events":${deep}}`);
      expect(r.ok && r.events.length > 0).toBe(false);
      assertWellFormed(r);
    }
    assertWellFormed(parse('hubspot', deep));
  });

  it('strip NUL and repair lone surrogates so every string can be stored in Postgres', () => {
    const body = JSON.parse(raw('smartlead/EMAIL_REPLY.json'));
    body.reply_message.text = 'ok\u0000 then \uD800 broken \uFFFD replacement';
    const r = parse('smartlead', JSON.stringify(body));
    expect(r.ok).toBe(true);
    if (r.ok && r.events[0].type === 'engagement') expect(r.events[0].reply?.text).toBe('ok then \uFFFD broken \uFFFD replacement');
  });

  it('reject wrong types field by field', () => {
    const body = JSON.parse(open);
    Object.assign(body, { stats_id: { $ne: 1 }, sequence_number: -1, campaign_name: ['x'], sent_message: 'nope' });
    const r = parse('smartlead', JSON.stringify(body));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path).sort()).toEqual(['campaign_name', 'sent_message', 'sequence_number', 'stats_id']);
  });

  it('do not let __proto__ keys change the output', () => {
    const body = open.replace('"event_type"', '"__proto__": {"polluted": true}, "event_type"');
    const r = parse('smartlead', body);
    expect(r.ok).toBe(true);
    expect(({} as any).polluted).toBeUndefined();
  });

  it('cap a HubSpot batch at 1000 events', () => {
    const el = JSON.parse(raw('hubspot/deal.creation.json'))[0];
    const r = parse('hubspot', JSON.stringify(Array.from({ length: 1001 }, (_, i) => ({ ...el, eventId: i + 1 }))));
    expect(r).toEqual({ ok: false, issues: [{ path: '', message: 'more than 1000 events in one body' }] });
  });
});

describe('event names that are JavaScript built-ins', () => {
  // Every vendor keys its body by an event name CIS looks up in a table; a lookup that walked the
  // prototype chain took `constructor` for a known event (400 "unexpected parser error: mapping is
  // not iterable"). Each is an unknown name, answered as any unknown name is.
  const BUILT_INS = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty', 'isPrototypeOf'];
  const named: [Provider, string, (json: any, name: string) => unknown][] = [
    ['smartlead', 'smartlead/EMAIL_OPEN.json', (j, n) => ({ ...j, event_type: n })],
    ['salesforge', 'salesforge/email_opened.json', (j, n) => ({ ...j, webhookInfo: { ...j.webhookInfo, type: n } })],
    ['lemlist', 'lemlist/emailsOpened.json', (j, n) => ({ ...j, type: n })],
    ['calendly', 'calendly/invitee.created.json', (j, n) => ({ ...j, event: n })],
    ['calcom', 'calcom/BOOKING_CREATED.json', (j, n) => ({ ...j, triggerEvent: n })],
    ['hubspot', 'hubspot/deal.creation.json', (j, n) => j.map((e: object) => ({ ...e, subscriptionType: n }))],
    ['pipedrive', 'pipedrive/deal.create.json', (j, n) => ({ ...j, meta: { ...j.meta, action: n } })],
  ];

  it('skips a vendor event named like a built-in as an event CIS does not ingest', () => {
    for (const [p, path, rename] of named) {
      for (const name of BUILT_INS) {
        const r = parse(p, JSON.stringify(rename(JSON.parse(raw(path)), name)));
        expect({ p, name, r }).toMatchObject({ p, name, r: { ok: true, events: [] } });
        expect((r as { skipped: { raw_event_type: string }[] }).skipped[0].raw_event_type).toContain(name);
      }
    }
  });

  it('answers a cis event named like a built-in with the unknown-event issue', () => {
    for (const name of BUILT_INS) {
      expect(parse('cis', JSON.stringify({ event: name, event_id: 'e-1', occurred_at: 1758290000 })))
        .toEqual({ ok: false, issues: [{ path: 'event', message: `unknown cis event "${name}"` }] });
    }
  });

  it('takes an Instantly event named like a built-in as the custom lead label Instantly sends unknown names as', () => {
    for (const name of BUILT_INS) {
      const r = parse('instantly', JSON.stringify({ ...JSON.parse(raw('instantly/email_opened.json')), event_type: name }));
      expect(r).toMatchObject({ ok: true, events: [{ kind: 'categorized', category: name, category_sentiment: null }] });
    }
  });

  it('skips a Twilio status named like a built-in, and reads a form parameter named __proto__ as a plain parameter', () => {
    for (const name of BUILT_INS) {
      const body = new URLSearchParams({ MessageSid: 'SM1', MessageStatus: name, To: '+4917655509876' }).toString();
      expect(parse('twilio', body, 'application/x-www-form-urlencoded')).toMatchObject({ ok: true, events: [] });
    }
    const polluted = `__proto__=x&constructor=y&MessageSid=SM2&MessageStatus=delivered&To=%2B4917655509876`;
    expect(parse('twilio', polluted, 'application/x-www-form-urlencoded')).toMatchObject({ ok: true, events: [{ kind: 'delivered' }] });
  });
});
