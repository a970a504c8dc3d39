import { describe, expect, it } from 'vitest';
import { events, issues, one, parse, raw, withJson, type MeetingEvent } from './helpers.ts';

const OLD_EVENT = 'https://api.calendly.com/scheduled_events/3f9b1c2d-7e8a-4b5c-9d0e-1f2a3b4c5d6e';
const NEW_EVENT = 'https://api.calendly.com/scheduled_events/9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
const OLD_INVITEE = `${OLD_EVENT}/invitees/8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d`;
const NEW_INVITEE = `${NEW_EVENT}/invitees/2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e`;
const meeting = (provider: 'calendly' | 'calcom', path: string) => one<MeetingEvent>(provider, path);

describe('calendly parser', () => {
  it('maps invitee.created to a created meeting with invitee, slot, host and UTM attribution', () => {
    expect(meeting('calendly', 'calendly/invitee.created.json')).toMatchObject({
      type: 'meeting', provider: 'calendly', kind: 'created', event_key: `invitee.created|${OLD_INVITEE}`,
      occurred_at: '2025-09-17T08:40:13.000000Z', occurred_at_raw: '2025-09-17T08:40:13.000000Z',
      provider_event_id: OLD_EVENT, provider_invitee_id: OLD_INVITEE, rescheduled_from: null, rescheduled_to: null,
      invitee: { email: 'marta.keller@fernhill-logistics.example', name: 'Marta Keller', timezone: 'Europe/Berlin' },
      host_email: 'tom@northwind-outreach.example', title: 'Discovery call (30 min)',
      scheduled_start: '2025-09-18T12:00:00.000000Z', scheduled_end: '2025-09-18T12:30:00.000000Z',
      attribution: { utm_campaign: 'smartlead-1873042', utm_source: 'smartlead', utm_medium: 'email', utm_content: 'seq1-varA', utm_term: null },
    });
  });

  it('maps a plain invitee.canceled to canceled with the reason', () => {
    expect(meeting('calendly', 'calendly/invitee.canceled.json')).toMatchObject({
      kind: 'canceled', provider_event_id: OLD_EVENT,
      cancel: { reason: 'Conflict with board meeting', canceled_by: 'Marta Keller', canceler_type: 'invitee' },
    });
  });

  it('links the two halves of a reschedule through their scheduled-event URIs', () => {
    const cancel = meeting('calendly', 'calendly/invitee.canceled.rescheduled.json');
    const created = meeting('calendly', 'calendly/invitee.created.rescheduled.json');
    expect(cancel).toMatchObject({ kind: 'rescheduled', provider_event_id: OLD_EVENT, rescheduled_to: NEW_EVENT });
    expect(created).toMatchObject({
      kind: 'created', provider_event_id: NEW_EVENT, provider_invitee_id: NEW_INVITEE, rescheduled_from: OLD_EVENT,
      scheduled_start: '2025-09-22T09:00:00.000000Z',
    });
    expect(cancel.event_key).not.toBe(created.event_key);
  });

  it('maps invitee_no_show.created to no_show keyed by the no-show mark', () => {
    expect(meeting('calendly', 'calendly/invitee_no_show.created.json')).toMatchObject({
      kind: 'no_show', provider_event_id: NEW_EVENT,
      event_key: `invitee_no_show.created|${NEW_INVITEE}|https://api.calendly.com/invitee_no_shows/5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a`,
    });
  });

  it('maps invitee_no_show.deleted to no_show_reverted, a different key from the mark', () => {
    const mark = meeting('calendly', 'calendly/invitee_no_show.created.json');
    const body = withJson('calendly/invitee_no_show.created.json', (j) => { j.event = 'invitee_no_show.deleted'; });
    const [undo] = events('calendly', body) as MeetingEvent[];
    expect(undo.kind).toBe('no_show_reverted');
    expect(undo.event_key).not.toBe(mark.event_key);
  });

  it('skips routing form submissions', () => {
    expect(parse('calendly', JSON.stringify({ event: 'routing_form_submission.created', payload: {} }))).toMatchObject({ ok: true, events: [] });
  });

  it('names a missing invitee URI', () => {
    const body = withJson('calendly/invitee.created.json', (j) => { delete j.payload.uri; });
    expect(issues('calendly', body)).toEqual([{ path: 'payload.uri', message: 'required' }]);
  });
});

describe('calcom parser', () => {
  const OLD_UID = 'kq2Wm7rX9tYb4Nc1Lp8DzQ';
  const NEW_UID = 'Rt5Yv8Nm2Qx6Lz1Kc9Wb3P';

  it('maps BOOKING_CREATED with the booker as invitee', () => {
    expect(meeting('calcom', 'calcom/BOOKING_CREATED.json')).toMatchObject({
      provider: 'calcom', kind: 'created', event_key: `BOOKING_CREATED|${OLD_UID}`, provider_event_id: OLD_UID,
      occurred_at: '2025-09-17T10:12:05.331000Z',
      invitee: { email: 'd.lindqvist@halvard-energy.example', name: 'Dag Lindqvist', timezone: 'Europe/Oslo' },
      host_email: 'tom@northwind-outreach.example',
      scheduled_start: '2025-09-23T08:00:00.000000Z', scheduled_end: '2025-09-23T08:30:00.000000Z',
    });
  });

  it('splits BOOKING_RESCHEDULED into the old booking rescheduled and the new booking created', () => {
    const [old, created] = events('calcom', raw('calcom/BOOKING_RESCHEDULED.json')) as MeetingEvent[];
    expect(old).toMatchObject({ kind: 'rescheduled', provider_event_id: OLD_UID, rescheduled_to: NEW_UID });
    expect(created).toMatchObject({
      kind: 'created', provider_event_id: NEW_UID, rescheduled_from: OLD_UID, event_key: `BOOKING_RESCHEDULED|${NEW_UID}`,
      scheduled_start: '2025-09-25T13:00:00.000000Z',
    });
    expect(old.event_key).not.toBe(created.event_key);
  });

  it('maps BOOKING_CANCELLED with reason and canceller', () => {
    expect(meeting('calcom', 'calcom/BOOKING_CANCELLED.json')).toMatchObject({
      kind: 'canceled', cancel: { reason: 'Budget freeze until Q1', canceled_by: 'd.lindqvist@halvard-energy.example' },
    });
  });

  it('maps BOOKING_NO_SHOW_UPDATED per attendee, and a flip back to no_show_reverted', () => {
    expect(meeting('calcom', 'calcom/BOOKING_NO_SHOW_UPDATED.json')).toMatchObject({
      kind: 'no_show', provider_event_id: NEW_UID, invitee: { email: 'd.lindqvist@halvard-energy.example' },
    });
    const body = withJson('calcom/BOOKING_NO_SHOW_UPDATED.json', (j) => { j.payload.attendees[0].noShow = false; j.createdAt = '2025-09-25T14:00:00.000Z'; });
    expect(events('calcom', body)[0]).toMatchObject({ kind: 'no_show_reverted', occurred_at: '2025-09-25T14:00:00.000000Z' });
  });

  it('maps the Cal Video guest no-show to no_show', () => {
    expect(meeting('calcom', 'calcom/AFTER_GUESTS_CAL_VIDEO_NO_SHOW.json')).toMatchObject({ kind: 'no_show', provider_event_id: NEW_UID });
  });

  it('maps the flat MEETING_ENDED, keyed by its idempotencyKey and timed at the meeting end', () => {
    expect(meeting('calcom', 'calcom/MEETING_ENDED.json')).toMatchObject({
      kind: 'ended', event_key: '0f1e2d3c-4b5a-4968-8776-655443322110', provider_event_id: NEW_UID,
      occurred_at: '2025-09-25T13:30:00.000000Z', rescheduled_from: OLD_UID, no_show: false,
      host_email: 'tom@northwind-outreach.example',
    });
  });

  it('names a missing booking uid', () => {
    const body = withJson('calcom/BOOKING_CREATED.json', (j) => { delete j.payload.uid; });
    expect(issues('calcom', body)).toEqual([{ path: 'payload.uid', message: 'booking uid is required' }]);
  });
});
