// The intake-drain function: the drain on demand (what pg_cron does every 2 seconds), behind the
// admin front door, saying what became of the webhooks received since a moment.
import { beforeEach, describe, expect, it } from 'vitest';
import { createIngestHandler } from '../../../shared/handlers/ingest.ts';
import { createIntakeDrainHandler } from '../../../shared/handlers/intake-drain.ts';
import { useDb } from '../../helpers/db.ts';
import { testDatabase } from '../../helpers/database.ts';
import { clientId, seedTenants } from '../../helpers/tenants.ts';
import { RECEIVED_AT, addSource, fixture, ingestUrl, post } from './intake-support.ts';

const A = clientId('a');
const SECRET = 'intake-drain-secret';
const SEND = '5e0c1a2b-3d4e-4f5a-8b6c-7d8e9f0a1b2c';

describe('intake-drain', () => {
  const db = useDb();
  beforeEach(() => seedTenants(db));
  const drain = (body: unknown, secret = SECRET) =>
    createIntakeDrainHandler({ db: testDatabase(db), adminSecret: SECRET, log: () => {} })(
      new Request('http://localhost/functions/v1/intake-drain', {
        method: 'POST', body: JSON.stringify(body), headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      }));

  it('ingests everything queued and says what became of the webhooks received since a moment', async () => {
    const { token } = await addSource(testDatabase(db), A, 'smartlead');
    const ingest = createIngestHandler({ db: testDatabase(db), now: () => RECEIVED_AT, log: () => {} });
    for (const file of ['EMAIL_OPEN.json', 'EMAIL_SENT.json', 'EMAIL_OPEN.json', 'EMAIL_LINK_CLICK.json']) {
      expect((await ingest(post(ingestUrl('http://localhost', 'smartlead', token), fixture(`smartlead/${file}`)))).status).toBe(200);
    }
    const response = await drain({ since: new Date(RECEIVED_AT.getTime() - 1000).toISOString() });
    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer).toMatchObject({ drained: { receipts: 4, processed: 4 }, queued: 0 });
    // The open came twice: one duplicate; nothing waits, its send arrived.
    expect(answer.settled).toEqual({ receipts: 4, events: 4, accepted: 3, duplicates: 1, pending: 0, failed: 0, rejected: 0 });
    const [activity] = await db.query<{ opens: number; clicks: number }>(
      `select email_open_count as opens, email_click_count as clicks from public.activities where provider_message_id = $1`, [SEND]);
    expect(activity).toEqual({ opens: 1, clicks: 1 });
  });

  it('refuses a call without the admin secret, and one naming anything but a time and a budget', async () => {
    expect((await drain({}, 'wrong')).status).toBe(401);
    expect((await drain({ since: 'yesterday' })).status).toBe(400);
    expect((await drain({ limit: 5 })).status).toBe(400);
  });
});
