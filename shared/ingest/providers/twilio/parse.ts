// Twilio Messaging webhooks (REFERENCE §8): status callbacks and inbound SMS, posted as
// application/x-www-form-urlencoded. JSON objects of strings (how the fixtures render the params)
// are accepted too. Twilio sends no event time, so occurred_at is the receipt time.
import { z } from 'zod';
import type { EngagementEvent, EngagementKind, ParseContext, ParseFn } from '../../canonical.ts';
import { zId, zText } from '../../fields.ts';
import { type Decoded, finish, guarded, own, readJson, skip, zodIssues } from '../../result.ts';
import { fromDate } from '../../time.ts';

const STATUS_KINDS: Record<string, EngagementKind> = {
  sent: 'sent', delivered: 'delivered', partially_delivered: 'delivered', read: 'opened',
  undelivered: 'bounced', failed: 'send_failed',
};
// Twilio's default opt-out keywords (Advanced Opt-Out also sends OptOutType=STOP).
const OPT_OUT = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'OPTOUT', 'REVOKE']);
// Carrier error codes that mean the number itself is bad (https://www.twilio.com/docs/api/errors).
const HARD_ERRORS = new Set(['30005', '30006', '21211', '21614']);

const params = z.object({
  MessageSid: zId.optional(), SmsSid: zId.optional(),
  MessageStatus: z.string().max(40).optional(), SmsStatus: z.string().max(40).optional(),
  From: z.string().max(100).optional(), To: z.string().max(100).optional(),
  Body: zText, OptOutType: zText, ErrorCode: zText, ErrorMessage: zText,
  MessagingServiceSid: zText,
});

export const parse: ParseFn = guarded((rawBody, ctx) => {
  const decoded = decode(rawBody, ctx);
  if (!decoded.ok) return decoded;
  const r = params.safeParse(decoded.value);
  if (!r.success) return { ok: false, issues: zodIssues(r.error) };
  const p = r.data;
  const sid = p.MessageSid ?? p.SmsSid;
  if (!sid) return { ok: false, issues: [{ path: 'MessageSid', message: 'MessageSid is required' }] };
  const status = p.MessageStatus ?? p.SmsStatus;
  if (!status) return { ok: false, issues: [{ path: 'MessageStatus', message: 'MessageStatus is required' }] };
  const inbound = status === 'received';
  let kind: EngagementKind | undefined = own(STATUS_KINDS, status);
  if (inbound) {
    const optOut = (p.OptOutType ?? '').toUpperCase();
    if (optOut === 'START' || optOut === 'HELP') return skip(`received:${optOut}`, 'opt-in/help keyword, not a reply');
    kind = optOut === 'STOP' || OPT_OUT.has((p.Body ?? '').trim().toUpperCase()) ? 'unsubscribed' : 'replied';
  }
  if (!kind) return skip(status, 'transitional status, no engagement');
  const lead = phone(inbound ? p.From : p.To);
  const ours = phone(inbound ? p.To : p.From);
  const event: EngagementEvent = {
    type: 'engagement', provider: 'twilio',
    event_key: `${sid}|${status}`, // REFERENCE §9.3
    kind, channel: 'sms',
    occurred_at: fromDate(ctx.receivedAt), occurred_at_raw: null, raw_event_type: status,
    lead: { email: null, phone: lead },
    message: {
      // An inbound message is not our touch: it binds to the latest outbound SMS to that number.
      provider_message_id: inbound ? null : sid,
      provider_campaign_id: p.MessagingServiceSid ?? null,
      from_address: ours, to_address: lead,
    },
  };
  if (kind === 'replied') event.reply = { text: p.Body ?? '', provider_reply_id: sid, from_address: lead };
  if (kind === 'bounced') {
    event.bounce = { bounce_type: p.ErrorCode && HARD_ERRORS.has(p.ErrorCode) ? 'hard' : 'soft', reason: errorText(p.ErrorCode, p.ErrorMessage) };
  }
  if (kind === 'send_failed') event.failure = { code: p.ErrorCode, reason: errorText(p.ErrorCode, p.ErrorMessage) };
  return finish([event]);
});

function decode(rawBody: string, ctx: ParseContext): Decoded<Record<string, string>> {
  const ct = (ctx.contentType ?? '').toLowerCase();
  if (ct.includes('json') || (!ct && rawBody.trimStart().startsWith('{'))) {
    const j = readJson(rawBody);
    if (!j.ok) return j;
    if (j.value === null || typeof j.value !== 'object' || Array.isArray(j.value)) {
      return { ok: false, issues: [{ path: '', message: 'expected an object of Twilio parameters' }] };
    }
    return { ok: true, value: j.value as Record<string, string> };
  }
  // A null-prototype record: a parameter named __proto__ or constructor is just a parameter.
  const out: Record<string, string> = Object.create(null);
  for (const [k, v] of new URLSearchParams(rawBody)) if (!Object.hasOwn(out, k)) out[k] = v;
  return { ok: true, value: out };
}

function phone(v: string | undefined): string | null {
  if (!v) return null;
  return v.replace(/^whatsapp:/i, '').trim() || null;
}

function errorText(code: string | null, message: string | null): string | null {
  if (!code && !message) return null;
  return [code ? `Twilio error ${code}` : null, message].filter(Boolean).join(': ');
}
