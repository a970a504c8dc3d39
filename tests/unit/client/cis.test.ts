// The typed client builds the PostgREST requests a client app needs: the right view, filters,
// order and rpc body, with the app's own key — checked on the requests supabase-js would send.
import { createClient } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { cisClient, CisClientError, type Database } from '../../../shared/client/cis.ts';

interface Sent {
  method: string;
  url: URL;
  body: unknown;
  headers: Headers;
}

function capture(reply: (sent: Sent) => Response = () => Response.json([])) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const text = await request.text();
    const s = { method: request.method, url: new URL(request.url), body: text ? JSON.parse(text) : null, headers: request.headers };
    sent.push(s);
    return reply(s);
  };
  const supabase = createClient<Database>('https://project.supabase.co', 'anon-key', {
    global: { fetch },
    auth: { persistSession: false, autoRefreshToken: false },
    // Node 20 has no WebSocket and supabase-js asks for one up front; these reads never open realtime.
    realtime: { transport: class {} as never },
  });
  return { cis: cisClient(supabase), sent };
}

const CLIENT = '6f1c2d4e-0000-4000-8000-000000000001';

describe('the CIS client for apps', () => {
  it('asks for one client\'s significant WHO findings on meetings, strongest first', async () => {
    const { cis, sent } = capture();
    await cis.findings({ client: CLIENT, detector: 'WHO', outcome: 'meeting_booked', significantOnly: true, limit: 10 });
    const [{ method, url, headers }] = sent;
    expect(method).toBe('GET');
    expect(url.pathname).toBe('/rest/v1/detector_findings');
    expect(url.searchParams.get('client_id')).toBe(`eq.${CLIENT}`);
    expect(url.searchParams.get('detector')).toBe('eq.WHO');
    expect(url.searchParams.get('outcome')).toBe('eq.meeting_booked');
    expect(url.searchParams.get('significant')).toBe('eq.true');
    expect(url.searchParams.get('order')).toBe('rank.asc.nullslast,q_value.asc.nullslast');
    expect(url.searchParams.get('limit')).toBe('10');
    expect(headers.get('apikey')).toBe('anon-key');
  });

  it('leaves out filters that were not asked for', async () => {
    const { cis, sent } = capture();
    await cis.findings({ client: CLIENT });
    const params = [...sent[0].url.searchParams.keys()].sort();
    expect(params).toEqual(['client_id', 'limit', 'order', 'select']);
  });

  it('calls cis_report by rpc with the client and date, and returns one report per client', async () => {
    const report = { client: { id: CLIENT } };
    const { cis, sent } = capture(() => Response.json(report));
    const reports = await cis.report({ client: CLIENT, since: '2026-11-01' });
    expect(sent[0].method).toBe('POST');
    expect(sent[0].url.pathname).toBe('/rest/v1/rpc/cis_report');
    expect(sent[0].body).toEqual({ p_client_id: CLIENT, p_since: '2026-11-01' });
    expect(reports).toEqual([report]);
  });

  it('reads the funnel in step order', async () => {
    const { cis, sent } = capture();
    await cis.funnel(CLIENT);
    expect(sent[0].url.pathname).toBe('/rest/v1/funnel_by_client');
    expect(sent[0].url.searchParams.get('client_id')).toBe(`eq.${CLIENT}`);
    expect(sent[0].url.searchParams.get('order')).toBe('step_order.asc');
  });

  it("reads a client's show rate as one row, or none before any meeting", async () => {
    const rows: unknown[][] = [[{ client_id: CLIENT, held: 7 }], []];
    const { cis, sent } = capture(() => Response.json(rows.shift()));
    expect(await cis.showRate(CLIENT)).toEqual({ client_id: CLIENT, held: 7 });
    expect(await cis.showRate(CLIENT)).toBeNull();
    expect(sent[0].url.pathname).toBe('/rest/v1/show_rate_by_client');
    expect(sent[0].url.searchParams.get('client_id')).toBe(`eq.${CLIENT}`);
  });

  it('asks whether several leads may be contacted in one request, and none for no leads', async () => {
    const { cis, sent } = capture();
    await cis.contactability(['a1', 'b2']);
    expect(sent[0].url.pathname).toBe('/rest/v1/lead_contactability');
    expect(sent[0].url.searchParams.get('lead_id')).toBe('in.(a1,b2)');
    await cis.contactability([]);
    expect(sent).toHaveLength(1);
  });

  it('turns a PostgREST error into a CisClientError with its code and status', async () => {
    const { cis } = capture(() => Response.json({ message: 'permission denied for view ab_test_results', code: '42501' }, { status: 401 }));
    const failure = await cis.experiments(CLIENT).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CisClientError);
    expect(failure).toMatchObject({ code: '42501', status: 401, message: 'permission denied for view ab_test_results' });
  });
});
