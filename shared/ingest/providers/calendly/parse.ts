// Calendly webhook subscriptions (REFERENCE §6a): `{ event, created_at, payload: Invitee }`.
// A reschedule arrives as invitee.canceled (rescheduled: true, new_invitee) + invitee.created
// (old_invitee). The cancel half becomes kind `rescheduled` (so it never counts as a cancellation)
// and both halves name the other booking by its scheduled-event URI.
import { z } from 'zod';
import type { MeetingEvent, MeetingKind, ParseFn } from '../../canonical.ts';
import { zEventName, zId, zOptEmail, zOptId, zOptTimestamp, zText, zTimestamp, zAny } from '../../fields.ts';
import { finish, guarded, own, readJson, skip, stringRecord, zodIssues } from '../../result.ts';

const cancellation = z.object({ reason: zText, canceled_by: zText, canceler_type: zText }).nullish();
const body = z.object({
  event: zEventName,
  created_at: zTimestamp,
  payload: z.object({
    uri: zId,
    event: zOptId,
    email: zOptEmail, name: zText, timezone: zText,
    rescheduled: z.boolean().nullish(),
    old_invitee: zOptId, new_invitee: zOptId,
    cancellation,
    no_show: z.object({ uri: zOptId }).nullish(),
    tracking: zAny,
    scheduled_event: z.object({
      uri: zOptId, name: zText, start_time: zOptTimestamp, end_time: zOptTimestamp, cancellation,
      event_memberships: z.array(z.object({ user_email: zOptEmail })).nullish(),
    }).nullish(),
  }),
});

// Schemas live at module level: zod 4 compiles each object schema on first use.
const head = z.object({ event: zEventName });
const KINDS: Record<string, MeetingKind> = {
  'invitee.created': 'created', 'invitee.canceled': 'canceled',
  'invitee_no_show.created': 'no_show', 'invitee_no_show.deleted': 'no_show_reverted',
};

export const parse: ParseFn = guarded((rawBody) => {
  const json = readJson(rawBody);
  if (!json.ok) return json;
  const h = head.safeParse(json.value);
  if (!h.success) return { ok: false, issues: zodIssues(h.error) };
  let kind = own(KINDS, h.data.event);
  if (!kind) return skip(h.data.event, 'not an invitee event');
  const r = body.safeParse(json.value);
  if (!r.success) return { ok: false, issues: zodIssues(r.error) };
  const { payload: p, created_at } = r.data;
  const se = p.scheduled_event;
  const eventUri = se?.uri ?? p.event ?? eventOfInvitee(p.uri);
  if (kind === 'canceled' && p.rescheduled) kind = 'rescheduled';
  const cancel = p.cancellation ?? se?.cancellation;
  // REFERENCE §9.3: event|payload.uri. No-show marks add their own URI so that a mark, an undo
  // and a second mark of the same invitee are three events, not one.
  const noShowPart = kind === 'no_show' || kind === 'no_show_reverted' ? `|${p.no_show?.uri ?? created_at.raw}` : '';
  const event: MeetingEvent = {
    type: 'meeting', provider: 'calendly',
    event_key: `${h.data.event}|${p.uri}${noShowPart}`,
    kind, occurred_at: created_at.iso, occurred_at_raw: created_at.raw, raw_event_type: h.data.event,
    provider_event_id: eventUri,
    provider_invitee_id: p.uri,
    rescheduled_from: p.old_invitee ? eventOfInvitee(p.old_invitee) : null,
    rescheduled_to: p.new_invitee ? eventOfInvitee(p.new_invitee) : null,
    invitee: { email: p.email, name: p.name, timezone: p.timezone },
    host_email: se?.event_memberships?.[0]?.user_email ?? null,
    title: se?.name ?? null,
    scheduled_start: se?.start_time?.iso ?? null,
    scheduled_end: se?.end_time?.iso ?? null,
    attribution: utm(p.tracking),
  };
  if (kind === 'canceled' || kind === 'rescheduled') {
    event.cancel = { reason: cancel?.reason ?? null, canceled_by: cancel?.canceled_by ?? null, canceler_type: cancel?.canceler_type ?? null };
  }
  return finish([event]);
});

/** `…/scheduled_events/{uuid}/invitees/{uuid}` → `…/scheduled_events/{uuid}` (REFERENCE §6a). */
export function eventOfInvitee(inviteeUri: string): string {
  const i = inviteeUri.indexOf('/invitees/');
  return i > 0 ? inviteeUri.slice(0, i) : inviteeUri;
}

function utm(tracking: unknown): MeetingEvent['attribution'] {
  const t = stringRecord(tracking);
  if (!t) return undefined;
  return {
    utm_source: t.utm_source ?? null, utm_medium: t.utm_medium ?? null, utm_campaign: t.utm_campaign ?? null,
    utm_content: t.utm_content ?? null, utm_term: t.utm_term ?? null,
  };
}
