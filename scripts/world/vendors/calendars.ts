// Calendly and Cal.com webhooks (REFERENCE §6): bookings, reschedules (Calendly: cancel + create;
// Cal.com: one BOOKING_RESCHEDULED), cancellations and no-shows. A meeting that was held has no
// calendar signal CIS believes (Cal.com's MEETING_ENDED attendee flag is not proof): the account
// manager marks it held in CIS (see setup.ts, markHeldMeetings).
import type { ClientConfig } from '../config.ts';
import type { Happening, MeetingPlan } from '../happenings.ts';
import { isoSixDigits, numberFrom, providerCampaignId, senderAddress, uuidFrom, type Out } from './common.ts';

type MeetingHappening = Extract<Happening, { type: 'meeting' }>;

export function calendlyEventUri(m: MeetingPlan): string {
  return `https://api.calendly.com/scheduled_events/${uuidFrom(`event:${m.id}`)}`;
}
function inviteeUri(m: MeetingPlan): string {
  return `${calendlyEventUri(m)}/invitees/${uuidFrom(`invitee:${m.id}`)}`;
}
export function calcomUid(m: MeetingPlan): string {
  return uuidFrom(`booking:${m.id}`).replaceAll('-', '').slice(0, 22);
}

function json(client: ClientConfig, at: Date, provider: Out['provider'], body: unknown): Out[] {
  return [{ provider, clientKey: client.key, at, body: JSON.stringify(body), contentType: 'application/json' }];
}

function tracking(m: MeetingPlan, sender: string) {
  return { utm_source: sender, utm_medium: 'email', utm_campaign: providerCampaignId(sender, m.campaignKey), utm_content: null, utm_term: null, salesforce_uuid: null };
}

function calendly(h: MeetingHappening, client: ClientConfig, sender: string): Out[] {
  const m = h.meeting;
  const p = m.person;
  const hostUser = `https://api.calendly.com/users/${uuidFrom(`host:${client.key}`)}`;
  const payload: Record<string, unknown> = {
    uri: inviteeUri(m), event: calendlyEventUri(m), email: p.email, first_name: p.firstName, last_name: p.lastName,
    name: `${p.firstName} ${p.lastName}`, timezone: p.place.timezone, status: h.kind === 'canceled' ? 'canceled' : 'active',
    created_at: isoSixDigits(m.bookedAt), updated_at: isoSixDigits(h.at),
    cancel_url: `https://calendly.com/cancellations/${uuidFrom(`invitee:${m.id}`)}`,
    reschedule_url: `https://calendly.com/reschedulings/${uuidFrom(`invitee:${m.id}`)}`,
    rescheduled: false, old_invitee: h.replaces ? inviteeUri(h.replaces) : null, new_invitee: null, no_show: null,
    questions_and_answers: [{ question: 'What would you like to cover?', answer: 'Saw your email — curious how this would work for us.', position: 0 }],
    tracking: tracking(m, sender), payment: null, reconfirmation: null, routing_form_submission: null, text_reminder_number: null,
    scheduled_event: {
      uri: calendlyEventUri(m), name: 'Discovery call (30 min)', status: h.kind === 'canceled' ? 'canceled' : 'active',
      start_time: isoSixDigits(m.start), end_time: isoSixDigits(m.end),
      event_type: `https://api.calendly.com/event_types/${uuidFrom(`type:${client.key}`)}`,
      location: { type: 'google_conference', status: 'pushed', join_url: 'https://meet.google.com/abc-defg-hij' },
      invitees_counter: { total: 1, active: h.kind === 'canceled' ? 0 : 1, limit: 1 },
      created_at: isoSixDigits(m.bookedAt), updated_at: isoSixDigits(h.at),
      event_memberships: [{ user: hostUser, user_email: senderAddress(client.key), user_name: 'Tom Reyes' }], event_guests: [],
    },
  };
  const envelope = (event: string, extra: Record<string, unknown> = {}) =>
    json(client, h.at, 'calendly', { created_at: isoSixDigits(h.at), created_by: hostUser, event, payload: { ...payload, ...extra } });
  switch (h.kind) {
    case 'created': return envelope('invitee.created');
    case 'canceled':
      return envelope('invitee.canceled', {
        rescheduled: Boolean(h.replacedBy), new_invitee: h.replacedBy ? inviteeUri(h.replacedBy) : null,
        cancellation: { canceled_by: `${p.firstName} ${p.lastName}`, reason: h.replacedBy ? 'Need another time' : 'Something came up', canceler_type: 'invitee', created_at: isoSixDigits(h.at) },
      });
    case 'no_show':
      return envelope('invitee_no_show.created', { no_show: { uri: `https://api.calendly.com/invitee_no_shows/${uuidFrom(`noshow:${m.id}`)}`, created_at: isoSixDigits(h.at) } });
    case 'held': return [];
  }
}

function calcom(h: MeetingHappening, client: ClientConfig, sender: string): Out[] {
  const m = h.meeting;
  const p = m.person;
  const booking = (mm: MeetingPlan) => ({
    uid: calcomUid(mm), bookingId: numberFrom(`booking:${mm.id}`, 7), type: 'discovery-30', eventTypeId: numberFrom(`type:${client.key}`, 7),
    title: `Discovery Call between Tom Reyes and ${p.firstName} ${p.lastName}`, startTime: mm.start.toISOString(), endTime: mm.end.toISOString(),
    organizer: { id: numberFrom(`host:${client.key}`, 4), name: 'Tom Reyes', email: senderAddress(client.key), timeZone: 'Europe/London', language: { locale: 'en' } },
    attendees: [{ email: p.email, name: `${p.firstName} ${p.lastName}`, firstName: p.firstName, lastName: p.lastName, timeZone: p.place.timezone, language: { locale: 'en' } }],
    responses: { name: { label: 'your_name', value: `${p.firstName} ${p.lastName}`, isHidden: false }, email: { label: 'email_address', value: p.email, isHidden: false } },
    metadata: { utm_source: sender, utm_campaign: providerCampaignId(sender, mm.campaignKey) },
    location: 'integrations:google:meet', status: 'ACCEPTED',
  });
  const envelope = (triggerEvent: string, payload: unknown) => json(client, h.at, 'calcom', { triggerEvent, createdAt: h.at.toISOString(), payload });
  switch (h.kind) {
    case 'created':
      // The new half of a reschedule travels in the BOOKING_RESCHEDULED sent for the old one.
      return h.replaces ? [] : envelope('BOOKING_CREATED', booking(m));
    case 'canceled':
      if (h.replacedBy) {
        const next = booking(h.replacedBy);
        return envelope('BOOKING_RESCHEDULED', { ...next, rescheduleUid: calcomUid(m), rescheduleStartTime: m.start.toISOString(), rescheduleEndTime: m.end.toISOString(), rescheduledBy: p.email });
      }
      return envelope('BOOKING_CANCELLED', { ...booking(m), status: 'CANCELLED', cancellationReason: 'Something came up', cancelledBy: p.email });
    case 'no_show':
      return [
        ...json(client, m.end, 'calcom', { triggerEvent: 'MEETING_ENDED', ...booking(m), idempotencyKey: uuidFrom(`ended:${m.id}`), createdAt: m.bookedAt.toISOString(), attendees: [{ ...booking(m).attendees[0], noShow: false }] }),
        ...envelope('BOOKING_NO_SHOW_UPDATED', { message: `${p.email} marked as no-show`, attendees: [{ email: p.email, noShow: true }], bookingUid: calcomUid(m), bookingId: numberFrom(`booking:${m.id}`, 7) }),
      ];
    case 'held':
      return json(client, m.end, 'calcom', { triggerEvent: 'MEETING_ENDED', ...booking(m), idempotencyKey: uuidFrom(`ended:${m.id}`), createdAt: m.bookedAt.toISOString(), attendees: [{ ...booking(m).attendees[0], noShow: false }] });
  }
}

export function calendarOut(h: MeetingHappening, client: ClientConfig, sender: string): Out[] {
  return client.meetings === 'calendly' ? calendly(h, client, sender) : calcom(h, client, sender);
}
