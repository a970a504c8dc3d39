// Two clients, A and B, with one row of their own in every tenant table, and three users:
// A's owner, A's viewer and B's owner. The RLS matrix runs every table and view against them.
import type { TestDb } from './db.ts';

export const users = {
  ownerA: '0000000a-0000-4000-8000-000000000001',
  viewerA: '0000000a-0000-4000-8000-000000000002',
  ownerB: '0000000b-0000-4000-8000-000000000001',
  stranger: '00000000-0000-4000-8000-0000000000ff',
} as const;

/** Deterministic ids: `id('a', 3)` is client A's row number 3. */
export const id = (tenant: 'a' | 'b', n: number) =>
  `${tenant === 'a' ? '0000000a' : '0000000b'}-1111-4000-8000-${String(n).padStart(12, '0')}`;

export const clientId = (tenant: 'a' | 'b') => id(tenant, 0);

function tenantRows(t: 'a' | 'b'): string {
  const c = clientId(t);
  const n = (k: number) => `'${id(t, k)}'`;
  return `
    insert into public.clients (id, name, slug, timezone) values ('${c}', 'Client ${t.toUpperCase()}', 'client-${t}', 'Australia/Sydney');
    insert into public.lead_pool (id, apollo_id, email, first_name, seniority, timezone)
      values (${n(1)}, 'apollo-${t}', 'pool-${t}@example.com', 'Pool ${t}', 'c_suite', 'America/New_York');
    insert into public.lead_assignments (id, client_id, lead_pool_id) values (${n(2)}, '${c}', ${n(1)});
    insert into public.campaigns (id, client_id, name, channel, status) values (${n(3)}, '${c}', 'Campaign ${t}', 'email', 'active');
    insert into public.email_templates (id, client_id, campaign_id, name, subject, body)
      values (${n(4)}, '${c}', ${n(3)}, 'Template ${t}', 'Hello', 'Hi {{first_name}}');
    insert into public.sequence_steps (id, client_id, campaign_id, step_number, channel, template_id)
      values (${n(5)}, '${c}', ${n(3)}, 1, 'email', ${n(4)});
    insert into public.leads (id, client_id, lead_pool_id, email, first_name)
      values (${n(6)}, '${c}', ${n(1)}, 'lead-${t}@example.com', 'Lead ${t}');
    insert into public.ab_tests (id, client_id, campaign_id, name) values (${n(7)}, '${c}', ${n(3)}, 'Test ${t}');
    insert into public.activities (id, client_id, lead_id, campaign_id, sequence_step_id, channel, activity_type,
        subject, provider, provider_message_id, sent_at, template_id, ab_test_id, ab_variant)
      values (${n(8)}, '${c}', ${n(6)}, ${n(3)}, ${n(5)}, 'email', 'email_sent', 'Hello', 'smartlead', 'msg-${t}',
        '2026-03-02T14:00:00Z', ${n(4)}, ${n(7)}, 'A');
    insert into public.email_events (id, client_id, activity_id, lead_id, event_type, event_at, provider, event_key)
      values (${n(9)}, '${c}', ${n(8)}, ${n(6)}, 'opened', '2026-03-02T15:00:00Z', 'smartlead', 'open-${t}');
    insert into public.replies (id, client_id, lead_id, activity_id, channel, reply_content, received_at)
      values (${n(10)}, '${c}', ${n(6)}, ${n(8)}, 'email', 'Sounds good, call me', '2026-03-03T09:00:00Z');
    -- The activity and the reply above open their conversation thread (two messages) by
    -- themselves (migration 045); ids 11-13 are no longer used.
    insert into public.meetings (id, client_id, lead_id, campaign_id, scheduled_at, provider, provider_event_id)
      values (${n(14)}, '${c}', ${n(6)}, ${n(3)}, '2026-03-10T10:00:00Z', 'calendly', 'evt-${t}');
    insert into public.deals (id, client_id, lead_id, meeting_id, name, value, currency)
      values (${n(15)}, '${c}', ${n(6)}, ${n(14)}, 'Deal ${t}', 12000, 'AUD');
    insert into public.channel_events (id, client_id, lead_id, activity_id, channel, event_type, event_at, provider, event_key)
      values (${n(16)}, '${c}', ${n(6)}, ${n(8)}, 'email', 'categorized', '2026-03-03T10:00:00Z', 'smartlead', 'cat-${t}');
  `;
}

/** Rows in the intake tables too, for tests that must see every table populated (the RLS matrix). */
function intakeRows(t: 'a' | 'b'): string {
  const c = clientId(t);
  const n = (k: number) => `'${id(t, k)}'`;
  return `
    insert into public.pending_email_events (client_id, provider, event_key, provider_message_id, event)
      values ('${c}', 'smartlead', 'waiting-${t}', 'unknown-send-${t}', '{}');
    insert into public.webhook_sources (id, client_id, provider, token_sha256, signing_secret)
      values (${n(17)}, '${c}', 'smartlead', repeat('${t}', 64), 'secret-${t}');
    insert into public.webhook_receipts (id, client_id, source_id, provider, body)
      values (${n(18)}, '${c}', ${n(17)}, 'smartlead', '{"event_type":"EMAIL_OPEN"}');
    insert into public.meeting_events (client_id, provider, event_key, kind, occurred_at, provider_event_id, lead_id, meeting_id, event)
      values ('${c}', 'calendly', 'booked-${t}', 'created', '2026-03-04T09:00:00Z', 'evt-${t}', ${n(6)}, ${n(14)}, '{}');
    insert into public.deal_events (client_id, provider, event_key, kind, occurred_at, provider_deal_id, event)
      values ('${c}', 'hubspot', 'deal-${t}', 'created', '2026-03-12T09:00:00Z', 'hs-${t}', '{}');
    insert into public.crm_links (client_id, provider, object_type, provider_object_id, lead_id)
      values ('${c}', 'hubspot', 'deal', 'hs-${t}', ${n(6)});
    insert into public.leads (id, client_id, email, rejection_reason) values (${n(19)}, '${c}', 'no-${t}@example.com', 'timing_not_now');
    insert into public.deals (id, client_id, lead_id, name, value, currency, stage, lost_reason)
      values (${n(20)}, '${c}', ${n(6)}, 'Lost deal ${t}', 5000, 'AUD', 'closed_lost', 'Budget');
    insert into public.deals (id, client_id, lead_id, name, value, currency, stage)
      values (${n(21)}, '${c}', ${n(6)}, 'Won deal ${t}', 8000, 'AUD', 'closed_won');
    insert into public.replies (id, client_id, lead_id, activity_id, channel, reply_content, received_at,
        reply_intent, sentiment, sentiment_score, objection_type, rejection_reason, analyzed_at)
      values (${n(40)}, '${c}', ${n(6)}, ${n(8)}, 'email', 'Not now, maybe next quarter.', '2026-03-04T09:00:00Z',
        'objection', 'neutral', -0.2, 'timing', 'timing_not_now', '2026-03-04T09:05:00Z');
    insert into public.reply_analyses (client_id, reply_id, requested_engine, requested_prompt_version, engine,
        prompt_version, intent, sentiment, sentiment_score, objection_type, rejection_reason, do_not_contact, analysis)
      values ('${c}', ${n(40)}, 'offline', 'offline-rules-1', 'offline', 'offline-rules-1', 'objection', 'neutral', -0.2,
        'timing', 'timing_not_now', false, '{}');
  `;
}

export async function seedTenants(db: TestDb, options: { everyTable?: boolean } = {}): Promise<void> {
  await db.exec(`
    insert into auth.users (id, email) values
      ('${users.ownerA}', 'owner-a@example.com'), ('${users.viewerA}', 'viewer-a@example.com'),
      ('${users.ownerB}', 'owner-b@example.com'), ('${users.stranger}', 'stranger@example.com');
    ${tenantRows('a')}
    ${tenantRows('b')}
    ${options.everyTable ? intakeRows('a') + intakeRows('b') : ''}
    ${options.everyTable ? `select public.refresh_detectors('${clientId('a')}'), public.refresh_detectors('${clientId('b')}');` : ''}
    insert into public.client_members (client_id, user_id, role) values
      ('${clientId('a')}', '${users.ownerA}', 'owner'),
      ('${clientId('a')}', '${users.viewerA}', 'viewer'),
      ('${clientId('b')}', '${users.ownerB}', 'owner');
  `);
}
