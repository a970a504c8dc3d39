// Salesforge workspace webhooks (REFERENCE §2). Only the envelope of email_sent / email_opened is
// confirmed; the other types are read from the same envelope, and their event-specific sections
// (reply text, clicked URL, bounce reason, label) are taken only where a plausible field exists.
import { z } from 'zod';
import type { Channel, EngagementEvent, EngagementKind, ParseFn } from '../../canonical.ts';
import { zEventName, zId, zOptBool, zOptEmail, zOptId, zOptInt, zText, zTimestamp } from '../../fields.ts';
import { finish, guarded, own, readJson, skip, zodIssues } from '../../result.ts';

const KINDS: Record<string, [EngagementKind, Channel, string?]> = {
  email_sent: ['sent', 'email'],
  email_opened: ['opened', 'email'],
  link_clicked: ['clicked', 'email'],
  email_replied: ['replied', 'email'],
  linkedin_replied: ['replied', 'linkedin'],
  email_bounced: ['bounced', 'email'],
  contact_unsubscribed: ['unsubscribed', 'email'],
  dnc_added: ['unsubscribed', 'email'],
  positive_reply: ['categorized', 'email', 'positive'],
  negative_reply: ['categorized', 'email', 'negative'],
  label_changed: ['categorized', 'email'],
};

const head = z.object({ webhookInfo: z.object({ type: zEventName }) });
const body = z.object({
  webhookInfo: z.object({ type: zEventName, eventTime: zTimestamp }),
  sequenceEmail: z.object({
    emailId: zId,
    fromEmail: zOptEmail, toEmail: zOptEmail, toName: zText, subject: zText,
    content: z.object({ text: zText, html: zText }).nullish(),
  }),
  contact: z.object({ id: zOptId, firstName: zText, lastName: zText, email: zOptEmail, company: zText }).nullish(),
  sequence: z.object({ id: zOptId, name: zText }).nullish(),
  emailSentData: z.object({ step: zOptInt, ai_generated: zOptBool }).nullish(),
  // UNCONFIRMED sections, read only if present
  reply: z.object({ text: zText, html: zText, subject: zText, emailId: zOptId }).nullish(),
  link: z.object({ url: zText }).nullish(),
  label: z.object({ name: zText }).nullish(),
});

export const parse: ParseFn = guarded((rawBody) => {
  const json = readJson(rawBody);
  if (!json.ok) return json;
  const h = head.safeParse(json.value);
  if (!h.success) return { ok: false, issues: zodIssues(h.error) };
  const rawType = h.data.webhookInfo.type;
  const mapping = own(KINDS, rawType);
  if (!mapping) return skip(rawType, 'not an engagement event');
  const r = body.safeParse(json.value);
  if (!r.success) return { ok: false, issues: zodIssues(r.error) };
  const b = r.data;
  const leadEmail = b.contact?.email ?? b.sequenceEmail.toEmail;
  if (!leadEmail) return { ok: false, issues: [{ path: 'contact.email', message: 'no lead email (contact.email or sequenceEmail.toEmail)' }] };
  const [kind, channel, fixedCategory] = mapping;
  const { eventTime } = b.webhookInfo;
  const se = b.sequenceEmail;
  const event: EngagementEvent = {
    type: 'engagement', provider: 'salesforge',
    // REFERENCE §9.3: webhookInfo.type|sequenceEmail.emailId|webhookInfo.eventTime (raw string)
    event_key: `${rawType}|${se.emailId}|${eventTime.raw}`,
    kind, channel, occurred_at: eventTime.iso, occurred_at_raw: eventTime.raw, raw_event_type: rawType,
    lead: {
      email: leadEmail, first_name: b.contact?.firstName ?? null, last_name: b.contact?.lastName ?? null,
      provider_lead_id: b.contact?.id ?? null, company_name: b.contact?.company ?? null,
    },
    message: {
      provider_message_id: se.emailId,
      rfc_message_id: se.emailId, // looks like an RFC Message-ID without brackets
      provider_campaign_id: b.sequence?.id ?? null, campaign_name: b.sequence?.name ?? null,
      sequence_step: b.emailSentData?.step ?? null,
      sent_at: kind === 'sent' ? eventTime.iso : null,
      subject: se.subject, body_text: se.content?.text ?? null, body_html: se.content?.html ?? null,
      from_address: se.fromEmail, to_address: se.toEmail,
      ai_generated: b.emailSentData?.ai_generated ?? null,
    },
  };
  if (kind === 'clicked') event.engagement = { url: b.link?.url ?? null };
  // Every replied event carries `reply`; text is '' while Salesforge's reply section is unconfirmed.
  if (kind === 'replied') {
    event.reply = { text: b.reply?.text ?? '', html: b.reply?.html ?? null, subject: b.reply?.subject ?? null, provider_reply_id: b.reply?.emailId ?? null, from_address: leadEmail };
  }
  if (kind === 'categorized') {
    event.category = fixedCategory ?? b.label?.name ?? null;
    event.category_sentiment = fixedCategory === 'positive' || fixedCategory === 'negative' ? fixedCategory : null;
  }
  return finish([event]);
});
