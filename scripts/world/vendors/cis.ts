// Our own engines' events (`POST /ingest/cis`, schema in shared/ingest/providers/cis/schema.ts):
// every touch they send on any channel, the engagement no vendor reports (LinkedIn, SMS link
// clicks, calls, voicemail), meetings they book and outcomes entered by the account manager.
import type { DealPlan, Happening, MeetingPlan, Touch } from '../happenings.ts';
import type { Person } from '../people.ts';
import { senderAddress, type Out } from './common.ts';

export const AI_MODEL = 'gpt-4.1-mini';
export const PROMPT_VERSION = 'outreach-2026-08';

function lead(p: Person, withPhone = false) {
  return {
    email: p.email, first_name: p.firstName, last_name: p.lastName, linkedin_url: p.linkedinUrl,
    company_name: p.company.name, ...(withPhone && p.phone ? { phone: p.phone } : {}),
  };
}

function touchRef(t: Touch, full: boolean, cisCampaign: boolean) {
  if (!full) return { id: t.id };
  return {
    id: t.id,
    ...(cisCampaign && t.step !== null ? { campaign_id: t.campaignKey } : {}),
    sequence_step: t.step ?? undefined,
    ab_variant: t.variant ?? undefined,
    subject: t.subject ?? undefined,
    body_text: t.body ?? undefined,
    template_id: t.templateKey ?? undefined,
    template_name: t.templateKey ?? undefined,
    ai_generated: t.writtenBy === 'ai',
    ...(t.writtenBy === 'ai' ? { ai_model: AI_MODEL, prompt_version: PROMPT_VERSION } : {}),
    from: senderAddress(t.clientKey),
    to: t.kind === 'email' ? t.person.email : t.kind === 'sms' ? (t.person.phone ?? undefined) : t.person.linkedinUrl,
  };
}

const TOUCH_EVENT: Record<Touch['kind'], string> = {
  email: 'email_sent', sms: 'sms_sent', linkedin_connection: 'linkedin_connection_requested',
  linkedin_message: 'linkedin_message_sent', call: 'call_completed',
};

function meetingBody(m: MeetingPlan) {
  return { id: m.id, title: `Intro call — ${m.person.company.name}`, start: m.start.toISOString(), end: m.end.toISOString(), host_email: senderAddress(m.clientKey) };
}

function dealBody(d: DealPlan, stage: string | undefined, previous: string | undefined, status: string) {
  return { id: d.id, name: d.name, stage, previous_stage: previous, status, value: d.value, currency: d.currency };
}

/**
 * The cis event for a happening, or null when our engines do not report it. `cisCampaign`: the
 * touch belongs to a campaign our engines run (its campaign id is known to CIS as a cis campaign).
 */
export function cisEvent(h: Happening, eventId: string, cisCampaign: boolean): Record<string, unknown> | null {
  const common = { event_id: eventId, occurred_at: h.at.toISOString() };
  switch (h.type) {
    case 'touch': {
      const t = h.touch;
      if (t.kind === 'call') {
        return {
          ...common, event: t.voicemail ? 'voicemail_left' : 'call_completed', lead: lead(t.person, true),
          touch: touchRef(t, true, cisCampaign), call_duration: t.callSeconds, voicemail_left: t.voicemail ?? false,
        };
      }
      return { ...common, event: TOUCH_EVENT[t.kind], lead: lead(t.person, t.kind === 'sms'), touch: touchRef(t, true, cisCampaign) };
    }
    case 'delivered':
      return { ...common, event: 'sms_delivered', lead: lead(h.touch.person, true), touch: { id: h.touch.id } };
    case 'undelivered':
      return { ...common, event: 'sms_send_failed', lead: lead(h.touch.person, true), touch: { id: h.touch.id }, error: { code: '30003', reason: 'Unreachable destination handset' } };
    case 'bounce':
      return { ...common, event: 'email_bounced', lead: lead(h.touch.person), touch: { id: h.touch.id }, bounce: { type: 'hard', reason: h.reason } };
    case 'open':
      return { ...common, event: 'email_opened', lead: lead(h.touch.person), touch: { id: h.touch.id }, ...(h.ip ? { ip: h.ip } : {}), ...(h.userAgent ? { user_agent: h.userAgent } : {}) };
    case 'click':
      return { ...common, event: 'email_clicked', lead: lead(h.touch.person), touch: { id: h.touch.id }, url: h.url, ...(h.userAgent ? { user_agent: h.userAgent } : {}) };
    case 'reply': {
      const kind = h.touch.kind === 'email' ? 'email_replied' : h.touch.kind === 'sms' ? 'sms_replied' : 'linkedin_replied';
      return {
        ...common, event: kind, lead: lead(h.touch.person, h.touch.kind === 'sms'), touch: { id: h.touch.id },
        reply: { text: h.text, id: h.id, subject: h.subject ?? undefined, from: h.fromAddress },
      };
    }
    case 'unsubscribe':
      return { ...common, event: h.channel === 'sms' ? 'sms_opted_out' : 'email_unsubscribed', lead: lead(h.touch.person, h.channel === 'sms'), touch: { id: h.touch.id } };
    case 'linkedin': {
      const name = h.kind === 'connection_accepted' ? 'linkedin_connection_accepted' : h.kind === 'profile_viewed' ? 'linkedin_profile_viewed' : 'linkedin_post_engaged';
      return { ...common, event: name, lead: lead(h.touch.person), touch: { id: h.touch.id } };
    }
    case 'voicemail_listened':
      return { ...common, event: 'voicemail_listened', lead: lead(h.touch.person, true), touch: { id: h.touch.id } };
    case 'sms_click':
      return { ...common, event: 'sms_link_clicked', lead: lead(h.touch.person, true), touch: { id: h.touch.id }, url: h.url };
    case 'meeting': {
      const m = h.meeting;
      const base = {
        ...common, lead: { ...lead(m.person), timezone: m.person.place.timezone }, meeting: meetingBody(m),
        touch: m.touchId ? { id: m.touchId, campaign_id: m.campaignKey } : { campaign_id: m.campaignKey },
      };
      if (h.kind === 'created') return { ...base, event: 'meeting_booked', meeting: { ...base.meeting, rescheduled_from: h.replaces?.id } };
      if (h.kind === 'canceled' && h.replacedBy) return { ...base, event: 'meeting_rescheduled', meeting: { ...base.meeting, rescheduled_to: h.replacedBy.id } };
      if (h.kind === 'canceled') return { ...base, event: 'meeting_canceled', meeting: { ...base.meeting, cancel_reason: 'Something came up' } };
      if (h.kind === 'no_show') return { ...base, event: 'meeting_no_show' };
      return {
        ...base, event: 'meeting_outcome',
        outcome: { showed_up: true, meeting_outcome: h.outcome ?? 'good', notes: 'Discovery call held.', next_steps: 'Send proposal' },
      };
    }
    case 'deal': {
      const d = h.deal;
      const name = { created: 'deal_created', stage: 'deal_stage_changed', won: 'deal_won', lost: 'deal_lost' }[h.kind];
      const status = h.kind === 'won' ? 'won' : h.kind === 'lost' ? 'lost' : 'open';
      return {
        ...common, event: name, lead: lead(d.person),
        deal: { ...dealBody(d, h.stage, h.previousStage, status), ...(h.lostReason ? { lost_reason: h.lostReason } : {}) },
      };
    }
  }
}

export function cisOut(h: Happening, clientKey: string, eventId: string, cisCampaign: boolean): Out[] {
  const item = cisEvent(h, eventId, cisCampaign);
  return item ? [{ provider: 'cis', clientKey, at: h.at, item, contentType: 'application/json' }] : [];
}
