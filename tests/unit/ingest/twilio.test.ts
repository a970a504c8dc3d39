import { describe, expect, it } from 'vitest';
import { asForm, events, issues, one, parse, RECEIVED_AT } from './helpers.ts';

const FORM = 'application/x-www-form-urlencoded';
const OUT_SID = 'SM0f1e2d3c4b5a69788796a5b4c3d2e1f0';

function form(path: string) {
  const list = events('twilio', asForm(path), FORM);
  expect(list).toHaveLength(1);
  return list[0];
}

describe('twilio parser', () => {
  it('parses a form-encoded delivered callback, stamped with the receipt time', () => {
    expect(form('twilio/status_callback.delivered.json')).toMatchObject({
      provider: 'twilio', kind: 'delivered', channel: 'sms', event_key: `${OUT_SID}|delivered`,
      occurred_at: '2025-09-24T11:05:00.123000Z', occurred_at_raw: null, raw_event_type: 'delivered',
      lead: { email: null, phone: '+4917655509876' },
      message: { provider_message_id: OUT_SID, from_address: '+4915155501234', to_address: '+4917655509876' },
    });
    expect(RECEIVED_AT.toISOString()).toBe('2025-09-24T11:05:00.123Z');
  });

  it('maps sent, undelivered and failed callbacks with their error codes', () => {
    expect(form('twilio/status_callback.sent.json')).toMatchObject({ kind: 'sent', event_key: `${OUT_SID}|sent` });
    expect(form('twilio/status_callback.undelivered.json')).toMatchObject({ kind: 'bounced', bounce: { bounce_type: 'hard', reason: 'Twilio error 30005' } });
    expect(form('twilio/status_callback.failed.json')).toMatchObject({ kind: 'send_failed', failure: { code: '30034', reason: 'Twilio error 30034' } });
  });

  it('turns an inbound SMS into a reply from the sender, bound by phone rather than by our message id', () => {
    expect(form('twilio/inbound_sms.json')).toMatchObject({
      kind: 'replied', event_key: 'SMa1b2c3d4e5f60718293a4b5c6d7e8f90|received',
      lead: { phone: '+4917655509876' },
      message: { provider_message_id: null, from_address: '+4915155501234' },
      reply: { text: 'Yes Thursday works, send the invite', provider_reply_id: 'SMa1b2c3d4e5f60718293a4b5c6d7e8f90' },
    });
  });

  it('turns STOP into an unsubscribe', () => {
    expect(form('twilio/inbound_sms.stop.json')).toMatchObject({ kind: 'unsubscribed', lead: { phone: '+4917655509876' } });
  });

  it('treats an opt-out keyword as an unsubscribe even without OptOutType', () => {
    const body = new URLSearchParams({ MessageSid: 'SMx1', SmsStatus: 'received', From: '+491', To: '+492', Body: ' unsubscribe ' }).toString();
    expect(events('twilio', body, FORM)[0]).toMatchObject({ kind: 'unsubscribed' });
  });

  it('accepts the JSON rendering of the params used by the fixtures', () => {
    expect(one('twilio', 'twilio/status_callback.delivered.json')).toMatchObject({ kind: 'delivered', event_key: `${OUT_SID}|delivered` });
  });

  it('skips transitional statuses such as queued', () => {
    const body = new URLSearchParams({ MessageSid: OUT_SID, MessageStatus: 'queued' }).toString();
    expect(parse('twilio', body, FORM)).toMatchObject({ ok: true, events: [], skipped: [{ raw_event_type: 'queued' }] });
  });

  it('names the missing MessageSid', () => {
    expect(issues('twilio', 'MessageStatus=delivered', FORM)).toEqual([{ path: 'MessageSid', message: 'MessageSid is required' }]);
  });
});
