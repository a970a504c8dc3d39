// CRM deal webhooks (REFERENCE §7): HubSpot batches (arrays of deal.* events, epoch-ms times,
// no contact — CIS links the deal through crm_links) and Pipedrive v2 (meta/data/previous, the
// person id links the lead).
import type { ClientConfig } from '../config.ts';
import type { DealPlan, Happening } from '../happenings.ts';
import { numberFrom, uuidFrom, type Out } from './common.ts';

type DealHappening = Extract<Happening, { type: 'deal' }>;

function hubspotItem(h: DealHappening, client: ClientConfig, subscriptionType: string, property?: [string, string]) {
  return {
    eventId: numberFrom(`${h.deal.id}:${h.kind}:${h.stage ?? ''}:${subscriptionType}:${property?.[0] ?? ''}`, 10),
    subscriptionId: numberFrom(`${client.key}:${subscriptionType}:${property?.[0] ?? ''}`, 7),
    portalId: numberFrom(`${client.key}:portal`, 8),
    appId: 3141592,
    occurredAt: h.at.getTime(),
    subscriptionType,
    attemptNumber: 0,
    objectId: Number(h.deal.id),
    changeSource: 'CRM',
    sourceId: `userId:${numberFrom(`${client.key}:owner`, 8)}`,
    ...(property ? { propertyName: property[0], propertyValue: property[1] } : {}),
  };
}

function hubspot(h: DealHappening, client: ClientConfig): Out[] {
  const items: unknown[] = [];
  switch (h.kind) {
    case 'created':
      items.push(hubspotItem(h, client, 'deal.creation'), hubspotItem(h, client, 'deal.propertyChange', ['amount', String(h.deal.value)]));
      break;
    case 'stage':
      items.push(hubspotItem(h, client, 'deal.propertyChange', ['dealstage', h.stage!]));
      break;
    case 'won':
      items.push(hubspotItem(h, client, 'deal.propertyChange', ['dealstage', 'closedwon']), hubspotItem(h, client, 'deal.propertyChange', ['closedate', String(h.at.getTime())]));
      break;
    case 'lost':
      items.push(hubspotItem(h, client, 'deal.propertyChange', ['dealstage', 'closedlost']), hubspotItem(h, client, 'deal.propertyChange', ['closed_lost_reason', h.lostReason ?? 'No decision']));
      break;
  }
  // One change arrives as one small batch; the pusher may merge batches (HubSpot sends up to 100).
  return items.map((item) => ({ provider: 'hubspot' as const, clientKey: client.key, at: h.at, item, contentType: 'application/json' as const }));
}

export function pipedrivePersonId(d: DealPlan): number {
  return Number(d.personId);
}

function pipedrive(h: DealHappening, client: ClientConfig): Out[] {
  const d = h.deal;
  const status = h.kind === 'won' ? 'won' : h.kind === 'lost' ? 'lost' : 'open';
  const at = h.at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const data = {
    id: Number(d.id), title: d.name, value: d.value, currency: d.currency, status,
    stage_id: Number(h.kind === 'stage' || h.kind === 'created' ? h.stage : h.previousStage), pipeline_id: 1,
    person_id: pipedrivePersonId(d), org_id: numberFrom(`org:${d.person.company.apolloId}`, 5),
    owner_id: numberFrom(`${client.key}:owner`, 8), creator_user_id: numberFrom(`${client.key}:owner`, 8),
    lost_reason: h.kind === 'lost' ? (h.lostReason ?? null) : null,
    won_time: h.kind === 'won' ? at : null, lost_time: h.kind === 'lost' ? at : null, close_time: h.kind === 'won' || h.kind === 'lost' ? at : null,
    add_time: at, update_time: at, stage_change_time: h.kind === 'stage' ? at : null, expected_close_date: null,
    label_ids: [], visible_to: '3', custom_fields: {}, is_archived: false, archive_time: null,
  };
  const previous = h.kind === 'created' ? null
    : h.kind === 'stage' ? { stage_id: Number(h.previousStage) }
    : { status: 'open' };
  const body = {
    meta: {
      action: h.kind === 'created' ? 'create' : 'change', entity: 'deal', version: '2.0',
      company_id: numberFrom(`${client.key}:pd`, 8), user_id: numberFrom(`${client.key}:owner`, 8),
      correlation_id: uuidFrom(`corr:${d.id}:${h.kind}:${h.stage ?? ''}`), id: uuidFrom(`pd:${d.id}:${h.kind}:${h.stage ?? ''}`),
      entity_id: Number(d.id), is_bulk_edit: false, type: 'general', webhook_id: numberFrom(`${client.key}:pdwh`, 3),
      attempt: 1, host: `${client.key}.pipedrive.com`, timestamp: h.at.toISOString(), change_source: 'app',
    },
    data,
    previous,
  };
  return [{ provider: 'pipedrive', clientKey: client.key, at: h.at, body: JSON.stringify(body), contentType: 'application/json' }];
}

export function crmOut(h: DealHappening, client: ClientConfig): Out[] {
  return client.crm === 'hubspot' ? hubspot(h, client) : pipedrive(h, client);
}
