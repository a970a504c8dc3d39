-- 047_reply_analysis (Phase 24D, THREAD-004/005): what reply analysis writes, and the guarantee
-- that a lead who asked us to stop is not contacted again.
-- Objects: table reply_analyses; replies.rejection_reason, out_of_office_until, analyzed_at;
--          functions public.pending_reply_analyses(), public.apply_reply_analysis(),
--          public.can_contact(); view lead_contactability.
-- History: every run writes a row per reply (engine, model, prompt version, the full result);
-- the newest applied one is `is_current` and its fields are on the reply. A run asks for an
-- engine and prompt version (`requested_*`): a reply is pending until it has an analysis for that
-- request — also when the OpenAI engine fell back to the offline rules (engine says which
-- produced it), so a failing API is not retried in a loop; reanalysis is explicit.
-- Effects (set-based, in apply_reply_analysis): reply and thread message fields; unsubscribe →
-- leads.do_not_contact (reason 'asked_not_to_be_contacted'), unsubscribed_at, status
-- unsubscribed; the lead's latest analysed reply decides rejection_reason and status
-- (rejected / interested). Suppression only ever moves forward: a later or re-run analysis never
-- clears do_not_contact; rejection_reason is never cleared automatically.
-- Confidence (issue 13): each analysis keeps the offline model's probability for its intent
-- (intent_confidence) and whether it is only a guess (intent_uncertain), so reports count uncertain
-- replies instead of trusting them.
-- Contact rule (can_contact): not do_not_contact, not unsubscribed, no complaint, no reply still
-- waiting for analysis, and no reply whose current analysis is uncertain — an unread or unsure
-- reply may be a STOP, so the lead is held until it is read (reanalysis by OpenAI, or a surer model).

alter table public.replies
  add column rejection_reason public.rejection_reason_type,
  add column out_of_office_until date,
  add column analyzed_at timestamptz;
comment on column public.replies.rejection_reason is 'Why they said no, from reply analysis (objections, refusals, opt-outs); null otherwise.';
comment on column public.replies.out_of_office_until is 'Out-of-office replies: the return date the sender gave, when given.';
comment on column public.replies.analyzed_at is 'When the analysis now on this reply was applied; null while it waits for analysis.';
comment on column public.replies.question_extracted is 'The first genuine question the sender asked us, verbatim from the cleaned reply.';

-- can_contact() asks whether a lead has a reply still waiting for analysis.
create index replies_awaiting_analysis_idx on public.replies (lead_id) where analyzed_at is null;
create table public.reply_analyses (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references public.clients (id) on delete cascade,
  reply_id uuid not null,
  requested_engine text not null check (requested_engine in ('offline', 'openai')),
  requested_prompt_version text not null,
  engine text not null check (engine in ('offline', 'openai')),
  ai_model text,
  prompt_version text not null,
  intent text not null check (intent in (
    'interested', 'meeting_request', 'question', 'objection', 'not_interested', 'referral',
    'out_of_office', 'unsubscribe'
  )),
  sentiment text not null check (sentiment in ('positive', 'neutral', 'negative')),
  sentiment_score double precision not null check (sentiment_score between -1 and 1),
  objection_type text check (objection_type in ('timing', 'budget', 'authority', 'need', 'competitor')),
  rejection_reason public.rejection_reason_type,
  question_extracted text,
  do_not_contact boolean not null,
  intent_confidence double precision check (intent_confidence between 0 and 1),
  intent_uncertain boolean not null default false,
  is_auto_reply boolean not null default false,
  return_date date,
  analysis jsonb not null,
  is_current boolean not null default true,
  analyzed_at timestamptz not null default clock_timestamp(),
  foreign key (client_id, reply_id) references public.replies (client_id, id) on delete cascade
);
create unique index reply_analyses_current_key on public.reply_analyses (reply_id) where is_current;
create index reply_analyses_request_idx on public.reply_analyses (reply_id, requested_engine, requested_prompt_version, analyzed_at);
create index reply_analyses_client_idx on public.reply_analyses (client_id, analyzed_at);
-- can_contact() asks whether a lead's current analyses include an uncertain one.
create index reply_analyses_uncertain_idx on public.reply_analyses (reply_id) where is_current and intent_uncertain;
comment on table public.reply_analyses is 'Every analysis of every reply: which engine, model and prompt version, when, and the full result (ReplyAnalysis JSON). The is_current one is on the reply.';
comment on column public.reply_analyses.requested_engine is 'The engine the run asked for; engine differs when OpenAI failed and the offline rules answered.';
comment on column public.reply_analyses.intent_confidence is 'The offline model''s probability for the intent it reported (0..1); null for the OpenAI engine and for empty replies.';
comment on column public.reply_analyses.intent_uncertain is 'True when the intent is a guess (model probability below the model''s threshold, or nothing to read): the lead is held (can_contact) until a surer analysis replaces it.';
comment on column public.reply_analyses.analysis is 'The analyser''s full output (shared/replies/schema.ts ReplyAnalysis), cleaned text included.';
select private.secure_tenant_table('public.reply_analyses');

-- Replies that have no analysis for the requested engine and prompt version (or, when
-- p_redo_before is given, none made since then: a reanalysis run), newest first.
create function public.pending_reply_analyses(
  p_engine text,
  p_prompt_version text,
  p_limit integer default 200,
  p_client_id uuid default null,
  p_since timestamptz default null,
  p_redo_before timestamptz default null
)
returns table (
  reply_id uuid, client_id uuid, channel public.channel_type, reply_text text, subject text,
  headers jsonb, received_at timestamptz
)
language sql
stable
set search_path = ''
as $$
  select r.id, r.client_id, r.channel, r.reply_content, r.subject, r.raw_headers, r.received_at
  from public.replies r
  where (p_client_id is null or r.client_id = p_client_id)
    and (p_since is null or r.received_at >= p_since)
    and not exists (
      select 1 from public.reply_analyses x
      where x.reply_id = r.id and x.requested_engine = p_engine and x.requested_prompt_version = p_prompt_version
        and (p_redo_before is null or x.analyzed_at >= p_redo_before))
  order by r.received_at desc, r.id
  limit greatest(p_limit, 0);
$$;
comment on function public.pending_reply_analyses(text, text, integer, uuid, timestamptz, timestamptz) is 'Replies waiting for analysis by the given engine and prompt version (optionally one client''s, received since p_since; with p_redo_before, those not analysed since then). Newest first.';
revoke all on function public.pending_reply_analyses(text, text, integer, uuid, timestamptz, timestamptz) from public, anon, authenticated;
grant execute on function public.pending_reply_analyses(text, text, integer, uuid, timestamptz, timestamptz) to service_role;

-- One row per reply of an apply_reply_analysis batch (the last entry wins for a repeated reply).
create function private.reply_analysis_rows(results jsonb)
returns table (reply_id uuid, requested_engine text, requested_prompt_version text, a jsonb)
language sql
immutable
set search_path = ''
as $$
  select distinct on ((x.e->>'reply_id')::uuid)
    (x.e->>'reply_id')::uuid,
    coalesce(x.e->>'requested_engine', x.e->'analysis'->>'engine'),
    coalesce(x.e->>'requested_prompt_version', x.e->'analysis'->>'prompt_version'),
    x.e->'analysis'
  from jsonb_array_elements(results) with ordinality as x (e, ord)
  order by (x.e->>'reply_id')::uuid, x.ord desc
$$;
comment on function private.reply_analysis_rows(jsonb) is 'Parses an apply_reply_analysis batch into one row per reply.';
revoke all on function private.reply_analysis_rows(jsonb) from public, anon, authenticated;
grant execute on function private.reply_analysis_rows(jsonb) to service_role;

-- Applies a batch of analyses: `results` is a JSON array of
--   {"reply_id": uuid, "analysis": ReplyAnalysis, "requested_engine"?: text, "requested_prompt_version"?: text}
-- (requested_* default to the analysis's own engine and prompt_version). Without `reanalyze`,
-- a reply that already has an analysis for the same request is skipped, so a retried or
-- concurrent batch changes nothing. Returns {applied, skipped, unsubscribed, rejected, questions,
-- uncertain}.
create function public.apply_reply_analysis(results jsonb, reanalyze boolean default false)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  received integer;
  chosen uuid[];
  lead_ids uuid[];
  applied integer;
  unsubscribed integer;
  rejected integer;
  questions integer;
  uncertain integer;
begin
  if results is null or jsonb_typeof(results) <> 'array' then
    raise exception 'results must be a JSON array of {reply_id, analysis}' using errcode = '22023';
  end if;
  received := jsonb_array_length(results);

  -- Lock the replies first: two runs applying the same reply queue up, and the second then sees
  -- the first one's analysis and skips it.
  perform 1 from public.replies r
  where r.id in (select (e->>'reply_id')::uuid from jsonb_array_elements(results) e)
  order by r.id
  for update;

  select coalesce(array_agg(p.reply_id), '{}'), coalesce(array_agg(distinct r.lead_id), '{}')
    into chosen, lead_ids
  from private.reply_analysis_rows(results) p
  join public.replies r on r.id = p.reply_id
  where reanalyze or not exists (
    select 1 from public.reply_analyses x
    where x.reply_id = p.reply_id and x.requested_engine = p.requested_engine
      and x.requested_prompt_version = p.requested_prompt_version);
  applied := cardinality(chosen);
  if applied = 0 then
    return jsonb_build_object('applied', 0, 'skipped', received, 'unsubscribed', 0, 'rejected', 0, 'questions', 0, 'uncertain', 0);
  end if;

  update public.reply_analyses x set is_current = false
  where x.is_current and x.reply_id = any (chosen);

  insert into public.reply_analyses (client_id, reply_id, requested_engine, requested_prompt_version, engine,
    ai_model, prompt_version, intent, sentiment, sentiment_score, objection_type, rejection_reason,
    question_extracted, do_not_contact, intent_confidence, intent_uncertain, is_auto_reply, return_date, analysis)
  select r.client_id, r.id, p.requested_engine, p.requested_prompt_version, p.a->>'engine',
    p.a->>'ai_model', p.a->>'prompt_version', p.a->>'intent', p.a->>'sentiment', (p.a->>'sentiment_score')::double precision,
    p.a->>'objection_type', (p.a->>'rejection_reason')::public.rejection_reason_type,
    nullif(p.a->>'question_extracted', ''), coalesce((p.a->>'do_not_contact')::boolean, p.a->>'intent' = 'unsubscribe'),
    (p.a->>'confidence')::double precision, coalesce((p.a->>'uncertain')::boolean, false),
    coalesce((p.a->'auto_reply'->>'is_auto_reply')::boolean, false), (p.a->'auto_reply'->>'return_date')::date, p.a
  from private.reply_analysis_rows(results) p
  join public.replies r on r.id = p.reply_id
  where p.reply_id = any (chosen);

  -- The reply's own fields; its thread message follows through the replies trigger (045).
  update public.replies r set
    reply_intent = x.intent,
    sentiment = x.sentiment,
    sentiment_score = x.sentiment_score,
    objection_type = x.objection_type,
    rejection_reason = x.rejection_reason,
    question_extracted = x.question_extracted,
    out_of_office_until = case when x.intent = 'out_of_office' then x.return_date end,
    analyzed_at = x.analyzed_at
  from public.reply_analyses x
  where x.reply_id = r.id and x.is_current and r.id = any (chosen);

  -- Leads: opt-outs first (forward only), then what their latest analysed reply says.
  with opted_out as (
    select r.lead_id, min(r.received_at) as at
    from public.replies r
    where r.lead_id = any (lead_ids) and r.reply_intent = 'unsubscribe'
    group by r.lead_id
  ), latest as (
    select distinct on (r.lead_id) r.lead_id, r.reply_intent, r.rejection_reason
    from public.replies r
    where r.lead_id = any (lead_ids) and r.reply_intent is not null and r.reply_intent <> 'out_of_office'
    order by r.lead_id, r.received_at desc, r.id desc
  ), decided as (
    select l.id, o.at as opted_out_at, x.reply_intent, x.rejection_reason
    from public.leads l
    left join opted_out o on o.lead_id = l.id
    left join latest x on x.lead_id = l.id
    where l.id = any (lead_ids)
  )
  update public.leads l set
    do_not_contact = l.do_not_contact or d.opted_out_at is not null,
    do_not_contact_at = case when l.do_not_contact then l.do_not_contact_at else d.opted_out_at end,
    do_not_contact_reason = case
      when l.do_not_contact then l.do_not_contact_reason
      when d.opted_out_at is not null then 'asked_not_to_be_contacted' end,
    unsubscribed_at = case when d.opted_out_at is not null then least(l.unsubscribed_at, d.opted_out_at) else l.unsubscribed_at end,
    rejection_reason = case
      when d.opted_out_at is not null then 'do_not_contact'::public.rejection_reason_type
      when d.reply_intent in ('objection', 'not_interested') and d.rejection_reason is not null then d.rejection_reason
      else l.rejection_reason end,
    status = case
      when d.opted_out_at is not null then
        case when l.status in ('meeting_booked', 'converted') then l.status else 'unsubscribed'::public.lead_status end
      when d.reply_intent in ('objection', 'not_interested')
        and l.status in ('new', 'contacted', 'engaged', 'replied', 'interested') then 'rejected'::public.lead_status
      when d.reply_intent in ('interested', 'meeting_request')
        and l.status in ('new', 'contacted', 'engaged', 'replied', 'rejected') then 'interested'::public.lead_status
      else l.status end
  from decided d
  where l.id = d.id;

  select count(*) filter (where x.intent = 'unsubscribe'),
         count(*) filter (where x.rejection_reason is not null and x.intent <> 'unsubscribe'),
         count(*) filter (where x.question_extracted is not null),
         count(*) filter (where x.intent_uncertain)
    into unsubscribed, rejected, questions, uncertain
  from public.reply_analyses x
  where x.is_current and x.reply_id = any (chosen);

  return jsonb_build_object('applied', applied, 'skipped', received - applied, 'unsubscribed', unsubscribed,
    'rejected', rejected, 'questions', questions, 'uncertain', uncertain);
end;
$$;
comment on function public.apply_reply_analysis(jsonb, boolean) is 'Records a batch of reply analyses and applies them: reply and thread-message fields, lead suppression on opt-out, rejection reason and status. Idempotent per (reply, requested engine, prompt version) unless reanalyze. Returns {applied, skipped, unsubscribed, rejected, questions, uncertain}.';
revoke all on function public.apply_reply_analysis(jsonb, boolean) from public, anon, authenticated;
grant execute on function public.apply_reply_analysis(jsonb, boolean) to service_role;

-- Why a lead may not be contacted now, or null when they may. One definition for the function and
-- the view.
create function private.contact_block(l public.leads)
returns text
language sql
stable
set search_path = ''
as $$
  select case
    when l.do_not_contact then coalesce(l.do_not_contact_reason, 'do_not_contact')
    when l.status = 'unsubscribed' or l.unsubscribed_at is not null then 'unsubscribed'
    when l.complained_at is not null then 'complained'
    when exists (select 1 from public.replies r where r.lead_id = l.id and r.analyzed_at is null)
      then 'reply_awaiting_analysis'
    when exists (
      select 1 from public.replies r
      join public.reply_analyses x on x.reply_id = r.id and x.is_current and x.intent_uncertain
      where r.lead_id = l.id)
      then 'reply_uncertain'
  end
$$;
comment on function private.contact_block(public.leads) is 'Why a lead may not be contacted (opt-out, unsubscribe, complaint, a reply not yet analysed, or one whose analysis is uncertain), or null.';
revoke all on function private.contact_block(public.leads) from public, anon, authenticated;
grant execute on function private.contact_block(public.leads) to authenticated, service_role;
create function public.can_contact(p_lead_id uuid)
returns boolean
language sql
stable
set search_path = ''
as $$
  select coalesce((select private.contact_block(l) is null from public.leads l where l.id = p_lead_id), false)
$$;
comment on function public.can_contact(uuid) is 'True when an engine may contact the lead now: no opt-out, unsubscribe or complaint, and no reply waiting for analysis or analysed only uncertainly. False for an unknown (or invisible) lead. Engines must check it before every send.';
revoke all on function public.can_contact(uuid) from public, anon, authenticated;
grant execute on function public.can_contact(uuid) to authenticated, service_role;
create view public.lead_contactability with (security_invoker = true) as
select l.client_id, l.id as lead_id, l.status, private.contact_block(l) is null as can_contact,
  private.contact_block(l) as blocked_because
from public.leads l;
comment on view public.lead_contactability is 'Every lead and whether it may be contacted now (public.can_contact), with the reason when not.';
select private.secure_view('public.lead_contactability');
