-- 051_funnel (Phase 24E, OUTCOME-006): contacted → replied → positive reply → meeting booked →
-- held → deal → won, per client and by campaign, channel, template, A/B variant and seniority.
-- Objects: function private.funnel_steps(); views lead_funnel, funnel_lead_groups,
--          funnel_group_counts, funnel_by_client, funnel_by_campaign, funnel_by_channel,
--          funnel_by_template, funnel_by_ab_variant, funnel_by_seniority.
-- Rules (README "Meetings, deals and the funnel"):
--   * a lead is in a group (campaign, channel, template, variant) when it received at least one
--     outbound touch of that group; its outcomes count for the group when they happened at or
--     after its first touch in the group, so inbound leads and earlier outcomes never inflate it;
--   * stages are cumulative — the furthest stage reached: a lead who booked through the link in
--     an email without writing back has replied positively; a won deal is a deal; a deal counts as
--     a held meeting. So each step is a subset of the one before and its conversion is a true
--     proportion, given with a 95% Wilson interval (stats.wilson_interval);
--   * replied excludes out-of-office replies; positive = interested or meeting_request;
--     held = attendance confirmed (never assumed); deals deleted in the CRM are left out.
-- Security: views are security_invoker (the reader's RLS applies); members read.

create function private.funnel_steps(
  contacted bigint, replied bigint, positive_reply bigint, meeting_booked bigint, meeting_held bigint,
  deals bigint, won bigint
)
returns table (
  step_order integer, step text, leads bigint, previous_leads bigint, conversion double precision,
  conversion_ci_low double precision, conversion_ci_high double precision, share_of_contacted double precision
)
language sql
immutable
parallel safe
set search_path = ''
as $$
  select s.o, s.step, s.n, s.prev, s.n::float8 / nullif(s.prev, 0), w.low, w.high, s.n::float8 / nullif(contacted, 0)
  from (values
    (1, 'contacted', contacted, null::bigint),
    (2, 'replied', replied, contacted),
    (3, 'positive_reply', positive_reply, replied),
    (4, 'meeting_booked', meeting_booked, positive_reply),
    (5, 'meeting_held', meeting_held, meeting_booked),
    (6, 'deal', deals, meeting_held),
    (7, 'won', won, deals)
  ) as s (o, step, n, prev)
  left join lateral stats.wilson_interval(s.prev, s.n) w on s.prev > 0
  order by s.o
$$;
comment on function private.funnel_steps(bigint, bigint, bigint, bigint, bigint, bigint, bigint) is 'The seven funnel steps as rows: leads at each step, conversion from the previous step with its 95% Wilson interval, and share of leads contacted.';
revoke all on function private.funnel_steps(bigint, bigint, bigint, bigint, bigint, bigint, bigint) from public, anon, authenticated;
grant execute on function private.funnel_steps(bigint, bigint, bigint, bigint, bigint, bigint, bigint) to authenticated, service_role;
create view public.lead_funnel with (security_invoker = true) as
select l.client_id, l.id as lead_id, t.first_touch_at,
  r.replied_at, r.positive_reply_at, m.meeting_booked_at, m.meeting_held_at, d.deal_at, d.won_at
from public.leads l
join lateral (
  select min(a.sent_at) as first_touch_at from public.activities a where a.lead_id = l.id
) t on t.first_touch_at is not null
left join lateral (
  select min(x.received_at) filter (where x.reply_intent is distinct from 'out_of_office') as replied_at,
    min(x.received_at) filter (where x.reply_intent in ('interested', 'meeting_request')) as positive_reply_at
  from public.replies x where x.lead_id = l.id
) r on true
left join lateral (
  select min(x.booked_at) as meeting_booked_at,
    min(x.scheduled_at) filter (where (x.showed_up is true or (x.showed_up is null and x.status = 'completed'))
      and x.status not in ('canceled', 'rescheduled')) as meeting_held_at
  from public.meetings x where x.lead_id = l.id
) m on true
left join lateral (
  select min(x.created_at) as deal_at, min(x.closed_at) filter (where x.won) as won_at
  from public.deals x where x.lead_id = l.id and x.provider_deleted_at is null
) d on true;
comment on view public.lead_funnel is 'One row per contacted lead: when it was first touched and when it first reached each outcome (raw times; the funnel views make them cumulative).';
comment on column public.lead_funnel.first_touch_at is 'The lead''s first outbound touch (any channel).';
comment on column public.lead_funnel.replied_at is 'First reply that is not an out-of-office.';
comment on column public.lead_funnel.positive_reply_at is 'First reply classified interested or meeting_request.';
comment on column public.lead_funnel.meeting_booked_at is 'First booking of any meeting.';
comment on column public.lead_funnel.meeting_held_at is 'Start of the first meeting confirmed attended.';
comment on column public.lead_funnel.deal_at is 'Creation of the first deal (CRM-deleted deals excluded).';
comment on column public.lead_funnel.won_at is 'Close of the first won deal.';
create view public.funnel_lead_groups with (security_invoker = true) as
select g.client_id, g.dimension, g.group_id, g.group_value, g.lead_id, g.first_touch_at,
  r.replied, p.positive_reply, b.meeting_booked, h.meeting_held, d.deal, w.won
from (
  select a.client_id, 'client'::text as dimension, null::uuid as group_id, null::text as group_value,
    a.lead_id, min(a.sent_at) as first_touch_at
  from public.activities a group by a.client_id, a.lead_id
  union all
  select a.client_id, 'campaign', a.campaign_id, null, a.lead_id, min(a.sent_at)
  from public.activities a where a.campaign_id is not null group by a.client_id, a.campaign_id, a.lead_id
  union all
  select a.client_id, 'channel', null, a.channel::text, a.lead_id, min(a.sent_at)
  from public.activities a group by a.client_id, a.channel, a.lead_id
  union all
  select a.client_id, 'template', a.template_id, null, a.lead_id, min(a.sent_at)
  from public.activities a where a.template_id is not null group by a.client_id, a.template_id, a.lead_id
  union all
  select a.client_id, 'ab_variant', a.ab_test_id, a.ab_variant, a.lead_id, min(a.sent_at)
  from public.activities a where a.ab_test_id is not null and a.ab_variant is not null
  group by a.client_id, a.ab_test_id, a.ab_variant, a.lead_id
  union all
  select a.client_id, 'seniority', null, coalesce(pl.seniority, 'unknown'), a.lead_id, min(a.sent_at)
  from public.activities a
  join public.leads l on l.id = a.lead_id
  left join public.lead_pool pl on pl.id = l.lead_pool_id
  group by a.client_id, coalesce(pl.seniority, 'unknown'), a.lead_id
) g
join public.lead_funnel f on f.lead_id = g.lead_id
cross join lateral (select coalesce(f.won_at >= g.first_touch_at, false) as won) w
cross join lateral (select w.won or coalesce(f.deal_at >= g.first_touch_at, false) as deal) d
cross join lateral (select d.deal or coalesce(f.meeting_held_at >= g.first_touch_at, false) as meeting_held) h
cross join lateral (select h.meeting_held or coalesce(f.meeting_booked_at >= g.first_touch_at, false) as meeting_booked) b
cross join lateral (select b.meeting_booked or coalesce(f.positive_reply_at >= g.first_touch_at, false) as positive_reply) p
cross join lateral (select p.positive_reply or coalesce(f.replied_at >= g.first_touch_at, false) as replied) r;
comment on view public.funnel_lead_groups is 'Each contacted lead in each group it belongs to (client, campaign, channel, template, A/B variant, seniority), with the furthest funnel stage it reached after its first touch in that group (stages cumulative).';
comment on column public.funnel_lead_groups.dimension is 'client, campaign, channel, template, ab_variant or seniority.';
comment on column public.funnel_lead_groups.group_id is 'campaign id, template id or A/B test id; null for client, channel and seniority.';
comment on column public.funnel_lead_groups.group_value is 'channel, A/B variant label or seniority; null otherwise.';
comment on column public.funnel_lead_groups.first_touch_at is 'The lead''s first touch within the group; outcomes before it do not count for the group.';
comment on column public.funnel_lead_groups.replied is 'Replied (not out-of-office) or reached any later stage, after first_touch_at.';
comment on column public.funnel_lead_groups.positive_reply is 'Replied interested / meeting_request, or reached any later stage.';
comment on column public.funnel_lead_groups.meeting_booked is 'Booked a meeting, or reached any later stage.';
comment on column public.funnel_lead_groups.meeting_held is 'Attended a meeting (confirmed), or got a deal.';
comment on column public.funnel_lead_groups.deal is 'Got a deal (not CRM-deleted), won or not.';
comment on column public.funnel_lead_groups.won is 'Won a deal.';
create view public.funnel_group_counts with (security_invoker = true) as
select g.client_id, g.dimension, g.group_id, g.group_value,
  count(*) as contacted,
  count(*) filter (where g.replied) as replied,
  count(*) filter (where g.positive_reply) as positive_reply,
  count(*) filter (where g.meeting_booked) as meeting_booked,
  count(*) filter (where g.meeting_held) as meeting_held,
  count(*) filter (where g.deal) as deals,
  count(*) filter (where g.won) as won
from public.funnel_lead_groups g
group by g.client_id, g.dimension, g.group_id, g.group_value;
comment on view public.funnel_group_counts is 'Leads at each funnel stage per group (one row per client and dimension value): the wide form of the funnel_by_* views.';
create view public.funnel_by_client with (security_invoker = true) as
select c.client_id, s.*
from public.funnel_group_counts c
cross join lateral private.funnel_steps(c.contacted, c.replied, c.positive_reply, c.meeting_booked, c.meeting_held, c.deals, c.won) s
where c.dimension = 'client';
comment on view public.funnel_by_client is 'The funnel of each client, one row per step: leads, conversion from the previous step with its 95% Wilson interval, share of leads contacted.';
create view public.funnel_by_campaign with (security_invoker = true) as
select c.client_id, c.group_id as campaign_id, k.name as campaign_name, s.*
from public.funnel_group_counts c
left join public.campaigns k on k.id = c.group_id
cross join lateral private.funnel_steps(c.contacted, c.replied, c.positive_reply, c.meeting_booked, c.meeting_held, c.deals, c.won) s
where c.dimension = 'campaign';
comment on view public.funnel_by_campaign is 'The funnel per campaign (leads touched by the campaign, outcomes after their first touch in it), one row per step.';
create view public.funnel_by_channel with (security_invoker = true) as
select c.client_id, c.group_value::public.channel_type as channel, s.*
from public.funnel_group_counts c
cross join lateral private.funnel_steps(c.contacted, c.replied, c.positive_reply, c.meeting_booked, c.meeting_held, c.deals, c.won) s
where c.dimension = 'channel';
comment on view public.funnel_by_channel is 'The funnel per channel (leads touched on the channel, outcomes after their first touch on it), one row per step. A lead touched on two channels is in both.';
create view public.funnel_by_template with (security_invoker = true) as
select c.client_id, c.group_id as template_id, t.name as template_name, s.*
from public.funnel_group_counts c
left join public.email_templates t on t.id = c.group_id
cross join lateral private.funnel_steps(c.contacted, c.replied, c.positive_reply, c.meeting_booked, c.meeting_held, c.deals, c.won) s
where c.dimension = 'template';
comment on view public.funnel_by_template is 'The funnel per message template (leads sent the template, outcomes after the first such send), one row per step.';
create view public.funnel_by_ab_variant with (security_invoker = true) as
select c.client_id, c.group_id as ab_test_id, t.name as ab_test_name, c.group_value as ab_variant, s.*
from public.funnel_group_counts c
left join public.ab_tests t on t.id = c.group_id
cross join lateral private.funnel_steps(c.contacted, c.replied, c.positive_reply, c.meeting_booked, c.meeting_held, c.deals, c.won) s
where c.dimension = 'ab_variant';
comment on view public.funnel_by_ab_variant is 'The funnel per A/B test variant (activities.ab_test_id / ab_variant), one row per step.';
create view public.funnel_by_seniority with (security_invoker = true) as
select c.client_id, c.group_value as seniority, s.*
from public.funnel_group_counts c
cross join lateral private.funnel_steps(c.contacted, c.replied, c.positive_reply, c.meeting_booked, c.meeting_held, c.deals, c.won) s
where c.dimension = 'seniority';
comment on view public.funnel_by_seniority is 'The funnel per lead seniority (Apollo; unknown when not enriched), one row per step.';
revoke all on public.lead_funnel, public.funnel_lead_groups, public.funnel_group_counts, public.funnel_by_client,
  public.funnel_by_campaign, public.funnel_by_channel, public.funnel_by_template, public.funnel_by_ab_variant,
  public.funnel_by_seniority
  from anon, authenticated, service_role;
grant select on public.lead_funnel, public.funnel_lead_groups, public.funnel_group_counts, public.funnel_by_client,
  public.funnel_by_campaign, public.funnel_by_channel, public.funnel_by_template, public.funnel_by_ab_variant,
  public.funnel_by_seniority
  to authenticated, service_role;
do $$
declare
  v text;
  c record;
begin
  foreach v in array array['funnel_by_client', 'funnel_by_campaign', 'funnel_by_channel', 'funnel_by_template',
    'funnel_by_ab_variant', 'funnel_by_seniority']
  loop
    for c in select * from (values
      ('step_order', '1 contacted, 2 replied, 3 positive_reply, 4 meeting_booked, 5 meeting_held, 6 deal, 7 won.'),
      ('step', 'Funnel step name.'),
      ('leads', 'Leads that reached this step or a later one (stages are cumulative).'),
      ('previous_leads', 'Leads at the previous step (null for contacted).'),
      ('conversion', 'leads / previous_leads.'),
      ('conversion_ci_low', 'Lower bound of the 95% Wilson interval of conversion.'),
      ('conversion_ci_high', 'Upper bound of the 95% Wilson interval of conversion.'),
      ('share_of_contacted', 'leads / leads contacted.')) as x (col, doc)
    loop
      execute format('comment on column public.%I.%I is %L', v, c.col, c.doc);
    end loop;
  end loop;
  foreach v in array array['contacted', 'replied', 'positive_reply', 'meeting_booked', 'meeting_held', 'deals', 'won']
  loop
    execute format('comment on column public.funnel_group_counts.%I is %L', v,
      'Leads of the group that reached this stage or a later one after their first touch in the group.');
  end loop;
end;
$$;
do $$
declare
  v text;
begin
  foreach v in array array['lead_funnel', 'funnel_lead_groups', 'funnel_group_counts', 'funnel_by_client',
    'funnel_by_campaign', 'funnel_by_channel', 'funnel_by_template', 'funnel_by_ab_variant', 'funnel_by_seniority']
  loop
    execute format('comment on column public.%I.client_id is %L', v, 'The client the leads belong to.');
  end loop;
end;
$$;
comment on column public.lead_funnel.lead_id is 'The lead.';
comment on column public.funnel_lead_groups.lead_id is 'The lead.';
comment on column public.funnel_group_counts.dimension is 'client, campaign, channel, template, ab_variant or seniority.';
comment on column public.funnel_group_counts.group_id is 'campaign id, template id or A/B test id; null for client, channel and seniority.';
comment on column public.funnel_group_counts.group_value is 'channel, A/B variant label or seniority; null otherwise.';
comment on column public.funnel_by_campaign.campaign_id is 'The campaign.';
comment on column public.funnel_by_campaign.campaign_name is 'The campaign''s name.';
comment on column public.funnel_by_channel.channel is 'The channel the leads were touched on.';
comment on column public.funnel_by_template.template_id is 'The template the leads were sent.';
comment on column public.funnel_by_template.template_name is 'The template''s name.';
comment on column public.funnel_by_ab_variant.ab_test_id is 'The A/B test.';
comment on column public.funnel_by_ab_variant.ab_test_name is 'The test''s name.';
comment on column public.funnel_by_ab_variant.ab_variant is 'The variant label the leads received.';
comment on column public.funnel_by_seniority.seniority is 'Apollo seniority of the leads (unknown when not enriched).';
