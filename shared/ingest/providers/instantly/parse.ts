// Instantly v2 webhooks (REFERENCE §3). Flat JSON keyed by `event_type`; lead columns are merged
// into the top level under names we do not control (firstName/lastName are read if present).
// Unknown event types are custom lead labels sent as-is, so they become `categorized`.
import { z } from 'zod';
import type { EngagementEvent, EngagementKind, ParseFn } from '../../canonical.ts';
import { zEventName, zOptEmail, zOptId, zOptInt, zText, zTimestamp } from '../../fields.ts';
import { fail, finish, guarded, own, readJson, skip, zodIssues } from '../../result.ts';

const KINDS: Record<string, EngagementKind> = {
  email_sent: 'sent', email_opened: 'opened', link_clicked: 'clicked', email_link_clicked: 'clicked',
  reply_received: 'replied', auto_reply_received: 'replied', email_bounced: 'bounced',
  lead_unsubscribed: 'unsubscribed',
};
const SYSTEM_EVENTS = new Set(['account_error', 'campaign_completed', 'supersearch_enrichment_completed', 'all_events']);
const SENTIMENT: Record<string, 'positive' | 'negative' | 'neutral'> = {
  interested: 'positive', meeting_booked: 'positive', meeting_completed: 'positive', closed: 'positive',
  not_interested: 'negative', wrong_person: 'negative', neutral: 'neutral', out_of_office: 'neutral',
};

const head = z.object({ event_type: zEventName });
const body = z.object({
  timestamp: zTimestamp,
  event_type: zEventName,
  campaign_id: zOptId, campaign_name: zText,
  lead_email: zOptEmail, email_account: zOptEmail,
  step: zOptInt, variant: zOptInt,
  email_id: zOptId,
  email_subject: zText, email_text: zText, email_html: zText,
  reply_subject: zText, reply_text: zText, reply_html: zText, reply_text_snippet: zText,
  link: zText, url: zText, // clicked URL field is not documented; read either if present
  firstName: zText, lastName: zText, companyName: zText,
});

export const parse: ParseFn = guarded((rawBody) => {
  const json = readJson(rawBody);
  if (!json.ok) return json;
  const h = head.safeParse(json.value);
  if (!h.success) return { ok: false, issues: zodIssues(h.error) };
  const rawType = h.data.event_type;
  if (SYSTEM_EVENTS.has(rawType)) return skip(rawType, 'account/campaign event, not lead engagement');
  const r = body.safeParse(json.value);
  if (!r.success) return { ok: false, issues: zodIssues(r.error) };
  const b = r.data;
  if (!b.lead_email) return fail('lead_email', 'lead_email is required for lead events');
  const kind: EngagementKind = own(KINDS, rawType) ?? 'categorized';
  const isReply = kind === 'replied';
  const event: EngagementEvent = {
    type: 'engagement', provider: 'instantly',
    // REFERENCE §9.3: event_type|email_id|timestamp; label events carry no email_id, so the lead
    // stands in for it (two leads labelled at the same instant must not collide).
    event_key: `${rawType}|${b.email_id ?? b.lead_email}|${b.timestamp.raw}`,
    kind, channel: 'email',
    occurred_at: b.timestamp.iso, occurred_at_raw: b.timestamp.raw, raw_event_type: rawType,
    lead: { email: b.lead_email, first_name: b.firstName, last_name: b.lastName, company_name: b.companyName },
    message: {
      // On reply events email_id names the reply itself, not our email: bind by campaign+step+lead.
      provider_message_id: isReply ? null : b.email_id,
      provider_campaign_id: b.campaign_id, campaign_name: b.campaign_name,
      sequence_step: b.step, ab_variant: variantLabel(b.variant),
      sent_at: kind === 'sent' ? b.timestamp.iso : null,
      subject: b.email_subject, body_text: b.email_text, body_html: b.email_html,
      from_address: b.email_account, to_address: b.lead_email,
    },
  };
  if (kind === 'clicked') event.engagement = { url: b.link ?? b.url ?? null };
  if (isReply) {
    event.reply = {
      text: b.reply_text ?? b.reply_text_snippet ?? '', html: b.reply_html, subject: b.reply_subject,
      provider_reply_id: b.email_id, from_address: b.lead_email, auto_reply: rawType === 'auto_reply_received',
    };
  }
  if (kind === 'categorized') {
    const label = rawType.startsWith('lead_') ? rawType.slice(5) : rawType;
    event.category = label;
    event.category_sentiment = own(SENTIMENT, label) ?? null;
  }
  return finish([event]);
});

/** Instantly numbers variants from 1 and labels them A, B, C… in its UI. */
function variantLabel(v: number | null): string | null {
  if (v === null) return null;
  return v >= 1 && v <= 26 ? String.fromCharCode(64 + v) : String(v);
}
