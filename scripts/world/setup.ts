// What an agency configures in CIS before its first webhook arrives: clients, webhook sources
// (tokens and signing secrets), campaigns with their steps, templates and A/B tests, CRM stage
// maps — and, once the leads are imported, the experiment assignments and CRM links. All through
// service_role, as the operator's tooling would.
import type { Database, Sql } from '../../shared/db/sql.ts';
import { ensureClient, registerSource } from '../../shared/handlers/ingest/sources.ts';
import type { Provider } from '../../shared/ingest/canonical.ts';
import type { ClientConfig, StepConfig, WorldConfig } from './config.ts';
import type { DealPlan, MeetingPlan } from './happenings.ts';
import { PIPEDRIVE_STAGE_MAP } from './outcomes.ts';
import type { Random } from './random.ts';
import { calcomUid, calendlyEventUri } from './vendors/calendars.ts';
import { providerCampaignId } from './vendors/common.ts';

export interface Source {
  provider: Provider;
  token: string;
  /** Signing secret (or Pipedrive "user:password"), when the provider signs. */
  secret: string | null;
}

export interface ClientSetup {
  key: string;
  id: string;
  name: string;
  sources: Partial<Record<Provider, Source>>;
  /** A/B test id per campaign key. */
  tests: Record<string, string>;
}

const SIGNED: Partial<Record<Provider, true>> = { twilio: true, calendly: true, calcom: true, hubspot: true, pipedrive: true };

function providersOf(c: ClientConfig): Provider[] {
  const set = new Set<Provider>(['cis']);
  for (const k of c.campaigns) {
    set.add(k.sender);
    if (k.steps.some((s) => s.channel === 'sms' && s.sms_provider === 'twilio')) set.add('twilio');
  }
  if (c.meetings !== 'cis') set.add(c.meetings);
  if (c.crm !== 'cis') set.add(c.crm);
  return [...set];
}

function stepChannel(s: StepConfig): 'email' | 'sms' | 'linkedin' | 'voice' {
  return s.channel === 'call' ? 'voice' : s.channel.startsWith('linkedin') ? 'linkedin' : (s.channel as 'email' | 'sms');
}

async function setupClient(sql: Sql, rng: Random, world: WorldConfig, c: ClientConfig, start: Date): Promise<ClientSetup> {
  const client = await ensureClient(sql, c.name, c.key);
  await sql.query('update public.clients set default_currency = $2 where id = $1', [client.id, c.currency]);
  await sql.query('insert into public.engagement_settings (client_id) values ($1) on conflict do nothing', [client.id]);
  const [{ has }] = await sql.query<{ has: boolean }>(
    `select exists (select 1 from information_schema.columns where table_schema = 'public'
       and table_name = 'engagement_settings' and column_name = 'competitor_names') as has`,
  );
  if (has) await sql.query('update public.engagement_settings set competitor_names = $2 where client_id = $1', [client.id, c.competitors]);

  const sources: ClientSetup['sources'] = {};
  for (const provider of providersOf(c)) {
    let secret: string | null = null;
    if (provider === 'pipedrive') secret = `cis-demo:${rng.hex(24)}`;
    else if (SIGNED[provider]) secret = `demo_${provider}_${rng.hex(32)}`;
    else if (provider === 'smartlead') secret = rng.uuid();
    const { token } = await registerSource(sql, { clientId: client.id, provider, signingSecret: secret, name: `world ${world.name}` });
    sources[provider] = { provider, token, secret };
  }

  const tests: Record<string, string> = {};
  for (const k of c.campaigns) {
    const providerId = providerCampaignId(k.sender, k.key);
    await sql.query(
      `insert into public.campaigns (client_id, name, status, provider, provider_campaign_id, started_at)
       values ($1, $2, 'active', $3, $4, $5) on conflict (client_id, provider, provider_campaign_id) do nothing`,
      [client.id, k.name, k.sender, providerId, start.toISOString()],
    );
    const [campaign] = await sql.query<{ id: string }>(
      'select id from public.campaigns where client_id = $1 and provider = $2 and provider_campaign_id = $3',
      [client.id, k.sender, providerId],
    );
    let previousDay = 0;
    for (const [i, s] of k.steps.entries()) {
      const labels = s.variants ? Object.keys(s.variants) : [''];
      let firstTemplate: string | null = null;
      for (const label of labels) {
        const name = `${k.key}/${i + 1}${label}`;
        const [t] = await sql.query<{ id: string }>(
          `insert into public.email_templates (client_id, campaign_id, name, channel, subject, body)
           select $1, $2, $3, $4, $5, $6
           where not exists (select 1 from public.email_templates where client_id = $1 and name = $3)
           returning id`,
          [client.id, campaign.id, name, stepChannel(s), s.variants?.[label]?.subject ?? s.subject ?? null, `(${s.copy ?? 'default'} copy, filled per lead)`],
        );
        firstTemplate ??= t?.id ?? null;
      }
      await sql.query(
        `insert into public.sequence_steps (client_id, campaign_id, step_number, channel, delay_days, template_id)
         values ($1, $2, $3, $4, $5, $6) on conflict (campaign_id, step_number) do nothing`,
        [client.id, campaign.id, i + 1, stepChannel(s), s.day - previousDay, firstTemplate],
      );
      previousDay = s.day;
      if (s.variants && k.ab_test) {
        const existing = await sql.query<{ id: string }>('select id from public.ab_tests where campaign_id = $1 and name = $2', [campaign.id, k.ab_test]);
        let testId = existing[0]?.id;
        if (!testId) {
          const [a, b] = ['A', 'B'].map((v) => s.variants?.[v]?.subject ?? null);
          const [row] = await sql.query<{ id: string }>(
            `insert into public.ab_tests (client_id, campaign_id, name, hypothesis, variant_a_description, variant_b_description,
               metric, baseline_rate, minimum_detectable_effect, started_at)
             values ($1, $2, $3, $4, $5, $6, 'reply_rate', $7, $8, $9) returning id`,
            [client.id, campaign.id, k.ab_test, 'A question-led opener with social proof earns more replies',
              `Subject "${a}", problem-led body`, `Subject "${b}", question-led body`, world.rates.reply, world.rates.reply * 0.5, new Date(start.getTime() - 86_400_000).toISOString()],
          );
          testId = row.id;
          for (const extra of Object.keys(s.variants).filter((v) => v !== 'A' && v !== 'B')) {
            await sql.query('insert into public.ab_test_variants (client_id, ab_test_id, label, description) values ($1, $2, $3, $4) on conflict do nothing',
              [client.id, testId, extra, `Subject "${s.variants[extra].subject ?? ''}"`]);
          }
        }
        tests[k.key] = testId;
      }
    }
  }
  if (c.crm === 'pipedrive') {
    for (const [stageId, stage] of Object.entries(PIPEDRIVE_STAGE_MAP)) {
      await sql.query(
        `insert into public.crm_stage_mappings (client_id, provider, provider_stage_id, stage) values ($1, 'pipedrive', $2, $3)
         on conflict do nothing`,
        [client.id, stageId, stage],
      );
    }
  }
  return { key: c.key, id: client.id, name: client.name, sources, tests };
}

export async function setupWorld(db: Database, rng: Random, world: WorldConfig, start: Date): Promise<ClientSetup[]> {
  const out: ClientSetup[] = [];
  for (const c of world.clients) out.push(await db.asServiceRole((sql) => setupClient(sql, rng, world, c, start)));
  return out;
}

/**
 * Splits each A/B campaign's leads between its test's variants, as the sending engine does before the
 * first touch, and records the split in CIS (ab_test_assignments is sticky, and CIS's trigger stamps
 * the lead's variant on every touch). The split is drawn from the seed, one stream per lead, so a
 * seed is one world on every run. CIS's own split (assign_variants, tested in
 * tests/sql/content/experiments.test.ts) hashes database-generated ids, which differ on each run:
 * used here, every run would be a different world and the planted-truth tests would be a lottery.
 */
export async function assignVariants(db: Database, rng: Random, setups: ClientSetup[], members: Map<string, string[]>): Promise<Map<string, string>> {
  const variants = new Map<string, string>();
  for (const s of setups) {
    for (const [campaignKey, testId] of Object.entries(s.tests)) {
      const emails = members.get(campaignKey) ?? [];
      const rows = await db.asServiceRole(async (sql) => {
        const arms = await sql.query<{ label: string; weight: number }>(
          'select label, weight::float8 as weight from public.ab_test_variants where ab_test_id = $1 order by label', [testId]);
        const weights = Object.fromEntries(arms.map((a) => [a.label, a.weight]));
        const split = emails.map((email) => ({ email, variant: rng.fork(`${campaignKey}|${email}`).weighted(weights) }));
        return sql.query<{ email: string; variant: string }>(
          `with split as (select * from jsonb_to_recordset($3::jsonb) as x (email text, variant text)),
           recorded as (
             insert into public.ab_test_assignments (client_id, ab_test_id, lead_id, variant)
             select $1, $2, l.id, x.variant from split x
             join public.leads l on l.client_id = $1 and l.email_normalized = x.email
             on conflict (ab_test_id, lead_id) do nothing)
           -- The insert is not visible to this statement: a lead assigned on an earlier run keeps its variant.
           select l.email_normalized as email, coalesce(a.variant, x.variant) as variant from split x
           join public.leads l on l.client_id = $1 and l.email_normalized = x.email
           left join public.ab_test_assignments a on a.ab_test_id = $2 and a.lead_id = l.id`,
          [s.id, testId, JSON.stringify(split)],
        );
      });
      for (const r of rows) variants.set(`${campaignKey}|${r.email}`, r.variant);
    }
  }
  return variants;
}

/** What the client's CRM sync writes: which CIS lead each HubSpot deal and Pipedrive person is. */
export async function linkCrm(db: Database, setups: ClientSetup[], deals: DealPlan[]): Promise<number> {
  let n = 0;
  for (const s of setups) {
    const mine = deals.filter((d) => d.clientKey === s.key && d.provider !== 'cis');
    if (!mine.length) continue;
    const rows = mine.map((d) => ({
      provider: d.provider, object_type: d.provider === 'hubspot' ? 'deal' : 'person',
      id: d.provider === 'hubspot' ? d.id : d.personId, email: d.person.email,
    }));
    const [{ count }] = await db.asServiceRole((sql) => sql.query<{ count: number }>(
      `with x as (select * from jsonb_to_recordset($2::jsonb) as x (provider text, object_type text, id text, email text)),
       ins as (
         insert into public.crm_links (client_id, provider, object_type, provider_object_id, lead_id)
         select $1, x.provider, x.object_type, x.id, l.id from x
         join public.leads l on l.client_id = $1 and l.email_normalized = x.email
         on conflict do nothing returning 1)
       select count(*)::integer as count from ins`,
      [s.id, JSON.stringify(rows)],
    ));
    n += count;
  }
  return n;
}

/** The account manager ticks "held" on meetings no calendar can confirm (a hand edit in CIS). */
export async function markHeldMeetings(db: Database, setups: ClientSetup[], held: MeetingPlan[]): Promise<number> {
  let n = 0;
  for (const s of setups) {
    const mine = held.filter((m) => m.clientKey === s.key);
    if (!mine.length) continue;
    const ids = mine.map((m) => (m.provider === 'calendly' ? calendlyEventUri(m) : calcomUid(m)));
    const rows = await db.asServiceRole((sql) => sql.query(
      `update public.meetings set showed_up = true, meeting_outcome = 'good', status = 'completed'
       where client_id = $1 and provider_event_id = any ($2::text[]) and showed_up is distinct from true returning 1`,
      [s.id, ids],
    ));
    n += rows.length;
  }
  return n;
}
