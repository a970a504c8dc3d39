-- 033_ingest_engagement (intake): one set-based entry point that turns a batch of canonical
-- engagement events (shared/ingest/canonical.ts) into leads, activities, email and channel
-- events, replies and lead suppressions — idempotent, order-proof, one statement per step.
-- Objects: public.ingest_engagement_events(client_id uuid, events jsonb) returns
--          {accepted, duplicates, pending, skipped, unmatched}; private.known_timezone(name),
--          private.client_lead_by_identity().
-- Security: service_role only (through public.ingest_all_events and the drain, 039; benchmarks).

-- Whether a vendor's time zone name is one PostgreSQL knows: a lead created from an event takes it
-- only then (005's check refuses any other). Asking the zone itself costs microseconds; listing
-- pg_timezone_names costs ~50 ms, which a webhook would pay for every lead it creates.
create function private.known_timezone(p_name text)
returns boolean
language plpgsql
stable
set search_path = ''
as $$
begin
  if p_name is null or p_name = '' then
    return false;
  end if;
  perform pg_catalog.timezone(p_name, pg_catalog.now());
  return true;
exception when invalid_parameter_value then
  return false;
end;
$$;
comment on function private.known_timezone(text) is 'True when PostgreSQL knows the IANA zone name (the check leads'' timezone trigger applies).';
revoke all on function private.known_timezone(text) from public, anon, authenticated;
grant execute on function private.known_timezone(text) to service_role;

-- The lead an event names, within its client: by email; without an email by phone (E.164, else
-- digits); without either by LinkedIn URL — the earliest lead when several share a phone or URL.
-- Each lookup is an index probe, and lookups a row does not need are never made (coalesce stops
-- at the first hit). One rule, used when a batch is staged and again once its new leads exist.
create function private.client_lead_by_identity(p_client_id uuid, p_email text, p_phone_e164 text, p_phone text, p_linkedin text)
returns uuid
language sql
stable
set search_path = ''
as $$
  select coalesce(
    (select l.id from public.leads l where l.client_id = p_client_id and l.email_normalized = p_email),
    case when p_email is null then coalesce(
      (select l.id from public.leads l where l.client_id = p_client_id and l.phone_e164 = p_phone_e164
       order by l.created_at, l.id limit 1),
      (select l.id from public.leads l where l.client_id = p_client_id and l.phone_normalized = p_phone
       order by l.created_at, l.id limit 1),
      case when p_phone is null then
        (select l.id from public.leads l where l.client_id = p_client_id and l.linkedin_normalized = p_linkedin
         order by l.created_at, l.id limit 1) end) end)
$$;
comment on function private.client_lead_by_identity(uuid, text, text, text, text) is 'The client''s lead with this email, else phone (E.164, then digits), else LinkedIn URL (normalised values); the earliest when several share a phone or URL.';
revoke all on function private.client_lead_by_identity(uuid, text, text, text, text) from public, anon, authenticated;
grant execute on function private.client_lead_by_identity(uuid, text, text, text, text) to service_role;

-- Every step is one statement over the whole batch, and steps the batch has nothing for are
-- skipped. The function runs with `cis.bulk = on` (026), so the activities and email_events
-- statement triggers leave their work to it, done once for the batch and no more than needed:
--   * each event is looked up (its touch, else its lead by email, phone or LinkedIn URL) as it is
--     staged, by index probes, in the statement that stages it;
--   * a new touch is written once, complete: its thread (045) and touch number (026) are worked
--     out before the insert, so no second update of the rows just written;
--   * email events are classified as they are stored (031) and folded into their touches'
--     summaries (026's fold_email_events): no earlier event is read again. Touches whose stored
--     events changed otherwise — a click burst found, waiting events bound — are recounted from
--     their events (refresh_activity_engagement).
-- Concurrency: the client's intake lock (030) is taken first, so a batch sees every row an earlier
-- batch of the client committed, and waits for one still writing.
create function public.ingest_engagement_events(p_client_id uuid, p_events jsonb)
returns jsonb
language plpgsql
set search_path = ''
set cis.bulk = 'on'
-- The batch table holds whole events; sorting it for deduplication must not spill to disk.
set work_mem = '64MB'
as $$
declare
  total integer;
  touches integer := 0;
  emails integer := 0;
  pending integer := 0;
  others integer := 0;
  replies_in integer := 0;
  skipped integer := 0;
  unmatched integer := 0;
  shape record;
  written uuid[] := '{}';
  created uuid[] := '{}';
  -- The batch's new email events, as parallel arrays for fold_email_events.
  f_ids uuid[];
  f_types text[];
  f_times timestamptz[];
  f_machine boolean[];
  -- Touches that may now hold a burst of clicks, and those to recount from their events.
  clicked uuid[] := '{}';
  recount uuid[] := '{}';
  bound uuid[];
  backfilled uuid[];
begin
  if p_events is null or jsonb_typeof(p_events) <> 'array' then
    raise exception 'events must be a JSON array of canonical events' using errcode = '22023';
  end if;
  perform private.lock_client_intake(p_client_id);
  total := jsonb_array_length(p_events);

  -- The batch table lives as long as the session (its rows go at commit), so the plans of the
  -- statements below survive from one call to the next: a single webhook does not pay for
  -- planning them all again, as it would for a table created per call.
  if pg_catalog.to_regclass('pg_temp.ingest_batch') is null then
    create temporary table ingest_batch (
      ord bigint,
      provider text,
      event_key text,
      kind text,
      channel public.channel_type,
      occurred_at timestamptz,
      occurred_at_raw text,
      lead_email text,
      lead_phone text,
      lead_phone_e164 text,
      lead_linkedin text,
      message_id text,
      campaign_ref text,
      e jsonb,
      lead_id uuid,
      -- The touch the event names, once known: its id, lead and send time.
      activity_id uuid,
      activity_lead_id uuid,
      sent_at timestamptz
    ) on commit delete rows;
    -- Whichever role created it, the others allowed to call this function in the same session
    -- can use it (a temporary table is visible to its own session only).
    grant select, insert, update, delete, truncate on pg_temp.ingest_batch to public;
  elsif exists (select 1 from pg_temp.ingest_batch) then
    -- A second call in the same transaction (the drain ingests several clients in one).
    truncate pg_temp.ingest_batch;
  end if;

  -- 1. Stage the batch, once per (provider, event key), with the touch each event names and its
  --    lead: the touch's lead when the touch is known, else by identity (client_lead_by_identity:
  --    index probes per row, as a join planned on statistics taken before a large import could
  --    be a nested loop over both tables).
  insert into pg_temp.ingest_batch (ord, provider, event_key, kind, channel, occurred_at, occurred_at_raw,
    lead_email, lead_phone, lead_phone_e164, lead_linkedin, message_id, campaign_ref, e,
    activity_id, activity_lead_id, sent_at, lead_id)
  select s.ord, s.provider, s.event_key, s.kind, s.channel, s.occurred_at, s.occurred_at_raw,
    s.lead_email, s.lead_phone, s.lead_phone_e164, s.lead_linkedin, s.message_id, s.campaign_ref, s.e,
    t.id, t.lead_id, t.sent_at,
    coalesce(t.lead_id, private.client_lead_by_identity(p_client_id, s.lead_email, s.lead_phone_e164, s.lead_phone, s.lead_linkedin))
  from (
    select distinct on (e->>'provider', e->>'event_key')
      x.ord,
      e->>'provider' as provider,
      e->>'event_key' as event_key,
      e->>'kind' as kind,
      (e->>'channel')::public.channel_type as channel,
      (e->>'occurred_at')::timestamptz as occurred_at,
      e->>'occurred_at_raw' as occurred_at_raw,
      nullif(lower(trim(e->'lead'->>'email')), '') as lead_email,
      nullif(regexp_replace(coalesce(e->'lead'->>'phone', ''), '[^0-9]', '', 'g'), '') as lead_phone,
      case when e->'lead'->>'phone' is not null then private.phone_e164(e->'lead'->>'phone') end as lead_phone_e164,
      nullif(lower(regexp_replace(trim(coalesce(e->'lead'->>'linkedin_url', '')), '/+$', '')), '') as lead_linkedin,
      e->'message'->>'provider_message_id' as message_id,
      e->'message'->>'provider_campaign_id' as campaign_ref,
      e
    from jsonb_array_elements(p_events) with ordinality as x (e, ord)
    where e->>'type' = 'engagement'
    order by e->>'provider', e->>'event_key', x.ord
  ) s
  left join public.activities t
    on s.message_id is not null
   and t.client_id = p_client_id and t.provider = s.provider and t.provider_message_id = s.message_id;
  -- Events of other types (meetings, deals) are handled by their own functions.
  skipped := (select count(*) from jsonb_array_elements(p_events) e where e->>'type' is distinct from 'engagement');

  -- What the batch holds decides which steps run at all: a webhook is mostly of one kind.
  select
    count(*) filter (where b.kind in ('sent', 'message_sent', 'connection_requested', 'call_completed', 'voicemail_left')) as touches,
    count(*) filter (where b.channel = 'email' and b.kind in ('delivered', 'opened', 'clicked', 'bounced', 'complained', 'unsubscribed')) as email,
    count(*) filter (where b.kind in ('unsubscribed', 'complained', 'bounced')) as suppressions,
    count(*) filter (where b.kind in ('connection_accepted', 'profile_viewed', 'post_engaged', 'voicemail_listened', 'send_failed', 'categorized')
      or (b.channel <> 'email' and b.kind in ('delivered', 'clicked', 'unsubscribed', 'bounced'))) as other_channels,
    count(*) filter (where b.kind = 'replied') as replies,
    count(*) filter (where b.lead_id is null and coalesce(b.lead_email, b.lead_phone, b.lead_linkedin) is not null) as new_leads
  into shape
  from pg_temp.ingest_batch b;

  -- 2. A person CIS has never seen becomes a lead of the source's client, once per identity (032's
  --    keys make a second insert of the same person a no-op), then is found like the rest.
  if shape.new_leads > 0 then
    insert into public.leads (client_id, email, first_name, last_name, phone, linkedin_url, company, timezone)
    select distinct on (coalesce(b.lead_email, b.lead_phone_e164, b.lead_phone, b.lead_linkedin))
      p_client_id, b.e->'lead'->>'email', b.e->'lead'->>'first_name', b.e->'lead'->>'last_name',
      b.e->'lead'->>'phone', b.e->'lead'->>'linkedin_url', b.e->'lead'->>'company_name',
      case when private.known_timezone(b.e->'lead'->>'timezone') then b.e->'lead'->>'timezone' end
    from pg_temp.ingest_batch b
    where b.lead_id is null and coalesce(b.lead_email, b.lead_phone, b.lead_linkedin) is not null
    order by coalesce(b.lead_email, b.lead_phone_e164, b.lead_phone, b.lead_linkedin), b.ord
    on conflict do nothing;

    update pg_temp.ingest_batch b
    set lead_id = private.client_lead_by_identity(p_client_id, b.lead_email, b.lead_phone_e164, b.lead_phone, b.lead_linkedin)
    where b.lead_id is null and coalesce(b.lead_email, b.lead_phone, b.lead_linkedin) is not null;
  end if;

  -- 3. Campaigns the sender named that CIS does not know yet (looked up once per campaign).
  insert into public.campaigns (client_id, name, provider, provider_campaign_id, status)
  select p_client_id, x.name, x.provider, x.campaign_ref, 'active'
  from (
    select distinct on (b.provider, b.campaign_ref) b.provider, b.campaign_ref,
      coalesce(nullif(btrim(b.e->'message'->>'campaign_name'), ''), b.provider || ' campaign ' || b.campaign_ref) as name
    from pg_temp.ingest_batch b
    where b.campaign_ref is not null
    order by b.provider, b.campaign_ref, b.ord
  ) x
  where not exists (select 1 from public.campaigns c
                    where c.client_id = p_client_id and c.provider = x.provider and c.provider_campaign_id = x.campaign_ref)
  on conflict (client_id, provider, provider_campaign_id) do nothing;

  -- 4. Touches: create the activity, or complete one an engine recorded first.
  if shape.touches > 0 then
    -- The conversation each new touch opens or continues (045's rule: lead, channel, campaign), so
    -- the touch is written with its thread. A profile view is a touch but not a message.
    insert into public.conversation_threads (client_id, lead_id, campaign_id, channel, started_at, outcome)
    select distinct on (b.lead_id, b.channel, c.id)
      p_client_id, b.lead_id, c.id, b.channel, coalesce((b.e->'message'->>'sent_at')::timestamptz, b.occurred_at), 'ongoing'
    from pg_temp.ingest_batch b
    left join public.campaigns c
      on c.client_id = p_client_id and c.provider = b.provider and c.provider_campaign_id = b.campaign_ref
    where b.activity_id is null and b.lead_id is not null
      and b.kind in ('sent', 'message_sent', 'connection_requested', 'call_completed', 'voicemail_left')
    order by b.lead_id, b.channel, c.id, coalesce((b.e->'message'->>'sent_at')::timestamptz, b.occurred_at)
    on conflict (client_id, lead_id, channel, campaign_id) do nothing;

    with touch as materialized (
      select distinct on (b.provider, coalesce(b.message_id, b.event_key))
        b.*, c.id as campaign_id, pg_catalog.gen_random_uuid() as new_id,
        coalesce((b.e->'message'->>'sent_at')::timestamptz, b.occurred_at) as touch_sent_at,
        coalesce(b.e->'message'->>'body_html', b.e->'message'->>'body_text') as raw_body,
        -- What the sender reported about how the message was made; the derived keys join it below.
        jsonb_strip_nulls(jsonb_build_object(
          'ai_model', b.e->'message'->>'ai_model', 'prompt_version', b.e->'message'->>'prompt_version',
          'template_name', b.e->'message'->>'template_name', 'reported_ab_variant', b.e->'message'->>'ab_variant')) as reported,
        (case
          when b.kind = 'connection_requested' then 'linkedin_connection_request'
          when b.kind in ('call_completed', 'voicemail_left') or b.channel = 'voice' then 'call'
          when b.channel = 'email' then 'email_sent'
          when b.channel = 'sms' then 'sms_sent'
          else 'linkedin_message' end)::public.activity_type as activity_type
      from pg_temp.ingest_batch b
      left join public.campaigns c
        on c.client_id = p_client_id and c.provider = b.provider and c.provider_campaign_id = b.campaign_ref
      where b.kind in ('sent', 'message_sent', 'connection_requested', 'call_completed', 'voicemail_left')
        and b.lead_id is not null
      order by b.provider, coalesce(b.message_id, b.event_key), b.ord
    ), numbered as (
      -- Touch order as 026's refresh_lead_touches computes it, over the leads' known touches and
      -- the new ones, written with the row (a back-filled touch renumbers the later ones below).
      select x.id, row_number() over w as touch_number,
        floor(extract(epoch from (x.sent_at - lag(x.sent_at) over w)) / 86400)::integer as days_since
      from (
        select a.id, a.lead_id, a.sent_at from public.activities a
        where a.lead_id = any (array(select distinct t.lead_id from touch t where t.activity_id is null))
        union all
        select t.new_id, t.lead_id, t.touch_sent_at from touch t where t.activity_id is null
      ) x
      window w as (partition by x.lead_id order by x.sent_at, x.id)
    ), stored as (
      insert into public.activities as a (id, client_id, lead_id, campaign_id, channel, activity_type, subject,
        full_message_body, provider, provider_message_id, provider_campaign_id, provider_lead_id, sent_at,
        sequence_step, written_by, call_duration_seconds, voicemail_left, content_snapshot, links_included,
        personalization_fields_available, personalization_fields_used, lead_timezone,
        touch_number, days_since_last_touch, thread_id)
      select t.new_id, p_client_id, t.lead_id, t.campaign_id, t.channel, t.activity_type,
        coalesce(c.subject, t.e->'message'->>'subject'), t.raw_body,
        t.provider, coalesce(t.message_id, t.event_key),
        t.campaign_ref, t.e->'lead'->>'provider_lead_id', t.touch_sent_at,
        nullif((t.e->'message'->>'sequence_step')::integer, 0),
        case (t.e->'message'->>'ai_generated')::boolean when true then 'ai' when false then 'human' end,
        case when t.kind in ('call_completed', 'voicemail_left') or t.channel = 'voice'
          then round((t.e->'call'->>'duration_seconds')::numeric)::integer end,
        case when t.kind = 'voicemail_left' then true
          when t.kind = 'call_completed' or t.channel = 'voice' then (t.e->'call'->>'voicemail_left')::boolean end,
        coalesce(c.content_snapshot, t.reported), c.links_included,
        c.personalization_fields_available, c.personalization_fields_used,
        -- The lead's zone, so the row trigger need not look it up row by row (026).
        l.timezone, n.touch_number, n.days_since,
        case when t.activity_type <> 'linkedin_profile_view' then
          (select th.id from public.conversation_threads th
           where th.client_id = p_client_id and th.lead_id = t.lead_id and th.channel = t.channel
             and th.campaign_id is not distinct from t.campaign_id) end
      from touch t
      left join numbered n on n.id = t.new_id
      join public.leads l on l.id = t.lead_id
      left join public.lead_pool lp on lp.id = l.lead_pool_id
      -- The message described as 040's trigger describes one (it leaves inserts under cis.bulk to
      -- this statement): one rule, the lead's fields joined for the whole batch.
      left join lateral private.message_content(t.raw_body, t.e->'message'->>'subject', t.reported,
        private.personalization_fields(l, lp), null, null, null, null) c on t.raw_body is not null
      on conflict (client_id, provider, provider_message_id) where provider_message_id is not null
      do update set
        subject = coalesce(a.subject, excluded.subject),
        full_message_body = coalesce(a.full_message_body, excluded.full_message_body),
        campaign_id = coalesce(a.campaign_id, excluded.campaign_id),
        provider_campaign_id = coalesce(a.provider_campaign_id, excluded.provider_campaign_id),
        sequence_step = coalesce(a.sequence_step, excluded.sequence_step),
        written_by = coalesce(a.written_by, excluded.written_by),
        call_duration_seconds = coalesce(a.call_duration_seconds, excluded.call_duration_seconds),
        content_snapshot = excluded.content_snapshot || a.content_snapshot
      where (a.subject is null and excluded.subject is not null)
         or (a.full_message_body is null and excluded.full_message_body is not null)
         or (a.campaign_id is null and excluded.campaign_id is not null)
         or (a.sequence_step is null and excluded.sequence_step is not null)
         or (a.written_by is null and excluded.written_by is not null)
         or (a.call_duration_seconds is null and excluded.call_duration_seconds is not null)
      -- (xmax is 0 on a row this statement inserted, set on one it updated.)
      returning a.id, a.xmax = 0 as inserted
    )
    select count(*), coalesce(array_agg(s.id), '{}'), coalesce(array_agg(s.id) filter (where s.inserted), '{}')
    into touches, written, created
    from stored s;

    update public.leads l set status = 'contacted'
    where l.id = any (array(
        select distinct b.lead_id from pg_temp.ingest_batch b
        where b.lead_id is not null
          and b.kind in ('sent', 'message_sent', 'connection_requested', 'call_completed', 'voicemail_left')))
      and l.client_id = p_client_id and l.status = 'new';

    if cardinality(created) > 0 then
      -- A touch back-filled before a lead's later ones shifts their numbers.
      backfilled := array(
        select distinct n.lead_id from public.activities n
        where n.id = any (created)
          and exists (select 1 from public.activities o
                      where o.lead_id = n.lead_id and o.id <> all (created) and (o.sent_at, o.id) > (n.sent_at, n.id)));
      if cardinality(backfilled) > 0 then
        perform private.refresh_lead_touches(backfilled);
      end if;
      -- Engagement that waited for these touches binds now (classified against their send).
      bound := private.bind_waiting_events(created);
      recount := recount || bound;
      clicked := clicked || bound;
    end if;
    if cardinality(written) > 0 then
      -- Messages in their threads (045); a completed touch may have moved to another thread.
      perform private.thread_activities(written);
      -- Engagement in this same batch for touches it created.
      update pg_temp.ingest_batch b set (activity_id, activity_lead_id, sent_at) = (
        select a.id, a.lead_id, a.sent_at from public.activities a
        where a.client_id = p_client_id and a.provider = b.provider and a.provider_message_id = b.message_id)
      where b.activity_id is null and b.message_id is not null
        and b.kind not in ('sent', 'message_sent', 'connection_requested', 'call_completed', 'voicemail_left');
    end if;
  end if;

  -- 5. Email engagement: bound events into email_events, classified as they are stored; the
  --    rest wait for their send.
  if shape.email > 0 then
    with engagement as materialized (
      select b.ord, b.provider, b.event_key, b.kind, b.occurred_at, b.occurred_at_raw, b.message_id,
        b.e->'engagement'->>'url' as url, b.e->'engagement'->>'user_agent' as user_agent,
        b.e->'engagement'->>'ip' as ip, b.activity_id, b.activity_lead_id as lead_id, b.sent_at,
        row_number() over (order by b.ord) as pos
      from pg_temp.ingest_batch b
      where b.activity_id is not null and b.channel = 'email' and b.kind in ('delivered', 'opened', 'clicked', 'bounced', 'complained', 'unsubscribed')
        and b.message_id is not null
    ), reasons as (
      select r.ordinality, r.reason
      from private.machine_reasons((
        select array_agg(row(p_client_id, g.kind, g.occurred_at, g.sent_at, g.user_agent, g.ip)::private.engagement_signal
                         order by g.pos)
        from engagement g)) r
    ), stored as (
      insert into public.email_events (client_id, activity_id, lead_id, event_type, event_at, event_at_raw, provider,
        event_key, clicked_url, user_agent, ip_address, is_machine, machine_reason)
      select p_client_id, g.activity_id, g.lead_id, g.kind, g.occurred_at, g.occurred_at_raw, g.provider,
        g.event_key, g.url, g.user_agent, g.ip, r.reason is not null, r.reason
      from engagement g
      join reasons r on r.ordinality = g.pos
      on conflict do nothing
      returning activity_id, event_type, event_at, is_machine
    )
    select count(*), array_agg(s.activity_id), array_agg(s.event_type), array_agg(s.event_at), array_agg(s.is_machine),
      coalesce(array_agg(distinct s.activity_id) filter (where s.event_type = 'clicked'), '{}')
    into emails, f_ids, f_types, f_times, f_machine, clicked
    from stored s;
    clicked := clicked || coalesce(bound, '{}');

    with waiting as (
      insert into public.pending_email_events (client_id, provider, event_key, provider_message_id, event)
      select p_client_id, b.provider, b.event_key, b.message_id, b.e
      from pg_temp.ingest_batch b
      where b.activity_id is null and b.channel = 'email' and b.message_id is not null
        and b.kind in ('delivered', 'opened', 'clicked', 'bounced', 'complained', 'unsubscribed')
        -- Already bound by an earlier batch (the pending row is gone, the event is stored).
        and not exists (select 1 from public.email_events x
                        where x.client_id = p_client_id and x.provider = b.provider and x.event_key = b.event_key)
      on conflict do nothing
      returning 1
    )
    select count(*) into pending from waiting;
  end if;

  -- Summaries: the new events folded in; a touch whose clicks turn out to be a scanner's burst,
  -- or that received waiting events, recounted from its events (026).
  if emails > 0 then
    perform private.fold_email_events(f_ids, f_types, f_times, f_machine);
  end if;
  if cardinality(clicked) > 0 then
    recount := recount || private.flag_click_bursts(clicked);
  end if;
  if cardinality(recount) > 0 then
    perform private.refresh_activity_engagement(recount);
  end if;

  if shape.suppressions > 0 then
    -- Suppression is immediate, even while the event waits for its send: an unsubscribe, a
    -- complaint or a hard bounce must stop contact now.
    update public.leads l set
      do_not_contact = l.do_not_contact or s.unsubscribed is not null or s.complained is not null,
      do_not_contact_at = case when l.do_not_contact then l.do_not_contact_at else least(s.unsubscribed, s.complained) end,
      do_not_contact_reason = case when l.do_not_contact then l.do_not_contact_reason
        when s.complained is not null then 'complained' when s.unsubscribed is not null then 'unsubscribed' end,
      unsubscribed_at = least(l.unsubscribed_at, s.unsubscribed),
      complained_at = least(l.complained_at, s.complained),
      bounced_at = least(l.bounced_at, s.bounced),
      status = case
        when (s.unsubscribed is not null or s.complained is not null) and l.status not in ('meeting_booked', 'converted')
          then 'unsubscribed'::public.lead_status
        when s.bounced is not null and l.status in ('new', 'contacted') then 'bounced'::public.lead_status
        else l.status end
    from (
      select b.lead_id,
        min(b.occurred_at) filter (where b.kind = 'unsubscribed') as unsubscribed,
        min(b.occurred_at) filter (where b.kind = 'complained') as complained,
        min(b.occurred_at) filter (where b.kind = 'bounced' and b.channel = 'email') as bounced
      from pg_temp.ingest_batch b
      where b.kind in ('unsubscribed', 'complained', 'bounced') and b.lead_id is not null
      group by b.lead_id
    ) s
    where l.id = s.lead_id
      -- Only leads whose flags move (a second unsubscribe changes nothing).
      and (l.unsubscribed_at is distinct from least(l.unsubscribed_at, s.unsubscribed)
        or l.complained_at is distinct from least(l.complained_at, s.complained)
        or l.bounced_at is distinct from least(l.bounced_at, s.bounced)
        or (not l.do_not_contact and (s.unsubscribed is not null or s.complained is not null))
        or (s.bounced is not null and l.status in ('new', 'contacted')));

    -- Email unsubscribes/complaints without a message id have nothing to bind to: they count as
    -- accepted once they changed the lead, which the update above did.
    emails := emails + (select count(*) from pg_temp.ingest_batch b
      where b.channel = 'email' and b.kind in ('unsubscribed', 'complained', 'bounced') and b.message_id is null
        and b.lead_id is not null);
  end if;

  -- 6. Engagement on other channels, failures and vendor categories.
  if shape.other_channels > 0 then
    with engagement as materialized (
      select b.*, row_number() over (order by b.ord) as pos
      from pg_temp.ingest_batch b
      where b.lead_id is not null
        and (b.kind in ('connection_accepted', 'profile_viewed', 'post_engaged', 'voicemail_listened', 'send_failed', 'categorized')
          or (b.channel <> 'email' and b.kind in ('delivered', 'clicked', 'unsubscribed', 'bounced')))
    ), reasons as (
      select r.ordinality, r.reason
      from private.machine_reasons((
        select array_agg(row(p_client_id, g.kind, g.occurred_at, g.sent_at, g.e->'engagement'->>'user_agent',
          g.e->'engagement'->>'ip')::private.engagement_signal order by g.pos)
        from engagement g)) r
    ), stored as (
      insert into public.channel_events as ce (client_id, lead_id, activity_id, channel, event_type, event_at,
        event_at_raw, provider, event_key, provider_message_id, url, user_agent, ip_address, detail,
        is_machine, machine_reason)
      select p_client_id, g.lead_id, g.activity_id, g.channel,
        case when g.kind = 'bounced' then 'send_failed' else g.kind end,
        g.occurred_at, g.occurred_at_raw, g.provider, g.event_key, g.message_id,
        g.e->'engagement'->>'url', g.e->'engagement'->>'user_agent', g.e->'engagement'->>'ip',
        jsonb_strip_nulls(jsonb_build_object(
          'category', g.e->>'category', 'category_sentiment', g.e->>'category_sentiment',
          'failure', g.e->'failure', 'bounce', g.e->'bounce')),
        r.reason is not null, r.reason
      from engagement g
      join reasons r on r.ordinality = g.pos
      on conflict (client_id, provider, event_key) do nothing
      returning 1
    )
    select count(*) into others from stored;
  end if;

  -- 7. Replies, linked to the touch they answer (now or when it arrives).
  if shape.replies > 0 then
    with stored as (
      insert into public.replies (client_id, lead_id, activity_id, channel, reply_content, subject, received_at,
        provider, provider_reply_id, provider_message_id, raw_headers)
      select p_client_id, b.lead_id, b.activity_id, b.channel, b.e->'reply'->>'text', b.e->'reply'->>'subject', b.occurred_at,
        b.provider, coalesce(b.e->'reply'->>'provider_reply_id', b.event_key), b.message_id, b.e->'reply'->'headers'
      from pg_temp.ingest_batch b
      where b.kind = 'replied' and b.lead_id is not null and b.e->'reply'->>'text' is not null
      on conflict (client_id, provider, provider_reply_id) where provider_reply_id is not null do nothing
      returning lead_id
    ), marked as (
      update public.leads l set status = 'replied'
      where l.id in (select lead_id from stored) and l.status in ('new', 'contacted', 'engaged')
      returning 1
    )
    select count(*) into replies_in from stored;
  end if;

  unmatched := (select count(*) from pg_temp.ingest_batch b where b.lead_id is null);
  return jsonb_build_object(
    'accepted', touches + emails + others + replies_in,
    'duplicates', greatest(0, total - skipped - (touches + emails + others + replies_in) - pending - unmatched),
    'pending', pending,
    'unmatched', unmatched,
    'skipped', skipped
  );
end;
$$;
comment on function public.ingest_engagement_events(uuid, jsonb) is 'Ingests a batch of canonical engagement events for one client: idempotent (per provider event key), order-proof (events wait for their touch), set-based, one batch per client at a time. Returns {accepted, duplicates, pending, unmatched, skipped}.';
revoke all on function public.ingest_engagement_events(uuid, jsonb) from public, anon, authenticated;
grant execute on function public.ingest_engagement_events(uuid, jsonb) to service_role;
