// The documented wire schema of `POST /ingest/cis`: our own engines report outbound touches on
// every channel, the engagement no vendor sends, meetings they book and manual outcome entry.
// A body is one event or `{ "events": [ … ] }` (1–1000). Full reference: shared/ingest/README.md.
import { z } from 'zod';
import type { Channel, DealKind, EngagementKind, MeetingKind } from '../../canonical.ts';
import { zId, zOptBool, zOptEmail, zOptId, zOptInt, zOptNumber, zOptTimestamp, zText, zTimestamp } from '../../fields.ts';

/** Engagement event names → canonical kind and channel. */
export const CIS_ENGAGEMENT: Record<string, [EngagementKind, Channel]> = {
  email_sent: ['sent', 'email'], email_delivered: ['delivered', 'email'], email_opened: ['opened', 'email'],
  email_clicked: ['clicked', 'email'], email_replied: ['replied', 'email'], email_bounced: ['bounced', 'email'],
  email_complained: ['complained', 'email'], email_unsubscribed: ['unsubscribed', 'email'],
  email_send_failed: ['send_failed', 'email'],
  sms_sent: ['sent', 'sms'], sms_delivered: ['delivered', 'sms'], sms_link_clicked: ['clicked', 'sms'],
  sms_replied: ['replied', 'sms'], sms_opted_out: ['unsubscribed', 'sms'], sms_send_failed: ['send_failed', 'sms'],
  linkedin_connection_requested: ['connection_requested', 'linkedin'],
  linkedin_connection_accepted: ['connection_accepted', 'linkedin'],
  linkedin_message_sent: ['message_sent', 'linkedin'], linkedin_replied: ['replied', 'linkedin'],
  linkedin_profile_viewed: ['profile_viewed', 'linkedin'], linkedin_post_engaged: ['post_engaged', 'linkedin'],
  linkedin_send_failed: ['send_failed', 'linkedin'],
  call_completed: ['call_completed', 'voice'], voicemail_left: ['voicemail_left', 'voice'],
  voicemail_listened: ['voicemail_listened', 'voice'],
  lead_categorized: ['categorized', 'email'], // channel overridable with `channel`
};
/** Kinds that ARE an outbound touch: they must name it (`touch.id`) so later events can bind. */
export const TOUCH_KINDS = new Set<EngagementKind>(['sent', 'message_sent', 'connection_requested', 'voicemail_left', 'call_completed']);

export const CIS_MEETING: Record<string, MeetingKind> = {
  meeting_booked: 'created', meeting_canceled: 'canceled', meeting_rescheduled: 'rescheduled',
  meeting_no_show: 'no_show', meeting_outcome: 'outcome_recorded',
};

export const CIS_DEAL: Record<string, DealKind> = {
  deal_created: 'created', deal_stage_changed: 'stage_changed', deal_amount_changed: 'amount_changed',
  deal_won: 'won', deal_lost: 'lost', deal_updated: 'updated', deal_deleted: 'deleted',
};

const lead = z.object({
  email: zOptEmail, first_name: zText, last_name: zText, name: zText, phone: zText, linkedin_url: zText,
  apollo_id: zOptId, cis_lead_id: zOptId, company_name: zText, timezone: zText,
});

const touch = z.object({
  id: zId, // the engine's id for this outbound touch (its activity id); becomes provider_message_id
  campaign_id: zOptId, campaign_name: zText, sequence_step: zOptInt, ab_variant: z.string().max(64).nullish(),
  subject: zText, body_text: zText, body_html: zText,
  template_id: zOptId, template_name: zText, ai_generated: zOptBool, ai_model: zText, prompt_version: zText,
  sent_at: zOptTimestamp, from: zText, to: zText,
});

const common = {
  event: z.string(),
  event_id: zId, // unique per engine event; the idempotency key
  occurred_at: zTimestamp,
};

export const cisEngagementSchema = z.object({
  ...common,
  channel: z.enum(['email', 'sms', 'linkedin', 'voice']).nullish(),
  lead,
  touch: touch.nullish(),
  url: zText, user_agent: zText, ip: zText,
  reply: z.object({ text: z.string(), html: zText, id: zOptId, subject: zText, from: zText }).nullish(),
  bounce: z.object({ type: z.enum(['hard', 'soft']).nullish(), reason: zText }).nullish(),
  error: z.object({ code: zText, reason: zText }).nullish(),
  call_duration: zOptNumber, // seconds; required for call_completed
  voicemail_left: zOptBool,
  category: zText, category_sentiment: z.enum(['positive', 'negative', 'neutral']).nullish(),
});

export const cisMeetingSchema = z.object({
  ...common,
  lead,
  touch: z.object({ id: zOptId, campaign_id: zOptId }).nullish(), // the touch that earned the meeting
  meeting: z.object({
    id: zId, title: zText, start: zOptTimestamp, end: zOptTimestamp, host_email: zText,
    rescheduled_from: zOptId, rescheduled_to: zOptId, cancel_reason: zText,
  }),
  outcome: z.object({
    showed_up: zOptBool,
    meeting_outcome: z.enum(['good', 'bad', 'rescheduled', 'no_show']).nullish(),
    notes: zText, next_steps: zText,
  }).nullish(),
  attribution: z.object({
    utm_source: zText, utm_medium: zText, utm_campaign: zText, utm_content: zText, utm_term: zText,
    metadata: z.record(z.string().max(100), z.string().max(2000)).nullish(),
  }).nullish(),
});

export const cisDealSchema = z.object({
  ...common,
  lead: lead.nullish(),
  deal: z.object({
    id: zId, name: zText, stage: zOptId, previous_stage: zOptId, pipeline: zOptId,
    status: z.enum(['open', 'won', 'lost', 'deleted']).nullish(),
    value: zOptNumber, currency: z.string().max(8).nullish(), lost_reason: zText, close_date: zText,
  }),
});
