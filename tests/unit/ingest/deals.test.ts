import { describe, expect, it } from 'vitest';
import { events, issues, one, parse, raw, type DealEvent } from './helpers.ts';

describe('hubspot parser', () => {
  it('maps deal.creation, timed from epoch milliseconds', () => {
    expect(one<DealEvent>('hubspot', 'hubspot/deal.creation.json')).toMatchObject({
      type: 'deal', provider: 'hubspot', kind: 'created', event_key: '3821550001', provider_deal_id: '19876543210',
      account_id: '24681357', occurred_at: '2025-09-19T13:53:20.000000Z', occurred_at_raw: 1758290000000,
    });
  });

  it('maps a dealstage change with the raw stage id', () => {
    expect(one<DealEvent>('hubspot', 'hubspot/deal.propertyChange.dealstage.json')).toMatchObject({
      kind: 'stage_changed', provider_stage_id: 'presentationscheduled', occurred_at: '2025-09-20T10:00:05.123000Z',
    });
  });

  it('turns one batch body into one event per array element', () => {
    const list = events('hubspot', raw('hubspot/deal.propertyChange.closedwon_batch.json')) as DealEvent[];
    expect(list.map((e) => [e.event_key, e.kind])).toEqual([
      ['3821560017', 'won'], ['3821560018', 'amount_changed'], ['3821560019', 'updated'],
    ]);
    expect(list[0]).toMatchObject({ status: 'won', provider_stage_id: 'closedwon' });
    expect(list[1].value).toBe(48000);
    expect(list[2].close_date).toBe('2025-10-07T00:00:00.000000Z');
  });

  it('maps closedlost to lost and carries the lost reason', () => {
    const [lost, reason] = events('hubspot', raw('hubspot/deal.propertyChange.closedlost.json')) as DealEvent[];
    expect(lost).toMatchObject({ kind: 'lost', status: 'lost', provider_deal_id: '19876599999' });
    expect(reason).toMatchObject({ kind: 'updated', lost_reason: 'Chose competitor' });
  });

  it('rejects a body that is not an array', () => {
    expect(issues('hubspot', '{"eventId":1}')).toEqual([{ path: '', message: 'HubSpot sends a JSON array of events' }]);
  });

  it('names the element and field of a bad batch member', () => {
    const body = JSON.stringify([JSON.parse(raw('hubspot/deal.creation.json'))[0], { eventId: 'x', subscriptionType: 'deal.creation', occurredAt: 'soon', objectId: 1 }]);
    expect(issues('hubspot', body)).toEqual([{ path: '[1].occurredAt', message: '"soon" is not an ISO-8601 timestamp or epoch number' }]);
  });

  it('rejects an amount that is not a number', () => {
    const body = JSON.stringify([{ eventId: 1, subscriptionType: 'deal.propertyChange', occurredAt: 1758290000000, objectId: 2, propertyName: 'amount', propertyValue: 'lots' }]);
    expect(issues('hubspot', body)).toEqual([{ path: '[0].propertyValue', message: 'amount "lots" is not a number' }]);
  });

  it('skips contact events in a mixed batch', () => {
    const body = JSON.stringify([{ eventId: 9, subscriptionType: 'contact.creation', occurredAt: 1758290000000, objectId: 3 }]);
    expect(parse('hubspot', body)).toEqual({ ok: true, events: [], skipped: [{ raw_event_type: 'contact.creation', reason: 'not a deal event' }] });
  });
});

describe('pipedrive parser', () => {
  it('maps create with value, currency, stage, person and meta.id as key', () => {
    expect(one<DealEvent>('pipedrive', 'pipedrive/deal.create.json')).toMatchObject({
      provider: 'pipedrive', kind: 'created', event_key: '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c', provider_deal_id: '8842',
      occurred_at: '2025-09-17T10:20:00.512000Z', value: 42000, currency: 'EUR', provider_stage_id: '1', provider_pipeline_id: '1',
      status: 'open', deal_name: 'Fernhill Logistics - FP&A automation', contact: { provider_person_id: '10344', provider_org_id: '5120' },
    });
  });

  it('reads a stage move from previous.stage_id', () => {
    expect(one<DealEvent>('pipedrive', 'pipedrive/deal.change.stage.json')).toMatchObject({ kind: 'stage_changed', provider_stage_id: '3', previous_stage_id: '2' });
  });

  it('reads won from the status change, with the new value', () => {
    expect(one<DealEvent>('pipedrive', 'pipedrive/deal.change.won.json')).toMatchObject({
      kind: 'won', status: 'won', value: 48000, close_date: '2025-10-07T09:00:00Z', previous_stage_id: '4',
    });
  });

  it('reads lost with its reason', () => {
    expect(one<DealEvent>('pipedrive', 'pipedrive/deal.change.lost.json')).toMatchObject({ kind: 'lost', lost_reason: 'Went with incumbent vendor', value: 30000 });
  });

  it('accepts meta.timestamp as unix seconds', () => {
    const body = JSON.parse(raw('pipedrive/deal.create.json'));
    body.meta.timestamp = 1758104400;
    expect(events('pipedrive', JSON.stringify(body))[0]).toMatchObject({ occurred_at: '2025-09-17T10:20:00.000000Z', occurred_at_raw: 1758104400 });
  });

  it('skips person webhooks', () => {
    expect(parse('pipedrive', JSON.stringify({ meta: { action: 'change', entity: 'person' } }))).toMatchObject({ ok: true, events: [] });
  });

  it('names an unknown deal status', () => {
    const body = JSON.parse(raw('pipedrive/deal.create.json'));
    body.data.status = 'maybe';
    expect(issues('pipedrive', JSON.stringify(body))[0].path).toBe('data.status');
  });
});
