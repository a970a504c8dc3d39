// Twilio Messaging webhooks (REFERENCE §8): status callbacks for the SMS we sent and inbound
// texts, form-encoded and signed (X-Twilio-Signature over the exact URL and sorted params). Twilio
// sends no event time: CIS stamps them with the time they arrive.
import type { ClientConfig } from '../config.ts';
import type { Happening } from '../happenings.ts';
import { idFrom, type Out } from './common.ts';

export function agencyNumber(client: ClientConfig): string {
  return `+1415555${String(parseInt(idFrom(client.key, 6), 16) % 10_000).padStart(4, '0')}`;
}

function form(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}

export function twilioOut(h: Happening, client: ClientConfig): Out[] {
  if (!('touch' in h) || h.touch.kind !== 'sms' || !h.touch.person.phone) return [];
  const t = h.touch;
  const ours = agencyNumber(client);
  const account = `AC${idFrom(`${client.key}:twilio`, 32)}`;
  const service = `MG${idFrom(`${client.key}:${t.campaignKey}`, 32)}`;
  const status = (s: string, extra: Record<string, string> = {}): Out[] => [{
    provider: 'twilio', clientKey: client.key, at: h.at, contentType: 'application/x-www-form-urlencoded',
    body: form({
      AccountSid: account, ApiVersion: '2010-04-01', From: ours, To: t.person.phone!, MessagingServiceSid: service,
      MessageSid: t.vendorId, SmsSid: t.vendorId, MessageStatus: s, SmsStatus: s, ...extra,
    }),
  }];
  switch (h.type) {
    case 'touch': return status('sent');
    case 'delivered': return status('delivered');
    case 'undelivered': return status('undelivered', { ErrorCode: '30003' });
    case 'reply': {
      const sid = `SM${idFrom(h.id, 32)}`;
      return [{
        provider: 'twilio', clientKey: client.key, at: h.at, contentType: 'application/x-www-form-urlencoded',
        body: form({
          AccountSid: account, ApiVersion: '2010-04-01', MessageSid: sid, SmsSid: sid, SmsMessageSid: sid,
          MessagingServiceSid: service, From: t.person.phone!, To: ours, NumMedia: '0', NumSegments: '1',
          SmsStatus: 'received', Body: h.text, ...(/^\s*stop\s*$/i.test(h.text) ? { OptOutType: 'STOP' } : {}),
        }),
      }];
    }
    default: return [];
  }
}
