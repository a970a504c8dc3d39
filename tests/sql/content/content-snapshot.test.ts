// CONTENT-001…004: every outbound touch is described by CIS from the message itself, whoever
// recorded it — an engine writing SQL, our `cis` events, or a vendor webhook.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CanonicalEvent } from '../../../shared/ingest/canonical.ts';
import { useDb, type TestDb } from '../../helpers/db.ts';
import { clientId, id, seedTenants } from '../../helpers/tenants.ts';
import { eventsFrom } from '../../helpers/vendor-events.ts';

const A = clientId('a');
const leadA = id('a', 6);

async function ingest(db: TestDb, events: CanonicalEvent[]) {
  await db.query('select public.ingest_engagement_events($1, $2::jsonb)', [A, JSON.stringify(events)]);
}

const snapshotOf = async (db: TestDb, where: string, params: unknown[] = []) =>
  (await db.query<Record<string, any>>(`select content_snapshot, links_included, personalization_fields_used,
     personalization_fields_available, full_message_body, subject from public.activities where ${where}`, params))[0];

describe('content snapshot', () => {
  const db = useDb();
  beforeEach(async () => {
    await seedTenants(db);
    await db.exec(`update public.leads set company = 'Fernhill Logistics', title = 'Head of Operations' where id = '${leadA}';
      update public.lead_pool set company_technologies = '{HubSpot,Salesforce}', company_industry = 'logistics' where id = '${id('a', 1)}'`);
  });

  it('derives preview, word count, question, links, call to action and personalisation from an HTML email', async () => {
    const html = `<html><body><p>Hi Lead a,</p><p>Saw that Fernhill Logistics runs on HubSpot &amp; grows fast.</p>
      <p>Worth a 15 minute call next week? <a href="https://track.example/r?url=https%3A%2F%2Fcalendly.com%2Fava%2F15min&amp;id=9">Pick a time</a></p>
      <p>See <a href="https://fernhill.example/case-study">our case study</a>.</p></body></html>`;
    const [row] = await db.query<{ id: string }>(`
      insert into public.activities (client_id, lead_id, channel, activity_type, subject, full_message_body, template_id, content_snapshot)
      values ($1, $2, 'email', 'email_sent', 'Quick question', $3, $4,
        '{"word_count": 9999, "has_question": false, "pain_points": ["manual dispatch"], "ai_model": "gpt-4o-mini", "prompt_version": "v7"}')
      returning id`, [A, leadA, html, id('a', 4)]);
    const s = await snapshotOf(db, 'id = $1', [row.id]);
    expect(s.content_snapshot).toMatchObject({
      subject: 'Quick question',
      has_question: true,
      cta_type: 'calendar_link',
      links: ['https://calendly.com/ava/15min', 'https://fernhill.example/case-study'],
      pain_points: ['manual dispatch'],
      ai_model: 'gpt-4o-mini',
      prompt_version: 'v7',
      template_name: 'Template a',
    });
    expect(s.content_snapshot.word_count).toBeGreaterThan(15);
    expect(s.content_snapshot.word_count).toBeLessThan(40);
    expect(s.content_snapshot.body_preview).toMatch(/^Hi Lead a,/);
    expect(s.content_snapshot.body_preview.length).toBeLessThanOrEqual(200);
    expect(s.content_snapshot.body_full).not.toContain('<p>');
    expect(s.links_included).toEqual(['https://calendly.com/ava/15min', 'https://fernhill.example/case-study']);
    expect(s.personalization_fields_used).toEqual(['company', 'first_name', 'technologies']);
    expect(s.personalization_fields_available).toEqual(
      expect.arrayContaining(['company', 'first_name', 'industry', 'seniority', 'technologies', 'title']));
  });

  it('describes SMS and LinkedIn touches recorded through our own cis events', async () => {
    await ingest(db, [
      {
        type: 'engagement', provider: 'cis', event_key: 'sms-1', kind: 'sent', channel: 'sms',
        occurred_at: '2026-04-01T09:00:00.000000Z', occurred_at_raw: null, raw_event_type: 'sms_sent',
        lead: { email: 'lead-a@example.com', phone: '+61400000001' },
        message: { provider_message_id: 'sms-touch-1', body_text: 'Hi Lead a, can I send the Fernhill Logistics case study? https://x.example/c', ai_model: 'gpt-4o', prompt_version: 'sms-3' },
      },
      {
        type: 'engagement', provider: 'cis', event_key: 'li-1', kind: 'message_sent', channel: 'linkedin',
        occurred_at: '2026-04-02T09:00:00.000000Z', occurred_at_raw: null, raw_event_type: 'linkedin_message_sent',
        lead: { email: 'lead-a@example.com' },
        message: { provider_message_id: 'li-touch-1', body_text: 'Thanks for connecting, Lead a. Open to comparing notes on dispatch?' },
      },
    ] as CanonicalEvent[]);
    const sms = await snapshotOf(db, `provider_message_id = 'sms-touch-1'`);
    expect(sms.content_snapshot).toMatchObject({ has_question: true, links: ['https://x.example/c'], ai_model: 'gpt-4o', prompt_version: 'sms-3', word_count: 12 });
    expect(sms.personalization_fields_used).toEqual(['company', 'first_name']);
    const li = await snapshotOf(db, `provider_message_id = 'li-touch-1'`);
    expect(li.content_snapshot).toMatchObject({ has_question: true, cta_type: 'interest_check', links: [] });
  });

  it('describes sends learned from vendor webhooks', async () => {
    await ingest(db, eventsFrom('smartlead', 'EMAIL_SENT.json'));
    const s = await snapshotOf(db, `provider_message_id = '5e0c1a2b-3d4e-4f5a-8b6c-7d8e9f0a1b2c'`);
    expect(s.full_message_body).toBeTruthy();
    expect(s.content_snapshot.word_count).toBeGreaterThan(5);
    expect(s.content_snapshot.body_preview.length).toBeGreaterThan(20);
    expect(s.content_snapshot).toHaveProperty('has_question');
    expect(s.content_snapshot).toHaveProperty('cta_type');
  });

  it('describes a webhook\'s touch, derived for the whole batch at once, exactly as a direct insert of the same message', async () => {
    // The intake derives its new touches in the statement that writes them (the row trigger
    // leaves inserts under cis.bulk to it); an engine's insert goes through the row trigger.
    const html = `<div>Hi Lead a, Fernhill Logistics on HubSpot &amp; Salesforce?</div>
      <a href="https://track.example/r?u=https%3A%2F%2Fcal.com%2Fava">book</a> https://fernhill.example/x.`;
    const message = { subject: 'Dispatch', body_html: html, ai_model: 'gpt-4o', template_name: 'Spring' };
    await ingest(db, [
      { type: 'engagement', provider: 'cis', event_key: 'html-1', kind: 'sent', channel: 'email',
        occurred_at: '2026-04-01T09:00:00.000000Z', occurred_at_raw: null, raw_event_type: 'email_sent',
        lead: { email: 'lead-a@example.com' }, message: { provider_message_id: 'html-touch', ...message } },
      { type: 'engagement', provider: 'cis', event_key: 'call-1', kind: 'call_completed', channel: 'voice',
        occurred_at: '2026-04-02T09:00:00.000000Z', occurred_at_raw: null, raw_event_type: 'call_completed',
        lead: { email: 'lead-a@example.com' }, message: { provider_message_id: 'call-touch', ai_model: 'gpt-4o' },
        call: { duration_seconds: 60 } },
    ] as CanonicalEvent[]);
    const [direct] = await db.query<{ id: string }>(`
      insert into public.activities (client_id, lead_id, channel, activity_type, subject, full_message_body, content_snapshot)
      values ($1, $2, 'email', 'email_sent', 'Dispatch', $3, '{"ai_model": "gpt-4o", "template_name": "Spring"}') returning id`,
      [A, leadA, html]);
    const [directCall] = await db.query<{ id: string }>(`
      insert into public.activities (client_id, lead_id, channel, activity_type, content_snapshot)
      values ($1, $2, 'voice', 'call', '{"ai_model": "gpt-4o"}') returning id`, [A, leadA]);

    const batch = await snapshotOf(db, `provider_message_id = 'html-touch'`);
    expect(batch.personalization_fields_used).toEqual(['company', 'first_name', 'technologies']);
    expect(batch.links_included).toEqual(['https://cal.com/ava', 'https://fernhill.example/x']);
    expect(batch).toEqual(await snapshotOf(db, 'id = $1', [direct.id]));
    expect(await snapshotOf(db, `provider_message_id = 'call-touch'`)).toEqual(await snapshotOf(db, 'id = $1', [directCall.id]));
  });

  it('keeps the description in step when the body is corrected', async () => {
    const [row] = await db.query<{ id: string }>(`
      insert into public.activities (client_id, lead_id, channel, activity_type, full_message_body)
      values ($1, $2, 'email', 'email_sent', 'Short note.') returning id`, [A, leadA]);
    await db.query(`update public.activities set full_message_body = 'Two words? https://a.example' where id = $1`, [row.id]);
    const s = await snapshotOf(db, 'id = $1', [row.id]);
    expect(s.content_snapshot).toMatchObject({ word_count: 3, has_question: true, links: ['https://a.example'] });
  });
});
