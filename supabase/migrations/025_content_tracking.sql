-- 025_content_tracking (Phase 24B, spec CONTENT-001): exactly what was sent, and A/B tests.
-- Objects: activities.template_id, ab_variant, ab_test_id, full_message_body, links_included,
--          personalization_fields_used, personalization_fields_available; table ab_tests;
--          indexes idx_activities_template, idx_activities_ab_test, idx_ab_tests_client.
-- Fixed from the spec draft: template and A/B test references are tenant-checked (composite keys,
--          so an activity cannot point at another client's template or test); ab_tests has RLS,
--          a checked metric and winner, and its campaign must belong to its client.
-- Triggers on ab_tests, in firing order: BEFORE ROW ab_tests_10_plan (041), ab_tests_20_touch_updated_at;
-- AFTER STMT ab_tests_50_default_variants (041). Experiments: 041; their analysis: 042.

create table public.ab_tests (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  campaign_id uuid not null,
  name text not null check (length(trim(name)) > 0),
  hypothesis text,
  variant_a_description text,
  variant_b_description text,
  metric text not null default 'reply_rate' check (metric in (
    'human_open_rate', 'click_rate', 'reply_rate', 'positive_reply_rate', 'meeting_booked_rate',
    'meeting_held_rate', 'deal_won_rate', 'revenue_per_lead'
  )),
  sample_size_target integer check (sample_size_target > 0),
  started_at timestamptz default now(),
  ended_at timestamptz,
  winner text check (winner ~ '^[A-Za-z0-9_-]{1,32}$'),
  confidence double precision check (confidence between 0 and 1),
  created_at timestamptz default now(),
  updated_at timestamptz not null default now(),
  unique (client_id, id),
  foreign key (client_id, campaign_id) references public.campaigns (client_id, id) on delete cascade,
  constraint ab_tests_ends_after_start check (ended_at is null or started_at is null or ended_at >= started_at)
);
comment on table public.ab_tests is 'An A/B experiment within one campaign. winner and confidence are written by the analysis, never by hand.';
comment on column public.ab_tests.metric is 'Primary metric the experiment is judged on.';
comment on column public.ab_tests.winner is 'Variant label that won (''A'', ''B'', …) or ''no_difference''; null while undecided.';
comment on column public.ab_tests.confidence is 'Chance (0–1) that the winner beats control, from the analysis.';
create index idx_ab_tests_client on public.ab_tests (client_id);
create index ab_tests_campaign_idx on public.ab_tests (client_id, campaign_id);
create trigger ab_tests_20_touch_updated_at before update on public.ab_tests
  for each row execute function private.touch_updated_at();
select private.secure_tenant_table('public.ab_tests', editable => true);
alter table public.activities
  add column template_id uuid,
  add column ab_variant text,
  add column ab_test_id uuid,
  add column full_message_body text,
  add column links_included text[],
  add column personalization_fields_used text[],
  add column personalization_fields_available text[],
  add constraint activities_template_same_client foreign key (client_id, template_id)
    references public.email_templates (client_id, id) on delete set null (template_id),
  add constraint activities_ab_test_same_client foreign key (client_id, ab_test_id)
    references public.ab_tests (client_id, id) on delete set null (ab_test_id),
  add constraint activities_variant_needs_test check (ab_variant is null or ab_test_id is not null);
create index idx_activities_template on public.activities (template_id);
create index idx_activities_ab_test on public.activities (ab_test_id);
comment on column public.activities.template_id is 'Template the message was written from.';
comment on column public.activities.ab_variant is 'A/B variant label this lead received (''A'', ''B'', ''control'', …).';
comment on column public.activities.full_message_body is 'The complete message as sent, not a preview.';
comment on column public.activities.links_included is 'URLs in the message (tracking redirects unwrapped where the target is recoverable).';
comment on column public.activities.personalization_fields_used is 'Personalisation fields the message actually used.';
comment on column public.activities.personalization_fields_available is 'Personalisation fields that were available for this lead.';
comment on column public.activities.content_snapshot is '
{
  "subject": "string",
  "body_preview": "string (first 200 chars)",
  "body_full": "string (complete message)",
  "pain_points": ["array"],
  "cta_type": "string",
  "personalization_used": ["array"],
  "personalization_available": ["array"],
  "word_count": "integer",
  "has_question": "boolean",
  "links": ["array of URLs"],
  "template_name": "string",
  "ai_model": "string",
  "prompt_version": "string"
}';
