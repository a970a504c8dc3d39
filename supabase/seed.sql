-- Local development seed (`supabase db reset` runs it): one demo client with a campaign, so the
-- dashboard and the CLI have something to show before any webhook arrives. Tests never use it.
insert into public.clients (id, name, slug, timezone)
values ('00000000-0000-4000-8000-00000000d3e0', 'Demo Agency Client', 'demo', 'Australia/Sydney')
on conflict (id) do nothing;

insert into public.campaigns (id, client_id, name, channel, status)
values ('00000000-0000-4000-8000-00000000d3e1', '00000000-0000-4000-8000-00000000d3e0', 'Demo: Q1 outbound', 'email', 'active')
on conflict (id) do nothing;
