-- 050_meeting_attendance (Phase 24E, OUTCOME-007): did the meetings happen — and how sure are we.
-- Objects: function private.show_rate(); views meeting_attendance, show_rate_by_client,
--          show_rate_by_campaign, show_rate_by_channel, show_rate_by_seniority,
--          show_rate_by_lead_time.
-- Attendance is derived, never assumed: held needs a positive signal (showed_up true or status
-- completed); a meeting past its end with no signal is `unconfirmed`, not held.
-- Show rate = held / (held + no_show), with a 95% Wilson interval (stats.wilson_interval); the
-- unconfirmed ones are left out of it and shown beside it, with the floor the rate would have if
-- every one of them had been missed. A booking replaced by a reschedule is not counted (its
-- successor is). Channel is the meeting's converting channel (last touch before booking).
-- Security: views are security_invoker (the reader's RLS applies); members read.

create function private.show_rate(held bigint, no_show bigint, unconfirmed bigint)
returns table (
  show_rate double precision, show_rate_ci_low double precision, show_rate_ci_high double precision,
  show_rate_floor double precision, confirmed_share double precision
)
language sql
immutable
parallel safe
set search_path = ''
as $$
  select held::float8 / nullif(held + no_show, 0), w.low, w.high,
    held::float8 / nullif(held + no_show + unconfirmed, 0),
    (held + no_show)::float8 / nullif(held + no_show + unconfirmed, 0)
  from (select 1) as one
  left join lateral stats.wilson_interval(held + no_show, held) w on held + no_show > 0
$$;
comment on function private.show_rate(bigint, bigint, bigint) is 'Show rate held/(held+no_show) with its 95% Wilson interval, the floor if every unconfirmed meeting was missed, and the share of past meetings with a confirmed outcome.';
revoke all on function private.show_rate(bigint, bigint, bigint) from public, anon, authenticated;
grant execute on function private.show_rate(bigint, bigint, bigint) to authenticated, service_role;
create view public.meeting_attendance with (security_invoker = true) as
select m.client_id, m.id as meeting_id, m.lead_id, m.campaign_id, m.converting_channel as channel,
  coalesce(p.seniority, 'unknown') as seniority,
  m.provider, m.booked_at, m.scheduled_at, m.ends_at, m.status, m.showed_up, m.showed_up_confirmed_at,
  case
    when m.status = 'rescheduled' then 'rescheduled'
    when m.status = 'canceled' then 'canceled'
    when m.showed_up is true or (m.showed_up is null and m.status = 'completed') then 'held'
    when m.showed_up is false or m.status = 'no_show' then 'no_show'
    when coalesce(m.ends_at, m.scheduled_at) > pg_catalog.now() then 'upcoming'
    else 'unconfirmed'
  end as attendance,
  round((extract(epoch from (m.scheduled_at - m.booked_at)) / 3600)::numeric, 1) as lead_time_hours,
  b.band as lead_time_band,
  b.band_order as lead_time_band_order
from public.meetings m
join public.leads l on l.id = m.lead_id
left join public.lead_pool p on p.id = l.lead_pool_id
cross join lateral (
  select case
      when m.scheduled_at - m.booked_at < interval '1 day' then 'under_1d'
      when m.scheduled_at - m.booked_at < interval '3 days' then '1_3d'
      when m.scheduled_at - m.booked_at < interval '7 days' then '3_7d'
      when m.scheduled_at - m.booked_at < interval '14 days' then '7_14d'
      else '14d_plus' end as band,
    case
      when m.scheduled_at - m.booked_at < interval '1 day' then 1
      when m.scheduled_at - m.booked_at < interval '3 days' then 2
      when m.scheduled_at - m.booked_at < interval '7 days' then 3
      when m.scheduled_at - m.booked_at < interval '14 days' then 4
      else 5 end as band_order
) b;
comment on view public.meeting_attendance is 'One row per meeting with its derived attendance: held, no_show, unconfirmed (past its end with no signal — never assumed held), upcoming, canceled or rescheduled; plus what show rates are grouped by.';
comment on column public.meeting_attendance.attendance is 'held (confirmed attended), no_show (confirmed missed), unconfirmed (ended, no signal), upcoming (not ended yet), canceled, rescheduled (replaced by another booking).';
comment on column public.meeting_attendance.channel is 'Converting channel: the channel of the last outbound touch before the booking.';
comment on column public.meeting_attendance.seniority is 'Apollo seniority of the lead; unknown when not enriched.';
comment on column public.meeting_attendance.lead_time_hours is 'Hours between booking and the meeting''s start.';
comment on column public.meeting_attendance.lead_time_band is 'Lead time band: under_1d, 1_3d, 3_7d, 7_14d, 14d_plus (lead_time_band_order sorts them).';
comment on column public.meeting_attendance.client_id is 'The client the meeting belongs to.';
comment on column public.meeting_attendance.meeting_id is 'The meeting.';
comment on column public.meeting_attendance.lead_id is 'The lead who booked it.';
comment on column public.meeting_attendance.campaign_id is 'The meeting''s campaign (booking-link hint, else its last touch''s).';
comment on column public.meeting_attendance.provider is 'calendly, calcom, cis, or null for a meeting entered by hand.';
comment on column public.meeting_attendance.booked_at is 'When the booking was made.';
comment on column public.meeting_attendance.scheduled_at is 'When the meeting starts.';
comment on column public.meeting_attendance.ends_at is 'When the meeting ends (null: unknown; the start is used).';
comment on column public.meeting_attendance.status is 'meetings.status as stored.';
comment on column public.meeting_attendance.showed_up is 'meetings.showed_up: true attended, false missed, null unconfirmed.';
comment on column public.meeting_attendance.showed_up_confirmed_at is 'When attendance was confirmed.';
comment on column public.meeting_attendance.lead_time_band_order is '1 (under_1d) … 5 (14d_plus), to sort the bands.';
create view public.show_rate_by_client with (security_invoker = true) as
select g.client_id, g.meetings, g.canceled, g.upcoming, g.held, g.no_show, g.unconfirmed, r.*
from (
  select a.client_id,
    count(*) filter (where a.attendance <> 'rescheduled') as meetings,
    count(*) filter (where a.attendance = 'canceled') as canceled,
    count(*) filter (where a.attendance = 'upcoming') as upcoming,
    count(*) filter (where a.attendance = 'held') as held,
    count(*) filter (where a.attendance = 'no_show') as no_show,
    count(*) filter (where a.attendance = 'unconfirmed') as unconfirmed
  from public.meeting_attendance a
  group by a.client_id
) g
cross join lateral private.show_rate(g.held, g.no_show, g.unconfirmed) r;
comment on view public.show_rate_by_client is 'Show rate per client: held / (held + no_show) with a 95% Wilson interval; unconfirmed meetings are counted apart (show_rate_floor assumes they were all missed). meetings excludes bookings replaced by a reschedule.';
create view public.show_rate_by_campaign with (security_invoker = true) as
select g.client_id, g.campaign_id, c.name as campaign_name,
  g.meetings, g.canceled, g.upcoming, g.held, g.no_show, g.unconfirmed, r.*
from (
  select a.client_id, a.campaign_id,
    count(*) filter (where a.attendance <> 'rescheduled') as meetings,
    count(*) filter (where a.attendance = 'canceled') as canceled,
    count(*) filter (where a.attendance = 'upcoming') as upcoming,
    count(*) filter (where a.attendance = 'held') as held,
    count(*) filter (where a.attendance = 'no_show') as no_show,
    count(*) filter (where a.attendance = 'unconfirmed') as unconfirmed
  from public.meeting_attendance a
  group by a.client_id, a.campaign_id
) g
left join public.campaigns c on c.id = g.campaign_id
cross join lateral private.show_rate(g.held, g.no_show, g.unconfirmed) r;
comment on view public.show_rate_by_campaign is 'Show rate per client and meeting campaign (null: no campaign known), as show_rate_by_client.';
create view public.show_rate_by_channel with (security_invoker = true) as
select g.client_id, g.channel, g.meetings, g.canceled, g.upcoming, g.held, g.no_show, g.unconfirmed, r.*
from (
  select a.client_id, a.channel,
    count(*) filter (where a.attendance <> 'rescheduled') as meetings,
    count(*) filter (where a.attendance = 'canceled') as canceled,
    count(*) filter (where a.attendance = 'upcoming') as upcoming,
    count(*) filter (where a.attendance = 'held') as held,
    count(*) filter (where a.attendance = 'no_show') as no_show,
    count(*) filter (where a.attendance = 'unconfirmed') as unconfirmed
  from public.meeting_attendance a
  group by a.client_id, a.channel
) g
cross join lateral private.show_rate(g.held, g.no_show, g.unconfirmed) r;
comment on view public.show_rate_by_channel is 'Show rate per client and converting channel (the last touch before booking; null when no touch preceded it), as show_rate_by_client.';
create view public.show_rate_by_seniority with (security_invoker = true) as
select g.client_id, g.seniority, g.meetings, g.canceled, g.upcoming, g.held, g.no_show, g.unconfirmed, r.*
from (
  select a.client_id, a.seniority,
    count(*) filter (where a.attendance <> 'rescheduled') as meetings,
    count(*) filter (where a.attendance = 'canceled') as canceled,
    count(*) filter (where a.attendance = 'upcoming') as upcoming,
    count(*) filter (where a.attendance = 'held') as held,
    count(*) filter (where a.attendance = 'no_show') as no_show,
    count(*) filter (where a.attendance = 'unconfirmed') as unconfirmed
  from public.meeting_attendance a
  group by a.client_id, a.seniority
) g
cross join lateral private.show_rate(g.held, g.no_show, g.unconfirmed) r;
comment on view public.show_rate_by_seniority is 'Show rate per client and lead seniority (Apollo; unknown when not enriched), as show_rate_by_client.';
create view public.show_rate_by_lead_time with (security_invoker = true) as
select g.client_id, g.lead_time_band, g.lead_time_band_order,
  g.meetings, g.canceled, g.upcoming, g.held, g.no_show, g.unconfirmed, r.*
from (
  select a.client_id, a.lead_time_band, a.lead_time_band_order,
    count(*) filter (where a.attendance <> 'rescheduled') as meetings,
    count(*) filter (where a.attendance = 'canceled') as canceled,
    count(*) filter (where a.attendance = 'upcoming') as upcoming,
    count(*) filter (where a.attendance = 'held') as held,
    count(*) filter (where a.attendance = 'no_show') as no_show,
    count(*) filter (where a.attendance = 'unconfirmed') as unconfirmed
  from public.meeting_attendance a
  group by a.client_id, a.lead_time_band, a.lead_time_band_order
) g
cross join lateral private.show_rate(g.held, g.no_show, g.unconfirmed) r;
comment on view public.show_rate_by_lead_time is 'Show rate per client and lead-time band between booking and meeting (under_1d … 14d_plus), as show_rate_by_client.';
revoke all on public.meeting_attendance, public.show_rate_by_client, public.show_rate_by_campaign,
  public.show_rate_by_channel, public.show_rate_by_seniority, public.show_rate_by_lead_time
  from anon, authenticated, service_role;
grant select on public.meeting_attendance, public.show_rate_by_client, public.show_rate_by_campaign,
  public.show_rate_by_channel, public.show_rate_by_seniority, public.show_rate_by_lead_time
  to authenticated, service_role;

-- The five show-rate views share their figures' meaning; one definition documents them all.
do $$
declare
  v text;
  c record;
begin
  foreach v in array array['show_rate_by_client', 'show_rate_by_campaign', 'show_rate_by_channel',
    'show_rate_by_seniority', 'show_rate_by_lead_time']
  loop
    for c in select * from (values
      ('meetings', 'Bookings, not counting those replaced by a reschedule.'),
      ('canceled', 'Bookings canceled (not rescheduled).'),
      ('upcoming', 'Meetings that have not ended yet.'),
      ('held', 'Meetings confirmed attended.'),
      ('no_show', 'Meetings confirmed missed.'),
      ('unconfirmed', 'Meetings past their end with no attendance signal.'),
      ('show_rate', 'held / (held + no_show); null without confirmed meetings.'),
      ('show_rate_ci_low', 'Lower bound of the 95% Wilson interval of show_rate.'),
      ('show_rate_ci_high', 'Upper bound of the 95% Wilson interval of show_rate.'),
      ('show_rate_floor', 'held / (held + no_show + unconfirmed): the show rate if every unconfirmed meeting was missed.'),
      ('confirmed_share', 'Share of ended meetings whose attendance is confirmed.')) as x (col, doc)
    loop
      execute format('comment on column public.%I.%I is %L', v, c.col, c.doc);
    end loop;
  end loop;
end;
$$;
do $$
declare
  v text;
begin
  foreach v in array array['show_rate_by_client', 'show_rate_by_campaign', 'show_rate_by_channel',
    'show_rate_by_seniority', 'show_rate_by_lead_time']
  loop
    execute format('comment on column public.%I.client_id is %L', v, 'The client the meetings belong to.');
  end loop;
end;
$$;
comment on column public.show_rate_by_campaign.campaign_id is 'The meetings'' campaign (null: none known).';
comment on column public.show_rate_by_campaign.campaign_name is 'The campaign''s name.';
comment on column public.show_rate_by_channel.channel is 'Converting channel of the meetings (null: no touch before booking).';
comment on column public.show_rate_by_seniority.seniority is 'Apollo seniority of the leads (unknown when not enriched).';
comment on column public.show_rate_by_lead_time.lead_time_band is 'Lead time between booking and meeting: under_1d, 1_3d, 3_7d, 7_14d, 14d_plus.';
comment on column public.show_rate_by_lead_time.lead_time_band_order is '1 (under_1d) … 5 (14d_plus), to sort the bands.';
