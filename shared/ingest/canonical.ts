// Canonical events: what every provider parser produces and the SQL ingestion consumes.
// The field names of EngagementEvent are the database contract (issue 3); MeetingEvent and
// DealEvent serve issue 6. Every parser's output is re-validated against these schemas, so a
// mapping bug surfaces as a 400 with issues instead of a bad row. See README.md for semantics.
import { z } from 'zod';

export const PROVIDERS = [
  'smartlead', 'salesforge', 'instantly', 'lemlist', 'twilio', 'cis',
  'calendly', 'calcom', 'hubspot', 'pipedrive',
] as const;
export type Provider = (typeof PROVIDERS)[number];

export const CHANNELS = ['email', 'sms', 'linkedin', 'voice'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ENGAGEMENT_KINDS = [
  'sent', 'delivered', 'opened', 'clicked', 'replied', 'bounced', 'complained', 'unsubscribed',
  'connection_requested', 'connection_accepted', 'message_sent', 'profile_viewed', 'post_engaged',
  'call_completed', 'voicemail_left', 'voicemail_listened', 'categorized', 'send_failed',
] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

export const MEETING_KINDS = [
  'created', 'canceled', 'rescheduled', 'no_show', 'no_show_reverted', 'ended', 'outcome_recorded',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const DEAL_KINDS = ['created', 'stage_changed', 'amount_changed', 'won', 'lost', 'updated', 'deleted'] as const;
export type DealKind = (typeof DEAL_KINDS)[number];

/** `YYYY-MM-DDTHH:MM:SS.ffffffZ`, produced by time.ts. */
export const ISO_UTC_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

const MAX_ID = 512; // fits a btree unique index with room to spare
const id = z.string().min(1).max(MAX_ID);
const optId = id.nullable().optional();
const text = z.string().nullable().optional();
const isoTs = z.string().regex(ISO_UTC_RE);
const optIso = isoTs.nullable().optional();
const rawTs = z.union([z.string(), z.number()]).nullable();
const email = z.string().max(320).regex(/^[^\s@A-Z]+@[^\s@A-Z]+$/, 'lower-cased email');

const envelope = {
  event_key: id, // idempotency key, unique per (provider, client source)
  occurred_at: isoTs,
  occurred_at_raw: rawTs, // exactly what the vendor sent; null when receipt time was used
  raw_event_type: z.string().min(1).max(200),
};

// Identity fields are indexed (btree rows are limited to ~2.7 kB), so they are capped here and a
// longer value is a 400 naming the field, not a database error.
const name = z.string().max(200).nullable().optional();
export const leadSchema = z.object({
  email: email.nullable(),
  first_name: name,
  last_name: name,
  phone: z.string().max(64).nullable().optional(),
  linkedin_url: z.string().max(2048).nullable().optional(),
  apollo_id: optId,
  provider_lead_id: optId,
  company_name: text, // refinement: vendors send it; useful when the lead is created from the event
  timezone: text, // IANA, when the vendor knows it
});

export const messageSchema = z.object({
  provider_message_id: id.nullable(), // the outbound touch at the vendor (see README per provider)
  rfc_message_id: optId, // refinement: RFC 5322 Message-ID of the outbound email, a second join key
  provider_campaign_id: optId,
  campaign_name: text,
  sequence_step: z.number().int().min(0).nullable().optional(),
  ab_variant: z.string().max(64).nullable().optional(),
  subject: text,
  body_text: text,
  body_html: text,
  sent_at: optIso,
  from_address: text, // our mailbox / number / profile
  to_address: text, // the address the touch went to
  // refinements for the agency's own engines (cis) and vendors that report them
  template_id: optId,
  template_name: text,
  ai_generated: z.boolean().nullable().optional(),
  ai_model: text,
  prompt_version: text,
});

export const engagementEventSchema = z.object({
  type: z.literal('engagement'),
  provider: z.enum(PROVIDERS),
  ...envelope,
  kind: z.enum(ENGAGEMENT_KINDS),
  channel: z.enum(CHANNELS),
  lead: leadSchema,
  message: messageSchema,
  engagement: z.object({ url: text, urls: z.array(z.string()).optional(), user_agent: text, ip: text }).optional(),
  reply: z.object({
    text: z.string(),
    html: text,
    provider_reply_id: optId,
    subject: text,
    from_address: text, // who actually wrote it (a colleague of the lead, REFERENCE §9.6)
    auto_reply: z.boolean().optional(),
    headers: z.record(z.string(), z.string()).optional(),
  }).optional(),
  bounce: z.object({ bounce_type: z.enum(['hard', 'soft']).nullable().optional(), reason: text }).optional(),
  failure: z.object({ code: text, reason: text }).optional(), // send_failed: vendor error code / message
  call: z.object({ duration_seconds: z.number().min(0).nullable().optional(), voicemail_left: z.boolean().nullable().optional() }).optional(),
  category: text,
  category_sentiment: z.enum(['positive', 'negative', 'neutral']).nullable().optional(),
});
export type EngagementEvent = z.infer<typeof engagementEventSchema>;
export type Lead = z.infer<typeof leadSchema>;
export type MessageRef = z.infer<typeof messageSchema>;

export const attributionSchema = z.object({
  utm_source: text, utm_medium: text, utm_campaign: text, utm_content: text, utm_term: text,
  metadata: z.record(z.string(), z.string()).optional(), // Cal.com booking metadata / cis extras
});

export const meetingEventSchema = z.object({
  type: z.literal('meeting'),
  provider: z.enum(['calendly', 'calcom', 'cis']),
  ...envelope,
  kind: z.enum(MEETING_KINDS),
  // One event describes one booking. Calendly: scheduled-event URI; Cal.com: booking uid.
  provider_event_id: id,
  provider_invitee_id: optId, // Calendly invitee URI
  rescheduled_from: optId, // provider_event_id of the booking this one replaces
  rescheduled_to: optId, // provider_event_id of the booking that replaces this one
  invitee: z.object({ email: email.nullable(), name: text, timezone: text }),
  host_email: text,
  title: text,
  scheduled_start: optIso,
  scheduled_end: optIso,
  cancel: z.object({ reason: text, canceled_by: text, canceler_type: text }).optional(),
  no_show: z.boolean().nullable().optional(), // ended: the vendor's attendee flag, if it sent one
  outcome: z.object({
    showed_up: z.boolean().nullable().optional(),
    meeting_outcome: z.enum(['good', 'bad', 'rescheduled', 'no_show']).nullable().optional(),
    notes: text,
    next_steps: text,
  }).optional(),
  attribution: attributionSchema.optional(),
  lead_ref: z.object({ provider_message_id: optId, provider_campaign_id: optId }).optional(), // cis only
});
export type MeetingEvent = z.infer<typeof meetingEventSchema>;

export const dealEventSchema = z.object({
  type: z.literal('deal'),
  provider: z.enum(['hubspot', 'pipedrive', 'cis']),
  ...envelope,
  kind: z.enum(DEAL_KINDS),
  provider_deal_id: id,
  account_id: optId, // HubSpot portalId / Pipedrive company_id: which CRM account
  deal_name: text,
  provider_stage_id: optId, // raw CRM stage id; the client's mapping gives the CIS stage
  previous_stage_id: optId,
  provider_pipeline_id: optId,
  status: z.enum(['open', 'won', 'lost', 'deleted']).nullable().optional(),
  value: z.number().finite().nullable().optional(),
  currency: z.string().max(8).nullable().optional(),
  lost_reason: text,
  close_date: text, // ISO timestamp or YYYY-MM-DD as the CRM gave it
  contact: z.object({ email: email.nullable().optional(), provider_person_id: optId, provider_org_id: optId }).optional(),
  property: z.object({ name: z.string(), value: z.string().nullable() }).optional(), // HubSpot propertyChange
  change_source: text,
});
export type DealEvent = z.infer<typeof dealEventSchema>;

export const canonicalEventSchema = z.discriminatedUnion('type', [engagementEventSchema, meetingEventSchema, dealEventSchema]);
export type CanonicalEvent = EngagementEvent | MeetingEvent | DealEvent;

export interface Issue { path: string; message: string }
export interface Skipped { raw_event_type: string; reason: string }
export type ParseResult =
  | { ok: true; events: CanonicalEvent[]; skipped?: Skipped[] }
  | { ok: false; issues: Issue[] };
export interface ParseContext { receivedAt: Date; contentType?: string }
export type ParseFn = (rawBody: string, ctx: ParseContext) => ParseResult;
