// The cold-email tools' webhooks in their real formats (REFERENCE §1–4, the fixtures in
// tests/fixtures/vendors): Smartlead, Instantly, lemlist and Salesforge each report the emails
// they sent and what came back — one webhook per event.
import type { CampaignConfig, ClientConfig } from '../config.ts';
import type { Happening } from '../happenings.ts';
import { html, idFrom, isoMicros, isoWithOffset, numberFrom, providerCampaignId, senderAddress, uuidFrom, type Out } from './common.ts';

export interface SenderContext {
  client: ClientConfig;
  campaign: CampaignConfig;
  /** Smartlead's body secret_key, when the client's source checks it. */
  smartleadSecret: string | null;
}

type EmailHappening = Extract<Happening, { type: 'touch' | 'open' | 'click' | 'bounce' | 'reply' | 'unsubscribe' }>;

function out(ctx: SenderContext, at: Date, body: unknown, provider: Out['provider']): Out[] {
  return [{ provider, clientKey: ctx.client.key, at, body: JSON.stringify(body), contentType: 'application/json' }];
}

// ---- Smartlead: flat JSON keyed by event_type; stats_id names the sent email.
function smartlead(h: EmailHappening, ctx: SenderContext): Out[] {
  const t = h.touch;
  const p = t.person;
  const sent = { message_id: `<${t.vendorId}@mail.${ctx.client.key}.outreach.example>`, html: html(t.body ?? ''), text: t.body ?? '', time: t.at.toISOString() };
  const base = {
    webhook_id: numberFrom(`${ctx.client.key}:webhook`, 4), webhook_name: 'CIS ingest',
    campaign_id: Number(providerCampaignId('smartlead', ctx.campaign.key)), campaign_name: ctx.campaign.name, campaign_status: 'ACTIVE',
    client_id: numberFrom(ctx.client.key, 5), ...(ctx.smartleadSecret ? { secret_key: ctx.smartleadSecret } : {}),
    sl_email_lead_id: String(90_000_000 + p.index), sl_email_lead_map_id: 110_000_000 + p.index, sl_lead_email: p.email,
    stats_id: t.vendorId, from_email: senderAddress(ctx.client.key), to_email: p.email, to_name: `${p.firstName} ${p.lastName}`,
    subject: t.subject, sequence_number: t.step, sent_message: sent, sent_message_body: sent.html,
  };
  const at = isoMicros(h.at);
  switch (h.type) {
    case 'touch':
      return out(ctx, h.at, { ...base, event_type: t.step === 1 && h.at.getUTCSeconds() % 2 === 0 ? 'FIRST_EMAIL_SENT' : 'EMAIL_SENT', event_timestamp: at, time_sent: at, custom_subject: t.subject, message_id: sent.message_id }, 'smartlead');
    case 'open':
      return out(ctx, h.at, { ...base, event_type: 'EMAIL_OPEN', event_timestamp: at, time_opened: at }, 'smartlead');
    case 'click':
      return out(ctx, h.at, { ...base, event_type: 'EMAIL_LINK_CLICK', event_timestamp: at, time_clicked: at, link_details: [h.url], link_clicked: [h.url] }, 'smartlead');
    case 'bounce':
      return out(ctx, h.at, {
        ...base, event_type: 'EMAIL_BOUNCE', event_timestamp: at, created_at: at, is_bounced: true, is_sender_originated_bounce: false,
        bounce_message: { message_id: `<bounce-${t.vendorId}@mx.${p.company.domain}>`, html: `<div>${h.reason}</div>`, text: h.reason, time: at },
      }, 'smartlead');
    case 'reply':
      return out(ctx, h.at, {
        ...base, event_type: 'EMAIL_REPLY', event_timestamp: at, time_replied: at, subject: h.subject ?? `Re: ${t.subject}`,
        stats_thread_id: `thr_${t.vendorId.slice(0, 8)}`, cc_emails: [],
        reply_message: { message_id: `<${h.id}@mail.${p.company.domain}>`, html: html(h.text), text: h.text, time: at },
        message_id: `<${h.id}@mail.${p.company.domain}>`, reply_body: html(h.text),
        leadCorrespondence: { targetLeadEmail: p.email, replyReceivedFrom: h.fromAddress, repliedCompanyDomain: 'SameCompany' },
      }, 'smartlead');
    case 'unsubscribe':
      return out(ctx, h.at, { ...base, stats_id: undefined, event_type: 'LEAD_UNSUBSCRIBED', event_timestamp: at, lead_email: p.email }, 'smartlead');
  }
}

// ---- Instantly: flat JSON, variant numbered from 1, email_id of the sent email.
function instantly(h: EmailHappening, ctx: SenderContext): Out[] {
  const t = h.touch;
  const p = t.person;
  const base = {
    timestamp: h.at.toISOString(), workspace: uuidFrom(`${ctx.client.key}:workspace`),
    campaign_id: providerCampaignId('instantly', ctx.campaign.key), campaign_name: ctx.campaign.name, lead_email: p.email,
    email_account: senderAddress(ctx.client.key), step: t.step, is_first: t.step === 1,
    firstName: p.firstName, lastName: p.lastName, companyName: p.company.name, jobTitle: p.title,
  };
  switch (h.type) {
    case 'touch':
      return out(ctx, h.at, { ...base, event_type: 'email_sent', email_id: t.vendorId, email_subject: t.subject, email_text: t.body, email_html: html(t.body ?? '') }, 'instantly');
    case 'open':
      return out(ctx, h.at, { ...base, event_type: 'email_opened', email_id: t.vendorId, email_subject: t.subject }, 'instantly');
    case 'click':
      return out(ctx, h.at, { ...base, event_type: 'link_clicked', email_id: t.vendorId, link: h.url }, 'instantly');
    case 'bounce':
      return out(ctx, h.at, { ...base, event_type: 'email_bounced', email_id: t.vendorId }, 'instantly');
    case 'reply':
      return out(ctx, h.at, {
        ...base, event_type: h.autoReply ? 'auto_reply_received' : 'reply_received', email_id: uuidFrom(h.id),
        unibox_url: `https://app.instantly.ai/app/unibox?thread_search=${encodeURIComponent(p.email)}`,
        reply_subject: h.subject ?? `Re: ${t.subject}`, reply_text: h.text, reply_html: html(h.text), reply_text_snippet: h.text.slice(0, 120),
      }, 'instantly');
    case 'unsubscribe':
      return out(ctx, h.at, { ...base, event_type: 'lead_unsubscribed' }, 'instantly');
  }
}

// ---- lemlist: the activity object; `_id` is the event, leadId|emailId the sent email.
function lemlist(h: EmailHappening, ctx: SenderContext): Out[] {
  const t = h.touch;
  const p = t.person;
  const leadId = `lea_${idFrom(`lead:${p.index}`, 16)}`;
  const type = { touch: 'emailsSent', open: 'emailsOpened', click: 'emailsClicked', bounce: 'emailsBounced', reply: 'emailsReplied', unsubscribe: 'emailsUnsubscribed' }[h.type];
  const activityId = `act_${idFrom(`${type}:${t.vendorId}:${h.at.getTime()}`, 16)}`;
  const campaignId = providerCampaignId('lemlist', ctx.campaign.key);
  const teamId = `tea_${idFrom(ctx.client.key, 16)}`;
  const body: Record<string, unknown> = {
    _id: activityId, type, createdAt: h.at.toISOString(), bot: h.type === 'touch', teamId, leadId, campaignId,
    name: ctx.campaign.name, leadEmail: p.email, leadFirstName: p.firstName, leadLastName: p.lastName,
    leadCompanyName: p.company.name, sendUserEmail: senderAddress(ctx.client.key),
    metaData: { teamId, campaignId, leadId, type },
    emailId: `eml_${t.vendorId.replaceAll('-', '').slice(0, 16)}`, emailTemplateId: `etp_${idFrom(t.templateKey ?? '', 16)}`,
    isFirst: t.step === 1, sequenceStep: t.step,
  };
  if (h.type === 'touch') body.messageId = `<${t.vendorId}@mail.${ctx.client.key}.outreach.example>`;
  else body.relatedSentAt = t.at.toISOString();
  if (h.type === 'click') body.url = h.url;
  if (h.type === 'reply') {
    body.messageId = `<${h.id}@mail.${p.company.domain}>`;
    body.text = h.text;
  }
  if (h.type === 'bounce') body.errorMessage = h.reason;
  return out(ctx, h.at, body, 'lemlist');
}

// ---- Salesforge: webhookInfo envelope, event time with the workspace's offset.
function salesforge(h: EmailHappening, ctx: SenderContext): Out[] {
  const t = h.touch;
  const p = t.person;
  const type = { touch: 'email_sent', open: 'email_opened', click: 'link_clicked', bounce: 'email_bounced', reply: 'email_replied', unsubscribe: 'contact_unsubscribed' }[h.type];
  const body: Record<string, unknown> = {
    webhookInfo: { id: `wh_${idFrom(`${ctx.client.key}:sf`, 21)}`, eventTime: isoWithOffset(h.at, 120), type },
    sequenceEmail: {
      emailId: `${t.vendorId}@mail.${ctx.client.key}.outreach.example`, fromEmail: senderAddress(ctx.client.key), fromName: 'Tom Reyes',
      toEmail: p.email, toName: `${p.firstName} ${p.lastName}`, subject: t.subject, content: { text: t.body, html: html(t.body ?? '') },
    },
    workspace: { id: `wks_${idFrom(ctx.client.key, 21)}`, name: `${ctx.client.name} outreach`, slug: ctx.client.key },
    contact: { id: `lead_${idFrom(`lead:${p.index}`, 21)}`, firstName: p.firstName, lastName: p.lastName, email: p.email, company: p.company.name },
    sequence: { id: providerCampaignId('salesforge', ctx.campaign.key), name: ctx.campaign.name },
    mailbox: { id: `mbox_${idFrom(`${ctx.client.key}:mbox`, 21)}`, firstName: 'Tom', lastName: 'Reyes', email: senderAddress(ctx.client.key), customDomain: `track.${ctx.client.key}.outreach.example` },
  };
  if (h.type === 'touch') body.emailSentData = { step: t.step, ai_generated: t.writtenBy === 'ai' };
  if (h.type === 'click') body.link = { url: h.url };
  if (h.type === 'reply') body.reply = { text: h.text, html: html(h.text), subject: h.subject, emailId: `${h.id}@mail.${p.company.domain}` };
  return out(ctx, h.at, body, 'salesforge');
}

const ENCODERS = { smartlead, instantly, lemlist, salesforge } as const;

export function emailSenderOut(h: EmailHappening, ctx: SenderContext): Out[] {
  const sender = ctx.campaign.sender;
  if (sender === 'cis') throw new Error('cis campaigns are encoded by vendors/cis.ts');
  return ENCODERS[sender](h, ctx);
}
