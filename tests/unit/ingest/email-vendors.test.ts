import { describe, expect, it } from 'vitest';
import { events, fixtureNames, issues, one, parse, raw, withJson, type EngagementEvent } from './helpers.ts';

const SF_EMAIL = 'f3a9c2d1-6b7e-4f80-9a1b-2c3d4e5f6a7b@outlook.com';

describe('salesforge parser', () => {
  it('normalises the local +02:00 eventTime of email_sent to UTC and keys on type|emailId|eventTime', () => {
    const e = one('salesforge', 'salesforge/email_sent.json');
    expect(e).toMatchObject({
      provider: 'salesforge', kind: 'sent', channel: 'email',
      event_key: `email_sent|${SF_EMAIL}|2025-09-16T15:03:31+02:00`,
      occurred_at: '2025-09-16T13:03:31.000000Z', occurred_at_raw: '2025-09-16T15:03:31+02:00',
      lead: { email: 'd.lindqvist@halvard-energy.example', first_name: 'Dag', last_name: 'Lindqvist', provider_lead_id: 'lead_7x2c9v4b1n8m3k6j0h5g2', company_name: 'Halvard Energy' },
      message: {
        provider_message_id: SF_EMAIL, provider_campaign_id: 'seq_3b8n1m6k9j2h7g4f0d5s1', campaign_name: 'Utilities - Ops Directors - EU',
        sequence_step: 1, ai_generated: false, subject: 'Grid-metering backlog at Halvard?', sent_at: '2025-09-16T13:03:31.000000Z',
        from_address: 'sam@mail.northwind-outreach.example', to_address: 'd.lindqvist@halvard-energy.example',
      },
    });
    expect(e.message.body_html).toContain('Bergen metering rollout');
  });

  it('maps every envelope-only event type to its canonical kind', () => {
    const kinds = Object.fromEntries(fixtureNames('salesforge').map((f) => [f.split('.')[0], one('salesforge', `salesforge/${f}`).kind]));
    expect(kinds).toEqual({
      contact_unsubscribed: 'unsubscribed', email_bounced: 'bounced', email_opened: 'opened', email_replied: 'replied',
      email_sent: 'sent', label_changed: 'categorized', link_clicked: 'clicked', positive_reply: 'categorized',
    });
  });

  it('gives an envelope-only reply an empty reply text rather than none', () => {
    expect(one('salesforge', 'salesforge/email_replied.UNCONFIRMED-envelope-only.json').reply).toMatchObject({ text: '', from_address: 'd.lindqvist@halvard-energy.example' });
  });

  it('labels positive_reply as a positive category', () => {
    expect(one('salesforge', 'salesforge/positive_reply.UNCONFIRMED-envelope-only.json')).toMatchObject({ category: 'positive', category_sentiment: 'positive' });
  });

  it('names the missing emailId', () => {
    const body = withJson('salesforge/email_opened.json', (j) => { delete j.sequenceEmail.emailId; });
    expect(issues('salesforge', body)).toEqual([{ path: 'sequenceEmail.emailId', message: 'required' }]);
  });

  it('skips a webhook type it does not map', () => {
    const body = withJson('salesforge/email_opened.json', (j) => { j.webhookInfo.type = 'sequence_paused'; });
    expect(parse('salesforge', body)).toMatchObject({ ok: true, events: [], skipped: [{ raw_event_type: 'sequence_paused' }] });
  });
});

describe('instantly parser', () => {
  it('maps email_sent with step, lettered variant, subject and body', () => {
    const e = one('instantly', 'instantly/email_sent.json');
    expect(e).toMatchObject({
      provider: 'instantly', kind: 'sent', event_key: 'email_sent|019a1b2c-3d4e-7f50-8a61-b2c3d4e5f607|2025-10-02T14:00:05.412Z',
      occurred_at: '2025-10-02T14:00:05.412000Z',
      lead: { email: 'h.marsh@quarrybank-analytics.example', first_name: 'Hana', last_name: 'Marsh', company_name: 'Quarrybank Analytics' },
      message: {
        provider_message_id: '019a1b2c-3d4e-7f50-8a61-b2c3d4e5f607', provider_campaign_id: '5c1d9e8f-2a3b-4c4d-8e5f-6a7b8c9d0e1f',
        sequence_step: 1, ab_variant: 'B', subject: 'Closing the books at Quarrybank', body_text: 'Hi Hana, ...', sent_at: '2025-10-02T14:00:05.412000Z',
        from_address: 'lee@go.northwind-outreach.example',
      },
    });
  });

  it('binds open and click to the sent email by email_id', () => {
    expect(one('instantly', 'instantly/email_opened.json').message.provider_message_id).toBe('019a1b2c-3d4e-7f50-8a61-b2c3d4e5f607');
    expect(one('instantly', 'instantly/link_clicked.json')).toMatchObject({ kind: 'clicked', message: { provider_message_id: '019a1b2c-3d4e-7f50-8a61-b2c3d4e5f607' } });
  });

  it('treats the email_id of a reply as the reply id, not the sent email', () => {
    const e = one('instantly', 'instantly/reply_received.json');
    expect(e).toMatchObject({
      kind: 'replied', message: { provider_message_id: null, sequence_step: 1 },
      reply: { provider_reply_id: '019a1c00-aa11-7b22-8c33-d44e55f66a77', subject: 'Re: Closing the books at Quarrybank', auto_reply: false },
    });
    expect(e.reply?.text).toContain('send over a couple of times');
  });

  it('accepts email_link_clicked as a click', () => {
    const body = withJson('instantly/link_clicked.json', (j) => { j.event_type = 'email_link_clicked'; });
    expect((events('instantly', body)[0] as EngagementEvent).kind).toBe('clicked');
  });

  it('keys events without email_id by lead email', () => {
    expect(one('instantly', 'instantly/email_bounced.json')).toMatchObject({
      kind: 'bounced', event_key: 'email_bounced|old.address@quarrybank-analytics.example|2025-10-02T14:00:41.009Z',
    });
    expect(one('instantly', 'instantly/lead_unsubscribed.json').kind).toBe('unsubscribed');
  });

  it('turns lead labels into categories with a sentiment', () => {
    expect(one('instantly', 'instantly/lead_interested.json')).toMatchObject({ kind: 'categorized', category: 'interested', category_sentiment: 'positive' });
    expect(one('instantly', 'instantly/lead_meeting_booked.json')).toMatchObject({ kind: 'categorized', category: 'meeting_booked' });
  });

  it('skips account events', () => {
    expect(parse('instantly', JSON.stringify({ event_type: 'account_error', timestamp: '2025-10-02T14:00:41.009Z' }))).toMatchObject({ ok: true, events: [] });
  });

  it('rejects a lead event without lead_email', () => {
    const body = withJson('instantly/email_opened.json', (j) => { delete j.lead_email; });
    expect(issues('instantly', body)).toEqual([{ path: 'lead_email', message: 'lead_email is required for lead events' }]);
  });
});

describe('lemlist parser', () => {
  const TOUCH = 'lea_Z5x8C1v4B7n2M9k3|eml_B2n5M8k1J4h7G0f3';

  it('keys on the activity _id and binds to the lead × email touch', () => {
    const e = one('lemlist', 'lemlist/emailsSent.json');
    expect(e).toMatchObject({
      provider: 'lemlist', kind: 'sent', event_key: 'act_S1e2n3t4A5b6C7d8', occurred_at: '2025-09-09T07:30:12.441000Z',
      lead: { email: 'k.brandt@ostwerk-maschinen.example', first_name: 'Katrin', last_name: 'Brandt', provider_lead_id: 'lea_Z5x8C1v4B7n2M9k3' },
      message: {
        provider_message_id: TOUCH, rfc_message_id: '<0102018f-abcd-4e5f-9a8b-7c6d5e4f3a2b@mail.northwind-outreach.example>',
        provider_campaign_id: 'cam_P4o7I1u8Y5t2R9e6', campaign_name: 'DACH Ops Leaders - Sept', template_id: 'etp_C3v6B9n2M5k8J1h4',
        sent_at: '2025-09-09T07:30:12.441000Z',
      },
    });
  });

  it('maps every activity fixture to its kind on the same touch', () => {
    const got = fixtureNames('lemlist').map((f) => { const e = one('lemlist', `lemlist/${f}`); return [f, e.kind, e.message.provider_message_id]; });
    expect(got).toEqual([
      ['emailsBounced.json', 'bounced', TOUCH], ['emailsClicked.json', 'clicked', TOUCH], ['emailsFailed.json', 'send_failed', TOUCH],
      ['emailsInterested.json', 'categorized', null], ['emailsOpened.json', 'opened', TOUCH], ['emailsReplied.json', 'replied', TOUCH],
      ['emailsSent.json', 'sent', TOUCH], ['emailsUnsubscribed.json', 'unsubscribed', TOUCH],
    ]);
  });

  it('keeps the reply Message-ID as the reply id, not as our email id', () => {
    expect(one('lemlist', 'lemlist/emailsReplied.json')).toMatchObject({
      message: { rfc_message_id: null, sent_at: '2025-09-09T07:30:12.441000Z' },
      reply: { provider_reply_id: '<CAM9x8Y7z6@mail.ostwerk-maschinen.example>' },
    });
  });

  it('carries the failure message of emailsFailed', () => {
    expect(one('lemlist', 'lemlist/emailsFailed.json').failure).toEqual({ code: null, reason: 'Mailbox disconnected: invalid OAuth token' });
  });

  it('maps LinkedIn invite acceptance to connection_accepted on the linkedin channel', () => {
    const body = withJson('lemlist/emailsSent.json', (j) => { j.type = 'linkedinInviteAccepted'; });
    expect(events('lemlist', body)[0]).toMatchObject({ kind: 'connection_accepted', channel: 'linkedin' });
  });

  it('rejects an activity without _id', () => {
    const body = withJson('lemlist/emailsOpened.json', (j) => { delete j._id; });
    expect(issues('lemlist', body)[0].path).toBe('_id');
  });

  it('reads the raw fixture bytes unchanged', () => {
    expect(raw('lemlist/emailsSent.json')).toContain('"_id": "act_S1e2n3t4A5b6C7d8"');
  });
});
