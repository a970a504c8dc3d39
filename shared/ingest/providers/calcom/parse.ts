// Cal.com webhooks (REFERENCE §6b): `{ triggerEvent, createdAt, payload }`, except MEETING_* which
// are flat. BOOKING_RESCHEDULED describes the NEW booking (uid) and names the old one
// (rescheduleUid); it becomes two events, one per booking, matching what Calendly sends.
import { z } from 'zod';
import type { MeetingEvent, ParseFn } from '../../canonical.ts';
import { zEventName, zOptEmail, zOptId, zOptTimestamp, zText, zTimestamp, zAny } from '../../fields.ts';
import { fail, finish, guarded, readJson, skip, stringRecord, zodIssues } from '../../result.ts';

const attendee = z.object({ email: zOptEmail, name: zText, timeZone: zText, noShow: z.boolean().nullish() });
const booking = z.object({
  uid: zOptId, bookingUid: zOptId,
  title: zText, startTime: zOptTimestamp, endTime: zOptTimestamp,
  organizer: z.object({ email: zOptEmail }).nullish(),
  user: z.object({ email: zOptEmail }).nullish(),
  attendees: z.array(attendee).max(500).nullish(),
  responses: z.object({ email: z.object({ value: zOptEmail }).nullish(), name: z.object({ value: zAny }).nullish() }).nullish(),
  metadata: zAny,
  rescheduleUid: zOptId, fromReschedule: zOptId,
  cancellationReason: zText, cancelledBy: zText,
  idempotencyKey: zOptId,
});
type Booking = z.infer<typeof booking>;

const head = z.object({ triggerEvent: zEventName, createdAt: zAny, payload: zAny });
const HANDLED = new Set(['BOOKING_CREATED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED', 'BOOKING_NO_SHOW_UPDATED', 'AFTER_GUESTS_CAL_VIDEO_NO_SHOW', 'MEETING_ENDED']);

export const parse: ParseFn = guarded((rawBody) => {
  const json = readJson(rawBody);
  if (!json.ok) return json;
  const h = head.safeParse(json.value);
  if (!h.success) return { ok: false, issues: zodIssues(h.error) };
  const trigger = h.data.triggerEvent;
  if (!HANDLED.has(trigger)) return skip(trigger, 'not a booking lifecycle event');
  const flat = trigger.startsWith('MEETING_');
  const r = booking.safeParse(flat ? json.value : h.data.payload);
  if (!r.success) return { ok: false, issues: zodIssues(r.error, flat ? [] : ['payload']) };
  const b = r.data;
  const uid = b.uid ?? b.bookingUid;
  if (!uid) return fail(flat ? 'uid' : 'payload.uid', 'booking uid is required');
  // MEETING_* carry the booking's createdAt at the top level, so the meeting's end stands in.
  const when = zTimestamp.safeParse(flat ? (b.endTime?.raw ?? null) : h.data.createdAt);
  if (!when.success) return { ok: false, issues: zodIssues(when.error, [flat ? 'endTime' : 'createdAt']) };
  const base = common(trigger, uid, b, when.data);
  switch (trigger) {
    case 'BOOKING_CREATED':
      return finish([{ ...base, kind: 'created' }]);
    case 'BOOKING_CANCELLED':
      return finish([{ ...base, kind: 'canceled', cancel: { reason: b.cancellationReason, canceled_by: b.cancelledBy, canceler_type: null } }]);
    case 'BOOKING_RESCHEDULED': {
      if (!b.rescheduleUid) return finish([{ ...base, kind: 'created' }]);
      const old: MeetingEvent = {
        ...base, kind: 'rescheduled', event_key: `${trigger}|${uid}|from:${b.rescheduleUid}`,
        provider_event_id: b.rescheduleUid, rescheduled_to: uid,
        scheduled_start: null, scheduled_end: null, // the old slot's times are not authoritative here
      };
      return finish([old, { ...base, kind: 'created', rescheduled_from: b.rescheduleUid }]);
    }
    case 'MEETING_ENDED':
      return finish([{
        ...base, kind: 'ended', event_key: b.idempotencyKey ?? base.event_key,
        rescheduled_from: b.fromReschedule, no_show: b.attendees?.[0]?.noShow ?? null,
      }]);
    default: {
      // BOOKING_NO_SHOW_UPDATED / AFTER_GUESTS_CAL_VIDEO_NO_SHOW: one event per flagged attendee.
      const marked = (b.attendees ?? []).filter((a) => a.email && typeof a.noShow === 'boolean');
      if (marked.length === 0) return fail('payload.attendees', 'no attendee with email and noShow');
      return finish(marked.map((a) => ({
        ...base,
        kind: a.noShow ? 'no_show' : 'no_show_reverted',
        event_key: `${trigger}|${uid}|${a.email}|${a.noShow}|${when.data.raw}`,
        invitee: { email: a.email, name: a.name, timezone: a.timeZone },
      })));
    }
  }
});

function common(trigger: string, uid: string, b: Booking, when: { iso: string; raw: string | number }): MeetingEvent {
  const booker = b.attendees?.[0];
  const name = b.responses?.name?.value;
  return {
    type: 'meeting', provider: 'calcom', kind: 'created',
    event_key: `${trigger}|${uid}`, // REFERENCE §9.3
    occurred_at: when.iso, occurred_at_raw: when.raw, raw_event_type: trigger,
    provider_event_id: uid, provider_invitee_id: null,
    invitee: {
      email: booker?.email ?? b.responses?.email?.value ?? null,
      name: booker?.name ?? (typeof name === 'string' ? name : null),
      timezone: booker?.timeZone ?? null,
    },
    host_email: b.organizer?.email ?? b.user?.email ?? null,
    title: b.title,
    scheduled_start: b.startTime?.iso ?? null,
    scheduled_end: b.endTime?.iso ?? null,
    attribution: attribution(b.metadata),
  };
}

/** Booking-link query params land in `metadata`; lift utm_* and keep the rest. */
function attribution(metadata: unknown): MeetingEvent['attribution'] {
  const m = stringRecord(metadata);
  if (!m) return undefined;
  const { videoCallUrl: _video, ...rest } = m;
  if (Object.keys(rest).length === 0) return undefined;
  return {
    utm_source: rest.utm_source ?? null, utm_medium: rest.utm_medium ?? null, utm_campaign: rest.utm_campaign ?? null,
    utm_content: rest.utm_content ?? null, utm_term: rest.utm_term ?? null, metadata: rest,
  };
}
