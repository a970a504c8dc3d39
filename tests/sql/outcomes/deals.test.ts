// public.ingest_deal_events: HubSpot, Pipedrive and cis deal events become deals and stage
// history — once, in provider time order, never moved backwards by a late event, with each
// client's own stage map, and waiting (not lost) while CIS cannot tell whose deal it is.
import { beforeEach, describe, expect, it } from 'vitest';
import type { DealEvent } from '../../../shared/ingest/canonical.ts';
import { asRole, useDb, type TestDb } from '../../helpers/db.ts';
import { clientId, id, seedTenants, users } from '../../helpers/tenants.ts';
import { eventsFrom } from '../../helpers/vendor-events.ts';
import { deal, ingestDeals, iso, one } from './support.ts';

const A = clientId('a');
const B = clientId('b');
const HUBSPOT_DEAL = '19876543210';
const HUBSPOT_LOST_DEAL = '19876599999';

const hubspot = (file: string) => eventsFrom('hubspot', file) as DealEvent[];
const pipedrive = (file: string) => eventsFrom('pipedrive', file) as DealEvent[];
const allHubspot = () => [
  ...hubspot('deal.creation.json'), ...hubspot('deal.propertyChange.dealstage.json'),
  ...hubspot('deal.propertyChange.closedwon_batch.json'), ...hubspot('deal.propertyChange.closedlost.json'),
];

async function link(db: TestDb, client: string, provider: string, type: 'deal' | 'person', objectId: string, lead: string) {
  await db.query(`insert into public.crm_links (client_id, provider, object_type, provider_object_id, lead_id) values ($1, $2, $3, $4, $5)`,
    [client, provider, type, objectId, lead]);
}

async function mapStage(db: TestDb, client: string, provider: string, stageId: string, stage: string) {
  await db.query(`insert into public.crm_stage_mappings (client_id, provider, provider_stage_id, stage) values ($1, $2, $3, $4)`,
    [client, provider, stageId, stage]);
}

const history = (db: TestDb, provider: string, dealId: string, client = A) =>
  db.query<{ from_stage: string | null; to_stage: string; changed_at: string; changed_by: string; provider_event_id: string }>(`
    select h.from_stage, h.to_stage, to_char(h.changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as changed_at,
      h.changed_by, h.provider_event_id
    from public.deal_stage_history h join public.deals d on d.id = h.deal_id
    where d.client_id = $1 and d.provider = $2 and d.provider_deal_id = $3
    order by h.changed_at, h.to_stage`, [client, provider, dealId]);

const dealRow = (db: TestDb, provider: string, dealId: string, client = A) =>
  one<Record<string, unknown>>(db, `
    select d.name, d.stage, d.value::float8 as value, d.currency, d.won, d.lost_reason, d.lead_id, d.days_to_close,
      to_char(d.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as created_at,
      to_char(d.closed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as closed_at
    from public.deals d where d.client_id = $1 and d.provider = $2 and d.provider_deal_id = $3`, [client, provider, dealId]);

describe('ingest_deal_events', () => {
  const db = useDb();
  beforeEach(() => seedTenants(db));

  it('keeps HubSpot events that name no contact pending, then applies them in time order once the deal is linked', async () => {
    expect(await ingestDeals(db, A, allHubspot())).toMatchObject({ accepted: 0, duplicates: 0, pending: 7, released: 0 });
    expect((await one<{ n: number }>(db, `select count(*)::int as n from public.deals where provider = 'hubspot'`)).n).toBe(0);

    await link(db, A, 'hubspot', 'deal', HUBSPOT_DEAL, id('a', 6));
    expect(await ingestDeals(db, A, [])).toMatchObject({ accepted: 0, pending: 0, released: 5, unmapped_stages: 0 });

    expect(await dealRow(db, 'hubspot', HUBSPOT_DEAL)).toEqual({
      name: `HubSpot deal ${HUBSPOT_DEAL}`, stage: 'closed_won', value: 48000, currency: 'AUD', won: true, lost_reason: null,
      lead_id: id('a', 6), created_at: '2025-09-19T13:53:20', closed_at: '2025-10-07T09:40:11',
      // 2025-09-19 13:53 → 2025-10-07 09:40 is 17 days and ~20 hours.
      days_to_close: 17,
    });
    expect(await history(db, 'hubspot', HUBSPOT_DEAL)).toEqual([
      { from_stage: null, to_stage: 'qualification', changed_at: '2025-09-19T13:53:20', changed_by: 'webhook', provider_event_id: '3821550001' },
      { from_stage: 'qualification', to_stage: 'proposal', changed_at: '2025-09-20T10:00:05', changed_by: 'webhook', provider_event_id: '3821554901' },
      { from_stage: 'proposal', to_stage: 'closed_won', changed_at: '2025-10-07T09:40:11', changed_by: 'webhook', provider_event_id: '3821560017' },
    ]);
    const lead = await one<Record<string, unknown>>(db, `select lead_converted, status::text from public.leads where id = $1`, [id('a', 6)]);
    expect(lead).toEqual({ lead_converted: true, status: 'converted' });
    const waiting = await db.query<{ provider_deal_id: string }>(`select provider_deal_id from public.deal_events where deal_id is null`);
    expect(waiting.map((w) => w.provider_deal_id)).toEqual([HUBSPOT_LOST_DEAL, HUBSPOT_LOST_DEAL]);
  });

  it('applies the HubSpot closed-lost fixture with its reason', async () => {
    await link(db, A, 'hubspot', 'deal', HUBSPOT_LOST_DEAL, id('a', 6));
    expect(await ingestDeals(db, A, hubspot('deal.propertyChange.closedlost.json'))).toMatchObject({ accepted: 2, pending: 0 });
    expect(await dealRow(db, 'hubspot', HUBSPOT_LOST_DEAL)).toMatchObject({
      stage: 'closed_lost', won: false, lost_reason: 'Chose competitor', created_at: '2025-10-09T10:13:20', days_to_close: 0,
    });
    expect((await history(db, 'hubspot', HUBSPOT_LOST_DEAL)).map((h) => h.to_stage)).toEqual(['closed_lost']);
  });

  it('records every move of a batch in provider time order, whatever the order inside the array', async () => {
    await link(db, A, 'hubspot', 'deal', HUBSPOT_DEAL, id('a', 6));
    const events = allHubspot().filter((e) => e.provider_deal_id === HUBSPOT_DEAL).reverse();
    expect(await ingestDeals(db, A, events)).toMatchObject({ accepted: 5, pending: 0 });
    expect((await history(db, 'hubspot', HUBSPOT_DEAL)).map((h) => h.to_stage)).toEqual(['qualification', 'proposal', 'closed_won']);
  });

  it('never moves a deal backwards: an older stage or amount arriving after a newer one is ignored, and not recorded', async () => {
    await link(db, A, 'hubspot', 'deal', HUBSPOT_DEAL, id('a', 6));
    await ingestDeals(db, A, hubspot('deal.propertyChange.closedwon_batch.json'));
    await ingestDeals(db, A, hubspot('deal.propertyChange.dealstage.json'));
    const [won] = hubspot('deal.propertyChange.closedwon_batch.json');
    await ingestDeals(db, A, [{ ...won, event_key: 'older-amount', kind: 'amount_changed', provider_stage_id: null, status: null,
      value: 1000, occurred_at: iso('2025-09-25T00:00:00Z') }]);
    await ingestDeals(db, A, hubspot('deal.creation.json'));
    expect(await dealRow(db, 'hubspot', HUBSPOT_DEAL)).toMatchObject({
      stage: 'closed_won', won: true, value: 48000, created_at: '2025-09-19T13:53:20', closed_at: '2025-10-07T09:40:11', days_to_close: 17,
    });
    expect(await history(db, 'hubspot', HUBSPOT_DEAL)).toEqual([
      { from_stage: null, to_stage: 'closed_won', changed_at: '2025-10-07T09:40:11', changed_by: 'webhook', provider_event_id: '3821560017' },
    ]);
    const stored = await one<{ n: number }>(db, `select count(*)::int as n from public.deal_events where provider_deal_id = $1 and deal_id is not null`, [HUBSPOT_DEAL]);
    expect(stored.n).toBe(6);
  });

  it('reopens a won deal when a newer event says so, clearing won and closed_at', async () => {
    await link(db, A, 'cis', 'deal', 'd-1', id('a', 6));
    await ingestDeals(db, A, [
      deal({ event_key: 'c1', kind: 'created', provider_deal_id: 'd-1', provider_stage_id: 'proposal', occurred_at: iso('2026-01-01T00:00:00Z') }),
      deal({ event_key: 'c2', kind: 'won', provider_deal_id: 'd-1', status: 'won', occurred_at: iso('2026-01-10T00:00:00Z') }),
    ]);
    await ingestDeals(db, A, [deal({ event_key: 'c3', kind: 'stage_changed', provider_deal_id: 'd-1', provider_stage_id: 'negotiation', occurred_at: iso('2026-01-12T00:00:00Z') })]);
    expect(await dealRow(db, 'cis', 'd-1')).toMatchObject({ stage: 'negotiation', won: null, closed_at: null });
    expect((await history(db, 'cis', 'd-1')).map((h) => h.to_stage)).toEqual(['proposal', 'closed_won', 'negotiation']);
  });

  it('counts a CRM webhook delivered twice once and records its moves once', async () => {
    await link(db, A, 'hubspot', 'deal', HUBSPOT_DEAL, id('a', 6));
    const events = allHubspot().filter((e) => e.provider_deal_id === HUBSPOT_DEAL);
    expect(await ingestDeals(db, A, events)).toMatchObject({ accepted: 5, duplicates: 0 });
    expect(await ingestDeals(db, A, events)).toMatchObject({ accepted: 0, duplicates: 5, pending: 0, released: 0 });
    expect(await ingestDeals(db, A, [...events, ...events])).toMatchObject({ accepted: 0, duplicates: 10 });
    expect(await history(db, 'hubspot', HUBSPOT_DEAL)).toHaveLength(3);
  });

  it("ingests the Pipedrive fixtures through a person link and the client's stage map", async () => {
    await link(db, A, 'pipedrive', 'person', '10344', id('a', 6));
    await mapStage(db, A, 'pipedrive', '3', 'proposal');
    expect(await ingestDeals(db, A, pipedrive('deal.create.json'))).toMatchObject({ accepted: 1, unmapped_stages: 1 });
    expect(await ingestDeals(db, A, pipedrive('deal.change.stage.json'))).toMatchObject({ accepted: 1, unmapped_stages: 0 });
    expect(await ingestDeals(db, A, pipedrive('deal.change.won.json'))).toMatchObject({ accepted: 1 });
    expect(await ingestDeals(db, A, pipedrive('deal.change.lost.json'))).toMatchObject({ accepted: 0, pending: 1 });
    expect(await dealRow(db, 'pipedrive', '8842')).toEqual({
      name: 'Fernhill Logistics - FP&A automation', stage: 'closed_won', value: 48000, currency: 'EUR', won: true, lost_reason: null,
      lead_id: id('a', 6), created_at: '2025-09-17T10:20:00', closed_at: '2025-10-07T09:00:01', days_to_close: 19,
    });
    expect((await history(db, 'pipedrive', '8842')).map((h) => [h.to_stage, h.provider_event_id])).toEqual([
      ['qualification', '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c'],
      ['proposal', '0a9b8c7d-6e5f-4d3c-8b2a-1f0e9d8c7b6a'],
      ['closed_won', '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e'],
    ]);

    await link(db, A, 'pipedrive', 'person', '10402', id('a', 6));
    expect(await ingestDeals(db, A, [])).toMatchObject({ released: 1 });
    expect(await dealRow(db, 'pipedrive', '8851')).toMatchObject({
      name: 'Cobalt Freight - FP&A automation', stage: 'closed_lost', won: false, value: 30000, currency: 'EUR',
      lost_reason: 'Went with incumbent vendor',
    });
  });

  it('maps the same CRM stage id differently for each client', async () => {
    const events = [...pipedrive('deal.create.json'), ...pipedrive('deal.change.stage.json')];
    for (const [client, tenant, stage] of [[A, 'a', 'proposal'], [B, 'b', 'negotiation']] as const) {
      await link(db, client, 'pipedrive', 'person', '10344', id(tenant, 6));
      await mapStage(db, client, 'pipedrive', '3', stage);
      await ingestDeals(db, client, events);
    }
    expect(await dealRow(db, 'pipedrive', '8842', A)).toMatchObject({ stage: 'proposal' });
    expect(await dealRow(db, 'pipedrive', '8842', B)).toMatchObject({ stage: 'negotiation' });
  });

  it('gives every client the HubSpot default stage map, which a pipeline-specific row overrides', async () => {
    const defaults = await db.query<{ provider_stage_id: string; stage: string }>(
      `select provider_stage_id, stage from public.crm_stage_mappings where client_id = $1 order by provider_stage_id`, [B]);
    expect(defaults).toEqual([
      { provider_stage_id: 'appointmentscheduled', stage: 'qualification' },
      { provider_stage_id: 'closedlost', stage: 'closed_lost' },
      { provider_stage_id: 'closedwon', stage: 'closed_won' },
      { provider_stage_id: 'contractsent', stage: 'negotiation' },
      { provider_stage_id: 'decisionmakerboughtin', stage: 'negotiation' },
      { provider_stage_id: 'presentationscheduled', stage: 'proposal' },
      { provider_stage_id: 'qualifiedtobuy', stage: 'qualification' },
    ]);
    await db.query(`insert into public.crm_stage_mappings (client_id, provider, provider_pipeline_id, provider_stage_id, stage)
      values ($1, 'hubspot', 'enterprise', 'presentationscheduled', 'negotiation')`, [A]);
    const [row] = await db.query<{ any: string; enterprise: string }>(`select
      private.crm_stage($1, 'hubspot', null, 'presentationscheduled', 'stage_changed', null) as any,
      private.crm_stage($1, 'hubspot', 'enterprise', 'presentationscheduled', 'stage_changed', null) as enterprise`, [A]);
    expect(row).toEqual({ any: 'proposal', enterprise: 'negotiation' });
  });

  it('lets an owner edit the stage map and a viewer not', async () => {
    const owner = await asRole(db, 'authenticated', users.ownerA, () =>
      db.query(`insert into public.crm_stage_mappings (client_id, provider, provider_stage_id, stage) values ($1, 'pipedrive', '7', 'proposal') returning id`, [A]));
    expect(owner).toHaveLength(1);
    const viewer = await asRole(db, 'authenticated', users.viewerA, () =>
      db.query(`update public.crm_stage_mappings set stage = 'negotiation' where client_id = $1 returning id`, [A]));
    expect(viewer).toHaveLength(0);
  });

  it('links a deal by its contact email, creating the lead, and keeps a stage set by hand against older CRM events', async () => {
    expect(await ingestDeals(db, A, [deal({
      event_key: 'e1', kind: 'created', provider_deal_id: 'd-9', deal_name: 'Acme rollout', value: 9000, currency: 'usd',
      provider_stage_id: 'qualification', contact: { email: 'buyer@acme.example' }, occurred_at: iso('2026-01-01T00:00:00Z'),
    })])).toMatchObject({ accepted: 1 });
    expect(await dealRow(db, 'cis', 'd-9')).toMatchObject({ name: 'Acme rollout', value: 9000, currency: 'USD', stage: 'qualification' });
    const moved = await asRole(db, 'authenticated', users.ownerA, () =>
      db.query(`update public.deals set stage = 'negotiation' where provider_deal_id = 'd-9' returning id`));
    expect(moved).toHaveLength(1);
    await ingestDeals(db, A, [deal({ event_key: 'e2', kind: 'stage_changed', provider_deal_id: 'd-9', provider_stage_id: 'proposal', occurred_at: iso('2026-01-03T00:00:00Z') })]);
    expect(await dealRow(db, 'cis', 'd-9')).toMatchObject({ stage: 'negotiation' });
    expect((await history(db, 'cis', 'd-9')).map((h) => [h.to_stage, h.changed_by])).toEqual([['qualification', 'webhook'], ['negotiation', 'user']]);
    const lead = await one<{ email: string }>(db, `select l.email from public.deals d join public.leads l on l.id = d.lead_id where d.provider_deal_id = 'd-9'`);
    expect(lead.email).toBe('buyer@acme.example');
  });

  it('marks a deal the CRM deleted, and a restore clears it', async () => {
    await link(db, A, 'hubspot', 'deal', HUBSPOT_DEAL, id('a', 6));
    const [created] = hubspot('deal.creation.json');
    const at = (t: string) => ({ occurred_at: iso(t) });
    await ingestDeals(db, A, [created, { ...created, event_key: 'del', kind: 'deleted', status: 'deleted', raw_event_type: 'deal.deletion', ...at('2025-09-30T00:00:00Z') }]);
    expect((await one<{ d: boolean }>(db, `select provider_deleted_at = '2025-09-30T00:00:00Z' as d from public.deals where provider_deal_id = $1`, [HUBSPOT_DEAL])).d).toBe(true);
    await ingestDeals(db, A, [{ ...created, event_key: 'restore', kind: 'updated', raw_event_type: 'deal.restore', ...at('2025-10-01T00:00:00Z') }]);
    expect((await one<{ d: string | null }>(db, `select provider_deleted_at as d from public.deals where provider_deal_id = $1`, [HUBSPOT_DEAL])).d).toBeNull();
  });
});
