// `cis` provider: our engines' canonical JSON (schema in cis-schema.ts). A batch is all-or-nothing:
// one bad event rejects the body with issues naming `events.<i>.<field>`, and the engine resends
// (event_id makes the resend idempotent).
import { z } from 'zod';
import type { CanonicalEvent, DealEvent, EngagementEvent, Issue, MeetingEvent, ParseFn } from '../../canonical.ts';
import { finish, guarded, own, pathString, readJson, zodIssues } from '../../result.ts';
import { CIS_DEAL, CIS_ENGAGEMENT, CIS_MEETING, TOUCH_KINDS, cisDealSchema, cisEngagementSchema, cisMeetingSchema } from './schema.ts';

const MAX_BATCH = 1000;
const eventName = z.object({ event: z.string().min(1).max(100) });

export const parse: ParseFn = guarded((rawBody) => {
  const json = readJson(rawBody);
  if (!json.ok) return json;
  const v = json.value as { events?: unknown } | null;
  const isBatch = v !== null && typeof v === 'object' && !Array.isArray(v) && 'events' in v;
  const items: unknown[] = isBatch ? (Array.isArray(v.events) ? v.events : []) : [v];
  if (isBatch && !Array.isArray(v.events)) return { ok: false, issues: [{ path: 'events', message: 'events must be an array' }] };
  if (items.length === 0) return { ok: false, issues: [{ path: 'events', message: 'events is empty' }] };
  if (items.length > MAX_BATCH) return { ok: false, issues: [{ path: 'events', message: `more than ${MAX_BATCH} events` }] };
  const events: CanonicalEvent[] = [];
  const issues: Issue[] = [];
  for (let i = 0; i < items.length && issues.length < 20; i++) {
    const prefix = isBatch ? ['events', i] : [];
    const r = one(items[i], prefix);
    if ('issues' in r) issues.push(...r.issues);
    else events.push(r.event);
  }
  if (issues.length > 0) return { ok: false, issues };
  return finish(events);
});

type One = { event: CanonicalEvent } | { issues: Issue[] };

function one(item: unknown, prefix: (string | number)[]): One {
  const h = eventName.safeParse(item);
  if (!h.success) return { issues: zodIssues(h.error, prefix) };
  const name = h.data.event;
  if (own(CIS_ENGAGEMENT, name)) return engagement(item, name, prefix);
  if (own(CIS_MEETING, name)) return meeting(item, name, prefix);
  if (own(CIS_DEAL, name)) return deal(item, name, prefix);
  return { issues: [{ path: pathString([...prefix, 'event']), message: `unknown cis event "${name.slice(0, 60)}"` }] };
}

function engagement(item: unknown, name: string, prefix: (string | number)[]): One {
  const r = cisEngagementSchema.safeParse(item);
  if (!r.success) return { issues: zodIssues(r.error, prefix) };
  const e = r.data;
  const [kind, defaultChannel] = own(CIS_ENGAGEMENT, name)!;
  const at = (field: string, message: string): One => ({ issues: [{ path: pathString([...prefix, field]), message }] });
  if (!e.lead.email && !e.lead.phone && !e.lead.linkedin_url && !e.lead.cis_lead_id && !e.lead.apollo_id) {
    return at('lead', 'lead needs one of email, phone, linkedin_url, cis_lead_id, apollo_id');
  }
  if (TOUCH_KINDS.has(kind) && !e.touch) return at('touch', `${name} is an outbound touch: touch.id is required`);
  if (kind === 'call_completed' && e.call_duration === null) return at('call_duration', 'call_duration (seconds) is required');
  if (e.call_duration !== null && e.call_duration < 0) return at('call_duration', 'call_duration must be ≥ 0');
  if (kind === 'replied' && !e.reply) return at('reply', 'reply.text is required');
  const t = e.touch;
  const event: EngagementEvent = {
    type: 'engagement', provider: 'cis', event_key: e.event_id, kind,
    channel: (name === 'lead_categorized' && e.channel) || defaultChannel,
    occurred_at: e.occurred_at.iso, occurred_at_raw: e.occurred_at.raw, raw_event_type: name,
    lead: leadOf(e.lead),
    message: {
      provider_message_id: t?.id ?? null,
      provider_campaign_id: t?.campaign_id ?? null, campaign_name: t?.campaign_name ?? null,
      sequence_step: t?.sequence_step ?? null, ab_variant: t?.ab_variant ?? null,
      subject: t?.subject ?? null, body_text: t?.body_text ?? null, body_html: t?.body_html ?? null,
      sent_at: t?.sent_at?.iso ?? (TOUCH_KINDS.has(kind) ? e.occurred_at.iso : null),
      from_address: t?.from ?? null, to_address: t?.to ?? null,
      template_id: t?.template_id ?? null, template_name: t?.template_name ?? null,
      ai_generated: t?.ai_generated ?? null, ai_model: t?.ai_model ?? null, prompt_version: t?.prompt_version ?? null,
    },
  };
  if (e.url || e.user_agent || e.ip) event.engagement = { url: e.url, user_agent: e.user_agent, ip: e.ip };
  if (e.reply) event.reply = { text: e.reply.text, html: e.reply.html, provider_reply_id: e.reply.id, subject: e.reply.subject, from_address: e.reply.from };
  if (e.bounce) event.bounce = { bounce_type: e.bounce.type ?? null, reason: e.bounce.reason };
  if (e.error) event.failure = e.error;
  if (e.call_duration !== null || e.voicemail_left !== null) event.call = { duration_seconds: e.call_duration, voicemail_left: e.voicemail_left };
  if (e.category) event.category = e.category;
  if (e.category_sentiment) event.category_sentiment = e.category_sentiment;
  return { event };
}

function meeting(item: unknown, name: string, prefix: (string | number)[]): One {
  const r = cisMeetingSchema.safeParse(item);
  if (!r.success) return { issues: zodIssues(r.error, prefix) };
  const e = r.data;
  const m = e.meeting;
  const lead = leadOf(e.lead);
  const event: MeetingEvent = {
    type: 'meeting', provider: 'cis', kind: own(CIS_MEETING, name)!, event_key: e.event_id,
    occurred_at: e.occurred_at.iso, occurred_at_raw: e.occurred_at.raw, raw_event_type: name,
    provider_event_id: m.id, rescheduled_from: m.rescheduled_from, rescheduled_to: m.rescheduled_to,
    invitee: { email: lead.email, name: e.lead.name ?? ([lead.first_name, lead.last_name].filter(Boolean).join(' ') || null), timezone: lead.timezone },
    host_email: m.host_email, title: m.title,
    scheduled_start: m.start?.iso ?? null, scheduled_end: m.end?.iso ?? null,
    lead_ref: e.touch ? { provider_message_id: e.touch.id, provider_campaign_id: e.touch.campaign_id } : undefined,
  };
  if (m.cancel_reason) event.cancel = { reason: m.cancel_reason, canceled_by: null, canceler_type: null };
  if (e.outcome) event.outcome = e.outcome;
  if (e.attribution) event.attribution = { ...e.attribution, metadata: e.attribution.metadata ?? undefined };
  return { event };
}

function deal(item: unknown, name: string, prefix: (string | number)[]): One {
  const r = cisDealSchema.safeParse(item);
  if (!r.success) return { issues: zodIssues(r.error, prefix) };
  const { deal: d, lead, event_id, occurred_at } = r.data;
  const event: DealEvent = {
    type: 'deal', provider: 'cis', kind: own(CIS_DEAL, name)!, event_key: event_id,
    occurred_at: occurred_at.iso, occurred_at_raw: occurred_at.raw, raw_event_type: name,
    provider_deal_id: d.id, deal_name: d.name, provider_stage_id: d.stage, previous_stage_id: d.previous_stage,
    provider_pipeline_id: d.pipeline, status: d.status ?? null, value: d.value, currency: d.currency ?? null,
    lost_reason: d.lost_reason, close_date: d.close_date,
    contact: { email: lead?.email ?? null, provider_person_id: lead?.cis_lead_id ?? null },
  };
  return { event };
}

function leadOf(l: z.infer<typeof cisEngagementSchema>['lead']): EngagementEvent['lead'] {
  return {
    email: l.email, first_name: l.first_name, last_name: l.last_name, phone: l.phone, linkedin_url: l.linkedin_url,
    apollo_id: l.apollo_id, provider_lead_id: l.cis_lead_id, company_name: l.company_name, timezone: l.timezone,
  };
}
