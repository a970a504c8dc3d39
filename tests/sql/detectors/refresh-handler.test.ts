// The detector-refresh edge function's handler, with plain Requests.
import { beforeEach, describe, expect, it } from 'vitest';
import { createDetectorRefreshHandler } from '../../../shared/handlers/detector-refresh.ts';
import { DatabaseUnavailableError } from '../../../shared/db/sql.ts';
import { testDatabase } from '../../helpers/database.ts';
import { useDb } from '../../helpers/db.ts';
import { clientId, seedTenants } from '../../helpers/tenants.ts';

const SECRET = 'refresh-secret';
const post = (body: string, auth = `Bearer ${SECRET}`) =>
  new Request('http://localhost/functions/v1/detector-refresh', { method: 'POST', body, headers: { authorization: auth } });

describe('detector-refresh handler', () => {
  const db = useDb();
  beforeEach(() => seedTenants(db));
  const handler = () => createDetectorRefreshHandler({ db: testDatabase(db), adminSecret: SECRET, log: () => {} });

  it('refreshes one client and reports what it computed', async () => {
    const response = await handler()(post(JSON.stringify({ client_id: clientId('a') })));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ leads: 1, experiments: 1 });
    expect(body.findings).toBeGreaterThan(0);
    const [runs] = await db.query<{ n: number }>(`select count(*) as n from public.detector_refreshes where client_id = $1`, [clientId('a')]);
    expect(runs.n).toBe(1);
  });

  it('refreshes every client when no body is sent', async () => {
    const body = await (await handler()(post(''))).json();
    expect(body.leads).toBe(2);
  });

  it('refuses a wrong secret, a GET, a bad client id, and hides database failures', async () => {
    expect((await handler()(post('{}', 'Bearer nope'))).status).toBe(401);
    expect((await handler()(new Request('http://localhost/x'))).status).toBe(405);
    const bad = await handler()(post('{"client_id": "not-a-uuid"}'));
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues[0].path).toBe('client_id');
    const down = createDetectorRefreshHandler({
      db: { asServiceRole: () => Promise.reject(new DatabaseUnavailableError(new Error('down'))) }, adminSecret: SECRET,
    });
    expect((await down(post('{}'))).status).toBe(503);
  });
});
