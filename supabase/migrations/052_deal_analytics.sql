-- 052_deal_analytics (Phase 24E, OUTCOME-006): what the deals are worth, how long they take, why
-- they are lost and why leads say no, and which touches get the credit.
-- Objects: views funnel_revenue, deal_lost_reasons, lead_rejection_reasons, deal_attribution.
-- Money is never summed across currencies: every figure is per currency. funnel_revenue counts the
-- deals of the group's contacted leads created at or after their first touch in the group (as the
-- funnel does); deals deleted in the CRM are left out everywhere.
-- Security: views are security_invoker (the reader's RLS applies); members read.

create view public.funnel_revenue with (security_invoker = true) as
select g.client_id, g.dimension, g.group_id, g.group_value, d.currency, g.contacted,
  count(*) as deals,
  count(*) filter (where d.stage not in ('closed_won', 'closed_lost')) as open_deals,
  count(*) filter (where d.won) as won_deals,
  count(*) filter (where d.won is false) as lost_deals,
  coalesce(sum(d.value) filter (where d.won), 0) as won_value,
  round(avg(d.value) filter (where d.won), 2) as won_value_avg,
  percentile_cont(0.5) within group (order by d.value::float8) filter (where d.won) as won_value_median,
  percentile_cont(0.5) within group (order by d.days_to_close::float8) filter (where d.won) as median_days_to_close,
  coalesce(sum(d.value) filter (where d.stage not in ('closed_won', 'closed_lost')), 0) as open_pipeline_value,
  round(1000 * coalesce(sum(d.value) filter (where d.won), 0) / g.contacted, 2) as revenue_per_1000_contacted
from (
  select x.*, count(*) over (partition by x.client_id, x.dimension, x.group_id, x.group_value) as contacted
  from public.funnel_lead_groups x
) g
join public.deals d
  on d.lead_id = g.lead_id and d.client_id = g.client_id
 and d.created_at >= g.first_touch_at and d.provider_deleted_at is null
group by g.client_id, g.dimension, g.group_id, g.group_value, d.currency, g.contacted;
comment on view public.funnel_revenue is 'Deal outcomes per group (client, campaign, channel, template, A/B variant, seniority — as funnel_lead_groups) and currency: deals, won and lost, won value total / average / median, median days to close, open pipeline, and revenue per 1,000 leads contacted. Never summed across currencies.';
comment on column public.funnel_revenue.contacted is 'Leads of the group contacted (all currencies).';
comment on column public.funnel_revenue.deals is 'Deals in this currency of the group''s leads, created at or after their first touch in the group.';
comment on column public.funnel_revenue.open_deals is 'Deals not yet closed.';
comment on column public.funnel_revenue.won_deals is 'Deals won.';
comment on column public.funnel_revenue.lost_deals is 'Deals lost.';
comment on column public.funnel_revenue.won_value is 'Sum of the won deals'' values, in currency.';
comment on column public.funnel_revenue.won_value_avg is 'Average value of a won deal, in currency.';
comment on column public.funnel_revenue.won_value_median is 'Median value of a won deal, in currency.';
comment on column public.funnel_revenue.median_days_to_close is 'Median whole days from creation to close of the won deals.';
comment on column public.funnel_revenue.open_pipeline_value is 'Sum of the values of open deals, in currency.';
comment on column public.funnel_revenue.revenue_per_1000_contacted is 'won_value × 1000 / contacted: revenue in this currency per 1,000 leads contacted.';
create view public.deal_lost_reasons with (security_invoker = true) as
select r.client_id, r.lost_reason, r.deals, r.deals::float8 / sum(r.deals) over (partition by r.client_id) as share,
  rank() over (partition by r.client_id order by r.deals desc) as rank
from (
  select d.client_id, coalesce(min(nullif(btrim(d.lost_reason), '')), '(not given)') as lost_reason, count(*) as deals
  from public.deals d
  where d.stage = 'closed_lost' and d.provider_deleted_at is null
  group by d.client_id, lower(coalesce(nullif(btrim(d.lost_reason), ''), '(not given)'))
) r;
comment on view public.deal_lost_reasons is 'Why deals were lost, ranked per client (reasons compared case-insensitively; "(not given)" when the CRM sent none).';
comment on column public.deal_lost_reasons.deals is 'Lost deals with this reason.';
comment on column public.deal_lost_reasons.share is 'Share of the client''s lost deals.';
comment on column public.deal_lost_reasons.rank is '1 for the most frequent reason (ties share a rank).';
create view public.lead_rejection_reasons with (security_invoker = true) as
select r.client_id, r.rejection_reason, r.leads, r.leads::float8 / sum(r.leads) over (partition by r.client_id) as share,
  rank() over (partition by r.client_id order by r.leads desc) as rank
from (
  select l.client_id, l.rejection_reason, count(*) as leads
  from public.leads l
  where l.rejection_reason is not null
  group by l.client_id, l.rejection_reason
) r;
comment on view public.lead_rejection_reasons is 'Why leads said no (leads.rejection_reason from reply analysis), ranked per client.';
comment on column public.lead_rejection_reasons.leads is 'Leads with this rejection reason.';
comment on column public.lead_rejection_reasons.share is 'Share of the client''s leads with a rejection reason.';
comment on column public.lead_rejection_reasons.rank is '1 for the most frequent reason (ties share a rank).';
create view public.deal_attribution with (security_invoker = true) as
select d.client_id, t.model, t.channel, a.campaign_id, d.currency,
  count(*) as deals,
  count(*) filter (where d.won) as won_deals,
  coalesce(sum(d.value) filter (where d.won), 0) as won_value
from public.deals d
cross join lateral (values
  ('first_touch', d.first_touch_activity_id, d.first_touch_channel),
  ('last_touch', d.converting_activity_id, d.converting_channel)
) as t (model, activity_id, channel)
left join public.activities a on a.id = t.activity_id
where d.provider_deleted_at is null
group by d.client_id, t.model, t.channel, a.campaign_id, d.currency;
comment on view public.deal_attribution is 'Deals and won revenue credited by first touch and by last touch (the rule in the README), per channel, campaign and currency. channel null: no outbound touch preceded the conversion.';
comment on column public.deal_attribution.model is 'first_touch (deals.first_touch_activity_id) or last_touch (deals.converting_activity_id).';
comment on column public.deal_attribution.channel is 'Channel of the credited touch.';
comment on column public.deal_attribution.campaign_id is 'Campaign of the credited touch.';
comment on column public.deal_attribution.won_value is 'Sum of the won deals'' values, in currency.';
revoke all on public.funnel_revenue, public.deal_lost_reasons, public.lead_rejection_reasons, public.deal_attribution
  from anon, authenticated, service_role;
grant select on public.funnel_revenue, public.deal_lost_reasons, public.lead_rejection_reasons, public.deal_attribution
  to authenticated, service_role;
comment on column public.funnel_revenue.client_id is 'The client.';
comment on column public.funnel_revenue.dimension is 'client, campaign, channel, template, ab_variant or seniority (as funnel_lead_groups).';
comment on column public.funnel_revenue.group_id is 'campaign id, template id or A/B test id; null for client, channel and seniority.';
comment on column public.funnel_revenue.group_value is 'channel, A/B variant label or seniority; null otherwise.';
comment on column public.funnel_revenue.currency is 'Currency of every money figure in the row.';
comment on column public.deal_lost_reasons.client_id is 'The client.';
comment on column public.deal_lost_reasons.lost_reason is 'The reason as the CRM gave it (one spelling of those compared equal), or (not given).';
comment on column public.lead_rejection_reasons.client_id is 'The client.';
comment on column public.lead_rejection_reasons.rejection_reason is 'Why the leads said no.';
comment on column public.deal_attribution.client_id is 'The client.';
comment on column public.deal_attribution.currency is 'Currency of won_value.';
comment on column public.deal_attribution.deals is 'Deals credited to this touch group (CRM-deleted deals excluded).';
comment on column public.deal_attribution.won_deals is 'Of those, deals won.';
