import { describe, expect, it } from 'vitest';
import { events, issues, one, parse, raw, withJson, type EngagementEvent } from './helpers.ts';

const STATS = '5e0c1a2b-3d4e-4f5a-8b6c-7d8e9f0a1b2c';
const SENT_MID = '<a3f9e2c1-7d4b-4e8a-b1c2-5f6e7d8c9b0a@mail.northwind-outreach.example>';

describe('smartlead parser', () => {
  it('maps EMAIL_SENT to a sent email touch with body, subject, step and stats_id', () => {
    const e = one('smartlead', 'smartlead/EMAIL_SENT.json');
    expect(e).toMatchObject({
      type: 'engagement', provider: 'smartlead', kind: 'sent', channel: 'email',
      event_key: `EMAIL_SENT|${STATS}|2025-09-16T13:02:11.000Z`,
      occurred_at: '2025-09-16T13:02:11.000000Z', occurred_at_raw: '2025-09-16T13:02:11.000Z',
      raw_event_type: 'EMAIL_SENT',
      lead: { email: 'marta.keller@fernhill-logistics.example', first_name: 'Marta', last_name: 'Keller', provider_lead_id: '90412377' },
      message: {
        provider_message_id: STATS, rfc_message_id: SENT_MID, provider_campaign_id: '1873042',
        campaign_name: 'Q3 FinOps Leaders - Seq A', sequence_step: 1, subject: 'FP&A hiring at Fernhill',
        sent_at: '2025-09-16T13:02:11.000000Z', from_address: 'tom@northwind-outreach.example',
        to_address: 'marta.keller@fernhill-logistics.example',
      },
    });
    expect(e.message.body_text).toContain('Noticed Fernhill Logistics is hiring');
    expect(e.message.body_html).toContain('<div>Hi Marta,</div>');
  });

  it('gives FIRST_EMAIL_SENT the same idempotency key as EMAIL_SENT so step 1 counts once', () => {
    const first = one('smartlead', 'smartlead/FIRST_EMAIL_SENT.json');
    const sent = one('smartlead', 'smartlead/EMAIL_SENT.json');
    expect(first.kind).toBe('sent');
    expect(first.raw_event_type).toBe('FIRST_EMAIL_SENT');
    expect(first.event_key).toBe(sent.event_key);
  });

  it('keeps the microseconds of an EMAIL_OPEN timestamp with a +00:00 offset', () => {
    const e = one('smartlead', 'smartlead/EMAIL_OPEN.json');
    expect(e).toMatchObject({
      kind: 'opened', occurred_at: '2025-09-16T15:47:03.218331Z', occurred_at_raw: '2025-09-16T15:47:03.218331+00:00',
      event_key: `EMAIL_OPEN|${STATS}|2025-09-16T15:47:03.218331+00:00`, message: { provider_message_id: STATS },
    });
  });

  it('reads the clicked URL from link_details', () => {
    const e = one('smartlead', 'smartlead/EMAIL_LINK_CLICK.json');
    expect(e.kind).toBe('clicked');
    expect(e.engagement).toEqual({
      url: 'https://northwind-outreach.example/case-studies/freight-forecasting',
      urls: ['https://northwind-outreach.example/case-studies/freight-forecasting'],
    });
  });

  it('falls back to the deprecated link_clicked string when link_details is absent', () => {
    const body = withJson('smartlead/EMAIL_LINK_CLICK.json', (j) => { delete j.link_details; j.link_clicked = 'https://x.example/a'; });
    const [e] = events('smartlead', body) as EngagementEvent[];
    expect(e.engagement?.url).toBe('https://x.example/a');
  });

  it('takes the lead of an EMAIL_REPLY from sl_lead_email, never from from_email (our mailbox)', () => {
    const e = one('smartlead', 'smartlead/EMAIL_REPLY.json');
    expect(e).toMatchObject({
      kind: 'replied', event_key: '<CAK4x9q2e7f+RrT1m0nB@mail.fernhill-logistics.example>',
      occurred_at: '2025-09-17T08:21:54.000000Z',
      lead: { email: 'marta.keller@fernhill-logistics.example' },
      message: { provider_message_id: STATS, from_address: 'tom@northwind-outreach.example' },
      reply: {
        provider_reply_id: '<CAK4x9q2e7f+RrT1m0nB@mail.fernhill-logistics.example>',
        subject: 'Re: FP&A hiring at Fernhill', from_address: 'marta.keller@fernhill-logistics.example',
        html: '<div>Hi Tom - timing is good. Can you do Thursday 2pm CET?</div>',
      },
    });
    expect(e.reply?.text.startsWith('Hi Tom - timing is good.')).toBe(true);
  });

  it('keeps a colleague reply on the targeted lead and names the colleague as the replier', () => {
    const e = one('smartlead', 'smartlead/EMAIL_REPLY.colleague.json');
    expect(e.lead.email).toBe('j.okafor@brightmere-dental.example');
    expect(e.reply?.from_address).toBe('lena.voss@brightmere-dental.example');
    expect(e.message).toMatchObject({ provider_message_id: '6a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d', sequence_step: 2 });
  });

  it('lower-cases the lead email', () => {
    const body = withJson('smartlead/EMAIL_OPEN.json', (j) => { j.sl_lead_email = '  Marta.Keller@Fernhill-Logistics.EXAMPLE '; });
    const [e] = events('smartlead', body) as EngagementEvent[];
    expect(e.lead.email).toBe('marta.keller@fernhill-logistics.example');
  });

  it('classifies a 5.1.1 bounce as hard and keeps the SMTP text as the reason', () => {
    const e = one('smartlead', 'smartlead/EMAIL_BOUNCE.json');
    expect(e).toMatchObject({
      kind: 'bounced', lead: { email: 'r.ishikawa@old-domain.example', first_name: 'Ren', last_name: 'Ishikawa' },
      message: { provider_message_id: '7b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e' },
      bounce: { bounce_type: 'hard', reason: '550 5.1.1 The email account that you tried to reach does not exist.' },
    });
  });

  it('keys LEAD_UNSUBSCRIBED (no stats_id) by the lead so two leads at one instant stay distinct', () => {
    const e = one('smartlead', 'smartlead/LEAD_UNSUBSCRIBED.json');
    expect(e).toMatchObject({
      kind: 'unsubscribed', event_key: 'LEAD_UNSUBSCRIBED|p.andrade@cobalt-freight.example|2025-09-19T07:44:31.508Z',
      lead: { email: 'p.andrade@cobalt-freight.example' },
      message: { provider_message_id: null, rfc_message_id: '<c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f@mail.northwind-outreach.example>', sequence_step: 2 },
    });
  });

  it('maps LEAD_CATEGORY_UPDATED to categorized with the new name, sentiment and the Apollo id', () => {
    const e = one('smartlead', 'smartlead/LEAD_CATEGORY_UPDATED.json');
    expect(e).toMatchObject({
      kind: 'categorized', category: 'Meeting Request', category_sentiment: 'positive',
      occurred_at: '2025-09-17T08:25:02.114000Z',
      lead: {
        email: 'marta.keller@fernhill-logistics.example', apollo_id: '66f0a1b2c3d4e5f60718293a',
        linkedin_url: 'https://www.linkedin.com/in/example-marta-keller', company_name: 'Fernhill Logistics',
      },
      message: { provider_message_id: STATS },
    });
  });

  it('reads an UNTRACKED_REPLIES sender as the lead and leaves the touch unbound', () => {
    const e = one('smartlead', 'smartlead/UNTRACKED_REPLIES.json');
    expect(e).toMatchObject({
      kind: 'replied', event_key: '<CAH7y2k9Lq=zZ8@mail.unknown-sender.example>',
      lead: { email: 'nils.berg@unknown-sender.example', first_name: 'Nils', last_name: 'Berg' },
      message: { provider_message_id: null },
      reply: { text: 'Please remove me from this list.\n', subject: 'Re: quick question' },
    });
  });

  it('acknowledges MANUAL_STEP_REACHED as skipped, with no events', () => {
    expect(parse('smartlead', raw('smartlead/MANUAL_STEP_REACHED.json'))).toEqual({
      ok: true, events: [], skipped: [{ raw_event_type: 'MANUAL_STEP_REACHED', reason: 'not an engagement event' }],
    });
  });

  it('accepts `event` in place of `event_type` and the EMAIL_OPENED alias', () => {
    const body = withJson('smartlead/EMAIL_OPEN.json', (j) => { delete j.event_type; j.event = 'EMAIL_OPENED'; });
    const [e] = events('smartlead', body) as EngagementEvent[];
    expect(e.kind).toBe('opened');
    expect(e.raw_event_type).toBe('EMAIL_OPENED');
  });

  it('names the bad timestamp field', () => {
    const body = withJson('smartlead/EMAIL_OPEN.json', (j) => { j.event_timestamp = 'yesterday'; });
    expect(issues('smartlead', body)).toEqual([{ path: 'event_timestamp', message: '"yesterday" is not an ISO-8601 timestamp or epoch number' }]);
  });

  it('names a lead email that is not an email', () => {
    const body = withJson('smartlead/EMAIL_OPEN.json', (j) => { j.sl_lead_email = 'not-an-email'; });
    expect(issues('smartlead', body)).toEqual([{ path: 'sl_lead_email', message: 'not an email address' }]);
  });

  it('rejects a body without event_type', () => {
    const body = withJson('smartlead/EMAIL_OPEN.json', (j) => { delete j.event_type; });
    expect(issues('smartlead', body)).toEqual([{ path: 'event_type', message: 'event_type is required' }]);
  });
});
