-- 031_machine_engagement (intake): telling machine opens and clicks from people's.
-- Objects: table engagement_settings (one row per client, created with the client by
--          clients_60_engagement_settings); type private.engagement_signal;
--          private.machine_reasons() (the one classification rule), private.flag_click_bursts()
--          (returns the touches whose clicks it marked),
--          private.reclassify_email_events(); private.email_events_after_update() and its trigger
--          on_email_event_update (a flag changed later: refresh the summaries).
-- Machines: an open this soon after the send is a privacy proxy (Apple Mail Privacy Protection);
-- a click this soon, or clicks on several links of one message within moments, a link scanner;
-- scanner user agents and proxy IP ranges. Thresholds per client (engagement_settings, which also
-- holds the thread staleness threshold and, from 060, the detectors' settings).

create table public.engagement_settings (
  client_id uuid primary key references public.clients (id) on delete cascade,
  machine_open_within_seconds integer not null default 60 check (machine_open_within_seconds >= 0),
  machine_click_within_seconds integer not null default 30 check (machine_click_within_seconds >= 0),
  machine_multi_click_window_ms integer not null default 2000 check (machine_multi_click_window_ms >= 0),
  machine_user_agent_patterns text[] not null default array[
    'bot', 'spider', 'crawler', 'scanner', 'headless', 'python-requests', 'go-http-client', 'curl/',
    'wget', 'barracuda', 'mimecast', 'proofpoint', 'symantec', 'messagelabs', 'trendmicro',
    'forcepoint', 'zscaler', 'safelinks', 'urldefense'
  ],
  machine_ip_prefixes text[] not null default array['17.'],
  stale_thread_after_days integer not null default 14 check (stale_thread_after_days > 0),
  updated_at timestamptz not null default now()
);
comment on table public.engagement_settings is 'Per-client thresholds for telling machine opens/clicks from human ones. A client without a row uses the column defaults.';
comment on column public.engagement_settings.machine_open_within_seconds is 'An open this soon after the send is a privacy-proxy pre-fetch (Apple Mail Privacy Protection), not a person.';
comment on column public.engagement_settings.machine_click_within_seconds is 'A click this soon after the send is a link scanner.';
comment on column public.engagement_settings.machine_multi_click_window_ms is 'Clicks on two or more different links of one message within this window are a scanner clicking every link.';
comment on column public.engagement_settings.machine_user_agent_patterns is 'Case-insensitive substrings of user agents that mark a scanner or proxy.';
comment on column public.engagement_settings.machine_ip_prefixes is 'IP address prefixes of known proxies (17. is Apple''s range, used by Mail Privacy Protection).';
select private.secure_tenant_table('public.engagement_settings', editable => true);

-- SECURITY DEFINER: a client may be created by any role allowed to; its settings row must exist
-- whoever that is. Writes only the new client's row; search_path is pinned.
create function private.create_engagement_settings()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.engagement_settings (client_id) select n.id from new_clients n on conflict do nothing;
  return null;
end;
$$;
revoke all on function private.create_engagement_settings() from public, anon, authenticated;
comment on function private.create_engagement_settings() is 'Statement trigger on clients: default engagement settings for each new client.';
create trigger clients_60_engagement_settings after insert on public.clients
  referencing new table as new_clients for each statement
  execute function private.create_engagement_settings();

-- What the machine rule looks at, one open/click (or any event: only opens and clicks can be
-- machine) at a time.
create type private.engagement_signal as (
  client_id uuid,
  event_type text,
  event_at timestamptz,
  sent_at timestamptz,
  user_agent text,
  ip text
);
comment on type private.engagement_signal is 'Input of private.machine_reasons(): an event''s client, type and time, its send time, user agent and IP.';

-- Why each open or click was a machine, or null for a person: scanner user agent, proxy IP, or
-- too soon after the send, by its client's engagement_settings. One definition, used when events
-- are stored (ingestion, binding) and when they are reclassified (rebuild), so all agree.
-- Set-based: a batch is classified in one call, each distinct user agent matched once (webhooks
-- repeat a handful of agents thousands of times). Results are keyed by position in the array.
-- (PL/pgSQL, so its plan is kept for the session: see refresh_activity_engagement above.)
create function private.machine_reasons(p_signals private.engagement_signal[])
returns table (ordinality bigint, reason text)
language plpgsql
stable
parallel safe
set search_path = ''
as $$
begin
  return query
    with signals as materialized (
      select x.client_id, x.event_type, x.event_at, x.sent_at, x.user_agent, x.ip, x.ord
      from unnest(p_signals) with ordinality as x (client_id, event_type, event_at, sent_at, user_agent, ip, ord)
    ), settings as (
      select s.client_id, s.machine_user_agent_patterns, s.machine_ip_prefixes,
        s.machine_open_within_seconds, s.machine_click_within_seconds,
        make_interval(secs => s.machine_open_within_seconds) as open_window,
        make_interval(secs => s.machine_click_within_seconds) as click_window
      from public.engagement_settings s
      where s.client_id in (select distinct g.client_id from signals g)
    ), scanners as (
      select a.client_id, a.user_agent
      from (select distinct g.client_id, g.user_agent from signals g
            where g.user_agent is not null and g.event_type in ('opened', 'clicked')) a
      join settings s on s.client_id = a.client_id
      where exists (select 1 from unnest(s.machine_user_agent_patterns) p
                    where strpos(lower(a.user_agent), lower(p)) > 0)
    )
    select g.ord, case
        when g.event_type not in ('opened', 'clicked') then null
        when sc.user_agent is not null then 'scanner_user_agent'
        when g.ip ^@ any (s.machine_ip_prefixes) then 'proxy_ip'
        when g.event_type = 'opened' and g.event_at - g.sent_at < s.open_window
          then 'opened_within_' || s.machine_open_within_seconds || 's_of_send'
        when g.event_type = 'clicked' and g.event_at - g.sent_at < s.click_window
          then 'clicked_within_' || s.machine_click_within_seconds || 's_of_send'
      end
    from signals g
    left join settings s on s.client_id = g.client_id
    left join scanners sc on sc.client_id = g.client_id and sc.user_agent = g.user_agent;
end;
$$;
comment on function private.machine_reasons(private.engagement_signal[]) is 'Machine-engagement rule for each open/click of a batch: scanner user agent, proxy IP, or too soon after the send. Null means human. Keyed by position (ordinality) in the input.';
revoke all on function private.machine_reasons(private.engagement_signal[]) from public, anon, authenticated;
grant execute on function private.machine_reasons(private.engagement_signal[]) to service_role;

-- A scanner clicks every link of a message within moments. Flags each click that has a click on
-- a different link of the same message within the client's window, whichever arrived first.
-- SECURITY DEFINER: called from triggers and ingestion; updates only the named activities'
-- clicks; search_path is pinned.
-- (PL/pgSQL, so its plan is kept for the session: see refresh_activity_engagement above.)
create function private.flag_click_bursts(activity_ids uuid[])
returns uuid[]
language plpgsql
security definer
set search_path = ''
as $$
declare
  flagged uuid[];
begin
  with marked as (
    update public.email_events e set is_machine = true, machine_reason = 'multi_link_burst'
    from public.engagement_settings s
    where e.activity_id = any (activity_ids)
      and e.event_type = 'clicked'
      and not e.is_machine
      and s.client_id = e.client_id
      -- (One probe of idx_email_events_activity, which is on (activity_id, event_type): see 026.)
      and exists (
        select 1 from public.email_events o
        where o.activity_id = e.activity_id and o.event_type = e.event_type and o.id <> e.id
          and o.clicked_url is distinct from e.clicked_url
          and abs(extract(epoch from (o.event_at - e.event_at))) * 1000 <= s.machine_multi_click_window_ms)
    returning e.activity_id
  )
  select array_agg(distinct m.activity_id) into flagged from marked m;
  return coalesce(flagged, '{}');
end;
$$;
comment on function private.flag_click_bursts(uuid[]) is 'Marks clicks on several different links of one message within the burst window as machine clicks; returns the activities whose clicks it marked.';
revoke all on function private.flag_click_bursts(uuid[]) from public, anon, authenticated;
grant execute on function private.flag_click_bursts(uuid[]) to service_role;

-- Recomputes every machine flag of the given activities' events from the stored fields and the
-- current settings (after a settings change, or in a rebuild).
-- SECURITY DEFINER for the same reason as flag_click_bursts.
create function private.reclassify_email_events(activity_ids uuid[])
returns void
language sql
security definer
set search_path = ''
as $$
  with events as materialized (
    select ev.id, ev.is_machine, ev.machine_reason, row_number() over () as pos,
      row(ev.client_id, ev.event_type, ev.event_at, a.sent_at, ev.user_agent, ev.ip_address)::private.engagement_signal as signal
    from public.email_events ev
    join public.activities a on a.id = ev.activity_id
    where ev.activity_id = any (activity_ids)
  ), reasons as (
    select r.ordinality, r.reason
    from private.machine_reasons((select array_agg(x.signal order by x.pos) from events x)) r
  )
  update public.email_events e set is_machine = r.reason is not null, machine_reason = r.reason
  from events x
  join reasons r on r.ordinality = x.pos
  where e.id = x.id and (x.is_machine, x.machine_reason) is distinct from (r.reason is not null, r.reason);
  select private.flag_click_bursts(activity_ids);
$$;
comment on function private.reclassify_email_events(uuid[]) is 'Recomputes the human/machine flags of the given activities'' email events.';
revoke all on function private.reclassify_email_events(uuid[]) from public, anon, authenticated;
grant execute on function private.reclassify_email_events(uuid[]) to service_role;

-- A flag or time changed after insert (burst found later, reclassification): refresh summaries.
-- Old and new rows are grouped by id rather than joined, as in 026's
-- activities_touches_after_update (a plan cached for empty transition tables makes a join
-- quadratic).
create function private.email_events_after_update()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  changed uuid[];
begin
  if private.bulk_ingest() then
    return null;
  end if;
  select array_agg(distinct x.activity_id) into changed
  from (
    select array_agg(r.activity_id) as activity_ids
    from (
      select n.id, n.activity_id, n.is_machine, n.event_at, n.event_type from new_rows n
      union all
      select o.id, o.activity_id, o.is_machine, o.event_at, o.event_type from old_rows o
    ) r
    group by r.id
    having count(distinct (r.activity_id, r.is_machine, r.event_at, r.event_type)) > 1
  ) g
  cross join lateral unnest(g.activity_ids) x (activity_id);
  if changed is not null then
    perform private.refresh_activity_engagement(changed);
  end if;
  return null;
end;
$$;
revoke all on function private.email_events_after_update() from public, anon, authenticated;
comment on function private.email_events_after_update() is 'Statement trigger on email_events: refreshes summaries of activities whose events changed (outside ingest_engagement_events, which refreshes once at the end).';
create trigger on_email_event_update after update on public.email_events
  referencing old table as old_rows new table as new_rows for each statement
  execute function private.email_events_after_update();
