// Attribution: the last outbound touch before the meeting was booked (the first booking of a
// reschedule chain), or before the deal was created when it has no meeting; plus the first touch.
// Recomputed whatever arrives last — the meeting, the deal or a back-filled touch.
import { beforeEach, describe, expect, it } from 'vitest';
import { useDb, type TestDb } from '../../helpers/db.ts';
import { clientId, id, seedTenants } from '../../helpers/tenants.ts';
import { deal, ingestDeals, ingestMeetings, iso, meeting, one } from './support.ts';

const A = clientId('a');
const LEAD = id('a', 6); // the seed lead, lead-a@example.com, touched by email on 2026-03-02 (activity 8)
const EMAIL = 'lead-a@example.com';
const LINKEDIN = id('a', 31); // LinkedIn message, 2026-03-04
const LATE_EMAIL = id('a', 32); // follow-up email, 2026-03-08 (after the booking)

async function touches(db: TestDb) {
  await db.exec(`
    delete from public.deals where client_id = '${A}';
    delete from public.meetings where client_id = '${A}';
    insert into public.activities (id, client_id, lead_id, campaign_id, channel, activity_type, sent_at) values
      ('${LINKEDIN}', '${A}', '${LEAD}', null, 'linkedin', 'linkedin_message', '2026-03-04T09:00:00Z'),
      ('${LATE_EMAIL}', '${A}', '${LEAD}', '${id('a', 3)}', 'email', 'email_sent', '2026-03-08T09:00:00Z');
  `);
}

const booking = (key: string, eventId: string, bookedAt: string, extra: Record<string, unknown> = {}) => meeting({
  event_key: key, kind: 'created', provider_event_id: eventId, occurred_at: iso(bookedAt),
  invitee: { email: EMAIL, name: null, timezone: null },
  scheduled_start: iso('2026-03-12T10:00:00Z'), scheduled_end: iso('2026-03-12T10:30:00Z'), ...extra,
});

const dealCreated = (createdAt: string) => deal({
  event_key: `deal-${createdAt}`, kind: 'created', provider_deal_id: 'd-1', deal_name: 'Pilot', value: 12000, currency: 'AUD',
  provider_stage_id: 'proposal', contact: { email: EMAIL }, occurred_at: iso(createdAt),
});

const attribution = (db: TestDb) => one<Record<string, unknown>>(db, `
  select d.converting_activity_id, d.converting_channel::text, d.first_touch_activity_id, d.first_touch_channel::text,
    m.provider_event_id as meeting, m.deal_created, m.converting_activity_id as meeting_touch
  from public.deals d left join public.meetings m on m.id = d.meeting_id
  where d.client_id = $1 and d.provider_deal_id = 'd-1'`, [A]);

describe('attribution of meetings and deals to touches', () => {
  const db = useDb();
  beforeEach(async () => {
    await seedTenants(db);
    await touches(db);
  });

  it('credits the last touch before the booking and the first touch, and links the deal to the meeting', async () => {
    await ingestMeetings(db, A, [booking('b1', 'm-1', '2026-03-05T09:00:00Z')]);
    await ingestDeals(db, A, [dealCreated('2026-03-20T09:00:00Z')]);
    expect(await attribution(db)).toEqual({
      converting_activity_id: LINKEDIN, converting_channel: 'linkedin',
      first_touch_activity_id: id('a', 8), first_touch_channel: 'email',
      meeting: 'm-1', deal_created: true, meeting_touch: LINKEDIN,
    });
  });

  it('credits the touch before the first booking when the meeting was rescheduled after a later touch', async () => {
    await ingestMeetings(db, A, [
      booking('b1', 'm-1', '2026-03-05T09:00:00Z'),
      meeting({ event_key: 'b1-moved', kind: 'rescheduled', provider_event_id: 'm-1', rescheduled_to: 'm-2', occurred_at: iso('2026-03-09T09:00:00Z'), invitee: { email: EMAIL, name: null, timezone: null } }),
      booking('b2', 'm-2', '2026-03-09T09:00:00Z', { rescheduled_from: 'm-1', scheduled_start: iso('2026-03-16T10:00:00Z'), scheduled_end: iso('2026-03-16T10:30:00Z') }),
    ]);
    await ingestDeals(db, A, [dealCreated('2026-03-20T09:00:00Z')]);
    // The deal takes the replacing booking (the replaced one is excluded), whose credit goes back
    // to the first booking on 2026-03-05: the LinkedIn touch, not the email of 2026-03-08.
    expect(await attribution(db)).toMatchObject({ meeting: 'm-2', converting_activity_id: LINKEDIN, meeting_touch: LINKEDIN });
    const campaign = await one<{ c: string }>(db, `select campaign_id as c from public.meetings where provider_event_id = 'm-2'`);
    expect(campaign.c).toBeNull(); // the LinkedIn touch belongs to no campaign, and no hint named one
  });

  it('credits the last touch before the deal was created when there is no meeting', async () => {
    await ingestDeals(db, A, [dealCreated('2026-03-10T09:00:00Z')]);
    expect(await attribution(db)).toMatchObject({
      meeting: null, converting_activity_id: LATE_EMAIL, converting_channel: 'email', first_touch_activity_id: id('a', 8),
    });
  });

  it('credits nobody when no touch preceded the conversion (an inbound deal)', async () => {
    await ingestDeals(db, A, [dealCreated('2026-03-01T09:00:00Z')]);
    expect(await attribution(db)).toMatchObject({ converting_activity_id: null, first_touch_activity_id: null, converting_channel: null });
  });

  it('moves the credit when a touch sent before the booking is back-filled after the deal', async () => {
    await ingestMeetings(db, A, [booking('b1', 'm-1', '2026-03-05T09:00:00Z')]);
    await ingestDeals(db, A, [dealCreated('2026-03-20T09:00:00Z')]);
    const backfilled = id('a', 33);
    await db.exec(`insert into public.activities (id, client_id, lead_id, channel, activity_type, sent_at)
      values ('${backfilled}', '${A}', '${LEAD}', 'voice', 'call', '2026-03-05T08:00:00Z')`);
    expect(await attribution(db)).toMatchObject({ converting_activity_id: backfilled, converting_channel: 'voice', meeting_touch: backfilled });
  });

  it('links a deal to a meeting booked before it even when the meeting arrives later', async () => {
    await ingestDeals(db, A, [dealCreated('2026-03-20T09:00:00Z')]);
    expect(await attribution(db)).toMatchObject({ meeting: null, converting_activity_id: LATE_EMAIL });
    await ingestMeetings(db, A, [booking('b1', 'm-1', '2026-03-05T09:00:00Z')]);
    expect(await attribution(db)).toMatchObject({ meeting: 'm-1', deal_created: true, converting_activity_id: LINKEDIN });
  });

  it('shows deals and won revenue by first touch and by last touch', async () => {
    await ingestMeetings(db, A, [booking('b1', 'm-1', '2026-03-05T09:00:00Z')]);
    await ingestDeals(db, A, [dealCreated('2026-03-20T09:00:00Z'),
      deal({ event_key: 'won', kind: 'won', provider_deal_id: 'd-1', status: 'won', occurred_at: iso('2026-03-25T09:00:00Z') })]);
    const rows = await db.query<Record<string, unknown>>(`
      select model, channel::text, campaign_id, currency, deals, won_deals, won_value::float8 as won_value
      from public.deal_attribution where client_id = $1 order by model`, [A]);
    expect(rows).toEqual([
      { model: 'first_touch', channel: 'email', campaign_id: id('a', 3), currency: 'AUD', deals: 1, won_deals: 1, won_value: 12000 },
      { model: 'last_touch', channel: 'linkedin', campaign_id: null, currency: 'AUD', deals: 1, won_deals: 1, won_value: 12000 },
    ]);
  });
});
