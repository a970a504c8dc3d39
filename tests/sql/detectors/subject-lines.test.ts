// "Which subject lines get opened?" compares lines as the sender wrote them: a subject filled in
// with the lead's own name or company is one line across leads, not one segment per lead.
import { describe, expect, it } from 'vitest';
import { useDb } from '../../helpers/db.ts';
import { clientId, seedTenants } from '../../helpers/tenants.ts';

const A = clientId('a');

describe('subject lines in the detector facts', () => {
  const db = useDb({ setup: seedTenants });

  it('puts the lead back as {first_name}, {last_name}, {company}, whole words only', async () => {
    const rows = await db.query<{ line: string | null }>(
      `select private.subject_line(s, f, l, c) as line from (values
         ('Quick question, Marta', 'Marta', 'Keller', 'Fernhill Logistics'),
         ('quick question, marta', 'Marta', 'Keller', 'Fernhill Logistics'),
         ('Month-end close at Fernhill Logistics', 'Marta', 'Keller', 'Fernhill Logistics'),
         ('Ms Keller: Fernhill Logistics, 4 days', 'Marta', 'Keller', 'Fernhill Logistics'),
         ('Annual review', 'Ann', null, null),
         ('Ideas for Acmeville', 'Jo', 'Acme', null),
         ('Re: nothing personal', null, null, null),
         (null, 'Marta', 'Keller', 'Fernhill')) as v (s, f, l, c)`);
    expect(rows.map((r) => r.line)).toEqual([
      'Quick question, {first_name}',
      'quick question, {first_name}',
      'Month-end close at {company}',
      'Ms {last_name}: {company}, 4 days',
      'Annual review',
      'Ideas for Acmeville',
      'Re: nothing personal',
      null,
    ]);
  });

  it('makes one subject-line segment of subjects filled in per lead', async () => {
    await db.query(`
      insert into public.leads (id, client_id, email, first_name, company)
      select md5('subject-lead' || g)::uuid, $1, 's' || g || '@subject.example', (array['Marta', 'Ren', 'Paula'])[1 + g % 3], 'Company ' || g
      from generate_series(1, 60) g`, [A]);
    await db.query(`
      insert into public.activities (client_id, lead_id, channel, activity_type, sent_at, subject)
      select l.client_id, l.id, 'email', 'email_sent', '2026-06-01T07:00:00Z',
        case when substr(l.email, 2, 1) in ('1', '3', '5', '7', '9')
          then 'Quick question, ' || l.first_name else 'Notes for ' || l.company end
      from public.leads l where l.email like 's%@subject.example'`, []);
    const lines = await db.query<{ subject: string; n: number }>(
      `select f.subject, count(*)::integer as n from private.lead_facts($1, null) f
       join public.leads l on l.id = f.lead_id where l.email like 's%@subject.example' group by 1 order by 1`, [A]);
    expect(lines.map((l) => l.subject)).toEqual(['Notes for {company}', 'Quick question, {first_name}']);
    expect(lines.reduce((s, l) => s + l.n, 0)).toBe(60);
  });
});
