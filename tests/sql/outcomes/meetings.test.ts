// public.ingest_meeting_events: Calendly, Cal.com and cis bookings become meetings linked to their
// lead and campaign — once, whatever the order, with reschedules linked and attendance never
// assumed.
import { beforeEach, describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../../shared/ingest/canonical.ts';
import { asRole, sqlState, useDb } from '../../helpers/db.ts';
import { clientId, id, seedTenants, users } from '../../helpers/tenants.ts';
import { eventsFrom } from '../../helpers/vendor-events.ts';
import { ingestMeetings, iso, meeting, one } from './support.ts';

const A = clientId('a');
const CALENDLY_OLD = 'https://api.calendly.com/scheduled_events/3f9b1c2d-7e8a-4b5c-9d0e-1f2a3b4c5d6e';
const CALENDLY_NEW = 'https://api.calendly.com/scheduled_events/9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
const CAL_OLD = 'kq2Wm7rX9tYb4Nc1Lp8DzQ';
const CAL_NEW = 'Rt5Yv8Nm2Qx6Lz1Kc9Wb3P';
const MARTA = 'marta.keller@fernhill-logistics.example';

const calendly = (file: string) => eventsFrom('calendly', file) as MeetingEvent[];
const calcom = (file: string) => eventsFrom('calcom', file) as MeetingEvent[];

interface MeetingRow {
  status: string;
  showed_up: boolean | null;
  meeting_outcome: string | null;
  rescheduled_from: string | null;
  scheduled_at: string;
  campaign_id: string | null;
}

describe('ingest_meeting_events', () => {
  const db = useDb();
  beforeEach(() => seedTenants(db));

  const meetingOf = (eventId: string) =>
    one<MeetingRow & { id: string; email: string }>(db, `
      select m.id, m.status::text, m.showed_up, m.meeting_outcome, o.provider_event_id as rescheduled_from,
        m.scheduled_at::text, m.campaign_id, l.email
      from public.meetings m join public.leads l on l.id = m.lead_id
      left join public.meetings o on o.id = m.rescheduled_from_id
      where m.client_id = $1 and m.provider_event_id = $2`, [A, eventId]);

  it('turns a Calendly booking into a meeting for a new lead, linked to the campaign its UTM names', async () => {
    await db.exec(`insert into public.campaigns (id, client_id, name, provider, provider_campaign_id)
      values ('${id('a', 40)}', '${A}', 'Smartlead logistics', 'smartlead', '1873042')`);
    const result = await ingestMeetings(db, A, calendly('invitee.created.json'));
    expect(result).toEqual({ accepted: 1, duplicates: 0, pending: 0, unmatched: 0, skipped: 0 });
    const row = await one<Record<string, unknown>>(db, `
      select m.status::text, m.scheduled_at = '2025-09-18T12:00:00Z' as starts, m.ends_at = '2025-09-18T12:30:00Z' as ends,
        m.booked_at = '2025-09-17T08:40:13Z' as booked, m.campaign_id, m.showed_up, m.provider_invitee_id is not null as invitee,
        l.first_name, l.last_name, l.timezone, l.meeting_booked, l.status::text as lead_status
      from public.meetings m join public.leads l on l.id = m.lead_id
      where m.client_id = $1 and m.provider_event_id = $2`, [A, CALENDLY_OLD]);
    expect(row).toEqual({
      status: 'scheduled', starts: true, ends: true, booked: true, campaign_id: id('a', 40), showed_up: null, invitee: true,
      first_name: 'Marta', last_name: 'Keller', timezone: 'Europe/Berlin', meeting_booked: true, lead_status: 'meeting_booked',
    });
  });

  it('ingests the Calendly reschedule fixtures: the old booking is rescheduled, the new one linked and then marked a no-show', async () => {
    const events = [
      ...calendly('invitee.created.json'), ...calendly('invitee.canceled.rescheduled.json'),
      ...calendly('invitee.created.rescheduled.json'), ...calendly('invitee_no_show.created.json'),
    ];
    expect(await ingestMeetings(db, A, events)).toEqual({ accepted: 4, duplicates: 0, pending: 0, unmatched: 0, skipped: 0 });
    expect(await meetingOf(CALENDLY_OLD)).toMatchObject({ status: 'rescheduled', meeting_outcome: 'rescheduled', showed_up: null, email: MARTA });
    expect(await meetingOf(CALENDLY_NEW)).toMatchObject({
      status: 'no_show', meeting_outcome: 'no_show', showed_up: false, rescheduled_from: CALENDLY_OLD, email: MARTA,
    });
    const confirmed = await one<{ at: boolean }>(db,
      `select showed_up_confirmed_at = '2025-09-22T09:16:45Z' as at from public.meetings where provider_event_id = $1`, [CALENDLY_NEW]);
    expect(confirmed.at).toBe(true);
    expect((await one<{ n: number }>(db, `select count(*)::int as n from public.leads where client_id = $1 and email = $2`, [A, MARTA])).n).toBe(1);
  });

  it('records a Calendly cancellation with its time and reason', async () => {
    await ingestMeetings(db, A, [...calendly('invitee.created.json'), ...calendly('invitee.canceled.json')]);
    const row = await one<Record<string, unknown>>(db, `
      select status::text, cancel_reason, canceled_at = '2025-09-18T06:55:02Z' as at, meeting_outcome
      from public.meetings where provider_event_id = $1`, [CALENDLY_OLD]);
    expect(row).toEqual({ status: 'canceled', cancel_reason: 'Conflict with board meeting', at: true, meeting_outcome: null });
  });

  it('ingests every Cal.com fixture: reschedule linked, no-show from the attendee flags, MEETING_ENDED confirming nothing', async () => {
    const files = ['BOOKING_CREATED.json', 'BOOKING_RESCHEDULED.json', 'AFTER_GUESTS_CAL_VIDEO_NO_SHOW.json',
      'BOOKING_NO_SHOW_UPDATED.json', 'MEETING_ENDED.json'];
    for (const file of files) {
      const events = calcom(file);
      const result = await ingestMeetings(db, A, events);
      expect(result, file).toMatchObject({ accepted: events.length, duplicates: 0, pending: 0, unmatched: 0 });
    }
    expect(await meetingOf(CAL_OLD)).toMatchObject({ status: 'rescheduled', meeting_outcome: 'rescheduled', email: 'd.lindqvist@halvard-energy.example' });
    expect(await meetingOf(CAL_NEW)).toMatchObject({ status: 'no_show', showed_up: false, rescheduled_from: CAL_OLD });
    const row = await one<Record<string, unknown>>(db, `
      select scheduled_at = '2025-09-25T13:00:00Z' as starts, showed_up_confirmed_at = '2025-09-25T13:20:44.512Z' as confirmed
      from public.meetings where provider_event_id = $1`, [CAL_NEW]);
    expect(row).toEqual({ starts: true, confirmed: true });
    const events = await one<{ n: number; linked: number }>(db,
      `select count(*)::int as n, count(meeting_id)::int as linked from public.meeting_events where client_id = $1 and provider = 'calcom'`, [A]);
    expect(events).toEqual({ n: 6, linked: 6 });
  });

  it('records a Cal.com cancellation', async () => {
    await ingestMeetings(db, A, [...calcom('BOOKING_CREATED.json'), ...calcom('BOOKING_CANCELLED.json')]);
    expect(await meetingOf(CAL_OLD)).toMatchObject({ status: 'canceled' });
    expect((await one<{ r: string }>(db, `select cancel_reason as r from public.meetings where provider_event_id = $1`, [CAL_OLD])).r)
      .toBe('Budget freeze until Q1');
  });

  it('counts a webhook delivered twice once', async () => {
    const events = [...calcom('BOOKING_CREATED.json'), ...calcom('BOOKING_RESCHEDULED.json')];
    expect(await ingestMeetings(db, A, events)).toMatchObject({ accepted: 3, duplicates: 0 });
    expect(await ingestMeetings(db, A, events)).toMatchObject({ accepted: 0, duplicates: 3, pending: 0 });
    expect(await ingestMeetings(db, A, [...events, ...events])).toMatchObject({ accepted: 0, duplicates: 6 });
    const counts = await one<Record<string, number>>(db, `select
      (select count(*)::int from public.meetings where client_id = $1 and provider = 'calcom') as meetings,
      (select count(*)::int from public.meeting_events where client_id = $1) as events`, [A]);
    expect(counts).toEqual({ meetings: 2, events: 3 });
  });

  it('links a reschedule whose new booking arrives before the old one is marked', async () => {
    const [created] = calendly('invitee.created.json');
    const [moved] = calendly('invitee.canceled.rescheduled.json');
    const [rebooked] = calendly('invitee.created.rescheduled.json');
    await ingestMeetings(db, A, [created]);
    await ingestMeetings(db, A, [rebooked]);
    expect(await meetingOf(CALENDLY_NEW)).toMatchObject({ rescheduled_from: CALENDLY_OLD, status: 'scheduled' });
    expect(await meetingOf(CALENDLY_OLD)).toMatchObject({ status: 'rescheduled', meeting_outcome: 'rescheduled' });
    await ingestMeetings(db, A, [moved]);
    expect(await meetingOf(CALENDLY_OLD)).toMatchObject({ status: 'rescheduled', meeting_outcome: 'rescheduled' });
    expect(await meetingOf(CALENDLY_NEW)).toMatchObject({ rescheduled_from: CALENDLY_OLD, status: 'scheduled' });
  });

  it('links a reschedule whose old booking is only known after the new one (Cal.com), keeping the early half pending', async () => {
    expect(await ingestMeetings(db, A, calcom('BOOKING_RESCHEDULED.json'))).toMatchObject({ accepted: 1, pending: 1 });
    expect(await meetingOf(CAL_NEW)).toMatchObject({ rescheduled_from: null, status: 'scheduled' });
    expect(await ingestMeetings(db, A, calcom('BOOKING_CREATED.json'))).toMatchObject({ accepted: 1, pending: 0 });
    expect(await meetingOf(CAL_OLD)).toMatchObject({ status: 'rescheduled', meeting_outcome: 'rescheduled' });
    expect(await meetingOf(CAL_NEW)).toMatchObject({ rescheduled_from: CAL_OLD });
    const waiting = await one<{ n: number }>(db, `select count(*)::int as n from public.meeting_events where meeting_id is null`);
    expect(waiting.n).toBe(0);
  });

  it('flips a no-show back to unconfirmed when the mark is undone, and keeps the undo even when it arrives first', async () => {
    const [booking] = calendly('invitee.created.rescheduled.json');
    const [noShow] = calendly('invitee_no_show.created.json');
    const undo: MeetingEvent = { ...noShow, kind: 'no_show_reverted', event_key: `${noShow.event_key}|deleted`, occurred_at: iso('2025-09-22T10:02:00Z') };
    await ingestMeetings(db, A, [booking, noShow]);
    expect(await meetingOf(CALENDLY_NEW)).toMatchObject({ status: 'no_show', showed_up: false, meeting_outcome: 'no_show' });
    await ingestMeetings(db, A, [undo]);
    const reverted = await one<Record<string, unknown>>(db, `
      select status::text, showed_up, meeting_outcome, showed_up_confirmed_at, attendance_event_at = '2025-09-22T10:02:00Z' as guard
      from public.meetings where provider_event_id = $1`, [CALENDLY_NEW]);
    expect(reverted).toEqual({ status: 'scheduled', showed_up: null, meeting_outcome: null, showed_up_confirmed_at: null, guard: true });

    await db.exec('delete from public.meeting_events; delete from public.meetings where provider is not null');
    await ingestMeetings(db, A, [booking, undo]);
    await ingestMeetings(db, A, [noShow]);
    expect(await meetingOf(CALENDLY_NEW)).toMatchObject({ status: 'scheduled', showed_up: null, meeting_outcome: null });
  });

  it('records a manual outcome from a cis event: held, good, with notes and next steps', async () => {
    const [booking] = calendly('invitee.created.rescheduled.json');
    await ingestMeetings(db, A, [booking]);
    await ingestMeetings(db, A, [{
      ...booking, event_key: 'outcome-1', kind: 'outcome_recorded', occurred_at: iso('2025-09-22T10:00:00Z'),
      outcome: { showed_up: true, meeting_outcome: 'good', notes: 'Strong fit', next_steps: 'Send proposal' },
    }]);
    const row = await one<Record<string, unknown>>(db, `
      select status::text, showed_up, meeting_outcome, meeting_notes, next_steps from public.meetings where provider_event_id = $1`, [CALENDLY_NEW]);
    expect(row).toEqual({ status: 'completed', showed_up: true, meeting_outcome: 'good', meeting_notes: 'Strong fit', next_steps: 'Send proposal' });
  });

  it('keeps an attendance entered by hand when an older no-show signal arrives later', async () => {
    const [booking] = calendly('invitee.created.rescheduled.json');
    const [noShow] = calendly('invitee_no_show.created.json');
    await ingestMeetings(db, A, [booking]);
    const edited = await asRole(db, 'authenticated', users.ownerA, () =>
      db.query(`update public.meetings set showed_up = true, meeting_outcome = 'good' where provider_event_id = $1 returning id`, [CALENDLY_NEW]));
    expect(edited).toHaveLength(1);
    await ingestMeetings(db, A, [noShow]);
    expect(await meetingOf(CALENDLY_NEW)).toMatchObject({ showed_up: true, meeting_outcome: 'good' });
  });

  it('books a cis meeting for the lead and campaign of the touch it names, without an email', async () => {
    await db.exec(`insert into public.activities (id, client_id, lead_id, campaign_id, channel, activity_type, provider, provider_message_id, sent_at)
      values ('${id('a', 41)}', '${A}', '${id('a', 6)}', '${id('a', 3)}', 'linkedin', 'linkedin_message', 'cis', 'touch-41', '2026-01-02T09:00:00Z')`);
    const result = await ingestMeetings(db, A, [meeting({
      event_key: 'cis-m-1', kind: 'created', provider_event_id: 'meeting-1',
      scheduled_start: iso('2026-01-09T15:00:00Z'), scheduled_end: iso('2026-01-09T15:30:00Z'),
      lead_ref: { provider_message_id: 'touch-41', provider_campaign_id: null },
    })]);
    expect(result).toMatchObject({ accepted: 1, unmatched: 0 });
    const row = await one<Record<string, unknown>>(db, `
      select lead_id, campaign_id, converting_activity_id, converting_channel::text from public.meetings where provider_event_id = 'meeting-1'`);
    expect(row).toEqual({ lead_id: id('a', 6), campaign_id: id('a', 3), converting_activity_id: id('a', 41), converting_channel: 'linkedin' });
  });

  it('links a Cal.com booking to the campaign its booking-link metadata names', async () => {
    const [created] = calcom('BOOKING_CREATED.json');
    await ingestMeetings(db, A, [{ ...created, attribution: { metadata: { cis_campaign_id: id('a', 3) } } }]);
    expect(await meetingOf(CAL_OLD)).toMatchObject({ campaign_id: id('a', 3) });
  });

  it('reports an event naming nobody as unmatched and keeps it', async () => {
    const result = await ingestMeetings(db, A, [meeting({ event_key: 'cis-m-2', kind: 'no_show', provider_event_id: 'meeting-unknown' })]);
    expect(result).toEqual({ accepted: 0, duplicates: 0, pending: 0, unmatched: 1, skipped: 0 });
    expect((await one<{ n: number }>(db, `select count(*)::int as n from public.meeting_events where event_key = 'cis-m-2'`)).n).toBe(1);
  });

  it('refuses a batch that is not an array, and is not callable by signed-in users', async () => {
    expect(await sqlState(db, () => db.query(`select public.ingest_meeting_events($1, '{}'::jsonb)`, [A]))).toBe('22023');
    expect(await sqlState(db, () => asRole(db, 'authenticated', users.ownerA, () =>
      db.query(`select public.ingest_meeting_events($1, '[]'::jsonb)`, [A])))).toBe('42501');
  });
});
