-- 041_experiments (Phase 24B, CONTENT-005): A/B experiments judged on the outcomes that matter.
-- Objects: ab_tests status/plan columns; tables ab_test_variants, ab_test_assignments;
--          functions private.variant_bucket(), public.assign_variants(), private.assign_activity_variant()
--          (trigger activities_10_assign_variant); private.plan_ab_test(), private.default_ab_variants()
--          (triggers ab_tests_10_plan, ab_tests_50_default_variants; ab_tests_20_touch_updated_at
--          fires between them). Analysis: 042_experiment_analysis.
-- The unit of analysis is the lead: a lead is assigned once, deterministically (hash of test and
-- lead against the variant weights), and every touch of that lead in the test's campaign carries
-- that variant — whatever variant the sender reported. No peeking: a winner is written only once
-- sample_size_target leads per variant are reached, or earlier when the always-valid confidence
-- sequence says so (stats.ab_decision_binomial); a sample-ratio mismatch blocks any winner.

alter table public.ab_tests
  add column status text not null default 'running' check (status in ('draft', 'running', 'stopped', 'decided')),
  add column control_variant text not null default 'A',
  add column baseline_rate double precision check (baseline_rate > 0 and baseline_rate < 1),
  add column minimum_detectable_effect double precision check (minimum_detectable_effect > 0 and minimum_detectable_effect < 1),
  add column alpha double precision not null default 0.05 check (alpha > 0 and alpha < 0.5),
  add column power double precision not null default 0.8 check (power > 0.5 and power < 1),
  add column decision_reason text,
  add column verdict text,
  add column analyzed_at timestamptz;
comment on column public.ab_tests.minimum_detectable_effect is 'Smallest absolute difference in the metric worth detecting (e.g. 0.02 = 2 points); with baseline_rate it sets sample_size_target.';
comment on column public.ab_tests.baseline_rate is 'Expected control rate of the metric, for planning the sample size.';
comment on column public.ab_tests.sample_size_target is 'Leads per variant needed for the planned power (Evan Miller''s formula, at the test''s alpha and power). Set by CIS from baseline_rate and minimum_detectable_effect.';
comment on column public.ab_tests.verdict is 'Plain-language state of the test, written by analyze_ab_tests().';
comment on column public.ab_tests.decision_reason is 'Why the test stands where it does: fixed_horizon or confidence_sequence (a winner), equivalence (no difference beyond the planned minimum effect), inconclusive (planned sample reached, effects of the planned size still possible), collecting, sample_ratio_mismatch.';
create index ab_tests_running_idx on public.ab_tests (client_id, campaign_id) where status = 'running';
create function private.plan_ab_test()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.baseline_rate is not null and new.minimum_detectable_effect is not null then
    new.sample_size_target := stats.ab_sample_size_target(new.baseline_rate, new.minimum_detectable_effect, new.alpha, new.power);
  end if;
  return new;
end;
$$;
comment on function private.plan_ab_test() is 'BEFORE trigger on ab_tests: computes sample_size_target from the baseline, the minimum detectable effect, alpha and power.';
revoke all on function private.plan_ab_test() from public, anon, authenticated;
create trigger ab_tests_10_plan before insert or update of baseline_rate, minimum_detectable_effect, alpha, power on public.ab_tests
  for each row execute function private.plan_ab_test();
create table public.ab_test_variants (
  client_id uuid not null references public.clients (id) on delete cascade,
  ab_test_id uuid not null,
  label text not null check (label ~ '^[A-Za-z0-9_-]{1,32}$' and label <> 'no_difference'),
  description text,
  weight double precision not null default 1 check (weight > 0),
  created_at timestamptz not null default now(),
  primary key (ab_test_id, label),
  foreign key (client_id, ab_test_id) references public.ab_tests (client_id, id) on delete cascade
);
comment on table public.ab_test_variants is 'The variants of an experiment and their traffic weights; the test''s control_variant is the baseline.';
select private.secure_tenant_table('public.ab_test_variants', editable => true);

-- A test created with the spec's two descriptions gets variants A (control) and B, weighted 1:1.
-- SECURITY DEFINER: an analyst creating a test may insert variants anyway (same client), and the
-- defaults must exist whoever creates it; writes only the new tests' variants; search_path pinned.
create function private.default_ab_variants()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.ab_test_variants (client_id, ab_test_id, label, description)
  select n.client_id, n.id, v.label, v.description
  from new_tests n
  cross join lateral (values ('A', n.variant_a_description), ('B', n.variant_b_description)) as v (label, description)
  on conflict do nothing;
  return null;
end;
$$;
comment on function private.default_ab_variants() is 'Statement trigger on ab_tests: variants A (control) and B from the spec''s descriptions.';
revoke all on function private.default_ab_variants() from public, anon, authenticated;
create trigger ab_tests_50_default_variants after insert on public.ab_tests
  referencing new table as new_tests for each statement
  execute function private.default_ab_variants();
create table public.ab_test_assignments (
  client_id uuid not null references public.clients (id) on delete cascade,
  ab_test_id uuid not null,
  lead_id uuid not null,
  variant text not null,
  assigned_at timestamptz not null default now(),
  primary key (ab_test_id, lead_id),
  foreign key (client_id, ab_test_id) references public.ab_tests (client_id, id) on delete cascade,
  foreign key (client_id, lead_id) references public.leads (client_id, id) on delete cascade,
  foreign key (ab_test_id, variant) references public.ab_test_variants (ab_test_id, label) on delete cascade
);
create index ab_test_assignments_lead_idx on public.ab_test_assignments (lead_id);
comment on table public.ab_test_assignments is 'Which variant each lead gets in an experiment: assigned once, never changed, so a lead never sees two variants.';
select private.secure_tenant_table('public.ab_test_assignments');

-- Position of a (test, lead) pair in [0, 1): the first 32 bits of md5, uniform and stable.
create function private.variant_bucket(test_id uuid, lead_id uuid)
returns double precision
language sql
immutable
parallel safe
set search_path = ''
as $$
  select ('x' || substr(md5(test_id::text || ':' || lead_id::text), 1, 8))::bit(32)::bigint / 4294967296.0
$$;
comment on function private.variant_bucket(uuid, uuid) is 'Deterministic uniform position in [0, 1) of a lead within a test, used for weighted assignment.';
revoke all on function private.variant_bucket(uuid, uuid) from public, anon, authenticated;
grant execute on function private.variant_bucket(uuid, uuid) to service_role;

-- Assigns leads to variants (set-based) and returns every lead's variant; already assigned leads
-- keep theirs. Engines call it before sending to know which copy a lead gets.
create function public.assign_variants(p_test_id uuid, p_lead_ids uuid[])
returns table (lead_id uuid, variant text)
language sql
set search_path = ''
as $$
  with variants as (
    select v.label, v.client_id,
      sum(v.weight) over (order by v.label) / sum(v.weight) over () as upper_bound
    from public.ab_test_variants v where v.ab_test_id = p_test_id
  ), wanted as (
    select distinct l.id as lead_id, l.client_id from public.leads l
    join public.ab_tests t on t.id = p_test_id and t.client_id = l.client_id
    where l.id = any (p_lead_ids)
  ), picked as (
    insert into public.ab_test_assignments (client_id, ab_test_id, lead_id, variant)
    select w.client_id, p_test_id, w.lead_id,
      (select v.label from variants v where v.upper_bound > private.variant_bucket(p_test_id, w.lead_id)
       order by v.upper_bound limit 1)
    from wanted w
    on conflict (ab_test_id, lead_id) do nothing
    returning ab_test_assignments.lead_id, ab_test_assignments.variant
  )
  select p.lead_id, p.variant from picked p
  union all
  select a.lead_id, a.variant from public.ab_test_assignments a
  where a.ab_test_id = p_test_id and a.lead_id = any (p_lead_ids)
    and not exists (select 1 from picked p where p.lead_id = a.lead_id)
$$;
comment on function public.assign_variants(uuid, uuid[]) is 'Sticky, weighted, deterministic assignment of leads to an experiment''s variants (hash of test and lead). Returns each lead''s variant.';
revoke all on function public.assign_variants(uuid, uuid[]) from public, anon, authenticated;
grant execute on function public.assign_variants(uuid, uuid[]) to service_role;

-- Every touch in a campaign with a running test carries the lead's assigned variant.
-- SECURITY DEFINER: the assignment must be recorded whoever writes the touch; it writes only the
-- lead's assignment row and NEW; search_path is pinned.
create function private.assign_activity_variant()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  test_id uuid;
  assigned text;
  reported text := new.ab_variant;
begin
  if new.campaign_id is null then
    return new;
  end if;
  select t.id into test_id from public.ab_tests t
  where t.client_id = new.client_id and t.campaign_id = new.campaign_id and t.status = 'running'
  order by t.started_at desc nulls last, t.id limit 1;
  if test_id is null then
    return new;
  end if;
  -- The lead's existing assignment, else the same weighted pick assign_variants makes (inlined:
  -- this runs for every touch in a tested campaign).
  select a.variant into assigned from public.ab_test_assignments a where a.ab_test_id = test_id and a.lead_id = new.lead_id;
  if assigned is null then
    select v.label into assigned from (
      select v.label, sum(v.weight) over (order by v.label) / sum(v.weight) over () as upper_bound
      from public.ab_test_variants v where v.ab_test_id = test_id
    ) v where v.upper_bound > private.variant_bucket(test_id, new.lead_id)
    order by v.upper_bound limit 1;
    insert into public.ab_test_assignments (client_id, ab_test_id, lead_id, variant)
    values (new.client_id, test_id, new.lead_id, assigned)
    on conflict (ab_test_id, lead_id) do nothing;
    select a.variant into assigned from public.ab_test_assignments a where a.ab_test_id = test_id and a.lead_id = new.lead_id;
  end if;
  new.ab_variant := assigned;
  new.ab_test_id := test_id;
  if reported is not null and reported is distinct from new.ab_variant then
    new.content_snapshot := coalesce(new.content_snapshot, '{}'::jsonb) || jsonb_build_object('reported_ab_variant', reported);
  end if;
  return new;
end;
$$;
comment on function private.assign_activity_variant() is 'BEFORE INSERT trigger on activities: the lead''s sticky variant of the campaign''s running experiment.';
revoke all on function private.assign_activity_variant() from public, anon, authenticated;
create trigger activities_10_assign_variant before insert on public.activities
  for each row execute function private.assign_activity_variant();
