-- 062_answers (issues 7, 11): the eight questions the plan says CIS must answer, with numbers and
-- a confidence that comes from a test, as one JSON document (for the report, the CLI and any
-- client) and as views for PostgREST.
-- Objects: private.pct(), private.signed_pct(), private.count_text(), private.plural(),
--          private.dimension_label(), private.segment_label(), private.lift_text(), private.q_text(),
--          private.answer_segments(), private.answer_open_times(), private.answer_objections(),
--          private.answer_ab_tests(), private.answer_show_rate(), private.answer_deal_value(),
--          private.finding_json(); public.cis_report(client_id, since); views answer_open_times,
--          answer_deal_value.
-- Show rate and funnel views are migrations 050/051's (meeting_attendance, show_rate_by_*,
-- funnel_by_*); the report reads attendance from meeting_attendance so both always agree.
-- How each answer is decided (docs/DETECTORS.md, "The eight questions"): every claim at 1%.
-- Segment questions name a segment only when its finding is significant within the question's
-- own family (061); "most" objection only when it beats the runner-up by an exact test (p < 0.01);
-- a reading peak only when its two hours beat both a flat week and an even working day, over all
-- 24 windows (p < 0.01); A/B verdicts as 042 writes them; show rate and deal value are estimates
-- whose confidence is their precision. The answer_* functions turn a question's data into its sentence and confidence and
-- are pure, so tests/sql/detectors/sentences.test.ts renders every edge case through them.

create function private.pct(value double precision, digits integer default 1)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case when value is null then '—' else trim_scale(round((100 * value)::numeric, digits))::text || '%' end
$$;
comment on function private.pct(double precision, integer) is '0.0612 → "6.1%", 0.6 → "60%", null → "—".';
create function private.signed_pct(value double precision, digits integer default 0)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  -- A bound that rounds to 0 but is not 0 keeps a decimal, so "+0.3%" never reads as no effect.
  select case when value is null then '—' when value = 'Infinity'::float8 then '∞' when value = 0 then '±0%'
    when abs(round((100 * value)::numeric, digits)) > 0 then case when value < 0 then '−' else '+' end || private.pct(abs(value), digits)
    when abs(round((100 * value)::numeric, 1)) > 0 then case when value < 0 then '−' else '+' end || private.pct(abs(value), 1)
    else case when value < 0 then '−' else '+' end || '<0.1%' end
$$;
comment on function private.signed_pct(double precision, integer) is '1.04 → "+104%", -0.2 → "−20%" (a true minus sign), 0.003 → "+0.3%", 0 → "±0%".';
create function private.count_text(n bigint)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case when n is null then '—' else to_char(n, 'FM999,999,999,990') end
$$;
comment on function private.count_text(bigint) is '1234 → "1,234".';
create function private.plural(n bigint, one text, many text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select private.count_text(n) || ' ' || case when n = 1 then one else many end
$$;
comment on function private.plural(bigint, text, text) is '(1, lead, leads) → "1 lead"; (2, …) → "2 leads".';

create function private.dimension_label(dimension text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case dimension
    when 'seniority' then 'seniority' when 'department' then 'department' when 'title' then 'job title'
    when 'revenue_band' then 'company revenue' when 'employee_band' then 'company size' when 'industry' then 'industry'
    when 'technology' then 'technology used' when 'funding' then 'funding' when 'country' then 'country'
    when 'state' then 'region' when 'city' then 'city' when 'email_status' then 'email status'
    when 'came_from_competitor' then 'past employer' when 'template' then 'template' when 'subject' then 'subject line'
    when 'ab_variant' then 'A/B variant' when 'word_count_band' then 'message length'
    when 'has_question' then 'question in the first message' when 'has_links' then 'links in the first message'
    when 'personalization' then 'personalisation' when 'cta_type' then 'call to action' when 'ai_model' then 'AI model'
    when 'prompt_version' then 'prompt version' when 'send_hour' then 'send hour (lead''s time)'
    when 'send_weekday' then 'send day (lead''s time)' when 'our_response_band' then 'our response time'
    when 'booking_lead_time' then 'booking lead time' when 'objection' then 'objection'
    else replace(dimension, '_', ' ') end
$$;
comment on function private.dimension_label(text) is 'A detector dimension as the report names it: employee_band → "company size".';

create function private.segment_label(dimension text, segment text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case
    when segment is null then null
    when dimension = 'seniority' then case segment
      when 'c_suite' then 'C-suite' when 'vp' then 'VP' when 'founder' then 'Founder' when 'owner' then 'Owner'
      when 'head' then 'Head' when 'director' then 'Director' when 'manager' then 'Manager' when 'senior' then 'Senior'
      when 'entry' then 'Entry' when 'intern' then 'Intern' when 'partner' then 'Partner'
      else initcap(replace(segment, '_', ' ')) end
    when dimension = 'department' then replace(regexp_replace(segment, '^master_', ''), '_', ' ')
    when dimension = 'has_question' then case segment when 'yes' then 'with a question' when 'no' then 'without a question' else segment end
    when dimension = 'has_links' then case segment when 'yes' then 'with links' when 'no' then 'without links' else segment end
    when dimension = 'came_from_competitor' then case segment when 'yes' then 'worked at a competitor' when 'no' then 'never at a competitor' else segment end
    when dimension = 'send_hour' and segment ~ '^\d\dh$' then
      left(segment, 2) || ':00–' || lpad(((left(segment, 2)::integer + 1) % 24)::text, 2, '0') || ':00'
    when dimension = 'send_weekday' and segment ~ '^\d ' then case left(segment, 1)
      when '1' then 'Monday' when '2' then 'Tuesday' when '3' then 'Wednesday' when '4' then 'Thursday'
      when '5' then 'Friday' when '6' then 'Saturday' else 'Sunday' end
    when dimension = 'objection' then initcap(replace(segment, '_', ' '))
    when dimension in ('email_status', 'cta_type', 'funding') then replace(segment, '_', ' ')
    else segment end
$$;
comment on function private.segment_label(text, text) is 'A segment as the report shows it: (seniority, c_suite) → "C-suite", (send_hour, 09h) → "09:00–10:00"; free text (titles, subject lines) as written.';

-- "lift +133% [+52%, +257%]", naming the interval's level when it is not 95%.
create function private.lift_text(lift double precision, low double precision, high double precision, level double precision)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select 'lift ' || private.signed_pct(lift) ||
    case when low is null and high is null then ''
      else ' [' || private.signed_pct(low) || ', ' || private.signed_pct(high) || ']' ||
        case when level is null or abs(level - 0.95) < 1e-9 then ''
          else ', ' || trim_scale(round((100 * level)::numeric, 1))::text || '% interval' end end
$$;
comment on function private.lift_text(double precision, double precision, double precision, double precision) is 'A lift with its interval, and the interval''s level when it is not 95%.';

-- "q = 0.004 among 9 seniority tests": which family a q-value belongs to.
create function private.q_text(q double precision, tests integer, family text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case when q is null then 'not tested' when q < 0.001 then 'q < 0.001' else 'q = ' || to_char(q, 'FM0.000') end
    || ' among ' || private.plural(coalesce(tests, 0),
      case family when 'seniority' then 'seniority test' when 'subject_lines' then 'subject-line test'
        when 'deal_predictors' then 'deal-predictor test' else 'exploratory test' end,
      case family when 'seniority' then 'seniority tests' when 'subject_lines' then 'subject-line tests'
        when 'deal_predictors' then 'deal-predictor tests' else 'exploratory tests' end)
$$;
comment on function private.q_text(double precision, integer, text) is 'A q-value and the family it was adjusted in.';

-- Questions 1, 2 and 7. p_rows: the question's findings in table order (cis_report), each with
-- dimension, segment, their labels, rest_label, n, conversions, rate, ci_low, ci_high,
-- baseline_rate, lift, lift_ci_low, lift_ci_high, lift_ci_level, q_value, family_tests, tested,
-- significant and min_n_met. The headline is the first significant row with a positive lift; it
-- is called the highest only when it is the top of the table by rate, untied.
create function private.answer_segments(p_key text, p_rows jsonb, p_min_n integer)
returns jsonb
language plpgsql
immutable
set search_path = ''
as $$
declare
  rows jsonb := coalesce(p_rows, '[]'::jsonb);
  family text := case p_key when 'seniority' then 'seniority' when 'subject_lines' then 'subject_lines' else 'deal_predictors' end;
  noun text := case p_key when 'seniority' then 'seniority' when 'subject_lines' then 'subject line' else 'segment' end;
  nouns text := case p_key when 'seniority' then 'seniorities' when 'subject_lines' then 'subject lines' else 'segments' end;
  outcome_nouns text := case p_key when 'seniority' then 'meetings booked' when 'subject_lines' then 'human opens' else 'won deals' end;
  head jsonb;
  low jsonb;
  top jsonb;
  runner jsonb;
  tested integer;
  claim jsonb;
  answer text;
  confidence text;
begin
  select r into top from jsonb_array_elements(rows) with ordinality x (r, i) where (r->>'min_n_met')::boolean order by i limit 1;
  select r into runner from jsonb_array_elements(rows) with ordinality x (r, i) where (r->>'min_n_met')::boolean order by i offset 1 limit 1;
  select r into head from jsonb_array_elements(rows) with ordinality x (r, i)
    where (r->>'significant')::boolean and (r->>'lift')::float8 > 0 order by i limit 1;
  select r into low from jsonb_array_elements(rows) with ordinality x (r, i)
    where (r->>'significant')::boolean and (r->>'lift')::float8 < 0 order by i limit 1;
  select count(*) into tested from jsonb_array_elements(rows) r where (r->>'tested')::boolean;

  if jsonb_array_length(rows) = 0 then
    return jsonb_build_object('confidence', 'insufficient', 'headline', null, 'answer', case p_key
      when 'seniority' then 'No contacted leads with a known seniority yet.'
      when 'subject_lines' then 'No first emails with a subject line yet.'
      else 'Nothing to test yet: no lead attribute or first message has enough leads and won deals on both sides.' end);
  end if;
  if p_key <> 'deal_predictors' and jsonb_array_length(rows) = 1 then
    return jsonb_build_object('confidence', 'insufficient', 'headline', null, 'answer', pg_catalog.format(
      'All %s with a known %s share one: %s. There is nothing to compare it with.',
      private.plural((rows->0->>'n')::bigint, 'lead', 'leads'), noun, rows->0->>'segment_label'));
  end if;
  if tested = 0 then
    return jsonb_build_object('confidence', 'insufficient', 'headline', null, 'answer', pg_catalog.format(
      'Too few %s to compare %s yet: a comparison needs %s on each side and enough %s to reach significance%s.',
      outcome_nouns, nouns, private.plural(p_min_n, 'lead', 'leads'), outcome_nouns,
      case when top is not null then pg_catalog.format(' (highest so far: %s at %s of %s)', top->>'segment_label',
        private.pct((top->>'rate')::float8), private.plural((top->>'n')::bigint, 'lead', 'leads')) else '' end));
  end if;

  claim := coalesce(head, low);
  if claim is not null then
    answer := case p_key
      when 'seniority' then pg_catalog.format('%s leads book meetings %s', claim->>'segment_label',
        case when claim = head and head = top and (runner is null or (runner->>'rate')::float8 < (top->>'rate')::float8)
          then 'at the highest rate' when claim = head then 'more often than the other seniorities'
          else 'less often than the other seniorities' end)
      when 'subject_lines' then pg_catalog.format('“%s” is opened by %s', claim->>'segment_label',
        case when claim = head and head = top and (runner is null or (runner->>'rate')::float8 < (top->>'rate')::float8)
          then 'the most leads (people, not machines)' when claim = head then 'more leads than the other subject lines'
          else 'fewer leads than the other subject lines' end)
      else pg_catalog.format('By %s, “%s” leads become won deals %s than %s', claim->>'dimension_label', claim->>'segment_label',
        case when claim = head then 'more often' else 'less often' end,
        coalesce('“' || (claim->>'rest_label') || '”', 'the rest'))
    end;
    answer := answer || pg_catalog.format(': %s [%s, %s] of %s vs %s for %s (%s; %s).',
      private.pct((claim->>'rate')::float8), private.pct((claim->>'ci_low')::float8), private.pct((claim->>'ci_high')::float8),
      private.plural((claim->>'n')::bigint, 'lead', 'leads'), private.pct((claim->>'baseline_rate')::float8),
      case when claim->>'rest_label' is not null and p_key = 'seniority' then claim->>'rest_label'
        when claim->>'rest_label' is not null then '“' || (claim->>'rest_label') || '”'
        when p_key = 'seniority' then 'the other seniorities' when p_key = 'subject_lines' then 'the other subject lines' else 'the rest' end,
      private.lift_text((claim->>'lift')::float8, (claim->>'lift_ci_low')::float8, (claim->>'lift_ci_high')::float8, (claim->>'lift_ci_level')::float8),
      private.q_text((claim->>'q_value')::float8, (claim->>'family_tests')::integer, family));
    if claim = head and p_key <> 'deal_predictors' and head <> top then
      answer := answer || pg_catalog.format(' %s has a higher rate (%s of %s) but is not distinguishable from the rest yet.',
        case when p_key = 'subject_lines' then '“' || (top->>'segment_label') || '”' else top->>'segment_label' end,
        private.pct((top->>'rate')::float8), private.plural((top->>'n')::bigint, 'lead', 'leads'));
    elsif claim = head and p_key <> 'deal_predictors' and runner is not null and (runner->>'rate')::float8 = (top->>'rate')::float8 then
      answer := answer || pg_catalog.format(' %s has the same rate (%s of %s).',
        case when p_key = 'subject_lines' then '“' || (runner->>'segment_label') || '”' else runner->>'segment_label' end,
        private.pct((runner->>'rate')::float8), private.plural((runner->>'n')::bigint, 'lead', 'leads'));
    elsif claim = low then
      answer := pg_catalog.format('No %s stands out above the rest yet. ', noun) || answer;
    end if;
    confidence := case when (claim->>'q_value')::float8 < 0.001 then 'high' else 'medium' end;
  else
    top := case when p_key = 'deal_predictors' then rows->0 else top end;
    answer := case when p_key = 'deal_predictors' then pg_catalog.format(
        'Nothing predicts a won deal yet: no segment of who the lead is or what we sent first differs significantly from the rest. Closest: by %s, “%s” at %s [%s, %s] of %s vs %s for %s (%s).',
        top->>'dimension_label', top->>'segment_label', private.pct((top->>'rate')::float8),
        private.pct((top->>'ci_low')::float8), private.pct((top->>'ci_high')::float8),
        private.plural((top->>'n')::bigint, 'lead', 'leads'), private.pct((top->>'baseline_rate')::float8),
        coalesce('“' || (top->>'rest_label') || '”', 'the rest'),
        private.q_text((top->>'q_value')::float8, (top->>'family_tests')::integer, family) || '; CIS names one at q ≤ 0.01')
      else pg_catalog.format('No %s stands out yet: the highest rate is %s at %s [%s, %s] of %s vs %s for the rest, not significant (%s).',
        noun, case when p_key = 'subject_lines' then '“' || (top->>'segment_label') || '”' else top->>'segment_label' end,
        private.pct((top->>'rate')::float8), private.pct((top->>'ci_low')::float8), private.pct((top->>'ci_high')::float8),
        private.plural((top->>'n')::bigint, 'lead', 'leads'), private.pct((top->>'baseline_rate')::float8),
        case when (top->>'tested')::boolean then private.q_text((top->>'q_value')::float8, (top->>'family_tests')::integer, family)
          || '; CIS names one at q ≤ 0.01' else 'too few ' || outcome_nouns || ' to test it' end) end;
    confidence := 'low';
  end if;
  return jsonb_build_object('answer', answer, 'confidence', confidence,
    'headline', case when claim is null then null else jsonb_build_object('dimension', claim->>'dimension',
      'segment', claim->>'segment', 'direction', case when claim = head then 'higher' else 'lower' end) end);
end;
$$;
comment on function private.answer_segments(text, jsonb, integer) is 'Sentence, confidence and headline of a segment question (seniority, subject_lines, deal_predictors) from its findings in table order.';

-- Question 3. p_busiest: the two hours holding the most leads' first human opens
-- {start_hour, end_hour, share, lead_share, leads, opens, p_value}; p_peak the same when tested
-- significant (else null).
create function private.answer_open_times(p_busiest jsonb, p_peak jsonb)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select case
    when p_busiest is null or coalesce((p_busiest->>'opens')::bigint, 0) = 0 then
      jsonb_build_object('answer', 'No human opens recorded yet.', 'confidence', 'insufficient')
    when p_peak is not null then jsonb_build_object('confidence', case when (p_peak->>'p_value')::float8 < 0.001 then 'high' else 'medium' end,
      'answer', pg_catalog.format(
        'Leads read email most between %s:00 and %s:00 their time: %s of %s (machine opens excluded), and the first open of %s of %s — more than the 20%% an even working day (08:00–18:00) puts in any two hours (%s, tested over the day''s 24 two-hour windows).',
        lpad(p_peak->>'start_hour', 2, '0'), lpad(p_peak->>'end_hour', 2, '0'), private.pct((p_peak->>'share')::float8, 0),
        private.plural((p_peak->>'opens')::bigint, 'human open', 'human opens'), private.pct((p_peak->>'lead_share')::float8, 0),
        private.plural((p_peak->>'leads')::bigint, 'lead', 'leads'),
        case when (p_peak->>'p_value')::float8 < 0.001 then 'p < 0.001' else 'p = ' || to_char((p_peak->>'p_value')::float8, 'FM0.000') end))
    else jsonb_build_object('confidence', 'low', 'answer', pg_catalog.format(
      'No clear reading peak yet: the busiest two hours, %s:00–%s:00 their time, hold the first open of %s of %s (%s of %s); an even working day (08:00–18:00) would put 20%% in any two working hours, a flat week 8%% (p = %s over the day''s 24 two-hour windows; a peak needs p < 0.01).',
      lpad(p_busiest->>'start_hour', 2, '0'), lpad(p_busiest->>'end_hour', 2, '0'), private.pct((p_busiest->>'lead_share')::float8, 0),
      private.plural((p_busiest->>'leads')::bigint, 'lead', 'leads'), private.pct((p_busiest->>'share')::float8, 0),
      private.plural((p_busiest->>'opens')::bigint, 'human open', 'human opens'),
      to_char(least((p_busiest->>'p_value')::float8, 1), 'FM0.000')))
  end
$$;
comment on function private.answer_open_times(jsonb, jsonb) is 'Sentence and confidence of the reading-time question: a peak only when tested (p_peak), else "no clear peak".';

-- Question 4. p_rows: objection types by leads, most first {objection_type, label, n, share,
-- ci_low, ci_high, answered, booked_after_answer}; p_test: {p_value} of the top two counts.
create function private.answer_objections(p_rows jsonb, p_test jsonb)
returns jsonb
language plpgsql
immutable
set search_path = ''
as $$
declare
  rows jsonb := coalesce(p_rows, '[]'::jsonb);
  leader jsonb := rows->0;
  runner jsonb := rows->1;
  total bigint;
  booked bigint;
  p float8 := (p_test->>'p_value')::float8;
  answer text;
  clause text := '';
begin
  if jsonb_array_length(rows) = 0 then
    return jsonb_build_object('answer', 'No objections analysed yet.', 'confidence', 'insufficient', 'top', null);
  end if;
  select sum((r->>'n')::bigint), sum(coalesce((r->>'booked_after_answer')::bigint, 0)) into total, booked
  from jsonb_array_elements(rows) r;
  -- Whether objectors book after our answer is worth saying only when some did.
  if booked > 0 then
    clause := pg_catalog.format(' After our answer, %s of the %s who objected booked a meeting (%s of %s %s objectors).',
      private.count_text(booked), private.count_text(total), private.count_text(coalesce((leader->>'booked_after_answer')::bigint, 0)),
      private.count_text((leader->>'n')::bigint), lower(leader->>'label'));
  end if;
  if runner is null then
    return jsonb_build_object('confidence', 'low', 'top', null, 'answer', pg_catalog.format(
      'Only %s objections so far (%s): nothing to compare them with.%s', lower(leader->>'label'),
      private.plural((leader->>'n')::bigint, 'lead', 'leads'), clause));
  end if;
  if p < 0.01 and (leader->>'n')::bigint > (runner->>'n')::bigint then
    answer := pg_catalog.format('%s is the objection we hear most: %s [%s, %s] of %s who objected, ahead of %s (%s; %s, exact test of the two counts).',
      leader->>'label', private.pct((leader->>'share')::float8, 0), private.pct((leader->>'ci_low')::float8, 0),
      private.pct((leader->>'ci_high')::float8, 0), private.plural(total, 'lead', 'leads'), lower(runner->>'label'),
      private.pct((runner->>'share')::float8, 0),
      case when p < 0.001 then 'p < 0.001' else 'p = ' || to_char(p, 'FM0.000') end);
    return jsonb_build_object('answer', answer || clause, 'confidence', case when p < 0.001 then 'high' else 'medium' end,
      'top', leader->>'objection_type');
  end if;
  answer := pg_catalog.format('%s and %s lead (%s and %s of %s who objected); not separable yet (p = %s, exact test of the two counts; a top objection needs p < 0.01).',
    leader->>'label', lower(runner->>'label'), private.pct((leader->>'share')::float8, 0), private.pct((runner->>'share')::float8, 0),
    private.plural(total, 'lead', 'leads'), to_char(coalesce(p, 1), 'FM0.000'));
  return jsonb_build_object('answer', answer || clause, 'confidence', 'low', 'top', null);
end;
$$;
comment on function private.answer_objections(jsonb, jsonb) is 'Sentence and confidence of the objections question: "most" only when the top count beats the runner-up by an exact test; the booked-after-our-answer clause only when some objector booked.';

-- Question 5: the experiments' own verdicts (042), one sentence each.
create function private.answer_ab_tests(p_rows jsonb)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select case when coalesce(jsonb_array_length(p_rows), 0) = 0 then
      jsonb_build_object('answer', 'No experiments yet.', 'confidence', 'insufficient')
    else jsonb_build_object(
      'answer', (select string_agg((r->>'test') || ': ' || coalesce(r->>'verdict', 'not analysed yet') || '.', ' ' order by i)
                 from jsonb_array_elements(p_rows) with ordinality x (r, i)),
      'confidence', (select case when bool_or(r->>'kind' = 'winner') then 'high' when bool_or(r->>'kind' = 'equivalent') then 'medium'
                       else 'low' end from jsonb_array_elements(p_rows) r))
  end
$$;
comment on function private.answer_ab_tests(jsonb) is 'Sentence and confidence of the A/B question from each test''s verdict: high for a winner, medium for a difference ruled out beyond the planned effect, low otherwise.';

-- Question 6. p_overall: {held, no_show, unconfirmed, rate, ci_low, ci_high}. The confidence of an
-- estimate is its precision: the 95% interval within ±5 points (high), ±10 (medium), wider (low).
create function private.answer_show_rate(p_overall jsonb)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select case
    when p_overall is null then jsonb_build_object('answer', 'No meetings yet.', 'confidence', 'insufficient')
    when coalesce((p_overall->>'held')::bigint, 0) + coalesce((p_overall->>'no_show')::bigint, 0) = 0 then
      jsonb_build_object('answer', 'No past meeting has a known outcome yet.', 'confidence', 'insufficient')
    else jsonb_build_object(
      'answer', pg_catalog.format('%s of past meetings were held [%s, %s] (%s of %s with a known outcome)%s.',
        private.pct((p_overall->>'rate')::float8, 0), private.pct((p_overall->>'ci_low')::float8, 0), private.pct((p_overall->>'ci_high')::float8, 0),
        private.count_text((p_overall->>'held')::bigint),
        private.count_text((p_overall->>'held')::bigint + (p_overall->>'no_show')::bigint),
        case when (p_overall->>'unconfirmed')::bigint > 0 then pg_catalog.format('; %s %s unconfirmed and not counted as held',
          private.plural((p_overall->>'unconfirmed')::bigint, 'more', 'more'),
          case when (p_overall->>'unconfirmed')::bigint = 1 then 'is' else 'are' end) else '' end),
      'confidence', case
        when ((p_overall->>'ci_high')::float8 - (p_overall->>'ci_low')::float8) / 2 <= 0.05 then 'high'
        when ((p_overall->>'ci_high')::float8 - (p_overall->>'ci_low')::float8) / 2 <= 0.10 then 'medium'
        else 'low' end)
  end
$$;
comment on function private.answer_show_rate(jsonb) is 'Sentence and confidence (from the interval''s width) of the show-rate question.';

-- Question 8. p_rows per currency, most deals first: {currency, deals, average, median, ci_low,
-- ci_high}; the interval is null under three deals. Confidence from the main currency's relative
-- precision: half-width within 15% of the average (high), 30% (medium), wider (low); under three
-- deals, insufficient.
create function private.answer_deal_value(p_rows jsonb)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select case when coalesce(jsonb_array_length(p_rows), 0) = 0 then
      jsonb_build_object('answer', 'No won deals yet.', 'confidence', 'insufficient')
    else jsonb_build_object(
      'answer', (select string_agg(case when r->>'ci_low' is null then pg_catalog.format(
            '%s %s from %s — too few for an average with an interval (3 won deals needed)',
            r->>'currency', to_char((r->>'average')::float8, 'FM999,999,999,990'),
            private.plural((r->>'deals')::bigint, 'won deal', 'won deals'))
          else pg_catalog.format('%s %s on average [%s, %s], median %s, over %s',
            r->>'currency', to_char((r->>'average')::float8, 'FM999,999,999,990'), to_char((r->>'ci_low')::float8, 'FM999,999,999,990'),
            to_char((r->>'ci_high')::float8, 'FM999,999,999,990'), to_char((r->>'median')::float8, 'FM999,999,999,990'),
            private.plural((r->>'deals')::bigint, 'won deal', 'won deals')) end, '; ' order by i) || '.'
        from jsonb_array_elements(p_rows) with ordinality x (r, i)),
      'confidence', (select case
          when r->>'ci_low' is null then 'insufficient'
          when ((r->>'ci_high')::float8 - (r->>'ci_low')::float8) / 2 <= 0.15 * (r->>'average')::float8 then 'high'
          when ((r->>'ci_high')::float8 - (r->>'ci_low')::float8) / 2 <= 0.30 * (r->>'average')::float8 then 'medium'
          else 'low' end
        from jsonb_array_elements(p_rows) with ordinality x (r, i) order by i limit 1))
  end
$$;
comment on function private.answer_deal_value(jsonb) is 'Sentence and confidence (from the interval''s relative width) of the deal-value question; no interval under three won deals.';

revoke all on function private.pct(double precision, integer), private.signed_pct(double precision, integer),
  private.count_text(bigint), private.plural(bigint, text, text), private.dimension_label(text), private.segment_label(text, text),
  private.lift_text(double precision, double precision, double precision, double precision), private.q_text(double precision, integer, text),
  private.answer_segments(text, jsonb, integer), private.answer_open_times(jsonb, jsonb), private.answer_objections(jsonb, jsonb),
  private.answer_ab_tests(jsonb), private.answer_show_rate(jsonb), private.answer_deal_value(jsonb)
  from public, anon, authenticated;
grant execute on function private.pct(double precision, integer), private.signed_pct(double precision, integer),
  private.count_text(bigint), private.plural(bigint, text, text), private.dimension_label(text), private.segment_label(text, text),
  private.lift_text(double precision, double precision, double precision, double precision), private.q_text(double precision, integer, text),
  private.answer_segments(text, jsonb, integer), private.answer_open_times(jsonb, jsonb), private.answer_objections(jsonb, jsonb),
  private.answer_ab_tests(jsonb), private.answer_show_rate(jsonb), private.answer_deal_value(jsonb)
  to authenticated, service_role;

-- Open times: human opens by weekday (0 = Monday) and hour in the lead's own time zone.
create view public.answer_open_times with (security_invoker = true) as
select e.client_id,
  (extract(isodow from e.event_at at time zone a.lead_timezone)::integer - 1) as weekday,
  extract(hour from e.event_at at time zone a.lead_timezone)::integer as hour,
  count(*) as human_opens,
  count(*)::double precision / sum(count(*)) over (partition by e.client_id) as share
from public.email_events e
join public.activities a on a.id = e.activity_id
where e.event_type = 'opened' and not e.is_machine and a.lead_timezone is not null
group by e.client_id, 2, 3;
comment on view public.answer_open_times is 'When leads read email: human opens by weekday (0 = Monday) and hour in each lead''s local time.';
select private.secure_view('public.answer_open_times');
create view public.answer_deal_value with (security_invoker = true) as
select w.client_id, w.currency, w.deals, w.average, w.median, ci.ci_low, ci.ci_high
from (
  select d.client_id, d.currency, count(*) as deals, avg(d.value)::double precision as average,
    percentile_cont(0.5) within group (order by d.value) as median,
    sum(ln(d.value::float8)) as sum_log, sum(ln(d.value::float8) ^ 2) as sum_log_sq
  from public.deals d
  where d.won and d.value > 0 and d.provider_deleted_at is null
  group by d.client_id, d.currency
) w
left join lateral stats.lognormal_mean_interval(w.deals, w.sum_log, w.sum_log_sq) ci on true;
comment on view public.answer_deal_value is 'Average and median value of won deals per client and currency, with Cox''s log-scale 95% interval for the mean (positive; null under three deals); currencies are never summed together.';
select private.secure_view('public.answer_deal_value');

-- A finding as a row of the report's JSON: numbers, labels, and the label of the other segment
-- when a dimension has exactly two ("funded" vs "bootstrapped").
create function private.finding_json(f public.detector_findings, rest_label text)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select jsonb_build_object(
    'dimension', f.dimension, 'dimension_label', private.dimension_label(f.dimension),
    'segment', f.segment, 'segment_label', private.segment_label(f.dimension, f.segment), 'rest_label', rest_label,
    'outcome', f.outcome, 'n', f.n, 'conversions', f.conversions, 'rate', f.rate, 'ci_low', f.rate_ci_low, 'ci_high', f.rate_ci_high,
    'baseline_n', f.baseline_n, 'baseline_rate', f.baseline_rate, 'lift', f.lift, 'lift_ci_low', f.lift_ci_low,
    'lift_ci_high', f.lift_ci_high, 'lift_ci_level', f.lift_ci_level, 'test', f.test, 'p_value', f.p_value, 'q_value', f.q_value,
    'family', f.family, 'family_tests', f.family_tests, 'tested', f.tested, 'significant', f.significant, 'min_n_met', f.min_n_met)
$$;
comment on function private.finding_json(public.detector_findings, text) is 'A detector finding as a data row of cis_report, with display labels.';
revoke all on function private.finding_json(public.detector_findings, text) from public, anon, authenticated;
grant execute on function private.finding_json(public.detector_findings, text) to authenticated, service_role;

-- The report: the eight questions answered for one client, as documented JSON. Findings come from
-- the last refresh_detectors(), or are computed live for leads first touched since p_since.
create function public.cis_report(p_client_id uuid default null, p_since date default null)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  client public.clients;
  since timestamptz := p_since::timestamptz;
  min_n integer;
  questions jsonb := '[]'::jsonb;
  spec record;
  rows jsonb;
  said jsonb;
  cells jsonb;
  busiest jsonb;
  peak jsonb;
  test jsonb;
  overall jsonb;
  report jsonb;
begin
  if p_client_id is null then
    if (select count(*) from public.clients) <> 1 then
      raise exception 'choose a client: cis_report needs a client id when there is not exactly one client'
        using errcode = '22023';
    end if;
    select c.* into client from public.clients c;
  else
    select c.* into client from public.clients c where c.id = p_client_id;
    if client.id is null then
      raise exception 'no client %', p_client_id using errcode = 'P0002';
    end if;
  end if;
  select s.detector_min_n into min_n from public.engagement_settings s where s.client_id = client.id;

  if pg_catalog.to_regclass('pg_temp.report_findings') is not null then
    drop table pg_temp.report_findings;
  end if;
  if pg_catalog.to_regclass('pg_temp.report_facts') is not null then
    drop table pg_temp.report_facts;
  end if;
  if since is null then
    create temporary table report_findings on commit drop as
      select * from public.detector_findings f where f.client_id = client.id;
    create temporary table report_facts on commit drop as
      select * from public.detector_lead_facts f where f.client_id = client.id;
  else
    create temporary table report_findings on commit drop as
      select * from private.compute_findings(client.id, since);
    create temporary table report_facts on commit drop as
      select * from private.lead_facts(client.id, since);
  end if;

  -- 1, 2 and 7: segment questions, each answered within its own family.
  for spec in select * from (values
      (1, 'seniority', 'Which seniority converts best?', 'meeting_booked'),
      (2, 'subject_lines', 'Which email subject lines get opened?', 'human_open'),
      (7, 'deal_predictors', 'Which leads become deals?', 'deal_won')) as x (ord, key, question, outcome)
  loop
    select coalesce(jsonb_agg(private.finding_json(f.finding, case when f.segments = 2 and f.dimension <> 'technology'
        then private.segment_label(f.dimension, case when f.segment = f.first_segment then f.last_segment else f.first_segment end) end)
        order by
          case when spec.key = 'deal_predictors' then not f.significant end,
          case when spec.key = 'deal_predictors' then not coalesce(f.lift > 0, false) end,
          case when spec.key = 'deal_predictors' then f.q_value end,
          not f.min_n_met, f.rate desc nulls last, f.n desc, f.dimension, f.segment), '[]'::jsonb)
      into rows
    from (
      select r.*, row(r.*)::public.detector_findings as finding,
        count(*) over w as segments, min(r.segment) over w as first_segment, max(r.segment) over w as last_segment
      from pg_temp.report_findings r
      where r.family = spec.key and r.outcome = spec.outcome
      window w as (partition by r.dimension, r.outcome)
    ) f
    where spec.key <> 'deal_predictors' or f.tested;
    said := private.answer_segments(spec.key, rows, min_n);
    questions := questions || jsonb_build_array(jsonb_build_object(
      'key', spec.key, 'question', spec.question, 'outcome', spec.outcome, 'family', spec.key,
      'answer', said->>'answer', 'confidence', said->>'confidence', 'headline', said->'headline', 'data', rows));
  end loop;

  -- 3: when leads read email, in their own time; a peak only when tested.
  with opens as (
    select e.lead_id, (e.event_at at time zone a.lead_timezone) as local_at
    from public.email_events e join public.activities a on a.id = e.activity_id
    where e.client_id = client.id and e.event_type = 'opened' and not e.is_machine and a.lead_timezone is not null
      and (since is null or e.event_at >= since)
  ), firsts as (
    select distinct on (o.lead_id) o.lead_id, extract(hour from o.local_at)::integer as hour
    from opens o order by o.lead_id, o.local_at
  ), totals as (
    select (select count(*) from opens) as opens, (select count(*) from firsts) as leads
  ), windows as (
    select h.start_hour,
      (select count(*) from firsts f where f.hour in (h.start_hour, (h.start_hour + 1) % 24)) as leads_in,
      (select count(*) from opens o where extract(hour from o.local_at)::integer in (h.start_hour, (h.start_hour + 1) % 24)) as opens_in
    from generate_series(0, 23) as h (start_hour)
  ), best as (
    select w.*, t.opens, t.leads,
      -- The busiest of the day's 24 two-hour windows against an even working day (20% in any two
      -- of its ten hours) and a flat week (2/24): one-sided exact tests, Bonferroni over 24.
      least(1, 24 * greatest(stats.binomial_sf(w.leads_in, t.leads, 0.2), stats.binomial_sf(w.leads_in, t.leads, 2.0 / 24))) as p_value
    from windows w cross join totals t
    where t.leads > 0
    order by w.leads_in desc, w.start_hour limit 1
  )
  select jsonb_build_object('start_hour', b.start_hour, 'end_hour', (b.start_hour + 2) % 24, 'opens', b.opens,
      'share', b.opens_in::float8 / nullif(b.opens, 0), 'leads', b.leads, 'lead_share', b.leads_in::float8 / b.leads,
      'p_value', b.p_value)
    into busiest from best b;
  peak := case when (busiest->>'p_value')::float8 < 0.01 then busiest end;
  select coalesce(jsonb_agg(jsonb_build_object('weekday', c.weekday, 'hour', c.hour, 'human_opens', c.opens,
      'share', c.opens::double precision / c.total) order by c.weekday, c.hour), '[]'::jsonb)
    into cells
  from (
    select (extract(isodow from e.event_at at time zone a.lead_timezone)::integer - 1) as weekday,
      extract(hour from e.event_at at time zone a.lead_timezone)::integer as hour, count(*) as opens,
      sum(count(*)) over () as total
    from public.email_events e join public.activities a on a.id = e.activity_id
    where e.client_id = client.id and e.event_type = 'opened' and not e.is_machine and a.lead_timezone is not null
      and (since is null or e.event_at >= since)
    group by 1, 2
  ) c;
  said := private.answer_open_times(busiest, peak);
  questions := questions || jsonb_build_array(jsonb_build_object(
    'key', 'open_times', 'question', 'What time do our leads read email?', 'answer', said->>'answer',
    'confidence', said->>'confidence', 'data', cells, 'peak', peak, 'busiest', busiest));

  -- 4: objections, the top one tested against the runner-up, and who booked after our answer.
  with objectors as (
    select f.lead_id, f.objection as objection_type,
      (select min(r.received_at) from public.replies r where r.lead_id = f.lead_id and r.objection_type is not null) as objected_at
    from pg_temp.report_facts f where f.objection is not null
  ), answered as (
    select o.*, (select min(a.sent_at) from public.activities a where a.lead_id = o.lead_id and a.sent_at > o.objected_at) as answered_at
    from objectors o
  ), per_type as (
    select a.objection_type, count(*) as n, count(a.answered_at) as answered,
      count(*) filter (where exists (select 1 from public.meetings m where m.lead_id = a.lead_id and m.booked_at > a.answered_at)) as booked
    from answered a group by a.objection_type
  ), shared as (
    select p.*, sum(p.n) over () as total, row_number() over (order by p.n desc, p.objection_type) as k from per_type p
  )
  select coalesce(jsonb_agg(jsonb_build_object('objection_type', s.objection_type, 'label', private.segment_label('objection', s.objection_type),
      'n', s.n, 'share', s.n::float8 / s.total, 'ci_low', w.low, 'ci_high', w.high, 'answered', s.answered,
      'booked_after_answer', s.booked) order by s.k), '[]'::jsonb),
    jsonb_build_object('p_value', stats.sign_test(coalesce(max(s.n) filter (where s.k = 1), 0), coalesce(max(s.n) filter (where s.k = 2), 0)))
    into rows, test
  from shared s cross join lateral stats.wilson_interval(s.total::bigint, s.n) w;
  said := private.answer_objections(rows, test);
  questions := questions || jsonb_build_array(jsonb_build_object(
    'key', 'objections', 'question', 'What objections do we hear most?', 'answer', said->>'answer',
    'confidence', said->>'confidence', 'top', said->'top', 'top_test', test, 'data', rows));

  -- 5: experiments, as analysed.
  select coalesce(jsonb_agg(jsonb_build_object('test', t.name, 'campaign', c.name, 'metric', t.metric,
      'metric_label', private.metric_label(t.metric), 'status', t.status, 'winner', t.winner,
      'kind', case t.decision_reason when 'fixed_horizon' then 'winner' when 'confidence_sequence' then 'winner'
        when 'equivalence' then 'equivalent' when 'inconclusive' then 'inconclusive' when 'collecting' then 'collecting'
        when 'sample_ratio_mismatch' then 'srm' else 'not_analysed' end,
      'confidence', t.confidence, 'chance', case when t.confidence is not null then private.chance_text(t.confidence) end,
      'verdict', t.verdict) order by t.started_at desc, t.name), '[]'::jsonb)
    into rows
  from public.ab_tests t join public.campaigns c on c.id = t.campaign_id where t.client_id = client.id;
  said := private.answer_ab_tests(rows);
  questions := questions || jsonb_build_array(jsonb_build_object(
    'key', 'ab_tests', 'question', 'Which A/B variant won?', 'answer', said->>'answer', 'confidence', said->>'confidence', 'data', rows));

  -- 6: show rate; unconfirmed meetings are never counted as held.
  with past as (
    -- Attendance as meeting_attendance derives it: unconfirmed past meetings are never held.
    select coalesce(c.name, '(no campaign)') as campaign,
      case a.attendance when 'held' then true when 'no_show' then false end as showed_up
    from public.meeting_attendance a left join public.campaigns c on c.id = a.campaign_id
    where a.client_id = client.id and a.attendance in ('held', 'no_show', 'unconfirmed')
      and (since is null or a.scheduled_at >= since)
  ), rates as (
    select grouping(p.campaign) = 1 as overall, coalesce(p.campaign, 'all') as segment,
      count(*) filter (where p.showed_up) as held, count(*) filter (where p.showed_up = false) as no_show,
      count(*) filter (where p.showed_up is null) as unconfirmed
    from past p group by grouping sets ((), (p.campaign))
  ), shown as (
    select r.*, r.held::double precision / nullif(r.held + r.no_show, 0) as rate, w.low, w.high
    from rates r left join lateral stats.wilson_interval(nullif(r.held + r.no_show, 0), r.held) w on true
    where r.overall or r.held + r.no_show + r.unconfirmed > 0
  )
  select coalesce(jsonb_agg(jsonb_build_object('scope', case when s.overall then 'client' else 'campaign' end,
      'segment', s.segment, 'held', s.held, 'no_show', s.no_show, 'unconfirmed', s.unconfirmed,
      'rate', s.rate, 'ci_low', s.low, 'ci_high', s.high) order by s.overall desc, s.held + s.no_show desc, s.segment)
      filter (where not s.overall or s.held + s.no_show + s.unconfirmed > 0), '[]'::jsonb),
    (select jsonb_build_object('held', o.held, 'no_show', o.no_show, 'unconfirmed', o.unconfirmed, 'rate', o.rate,
       'ci_low', o.low, 'ci_high', o.high) from shown o where o.overall and o.held + o.no_show + o.unconfirmed > 0)
    into rows, overall
  from shown s;
  said := private.answer_show_rate(overall);
  questions := questions || jsonb_build_array(jsonb_build_object(
    'key', 'show_rate', 'question', 'What''s our show rate?', 'answer', said->>'answer', 'confidence', said->>'confidence', 'data', rows));

  -- 8: average deal value per currency, with an interval that cannot go negative (3+ deals).
  select coalesce(jsonb_agg(jsonb_build_object('currency', w.currency, 'deals', w.deals, 'average', w.average,
      'median', w.median, 'ci_low', ci.ci_low, 'ci_high', ci.ci_high) order by w.deals desc, w.currency), '[]'::jsonb)
    into rows
  from (
    select d.currency, count(*) as deals, avg(d.value)::double precision as average,
      percentile_cont(0.5) within group (order by d.value) as median,
      sum(ln(d.value::float8)) as sum_log, sum(ln(d.value::float8) ^ 2) as sum_log_sq
    from public.deals d
    where d.client_id = client.id and d.won and d.value > 0 and d.provider_deleted_at is null
      and (since is null or d.closed_at >= since)
    group by d.currency
  ) w left join lateral stats.lognormal_mean_interval(w.deals, w.sum_log, w.sum_log_sq) ci on true;
  said := private.answer_deal_value(rows);
  questions := questions || jsonb_build_array(jsonb_build_object(
    'key', 'deal_value', 'question', 'What''s our average deal value?', 'answer', said->>'answer', 'confidence', said->>'confidence', 'data', rows));

  report := jsonb_build_object(
    'generated_at', pg_catalog.now(),
    'client', jsonb_build_object('id', client.id, 'name', client.name),
    'since', p_since,
    'questions', (select jsonb_agg(q order by array_position(
      array['seniority', 'subject_lines', 'open_times', 'objections', 'ab_tests', 'show_rate', 'deal_predictors', 'deal_value'], q->>'key'))
      from jsonb_array_elements(questions) q),
    'funnel', coalesce((
      with f as (
        select count(*) as contacted, count(*) filter (where x.replied or x.meeting_booked) as replied,
          count(*) filter (where x.positive_reply or x.meeting_booked) as positive, count(*) filter (where x.meeting_booked) as booked,
          count(*) filter (where x.meeting_held) as held, count(*) filter (where x.deal_won) as won
        from pg_temp.report_facts x
      )
      select jsonb_agg(jsonb_build_object('stage', s.stage, 'n', s.n,
        'rate_from_previous', s.n::double precision / nullif(s.previous, 0), 'ci_low', w.low, 'ci_high', w.high) order by s.ord)
      from f cross join lateral (values (1, 'contacted', f.contacted, null::bigint), (2, 'replied', f.replied, f.contacted),
        (3, 'positive reply', f.positive, f.replied), (4, 'meeting booked', f.booked, f.positive),
        (5, 'meeting held', f.held, f.booked), (6, 'deal won', f.won, f.held)) as s (ord, stage, n, previous)
      left join lateral stats.wilson_interval(nullif(s.previous, 0), least(s.n, s.previous)) w on true), '[]'::jsonb),
    'findings', jsonb_build_object(
      'tested', (select count(*) from pg_temp.report_findings f where f.tested),
      'significant', (select count(*) from pg_temp.report_findings f where f.significant),
      'min_n', min_n,
      'families', coalesce((select jsonb_agg(jsonb_build_object('family', g.family, 'tests', g.tests, 'significant', g.significant)
          order by array_position(array['seniority', 'subject_lines', 'deal_predictors', 'exploratory'], g.family))
        from (select f.family, max(f.family_tests) as tests, count(*) filter (where f.significant) as significant
              from pg_temp.report_findings f where f.tested group by f.family) g), '[]'::jsonb),
      -- What else stands out: the exploratory family's significant findings, strongest first (a
      -- two-segment dimension once, from its higher side).
      'exploratory', coalesce((select jsonb_agg(private.finding_json(f.finding, null)
          order by f.q_value, abs(f.lift) desc, f.dimension, f.segment)
        from (select x.* from (
                select r.*, row(r.*)::public.detector_findings as finding,
                  count(*) over (partition by r.dimension, r.outcome) as segments
                from pg_temp.report_findings r where r.family = 'exploratory') x
              where x.significant and (x.segments <> 2 or x.dimension = 'technology' or x.lift > 0)
              order by x.q_value, abs(x.lift) desc limit 8) f), '[]'::jsonb))
  );
  -- Dropped now, not only at commit: a later call in the same transaction, perhaps as another
  -- role, must be able to create its own.
  drop table pg_temp.report_findings;
  drop table pg_temp.report_facts;
  return report;
end;
$$;
comment on function public.cis_report(uuid, date) is 'The eight questions of the plan answered for one client, each with a sentence, a confidence from its test, and its data (shape documented in the README), plus the funnel and the findings per family. Findings from the last refresh, or live for leads first touched since p_since.';
revoke all on function public.cis_report(uuid, date) from public, anon, authenticated;
-- Client apps call it by rpc as a signed-in member (shared/client/cis.ts): it runs as its caller, so
-- row level security shows a member only their own clients (another client is "no client").
grant execute on function public.cis_report(uuid, date) to authenticated, service_role;
