-- 034_ingest_events (Phase 24C): one set-based entry point that turns a batch of canonical
-- engagement events (shared/ingest/canonical.ts) into leads, activities, email and channel
-- events, replies and lead suppressions — idempotent, order-proof, one statement per step.
-- Objects: public.ingest_events(client_id uuid, events jsonb) returns
--          {accepted, duplicates, pending, skipped}.
-- Security: service_role only (the ingest edge function, replay, benchmarks).

create function public.ingest_events(p_client_id uuid, p_events jsonb)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  total integer;
  touches integer := 0;
  emails integer := 0;
  pending integer := 0;
  others integer := 0;
  replies_in integer := 0;
  skipped integer := 0;
  engagement_events jsonb;
begin
  if p_events is null or jsonb_typeof(p_events) <> 'array' then
    raise exception 'events must be a JSON array of canonical events' using errcode = '22023';
  end if;
  total := jsonb_array_length(p_events);

  drop table if exists pg_temp.ingest_batch;
  create temporary table ingest_batch on commit drop as
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
    nullif(lower(regexp_replace(trim(coalesce(e->'lead'->>'linkedin_url', '')), '/+$', '')), '') as lead_linkedin,
    e->'message'->>'provider_message_id' as message_id,
    e,
    null::uuid as lead_id,
    null::uuid as activity_id
  from jsonb_array_elements(p_events) with ordinality as x (e, ord)
  where e->>'type' = 'engagement'
  order by e->>'provider', e->>'event_key', x.ord;
  -- Events of other types (meetings, deals) are handled by their own functions.
  skipped := (select count(*) from jsonb_array_elements(p_events) e where e->>'type' is distinct from 'engagement');

  -- 1. Who: the activity's lead when the touch is known, else by email, phone, LinkedIn URL.
  update pg_temp.ingest_batch b set lead_id = a.lead_id, activity_id = a.id
  from public.activities a
  where b.message_id is not null and a.client_id = p_client_id
    and a.provider = b.provider and a.provider_message_id = b.message_id;
  update pg_temp.ingest_batch b set lead_id = l.id
  from public.leads l
  where b.lead_id is null and b.lead_email is not null
    and l.client_id = p_client_id and l.email_normalized = b.lead_email;
  update pg_temp.ingest_batch b set lead_id = l.id
  from public.leads l
  where b.lead_id is null and b.lead_email is null and b.lead_phone is not null
    and l.client_id = p_client_id and l.phone_normalized = b.lead_phone;
  update pg_temp.ingest_batch b set lead_id = l.id
  from public.leads l
  where b.lead_id is null and b.lead_email is null and b.lead_linkedin is not null
    and l.client_id = p_client_id and l.linkedin_normalized = b.lead_linkedin;

  -- A lead CIS has never seen is created under the source's client.
  insert into public.leads (client_id, email, first_name, last_name, phone, linkedin_url, company, timezone)
  select distinct on (coalesce(b.lead_email, b.lead_phone, b.lead_linkedin))
    p_client_id, b.e->'lead'->>'email', b.e->'lead'->>'first_name', b.e->'lead'->>'last_name',
    b.e->'lead'->>'phone', b.e->'lead'->>'linkedin_url', b.e->'lead'->>'company_name',
    case when (b.e->'lead'->>'timezone') in (select name from pg_catalog.pg_timezone_names) then b.e->'lead'->>'timezone' end
  from pg_temp.ingest_batch b
  where b.lead_id is null and coalesce(b.lead_email, b.lead_phone, b.lead_linkedin) is not null
  order by coalesce(b.lead_email, b.lead_phone, b.lead_linkedin), b.ord
  on conflict (client_id, email_normalized) where email_normalized is not null do nothing;
  update pg_temp.ingest_batch b set lead_id = l.id
  from public.leads l
  where b.lead_id is null and l.client_id = p_client_id
    and ((b.lead_email is not null and l.email_normalized = b.lead_email)
      or (b.lead_email is null and b.lead_phone is not null and l.phone_normalized = b.lead_phone)
      or (b.lead_email is null and b.lead_phone is null and l.linkedin_normalized = b.lead_linkedin));

  -- 2. Touches: create the activity, or complete one an engine recorded first.
  insert into public.campaigns (client_id, name, provider, provider_campaign_id, status)
  select distinct on (b.provider, b.e->'message'->>'provider_campaign_id')
    p_client_id, coalesce(b.e->'message'->>'campaign_name', b.provider || ' campaign ' || (b.e->'message'->>'provider_campaign_id')),
    b.provider, b.e->'message'->>'provider_campaign_id', 'active'
  from pg_temp.ingest_batch b
  where b.e->'message'->>'provider_campaign_id' is not null
  order by b.provider, b.e->'message'->>'provider_campaign_id', b.ord
  on conflict (client_id, provider, provider_campaign_id) do nothing;

  with touch as (
    select distinct on (b.provider, coalesce(b.message_id, b.event_key))
      b.*, c.id as campaign_id
    from pg_temp.ingest_batch b
    left join public.campaigns c
      on c.client_id = p_client_id and c.provider = b.provider
     and c.provider_campaign_id = b.e->'message'->>'provider_campaign_id'
    where b.kind in ('sent', 'message_sent', 'connection_requested', 'call_completed', 'voicemail_left')
      and b.lead_id is not null
    order by b.provider, coalesce(b.message_id, b.event_key), b.ord
  ), written as (
    insert into public.activities as a (client_id, lead_id, campaign_id, channel, activity_type, subject,
      full_message_body, provider, provider_message_id, provider_campaign_id, provider_lead_id, sent_at,
      sequence_step, written_by, call_duration_seconds, voicemail_left, content_snapshot)
    select p_client_id, t.lead_id, t.campaign_id, t.channel,
      (case
        when t.kind = 'connection_requested' then 'linkedin_connection_request'
        when t.kind in ('call_completed', 'voicemail_left') or t.channel = 'voice' then 'call'
        when t.channel = 'email' then 'email_sent'
        when t.channel = 'sms' then 'sms_sent'
        else 'linkedin_message' end)::public.activity_type,
      t.e->'message'->>'subject',
      coalesce(t.e->'message'->>'body_html', t.e->'message'->>'body_text'),
      t.provider, coalesce(t.message_id, t.event_key),
      t.e->'message'->>'provider_campaign_id', t.e->'lead'->>'provider_lead_id',
      coalesce((t.e->'message'->>'sent_at')::timestamptz, t.occurred_at),
      nullif((t.e->'message'->>'sequence_step')::integer, 0),
      case (t.e->'message'->>'ai_generated')::boolean when true then 'ai' when false then 'human' end,
      case when t.kind in ('call_completed', 'voicemail_left') or t.channel = 'voice'
        then round((t.e->'call'->>'duration_seconds')::numeric)::integer end,
      case when t.kind = 'voicemail_left' then true
        when t.kind = 'call_completed' or t.channel = 'voice' then (t.e->'call'->>'voicemail_left')::boolean end,
      -- What the sender reported about how the message was made; derived keys are added by the
      -- activities_derive_content trigger.
      jsonb_strip_nulls(jsonb_build_object(
        'ai_model', t.e->'message'->>'ai_model', 'prompt_version', t.e->'message'->>'prompt_version',
        'template_name', t.e->'message'->>'template_name', 'reported_ab_variant', t.e->'message'->>'ab_variant'))
    from touch t
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
    returning a.id
  )
  select count(*) into touches from written;

  update public.leads l set status = 'contacted'
  where l.client_id = p_client_id and l.status = 'new'
    and l.id in (select b.lead_id from pg_temp.ingest_batch b
                 where b.kind in ('sent', 'message_sent', 'connection_requested', 'call_completed', 'voicemail_left'));

  -- 3. Email engagement: bound events into email_events (classified), the rest wait.
  select coalesce(jsonb_agg(b.e), '[]'::jsonb) into engagement_events
  from pg_temp.ingest_batch b
  where b.channel = 'email' and b.kind in ('delivered', 'opened', 'clicked', 'bounced', 'complained', 'unsubscribed')
    and b.message_id is not null;

  with prepared as (
    select * from private.prepare_email_events(p_client_id, engagement_events)
  ), stored as (
    insert into public.email_events (client_id, activity_id, lead_id, event_type, event_at, event_at_raw, provider,
      event_key, clicked_url, user_agent, ip_address, is_machine, machine_reason)
    select p_client_id, p.activity_id, p.lead_id, p.event_type, p.event_at, p.event_at_raw, p.provider,
      p.event_key, p.clicked_url, p.user_agent, p.ip_address, p.is_machine, p.machine_reason
    from prepared p where p.activity_id is not null
    on conflict do nothing
    returning activity_id
  ), waiting as (
    insert into public.pending_email_events (client_id, provider, event_key, provider_message_id, event)
    select p_client_id, p.provider, p.event_key, p.provider_message_id, p.event
    from prepared p where p.activity_id is null
    on conflict do nothing
    returning 1
  )
  select (select count(*) from stored), (select count(*) from waiting) into emails, pending;

  perform private.flag_click_bursts(array(
    select distinct b.activity_id from pg_temp.ingest_batch b
    where b.kind = 'clicked' and b.channel = 'email' and b.activity_id is not null
    union
    select a.id from pg_temp.ingest_batch b join public.activities a
      on a.client_id = p_client_id and a.provider = b.provider and a.provider_message_id = b.message_id
    where b.kind = 'clicked' and b.channel = 'email'));

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
  where l.id = s.lead_id;

  -- Email unsubscribes/complaints without a message id have nothing to bind to: they count as
  -- accepted once they changed the lead, which the update above did.
  emails := emails + (select count(*) from pg_temp.ingest_batch b
    where b.channel = 'email' and b.kind in ('unsubscribed', 'complained', 'bounced') and b.message_id is null
      and b.lead_id is not null);

  -- 4. Engagement on other channels, failures and vendor categories.
  with stored as (
    insert into public.channel_events as ce (client_id, lead_id, activity_id, channel, event_type, event_at,
      event_at_raw, provider, event_key, provider_message_id, url, user_agent, ip_address, detail,
      is_machine, machine_reason)
    select p_client_id, b.lead_id, a.id, b.channel,
      case when b.kind = 'bounced' then 'send_failed' else b.kind end,
      b.occurred_at, b.occurred_at_raw, b.provider, b.event_key, b.message_id,
      b.e->'engagement'->>'url', b.e->'engagement'->>'user_agent', b.e->'engagement'->>'ip',
      jsonb_strip_nulls(jsonb_build_object(
        'category', b.e->>'category', 'category_sentiment', b.e->>'category_sentiment',
        'failure', b.e->'failure', 'bounce', b.e->'bounce')),
      r.reason is not null, r.reason
    from pg_temp.ingest_batch b
    cross join public.engagement_settings s
    left join public.activities a
      on a.client_id = p_client_id and a.provider = b.provider and a.provider_message_id = b.message_id
    cross join lateral (select private.machine_reason(b.kind, b.occurred_at, a.sent_at,
      b.e->'engagement'->>'user_agent', b.e->'engagement'->>'ip', s) as reason) r
    where s.client_id = p_client_id and b.lead_id is not null
      and (b.kind in ('connection_accepted', 'profile_viewed', 'post_engaged', 'voicemail_listened', 'send_failed', 'categorized')
        or (b.channel <> 'email' and b.kind in ('delivered', 'clicked', 'unsubscribed', 'bounced')))
    on conflict (client_id, provider, event_key) do nothing
    returning 1
  )
  select count(*) into others from stored;

  -- 5. Replies, linked to the touch they answer (now or when it arrives).
  with stored as (
    insert into public.replies (client_id, lead_id, activity_id, channel, reply_content, subject, received_at,
      provider, provider_reply_id, provider_message_id, raw_headers)
    select p_client_id, b.lead_id, a.id, b.channel, b.e->'reply'->>'text', b.e->'reply'->>'subject', b.occurred_at,
      b.provider, coalesce(b.e->'reply'->>'provider_reply_id', b.event_key), b.message_id, b.e->'reply'->'headers'
    from pg_temp.ingest_batch b
    left join public.activities a
      on a.client_id = p_client_id and a.provider = b.provider and a.provider_message_id = b.message_id
    where b.kind = 'replied' and b.lead_id is not null and b.e->'reply'->>'text' is not null
    on conflict (client_id, provider, provider_reply_id) where provider_reply_id is not null do nothing
    returning lead_id
  ), marked as (
    update public.leads l set status = 'replied'
    where l.id in (select lead_id from stored) and l.status in ('new', 'contacted', 'engaged')
    returning 1
  )
  select count(*) into replies_in from stored;

  return jsonb_build_object(
    'accepted', touches + emails + others + replies_in,
    'duplicates', greatest(0, total - skipped - (touches + emails + others + replies_in) - pending
      - (select count(*) from pg_temp.ingest_batch b where b.lead_id is null)),
    'pending', pending,
    'unmatched', (select count(*) from pg_temp.ingest_batch b where b.lead_id is null),
    'skipped', skipped
  );
end;
$$;
comment on function public.ingest_events(uuid, jsonb) is 'Ingests a batch of canonical engagement events for one client: idempotent (per provider event key), order-proof (events wait for their touch), set-based. Returns {accepted, duplicates, pending, unmatched, skipped}.';
revoke all on function public.ingest_events(uuid, jsonb) from public, anon, authenticated;
grant execute on function public.ingest_events(uuid, jsonb) to service_role;
