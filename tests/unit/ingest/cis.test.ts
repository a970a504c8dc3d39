import { describe, expect, it } from 'vitest';
import { events, issues, type DealEvent, type EngagementEvent, type MeetingEvent } from './helpers.ts';

const lead = { email: 'Marta.Keller@Fernhill-Logistics.example', first_name: 'Marta', last_name: 'Keller', timezone: 'Europe/Berlin' };
const touch = {
  id: 'act_0001', campaign_id: 'cmp_9', campaign_name: 'Q3 FinOps', sequence_step: 2, ab_variant: 'B',
  subject: 'Close in 5 days?', body_text: 'Hi Marta, full body…', template_id: 'tpl_7', template_name: 'finops-v2',
  ai_model: 'gpt-4.1', prompt_version: 'p-2025-09', ai_generated: true, from: 'tom@northwind.example', to: 'marta.keller@fernhill-logistics.example',
};
const body = (e: object) => JSON.stringify(e);

describe('cis parser', () => {
  it('records an outbound email touch with full content, template, variant and AI provenance', () => {
    const [e] = events('cis', body({ event: 'email_sent', event_id: 'evt-1', occurred_at: '2025-09-16T13:02:11.5+00:00', lead, touch })) as EngagementEvent[];
    expect(e).toMatchObject({
      provider: 'cis', kind: 'sent', channel: 'email', event_key: 'evt-1', occurred_at: '2025-09-16T13:02:11.500000Z',
      lead: { email: 'marta.keller@fernhill-logistics.example', timezone: 'Europe/Berlin' },
      message: {
        provider_message_id: 'act_0001', sequence_step: 2, ab_variant: 'B', subject: 'Close in 5 days?', body_text: 'Hi Marta, full body…',
        template_id: 'tpl_7', template_name: 'finops-v2', ai_model: 'gpt-4.1', prompt_version: 'p-2025-09', ai_generated: true,
        sent_at: '2025-09-16T13:02:11.500000Z',
      },
    });
  });

  it('accepts a batch of the engagement vendors do not send', () => {
    const li = { linkedin_url: 'https://www.linkedin.com/in/marta' };
    const list = events('cis', body({ events: [
      { event: 'linkedin_profile_viewed', event_id: 'a', occurred_at: 1758290000, lead: li },
      { event: 'linkedin_post_engaged', event_id: 'b', occurred_at: 1758290001, lead: li, url: 'https://www.linkedin.com/posts/x' },
      { event: 'linkedin_connection_accepted', event_id: 'c', occurred_at: 1758290002, lead: li, touch: { id: 'li-req-1' } },
      { event: 'sms_link_clicked', event_id: 'd', occurred_at: 1758290003, lead: { phone: '+4917655509876' }, touch: { id: 'sms-1' }, url: 'https://x.example/p' },
      { event: 'call_completed', event_id: 'e', occurred_at: 1758290004, lead: { phone: '+4917655509876' }, touch: { id: 'call-1' }, call_duration: 312 },
      { event: 'voicemail_listened', event_id: 'f', occurred_at: 1758290005, lead: { phone: '+4917655509876' }, touch: { id: 'vm-1' } },
    ] })) as EngagementEvent[];
    expect(list.map((e) => [e.event_key, e.kind, e.channel])).toEqual([
      ['a', 'profile_viewed', 'linkedin'], ['b', 'post_engaged', 'linkedin'], ['c', 'connection_accepted', 'linkedin'],
      ['d', 'clicked', 'sms'], ['e', 'call_completed', 'voice'], ['f', 'voicemail_listened', 'voice'],
    ]);
    expect(list[3].engagement?.url).toBe('https://x.example/p');
    expect(list[4].call).toEqual({ duration_seconds: 312, voicemail_left: null });
    expect(list[0].occurred_at).toBe('2025-09-19T13:53:20.000000Z');
  });

  it('requires call_duration in seconds on call_completed', () => {
    expect(issues('cis', body({ event: 'call_completed', event_id: 'e', occurred_at: 1758290004, lead: { phone: '+49' }, touch: { id: 'c' } })))
      .toEqual([{ path: 'call_duration', message: 'call_duration (seconds) is required' }]);
  });

  it('requires a touch id on outbound touches', () => {
    expect(issues('cis', body({ event: 'linkedin_message_sent', event_id: 'x', occurred_at: 1758290004, lead })))
      .toEqual([{ path: 'touch', message: 'linkedin_message_sent is an outbound touch: touch.id is required' }]);
  });

  it('records a meeting booked by our engine, linked to the touch that earned it', () => {
    const [m] = events('cis', body({
      event: 'meeting_booked', event_id: 'm1', occurred_at: '2025-09-17T08:40:13Z', lead, touch: { id: 'act_0001', campaign_id: 'cmp_9' },
      meeting: { id: 'mtg-42', start: '2025-09-18T12:00:00Z', end: '2025-09-18T12:30:00Z', host_email: 'tom@northwind.example' },
      attribution: { utm_campaign: 'cmp_9' },
    })) as MeetingEvent[];
    expect(m).toMatchObject({
      type: 'meeting', provider: 'cis', kind: 'created', provider_event_id: 'mtg-42', invitee: { email: 'marta.keller@fernhill-logistics.example', name: 'Marta Keller' },
      scheduled_start: '2025-09-18T12:00:00.000000Z', lead_ref: { provider_message_id: 'act_0001', provider_campaign_id: 'cmp_9' },
      attribution: { utm_campaign: 'cmp_9' },
    });
  });

  it('records a manual meeting outcome', () => {
    const [m] = events('cis', body({
      event: 'meeting_outcome', event_id: 'o1', occurred_at: '2025-09-18T13:00:00Z', lead, meeting: { id: 'mtg-42' },
      outcome: { showed_up: true, meeting_outcome: 'good', notes: 'Wants a pilot', next_steps: 'Send proposal' },
    })) as MeetingEvent[];
    expect(m).toMatchObject({ kind: 'outcome_recorded', outcome: { showed_up: true, meeting_outcome: 'good', notes: 'Wants a pilot', next_steps: 'Send proposal' } });
  });

  it('records a deal event', () => {
    const [d] = events('cis', body({ event: 'deal_won', event_id: 'd1', occurred_at: '2025-10-07T09:00:00Z', lead, deal: { id: 'deal-1', value: '48000.50', currency: 'EUR' } })) as DealEvent[];
    expect(d).toMatchObject({ type: 'deal', provider: 'cis', kind: 'won', provider_deal_id: 'deal-1', value: 48000.5, currency: 'EUR', contact: { email: 'marta.keller@fernhill-logistics.example' } });
  });

  it('rejects the whole batch and names each bad event by index', () => {
    expect(issues('cis', body({ events: [
      { event: 'email_opened', event_id: 'ok', occurred_at: 1758290000, lead, touch },
      { event: 'email_opened', event_id: 'bad', occurred_at: 'noon', lead, touch },
      { event: 'telepathy', event_id: 'bad2', occurred_at: 1758290000, lead },
    ] }))).toEqual([
      { path: 'events[1].occurred_at', message: '"noon" is not an ISO-8601 timestamp or epoch number' },
      { path: 'events[2].event', message: 'unknown cis event "telepathy"' },
    ]);
  });

  it('rejects a lead with nothing to identify it', () => {
    expect(issues('cis', body({ event: 'email_opened', event_id: 'x', occurred_at: 1758290000, lead: { first_name: 'A' } })))
      .toEqual([{ path: 'lead', message: 'lead needs one of email, phone, linkedin_url, cis_lead_id, apollo_id' }]);
  });

  it('rejects an empty batch', () => {
    expect(issues('cis', '{"events":[]}')).toEqual([{ path: 'events', message: 'events is empty' }]);
  });
});
