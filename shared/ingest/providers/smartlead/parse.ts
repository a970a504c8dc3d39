// Smartlead campaign webhooks (REFERENCE §1). Flat JSON keyed by `event_type` (`event` tolerated).
// Gotchas handled here: on EMAIL_REPLY `from_email` is OUR mailbox; the lead is `sl_lead_email`
// (then `to_email`) and the person who wrote the reply is `leadCorrespondence.replyReceivedFrom`.
import { z } from 'zod';
import type { EngagementEvent, EngagementKind, ParseFn } from '../../canonical.ts';
import {
  classifyBounce, parseAddress, splitName,
  zEventName, zId, zOptEmail, zOptId, zOptInt, zOptTimestamp, zText, zTimestamp, zAny,
} from '../../fields.ts';
import { fail, finish, guarded, own, readJson, skip, zodIssues } from '../../result.ts';

const KINDS: Record<string, EngagementKind> = {
  EMAIL_SENT: 'sent', FIRST_EMAIL_SENT: 'sent', EMAIL_OPEN: 'opened', EMAIL_LINK_CLICK: 'clicked',
  EMAIL_REPLY: 'replied', UNTRACKED_REPLIES: 'replied', EMAIL_BOUNCE: 'bounced',
  LEAD_UNSUBSCRIBED: 'unsubscribed', LEAD_CATEGORY_UPDATED: 'categorized',
};
// Names used by the newer (generated) docs site; see the documentation conflict in REFERENCE §1.
const ALIASES: Record<string, string> = { EMAIL_REPLIED: 'EMAIL_REPLY', EMAIL_OPENED: 'EMAIL_OPEN', EMAIL_CLICKED: 'EMAIL_LINK_CLICK' };

const mail = z.object({ message_id: zOptId, id: zOptId, html: zText, text: zText, time: zOptTimestamp }).nullish();
const urls = z.union([z.array(z.string()), z.string(), z.null()]).optional()
  .transform((v) => (typeof v === 'string' ? (v ? [v] : []) : (v ?? [])));

const head = z.object({ event_type: zEventName.optional(), event: zEventName.optional() });
const body = z.object({
  event_timestamp: zAny,
  time_sent: zAny, time_opened: zAny, time_clicked: zAny, time_replied: zAny, created_at: zAny,
  stats_id: zOptId,
  sl_email_lead_id: zOptId, lead_id: zOptId,
  sl_lead_email: zOptEmail, lead_email: zOptEmail, to_email: zOptEmail, from_email: zOptEmail,
  to_name: zText, lead_name: zText,
  subject: zText,
  campaign_id: zOptId, campaign_name: zText,
  sequence_number: zOptInt, current_sequence: zOptInt,
  sent_message: mail, reply_message: mail, bounce_message: mail,
  message_id: zOptId,
  reply_body: zText, preview_text: zText,
  link_details: urls, link_clicked: urls,
  leadCorrespondence: z.object({ targetLeadEmail: zOptEmail, replyReceivedFrom: zOptEmail }).nullish(),
  lead_category: z.object({ new_name: zText }).nullish(),
  category: zText,
  lead_data: z.object({
    email: zOptEmail, first_name: zText, last_name: zText, phone_number: zText, company_name: zText,
    linkedin_profile: zText,
    custom_fields: z.object({ apollo_person_id: zOptId }).nullish(),
    category: z.object({ name: zText, sentiment_type: zText }).nullish(),
  }).nullish(),
  last_reply: z.object({ stats_id: zOptId }).nullish(),
  sender_detail: zText, recipient_detail: zText,
  visible_text: zText,
});
type Body = z.infer<typeof body>;

export const parse: ParseFn = guarded((rawBody) => {
  const json = readJson(rawBody);
  if (!json.ok) return json;
  const h = head.safeParse(json.value);
  if (!h.success) return { ok: false, issues: zodIssues(h.error) };
  const rawType = h.data.event_type ?? h.data.event;
  if (!rawType) return fail('event_type', 'event_type is required');
  const type = own(ALIASES, rawType) ?? rawType;
  const kind = own(KINDS, type);
  if (!kind) return skip(rawType, 'not an engagement event');
  const r = body.safeParse(json.value);
  if (!r.success) return { ok: false, issues: zodIssues(r.error) };
  const b = r.data;
  const when = zTimestamp.safeParse(b.event_timestamp ?? b.time_replied ?? b.time_clicked ?? b.time_opened ?? b.time_sent ?? b.created_at);
  if (!when.success) return { ok: false, issues: zodIssues(when.error, ['event_timestamp']) };
  return finish([toEvent(type, rawType, kind, b, when.data)]);
});

function toEvent(type: string, rawType: string, kind: EngagementKind, b: Body, when: { iso: string; raw: string | number }): EngagementEvent {
  const untracked = type === 'UNTRACKED_REPLIES';
  const sender = parseAddress(b.sender_detail);
  const leadEmail = untracked
    ? sender.email
    : b.sl_lead_email ?? b.leadCorrespondence?.targetLeadEmail ?? b.lead_email ?? b.lead_data?.email ?? b.to_email;
  const ld = b.lead_data;
  const names = ld && (ld.first_name || ld.last_name)
    ? { first_name: ld.first_name, last_name: ld.last_name }
    : splitName(untracked ? sender.name : (b.lead_name ?? b.to_name));
  const sent = b.sent_message;
  const replyId = b.reply_message?.message_id ?? (kind === 'replied' ? b.message_id : null);
  const statsId = b.stats_id ?? (kind === 'categorized' ? b.last_reply?.stats_id ?? null : null);
  // REFERENCE §9.3: event_type|stats_id|event_timestamp, replies by reply Message-ID. Both sent
  // events share one key so FIRST_EMAIL_SENT + EMAIL_SENT for step 1 count once. Without stats_id
  // (unsubscribe, category) the lead stands in so two leads at the same instant never collide.
  const keyType = type === 'FIRST_EMAIL_SENT' ? 'EMAIL_SENT' : type;
  const event_key = kind === 'replied' && replyId
    ? replyId
    : `${keyType}|${b.stats_id ?? b.sl_email_lead_id ?? b.lead_id ?? leadEmail ?? ''}|${when.raw}`;
  const event: EngagementEvent = {
    type: 'engagement', provider: 'smartlead', event_key, kind, channel: 'email',
    occurred_at: when.iso, occurred_at_raw: when.raw, raw_event_type: rawType,
    lead: {
      email: leadEmail ?? null, ...names,
      phone: b.lead_data?.phone_number ?? null,
      linkedin_url: b.lead_data?.linkedin_profile ?? null,
      apollo_id: b.lead_data?.custom_fields?.apollo_person_id ?? null,
      provider_lead_id: b.sl_email_lead_id ?? b.lead_id ?? null,
      company_name: b.lead_data?.company_name ?? null,
    },
    message: {
      provider_message_id: statsId,
      rfc_message_id: sent?.message_id ?? sent?.id ?? (kind === 'sent' ? b.message_id : null),
      provider_campaign_id: b.campaign_id, campaign_name: b.campaign_name,
      sequence_step: b.sequence_number ?? b.current_sequence,
      subject: kind === 'replied' ? null : b.subject,
      body_text: sent?.text ?? null, body_html: sent?.html ?? null, sent_at: sent?.time?.iso ?? (kind === 'sent' ? when.iso : null),
      from_address: untracked ? b.recipient_detail : b.from_email,
      to_address: untracked ? sender.email : b.to_email,
    },
  };
  if (kind === 'clicked') {
    const links = b.link_details.length > 0 ? b.link_details : b.link_clicked;
    event.engagement = { url: links[0] ?? null, urls: links };
  }
  if (kind === 'replied') {
    event.reply = {
      text: b.reply_message?.text ?? b.visible_text ?? b.preview_text ?? b.reply_body ?? '',
      html: b.reply_message?.html || b.reply_body || null,
      provider_reply_id: replyId,
      subject: b.subject,
      from_address: untracked ? sender.email : b.leadCorrespondence?.replyReceivedFrom ?? leadEmail ?? null,
    };
  }
  if (kind === 'bounced') {
    const reason = b.bounce_message?.text ?? null;
    event.bounce = { bounce_type: classifyBounce(reason), reason };
  }
  if (kind === 'categorized') {
    event.category = b.lead_category?.new_name ?? b.category ?? b.lead_data?.category?.name ?? null;
    const s = b.lead_data?.category?.sentiment_type;
    event.category_sentiment = s === 'positive' || s === 'negative' || s === 'neutral' ? s : null;
  }
  return event;
}
