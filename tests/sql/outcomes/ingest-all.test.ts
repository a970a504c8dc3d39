// public.ingest_all_events: the intake's single entry point sends each event to its own ingestion
// and sums what became of them.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CanonicalEvent } from '../../../shared/ingest/canonical.ts';
import { useDb } from '../../helpers/db.ts';
import { clientId, id, seedTenants } from '../../helpers/tenants.ts';
import { eventsFrom } from '../../helpers/vendor-events.ts';
import { ingestAll, one } from './support.ts';

const A = clientId('a');

describe('ingest_all_events', () => {
  const db = useDb();
  beforeEach(() => seedTenants(db));

  const mixed = (): CanonicalEvent[] => [
    ...eventsFrom('smartlead', 'EMAIL_SENT.json'),
    ...eventsFrom('calendly', 'invitee.created.json'),
    ...eventsFrom('hubspot', 'deal.creation.json'),
  ];

  it('dispatches engagement, meeting and deal events and sums their counts', async () => {
    const result = await ingestAll(db, A, [...mixed(), { type: 'unknown' } as unknown as CanonicalEvent]);
    // EMAIL_SENT → one touch; invitee.created → one meeting; the HubSpot deal names no contact → pending.
    expect(result).toMatchObject({ accepted: 2, duplicates: 0, pending: 1, unmatched: 0, skipped: 1 });
    expect(result).toMatchObject({
      engagement: { accepted: 1 }, meetings: { accepted: 1 }, deals: { accepted: 0, pending: 1 },
    });
    const rows = await one<Record<string, number>>(db, `select
      (select count(*)::int from public.activities where client_id = $1 and provider = 'smartlead' and provider_message_id <> 'msg-a') as touches,
      (select count(*)::int from public.meetings where client_id = $1 and provider_invitee_id is not null) as meetings,
      (select count(*)::int from public.deal_events where client_id = $1 and deal_id is null) as waiting`, [A]);
    expect(rows).toEqual({ touches: 1, meetings: 1, waiting: 1 });
  });

  it('counts the same mixed batch twice once', async () => {
    await ingestAll(db, A, mixed());
    expect(await ingestAll(db, A, mixed())).toMatchObject({ accepted: 0, duplicates: 3, pending: 0 });
  });

  it('applies a waiting deal event on the next call once its deal is linked, whatever that call carries', async () => {
    await ingestAll(db, A, mixed());
    await db.query(`insert into public.crm_links (client_id, provider, object_type, provider_object_id, lead_id) values ($1, 'hubspot', 'deal', '19876543210', $2)`, [A, id('a', 6)]);
    const result = await ingestAll(db, A, eventsFrom('smartlead', 'EMAIL_OPEN.json'));
    expect(result).toMatchObject({ deals: { released: 1 } });
    expect((await one<{ n: number }>(db, `select count(*)::int as n from public.deals where provider_deal_id = '19876543210'`)).n).toBe(1);
  });
});
