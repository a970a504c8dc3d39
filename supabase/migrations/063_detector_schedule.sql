-- 063_detector_schedule (issue 7): refresh the detectors every hour where pg_cron exists
-- (Supabase), and skip cleanly where it does not (PGlite, a bare PostgreSQL): there the
-- `detector-refresh` edge function or `npm run cis -- refresh` does the same job.
do $$
begin
  if exists (select 1 from pg_catalog.pg_available_extensions where name = 'pg_cron') then
    create extension if not exists pg_cron;
    perform cron.schedule('cis-refresh-detectors', '17 * * * *', 'select public.refresh_detectors()');
  else
    raise notice 'pg_cron is not available here: refresh_detectors() is not scheduled';
  end if;
end
$$;

