-- 040_content_snapshot (Phase 24B, CONTENT-002…004): what was sent, described by CIS itself.
-- Objects: private.html_to_text(), private.url_decode(), private.unwrap_tracking_url(),
--          private.extract_links(), private.cta_type(), private.personalization_fields(),
--          private.personalization_used(), private.message_content(),
--          private.derive_activity_content() and its trigger on activities.
-- Every outbound touch, however it was recorded (an engine, a vendor webhook, SQL by hand), gets
-- the same derived description: full body, 200-character preview, word count, question or not,
-- links (tracking redirects unwrapped where the target is in the URL), call to action, and which
-- personalisation fields were available for the lead and actually used. Derived keys overwrite
-- whatever the caller put in content_snapshot; the caller's own keys (pain_points, ai_model,
-- prompt_version) are kept.

create function private.html_to_text(html text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select trim(regexp_replace(
    replace(replace(replace(replace(replace(replace(
      regexp_replace(
        regexp_replace(
          regexp_replace(html, '<(script|style)[^>]*>.*?</\1>', ' ', 'gis'),
          '<\s*(br|/p|/div|/li|/h[1-6])\s*/?>', E'\n', 'gi'),
        '<[^>]*>', ' ', 'g'),
      '&nbsp;', ' '), '&amp;', '&'), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''),
    '[ \t]+', ' ', 'g'))
$$;
comment on function private.html_to_text(text) is 'Visible text of an HTML message body (tags and scripts removed, common entities decoded).';

-- Percent-decoding, for redirect targets carried in a query parameter.
create function private.url_decode(value text)
returns text
language plpgsql
immutable
parallel safe
set search_path = ''
as $$
declare
  bytes bytea := ''::bytea;
  i integer := 1;
  c text;
begin
  while i <= length(value) loop
    c := substr(value, i, 1);
    if c = '%' and substr(value, i + 1, 2) ~ '^[0-9A-Fa-f]{2}$' then
      bytes := bytes || decode(substr(value, i + 1, 2), 'hex');
      i := i + 3;
    else
      bytes := bytes || convert_to(case when c = '+' then ' ' else c end, 'UTF8');
      i := i + 1;
    end if;
  end loop;
  return convert_from(bytes, 'UTF8');
exception when others then
  return value;
end;
$$;
comment on function private.url_decode(text) is 'Decodes %XX escapes (and + as space); returns the input unchanged if it is not valid UTF-8 once decoded.';

-- Click-tracking links carry the real target in a parameter (url=, u=, target=, redirect=, …);
-- opaque ones (an id the tracker resolves) are kept as they are.
create function private.unwrap_tracking_url(url text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select coalesce(
    (select private.url_decode(m[2])
     from regexp_matches(url, '[?&](url|u|target|redirect|redirect_url|redirect_uri|dest|destination|to|link|q)=(https?(%3A|:)[^&#]+)', 'i') as m
     limit 1),
    url)
$$;
comment on function private.unwrap_tracking_url(text) is 'The destination of a click-tracking redirect when it is in the URL; otherwise the URL itself.';
create function private.extract_links(body text)
returns text[]
language sql
immutable
parallel safe
set search_path = ''
as $$
  select coalesce(array_agg(link order by first_at), '{}')
  from (
    select private.unwrap_tracking_url(rtrim(m[1], '.,;:!?')) as link, min(ord) as first_at
    from regexp_matches(coalesce(body, ''), '(https?://[^\s"''<>()\[\]]+)', 'gi') with ordinality as x (m, ord)
    group by 1
  ) links
$$;
comment on function private.extract_links(text) is 'Distinct URLs in a message (HTML or text), tracking redirects unwrapped, in order of first appearance.';
create function private.cta_type(body text, links text[])
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case
    when exists (select 1 from unnest(links) l
                 where l ~* '(calendly\.com|cal\.com|hubspot\.com/meetings|savvycal|chili ?piper|zcal\.co|/book(ing)?[/?-])')
      then 'calendar_link'
    when body ~* '(call|chat|meeting|demo|catch up|talk|minutes|time next week|available)[^.!?]*\?' then 'meeting_request'
    when body ~* '(interested|worth (a|exploring)|open to|make sense|thoughts)[^.!?]*\?' then 'interest_check'
    when cardinality(links) > 0 then 'link'
    when body ~ '\?' then 'question'
    else 'none'
  end
$$;
comment on function private.cta_type(text, text[]) is 'Call to action of a message by rule: calendar_link, meeting_request, interest_check, link, question or none.';
revoke all on function private.html_to_text(text), private.url_decode(text), private.unwrap_tracking_url(text),
  private.extract_links(text), private.cta_type(text, text[]) from public, anon, authenticated;
grant execute on function private.html_to_text(text), private.url_decode(text), private.unwrap_tracking_url(text),
  private.extract_links(text), private.cta_type(text, text[]) to service_role;

-- What CIS knows of a lead that a message could use: its own fields, else its pool record's.
create function private.personalization_fields(l public.leads, p public.lead_pool)
returns jsonb
language sql
immutable
parallel safe
set search_path = ''
as $$
  select jsonb_strip_nulls(jsonb_build_object(
    'first_name', l.first_name, 'last_name', l.last_name,
    'company', coalesce(l.company, p.company_name), 'title', coalesce(l.title, p.title),
    'city', p.person_city, 'industry', p.company_industry, 'seniority', p.seniority,
    'linkedin_headline', p.linkedin_headline,
    'technologies', case when cardinality(p.company_technologies) > 0 then to_jsonb(p.company_technologies) end,
    'funding_stage', p.company_funding_stage))
$$;
comment on function private.personalization_fields(public.leads, public.lead_pool) is 'The personalisation fields known for a lead (its own values first, then its pool record''s), nulls left out.';

-- Which of those fields a message uses. Longest values first, each blanked out once found, so
-- 'logistics' (industry) is not counted as used just because it is part of 'Fernhill Logistics'
-- (company). Whole words only.
create function private.personalization_used(body text, fields jsonb)
returns text[]
language plpgsql
immutable
parallel safe
set search_path = ''
as $$
declare
  remaining text := lower(coalesce(body, ''));
  used text[] := '{}';
  field record;
  pattern text;
begin
  for field in
    select f.key, lower(v) as value
    from jsonb_each(fields) f
    cross join lateral (
      select f.value #>> '{}' as v where jsonb_typeof(f.value) = 'string'
      union all
      select t from jsonb_array_elements_text(case when jsonb_typeof(f.value) = 'array' then f.value else '[]'::jsonb end) t
    ) vals
    where length(v) >= 3
    order by length(v) desc, f.key
  loop
    -- A value that is not even a substring cannot be a whole word of it: skip compiling its regex.
    continue when strpos(remaining, field.value) = 0;
    pattern := '\y' || regexp_replace(field.value, '([.^$*+?()\[\]{}|\\])', '\\\1', 'g') || '\y';
    if remaining ~ pattern then
      used := array_append(used, field.key);
      remaining := regexp_replace(remaining, pattern, ' ', 'g');
    end if;
  end loop;
  return array(select distinct u from unnest(used) u order by u);
end;
$$;
comment on function private.personalization_used(text, jsonb) is 'The personalisation fields whose values a message''s text contains (whole words, longest first, each occurrence counted once).';

-- The derived description of one message: the one rule, used by the row trigger below and, for a
-- whole batch at once, by the intake (033), which joins the leads' fields in the statement that
-- writes the touches. PL/pgSQL: each value is computed once and the few statements keep their
-- plans for the session (as a SQL function, per-call executor set-up cost as much as the work).
create function private.message_content(
  p_raw_body text, p_subject text, p_snapshot jsonb, p_fields jsonb,
  p_template_name text, p_template_subject text, p_template_ai_model text, p_template_prompt_version text,
  out full_message_body text, out subject text, out links_included text[],
  out personalization_fields_available text[], out personalization_fields_used text[], out content_snapshot jsonb)
language plpgsql
immutable
parallel safe
set search_path = ''
as $$
declare
  snapshot jsonb := coalesce(p_snapshot, '{}'::jsonb);
  body text := p_raw_body;
begin
  if p_raw_body ~* '<(html|body|p|div|br|a|span|table)\y' then
    body := private.html_to_text(p_raw_body);
  end if;
  full_message_body := p_raw_body;
  subject := coalesce(p_subject, snapshot->>'subject', p_template_subject);
  links_included := private.extract_links(p_raw_body);
  personalization_fields_available := array(select k from jsonb_object_keys(p_fields) k order by k);
  personalization_fields_used := private.personalization_used(body, p_fields);
  content_snapshot := snapshot
    - 'personalization_used' - 'personalization_available' - 'word_count' - 'has_question' - 'links'
    - 'body_preview' - 'body_full' - 'subject' - 'cta_type' - 'template_name'
    || jsonb_strip_nulls(jsonb_build_object(
      'subject', coalesce(p_subject, snapshot->>'subject'),
      'body_preview', left(body, 200),
      'body_full', body,
      -- The pieces a split on whitespace runs gives: one more than the runs (counted without
      -- building the array).
      'word_count', case when body is not null then coalesce(regexp_count(nullif(trim(body), ''), '\s+') + 1, 0) end,
      'has_question', case when body is not null then body ~ '\?' end,
      'links', to_jsonb(links_included),
      'cta_type', case when body is not null then private.cta_type(body, links_included) end,
      'personalization_used', to_jsonb(personalization_fields_used),
      'personalization_available', to_jsonb(personalization_fields_available),
      'template_name', coalesce(p_template_name, snapshot->>'template_name'),
      'ai_model', coalesce(snapshot->>'ai_model', p_template_ai_model),
      'prompt_version', coalesce(snapshot->>'prompt_version', p_template_prompt_version)));
end;
$$;
comment on function private.message_content(text, text, jsonb, jsonb, text, text, text, text) is 'The derived description of a message (body, links, personalisation, content_snapshot keys) from its raw body, subject, the caller''s snapshot, the lead''s fields and its template.';
revoke all on function private.personalization_fields(public.leads, public.lead_pool), private.personalization_used(text, jsonb),
  private.message_content(text, text, jsonb, jsonb, text, text, text, text) from public, anon, authenticated;
grant execute on function private.personalization_fields(public.leads, public.lead_pool), private.personalization_used(text, jsonb),
  private.message_content(text, text, jsonb, jsonb, text, text, text, text) to service_role;

-- SECURITY DEFINER: reads the lead, its pool record and the template, which the writing role may
-- not be allowed to read; it only sets columns of the row being written; search_path is pinned.
create function private.derive_activity_content()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  snapshot jsonb := coalesce(new.content_snapshot, '{}'::jsonb);
  template public.email_templates;
  fields jsonb;
  derived record;
begin
  -- The intake (033) derives its new touches for the whole batch in the statement that writes
  -- them; a touch it completes is an update and is derived here.
  if tg_op = 'INSERT' and private.bulk_ingest() then
    return new;
  end if;
  -- A touch without a message (a call, a profile view) has nothing to describe beyond what the
  -- caller said; skip the lookups.
  if coalesce(new.full_message_body, snapshot->>'body_full') is null and new.template_id is null then
    new.content_snapshot := snapshot;
    return new;
  end if;
  if new.template_id is not null then
    select t.* into template from public.email_templates t where t.id = new.template_id;
  end if;
  select private.personalization_fields(l, p) into fields
  from public.leads l left join public.lead_pool p on p.id = l.lead_pool_id
  where l.id = new.lead_id;

  select c.* into derived
  from private.message_content(coalesce(new.full_message_body, snapshot->>'body_full'), new.subject, snapshot,
    coalesce(fields, '{}'::jsonb), template.name, template.subject, template.ai_model, template.prompt_version) c;
  new.full_message_body := derived.full_message_body;
  new.links_included := derived.links_included;
  new.personalization_fields_available := derived.personalization_fields_available;
  new.personalization_fields_used := derived.personalization_fields_used;
  new.content_snapshot := derived.content_snapshot;
  new.subject := derived.subject;
  return new;
end;
$$;
comment on function private.derive_activity_content() is 'BEFORE trigger on activities: derives the content_snapshot keys, links and personalisation fields from the message itself.';
revoke all on function private.derive_activity_content() from public, anon, authenticated;
create trigger activities_20_derive_content
  before insert or update of full_message_body, subject, template_id, content_snapshot, lead_id on public.activities
  for each row execute function private.derive_activity_content();
