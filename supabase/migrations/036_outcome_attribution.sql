-- 036_outcome_attribution (intake, Phase 24E): how meetings and deals are tied to leads, to each other
-- and to the touches that earned them.
-- Objects: functions private.ensure_leads(), private.refresh_meeting_attribution(),
--          private.link_deals_to_meetings(), private.refresh_deal_attribution(),
--          private.refresh_lead_outcomes(), private.activities_refresh_outcome_attribution(),
--          public.refresh_outcomes(); trigger activities_60_refresh_outcome_attribution.
-- Attribution rule (README "Meetings, deals and the funnel"):
--   last touch  = the lead's last outbound touch (any channel, by sent_at) at or before the moment
--                 the meeting was booked — the first booking of a reschedule chain — or, for a
--                 deal without a meeting, at or before the deal was created;
--   first touch = the lead's first outbound touch, when a last touch exists (no touch before the
--                 conversion point means the deal did not come from outbound: both stay null).
--   A meeting's campaign is the one its booking link named (utm / metadata / cis touch), else the
--   one of the booking it replaces, else the campaign of its last touch.
-- Order-proof: recomputed whenever a meeting, a deal or a touch of the lead arrives through the
-- intake, so a touch back-filled after the deal still gets the credit. Meetings and deals written
-- directly (by hand, imports) get theirs from public.refresh_outcomes(). Nothing destructive.

-- Leads for the given people, created under the client when their email is unknown (as
-- public.ingest_engagement_events does). Returns one row per normalised email.
create function private.ensure_leads(p_client_id uuid, p_people jsonb)
returns table (email text, lead_id uuid)
language plpgsql
set search_path = ''
as $$
begin
  insert into public.leads (client_id, email, first_name, last_name, timezone)
  select distinct on (lower(btrim(x.email)))
    p_client_id, lower(btrim(x.email)), x.first_name, x.last_name,
    case when private.known_timezone(x.timezone) then x.timezone end
  from jsonb_to_recordset(p_people) as x (email text, first_name text, last_name text, timezone text)
  where nullif(btrim(x.email), '') is not null
  order by lower(btrim(x.email))
  on conflict (client_id, email_normalized) where email_normalized is not null do nothing;

  return query
  select l.email_normalized, l.id
  from public.leads l
  where l.client_id = p_client_id
    and l.email_normalized in (
      select lower(btrim(x.email)) from jsonb_to_recordset(p_people) as x (email text));
end;
$$;
comment on function private.ensure_leads(uuid, jsonb) is 'Lead ids for [{email, first_name, last_name, timezone}], creating leads for unknown emails.';
revoke all on function private.ensure_leads(uuid, jsonb) from public, anon, authenticated;
grant execute on function private.ensure_leads(uuid, jsonb) to service_role;

-- Last touch before the first booking of each meeting's reschedule chain, and the campaign.
create function private.refresh_meeting_attribution(meeting_ids uuid[])
returns void
language sql
set search_path = ''
as $$
  with recursive chain as (
    select m.id as meeting_id, m.rescheduled_from_id as prev, m.booked_at, m.campaign_id, 0 as depth
    from public.meetings m
    where m.id = any (meeting_ids)
    union all
    select c.meeting_id, p.rescheduled_from_id, p.booked_at, p.campaign_id, c.depth + 1
    from chain c
    join public.meetings p on p.id = c.prev
    where c.depth < 50 -- a corrupt cycle cannot recurse forever
  ), anchor as (
    select c.meeting_id, min(c.booked_at) as booked_at,
      (array_agg(c.campaign_id order by c.depth) filter (where c.campaign_id is not null))[1] as chain_campaign
    from chain c
    group by c.meeting_id
  ), credited as (
    select m.id, t.id as activity_id, t.channel, coalesce(a.chain_campaign, t.campaign_id) as campaign_id
    from anchor a
    join public.meetings m on m.id = a.meeting_id
    left join lateral (
      select x.id, x.channel, x.campaign_id
      from public.activities x
      where x.lead_id = m.lead_id and x.client_id = m.client_id and x.sent_at <= a.booked_at
      order by x.sent_at desc, x.id desc
      limit 1
    ) t on true
  )
  update public.meetings m set
    converting_activity_id = c.activity_id,
    converting_channel = c.channel,
    campaign_id = coalesce(m.campaign_id, c.campaign_id)
  from credited c
  where m.id = c.id
    and (m.converting_activity_id, m.converting_channel, m.campaign_id)
      is distinct from (c.activity_id, c.channel, coalesce(m.campaign_id, c.campaign_id));
$$;
comment on function private.refresh_meeting_attribution(uuid[]) is 'Sets each meeting''s converting touch (last touch before its chain''s first booking) and fills its campaign when unknown.';
revoke all on function private.refresh_meeting_attribution(uuid[]) from public, anon, authenticated;
grant execute on function private.refresh_meeting_attribution(uuid[]) to service_role;

-- A deal without a meeting takes the lead's latest meeting booked before the deal was created
-- (canceled and replaced bookings excluded); that meeting is marked deal_created.
create function private.link_deals_to_meetings(lead_ids uuid[])
returns void
language sql
set search_path = ''
as $$
  update public.deals d set meeting_id = x.meeting_id
  from (
    select d2.id, (
      select m.id from public.meetings m
      where m.lead_id = d2.lead_id and m.client_id = d2.client_id and m.booked_at <= d2.created_at
        and m.status not in ('canceled', 'rescheduled')
      order by m.scheduled_at desc, m.id desc
      limit 1) as meeting_id
    from public.deals d2
    where d2.lead_id = any (lead_ids) and d2.meeting_id is null
  ) x
  where d.id = x.id and x.meeting_id is not null;

  update public.meetings m set deal_created = true
  from public.deals d
  where d.meeting_id = m.id and d.lead_id = any (lead_ids) and m.deal_created is not true;
$$;
comment on function private.link_deals_to_meetings(uuid[]) is 'Links the given leads'' deals to their latest meeting booked before the deal was created, and marks those meetings deal_created.';
revoke all on function private.link_deals_to_meetings(uuid[]) from public, anon, authenticated;
grant execute on function private.link_deals_to_meetings(uuid[]) to service_role;

-- Last and first touch of each deal (see the header). A deal with a meeting takes the meeting's
-- converting touch, which already accounts for reschedules.
create function private.refresh_deal_attribution(deal_ids uuid[])
returns void
language sql
set search_path = ''
as $$
  with target as (
    select d.id, d.client_id, d.lead_id,
      case when d.meeting_id is not null then m.converting_activity_id else lt.id end as last_id
    from public.deals d
    left join public.meetings m on m.id = d.meeting_id
    left join lateral (
      select x.id from public.activities x
      where x.lead_id = d.lead_id and x.client_id = d.client_id and x.sent_at <= d.created_at
      order by x.sent_at desc, x.id desc
      limit 1
    ) lt on d.meeting_id is null
    where d.id = any (deal_ids)
  ), credited as (
    select t.id, la.id as last_id, la.channel as last_channel, ft.id as first_id, ft.channel as first_channel
    from target t
    left join public.activities la on la.id = t.last_id
    left join lateral (
      select x.id, x.channel from public.activities x
      where x.lead_id = t.lead_id and x.client_id = t.client_id and x.sent_at <= la.sent_at
      order by x.sent_at, x.id
      limit 1
    ) ft on la.id is not null
  )
  update public.deals d set
    converting_activity_id = c.last_id, converting_channel = c.last_channel,
    first_touch_activity_id = c.first_id, first_touch_channel = c.first_channel
  from credited c
  where d.id = c.id
    and (d.converting_activity_id, d.converting_channel, d.first_touch_activity_id, d.first_touch_channel)
      is distinct from (c.last_id, c.last_channel, c.first_id, c.first_channel);
$$;
comment on function private.refresh_deal_attribution(uuid[]) is 'Sets each deal''s last touch (converting_activity_id/channel) and first touch by the documented attribution rule.';
revoke all on function private.refresh_deal_attribution(uuid[]) from public, anon, authenticated;
grant execute on function private.refresh_deal_attribution(uuid[]) to service_role;

-- Lead flags that follow outcomes: meeting_booked once any meeting exists (status moves to
-- meeting_booked from an earlier stage); lead_converted and status converted once a deal is won.
-- Both only ever go forward: a later cancellation does not unbook a booking that happened.
create function private.refresh_lead_outcomes(lead_ids uuid[])
returns void
language sql
set search_path = ''
as $$
  update public.leads l set
    meeting_booked = l.meeting_booked or s.has_meeting,
    lead_converted = l.lead_converted or s.has_won,
    status = case
      when s.has_won then 'converted'::public.lead_status
      when s.has_meeting and l.status in ('new', 'contacted', 'engaged', 'replied', 'interested')
        then 'meeting_booked'::public.lead_status
      else l.status end
  from (
    select x.id,
      exists (select 1 from public.meetings m where m.lead_id = x.id) as has_meeting,
      exists (select 1 from public.deals d where d.lead_id = x.id and d.won and d.provider_deleted_at is null) as has_won
    from unnest(lead_ids) as x (id)
  ) s
  where l.id = s.id
    and ((s.has_meeting and (not l.meeting_booked or l.status in ('new', 'contacted', 'engaged', 'replied', 'interested')))
      or (s.has_won and (not l.lead_converted or l.status <> 'converted')));
$$;
comment on function private.refresh_lead_outcomes(uuid[]) is 'Sets leads.meeting_booked / lead_converted and moves lead status forward from the leads'' meetings and won deals.';
revoke all on function private.refresh_lead_outcomes(uuid[]) from public, anon, authenticated;
grant execute on function private.refresh_lead_outcomes(uuid[]) to service_role;

-- Touches may arrive after the meeting or deal they earned (back-fills, slow senders): the
-- credit is recomputed for the leads whose touches arrived. Activities are written by
-- service_role only, which may write meetings and deals, so this runs with the caller's rights.
create function private.activities_refresh_outcome_attribution()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  touched uuid[];
begin
  select array_agg(distinct n.lead_id) into touched from new_rows n;
  perform private.refresh_meeting_attribution(array(select m.id from public.meetings m where m.lead_id = any (touched)));
  perform private.refresh_deal_attribution(array(select d.id from public.deals d where d.lead_id = any (touched)));
  return null;
end;
$$;
comment on function private.activities_refresh_outcome_attribution() is 'Statement trigger on activities: recomputes the attribution of the meetings and deals of the leads whose touches arrived.';
revoke all on function private.activities_refresh_outcome_attribution() from public, anon, authenticated;
create trigger activities_60_refresh_outcome_attribution after insert on public.activities
  referencing new table as new_rows for each statement
  execute function private.activities_refresh_outcome_attribution();

-- Meetings and deals written directly (entered by hand, imported, back-filled) are linked and
-- credited here; the intake does the same for what it writes.
create function public.refresh_outcomes(p_client_id uuid default null)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  meeting_ids uuid[] := array(select m.id from public.meetings m where p_client_id is null or m.client_id = p_client_id);
  deal_ids uuid[] := array(select d.id from public.deals d where p_client_id is null or d.client_id = p_client_id);
  lead_ids uuid[] := array(
    select m.lead_id from public.meetings m where m.id = any (meeting_ids)
    union
    select d.lead_id from public.deals d where d.id = any (deal_ids));
begin
  perform private.refresh_meeting_attribution(meeting_ids);
  perform private.link_deals_to_meetings(lead_ids);
  perform private.refresh_deal_attribution(deal_ids);
  perform private.refresh_lead_outcomes(lead_ids);
  return jsonb_build_object('meetings', cardinality(meeting_ids), 'deals', cardinality(deal_ids), 'leads', cardinality(lead_ids));
end;
$$;
comment on function public.refresh_outcomes(uuid) is 'Recomputes meeting and deal attribution, deal-to-meeting links and the lead flags they imply, for one client or all. Idempotent.';
revoke all on function public.refresh_outcomes(uuid) from public, anon, authenticated;
grant execute on function public.refresh_outcomes(uuid) to service_role;
