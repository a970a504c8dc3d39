// Meetings and CRM deals come through the same intake as engagement: a signed Calendly booking and
// a Pipedrive deal posted to the ingest function become a meeting and a deal (issue 6 through
// issue 3's door).
import { beforeEach, describe, expect, it } from 'vitest';
import { createIngestHandler } from '../../../shared/handlers/ingest.ts';
import { useDb } from '../../helpers/db.ts';
import { testDatabase } from '../../helpers/database.ts';
import { clientId, seedTenants } from '../../helpers/tenants.ts';
import { WAIT, addSource, calendlySignature, fixture, ingestUrl, post } from './intake-support.ts';

const A = clientId('a');

describe('intake of outcome events', () => {
  const db = useDb();
  beforeEach(() => seedTenants(db));

  it('turns a signed Calendly booking into a meeting for the invitee', async () => {
    const key = 'calendly-test-signing-key';
    const { token } = await addSource(testDatabase(db), A, 'calendly', key);
    const body = fixture('calendly/invitee.created.json');
    const t = Math.floor(Date.parse('2026-03-01T10:00:00Z') / 1000);
    const handler = createIngestHandler({ db: testDatabase(db), now: () => new Date(t * 1000 + 5_000), log: () => {} });
    const response = await handler(post(ingestUrl('http://localhost', 'calendly', token, WAIT), body, {
      'calendly-webhook-signature': `t=${t},v1=${calendlySignature(body, t, key)}`,
    }));
    expect(response.status).toBe(200);
    expect((await response.json()).accepted).toBeGreaterThan(0);
    const invitee = JSON.parse(body).payload.email.toLowerCase();
    const [meeting] = await db.query<{ provider: string; status: string }>(`
      select m.provider, m.status::text as status from public.meetings m join public.leads l on l.id = m.lead_id
      where l.client_id = $1 and l.email_normalized = $2`, [A, invitee]);
    expect(meeting).toEqual({ provider: 'calendly', status: 'scheduled' });
  });

  it('turns a Pipedrive deal webhook into a deal event, waiting for its lead when it names none', async () => {
    const { token } = await addSource(testDatabase(db), A, 'pipedrive', 'cis:pipedrive-password');
    const handler = createIngestHandler({ db: testDatabase(db), log: () => {} });
    const response = await handler(post(ingestUrl('http://localhost', 'pipedrive', token, WAIT), fixture('pipedrive/deal.create.json'), {
      authorization: `Basic ${btoa('cis:pipedrive-password')}`,
    }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.accepted + body.pending).toBeGreaterThan(0);
    const [events] = await db.query<{ n: number }>(`select count(*)::integer as n from public.deal_events where client_id = $1 and provider = 'pipedrive'`, [A]);
    expect(events.n).toBe(1);
  });
});
