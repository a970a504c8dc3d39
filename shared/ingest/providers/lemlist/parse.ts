// lemlist webhooks (REFERENCE §4): the body is the activity object, keyed by `type`, deduped by
// `_id`. The outbound touch is lead × step email, so provider_message_id is `leadId|emailId`
// (unique whether `emailId` names the step or the individual send).
import { z } from 'zod';
import type { Channel, EngagementEvent, EngagementKind, ParseFn } from '../../canonical.ts';
import { zEventName, zId, zOptEmail, zOptId, zOptTimestamp, zText, zTimestamp } from '../../fields.ts';
import { fail, finish, guarded, own, readJson, skip, zodIssues } from '../../result.ts';

type Mapping = [EngagementKind, Channel, string?];
const KINDS: Record<string, Mapping> = {
  emailsSent: ['sent', 'email'], emailsOpened: ['opened', 'email'], emailsClicked: ['clicked', 'email'],
  emailsReplied: ['replied', 'email'], emailsBounced: ['bounced', 'email'], emailsFailed: ['send_failed', 'email'],
  emailsUnsubscribed: ['unsubscribed', 'email'],
  emailsInterested: ['categorized', 'email', 'interested'], emailsNotInterested: ['categorized', 'email', 'not_interested'],
  interested: ['categorized', 'email', 'interested'], notInterested: ['categorized', 'email', 'not_interested'],
  linkedinSent: ['message_sent', 'linkedin'], linkedinOpened: ['opened', 'linkedin'], linkedinReplied: ['replied', 'linkedin'],
  linkedinInterested: ['categorized', 'linkedin', 'interested'], linkedinNotInterested: ['categorized', 'linkedin', 'not_interested'],
  linkedinSendFailed: ['send_failed', 'linkedin'], linkedinInviteDone: ['connection_requested', 'linkedin'],
  linkedinInviteAccepted: ['connection_accepted', 'linkedin'],
};
// linkedinVisitDone is OUR visit of their profile (a touch, not engagement); lead-state groups
// (contacted, hooked, …) restate activities already received one by one.

const head = z.object({ type: zEventName });
const body = z.object({
  _id: zId,
  type: zEventName,
  createdAt: zTimestamp,
  leadId: zOptId, campaignId: zOptId, name: zText, campaignName: zText,
  leadEmail: zOptEmail, leadFirstName: zText, leadLastName: zText, leadCompanyName: zText, leadPhone: zText,
  linkedinUrl: zText,
  sendUserEmail: zOptEmail,
  emailId: zOptId, emailTemplateId: zOptId, messageId: zOptId,
  relatedSentAt: zOptTimestamp,
  errorMessage: zText,
  sequenceStep: z.number().int().nonnegative().nullish(), // not documented; read if present
  text: zText, url: zText, // reply text / clicked URL fields are UNCONFIRMED
});

export const parse: ParseFn = guarded((rawBody) => {
  const json = readJson(rawBody);
  if (!json.ok) return json;
  const h = head.safeParse(json.value);
  if (!h.success) return { ok: false, issues: zodIssues(h.error) };
  const mapping = own(KINDS, h.data.type);
  if (!mapping) return skip(h.data.type, 'not a mapped lead engagement activity');
  const r = body.safeParse(json.value);
  if (!r.success) return { ok: false, issues: zodIssues(r.error) };
  const b = r.data;
  const [kind, channel, category] = mapping;
  if (!b.leadEmail && !b.leadId) return fail('leadEmail', 'leadEmail or leadId is required');
  const isReply = kind === 'replied';
  const event: EngagementEvent = {
    type: 'engagement', provider: 'lemlist', event_key: b._id, kind, channel,
    occurred_at: b.createdAt.iso, occurred_at_raw: b.createdAt.raw, raw_event_type: b.type,
    lead: {
      email: b.leadEmail, first_name: b.leadFirstName, last_name: b.leadLastName,
      phone: b.leadPhone, linkedin_url: b.linkedinUrl, provider_lead_id: b.leadId, company_name: b.leadCompanyName,
    },
    message: {
      provider_message_id: b.emailId && b.leadId ? `${b.leadId}|${b.emailId}` : b.emailId,
      // messageId is our email's Message-ID, except on replies where it is the reply's own
      rfc_message_id: isReply ? null : b.messageId,
      provider_campaign_id: b.campaignId, campaign_name: b.campaignName ?? b.name,
      sequence_step: b.sequenceStep ?? null,
      template_id: b.emailTemplateId,
      sent_at: kind === 'sent' ? b.createdAt.iso : b.relatedSentAt?.iso ?? null,
      from_address: b.sendUserEmail, to_address: b.leadEmail,
    },
  };
  if (kind === 'clicked') event.engagement = { url: b.url };
  if (isReply) event.reply = { text: b.text ?? '', provider_reply_id: b.messageId, from_address: b.leadEmail };
  if (kind === 'bounced') event.bounce = { bounce_type: null, reason: b.errorMessage };
  if (kind === 'send_failed') event.failure = { code: null, reason: b.errorMessage };
  if (category) {
    event.category = category;
    event.category_sentiment = category === 'interested' ? 'positive' : 'negative';
  }
  return finish([event]);
});
