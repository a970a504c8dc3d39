// HubSpot app webhooks (REFERENCE §7a): the body is an ARRAY of events, one per subscription hit,
// in no guaranteed order. Each deal.* element becomes one DealEvent keyed by `eventId`; other
// object types are skipped. A bad element rejects the whole body (it is kept raw upstream).
import { z } from 'zod';
import type { DealEvent, DealKind, ParseFn, Skipped } from '../../canonical.ts';
import { zEventName, zId, zOptId, zOptNumber, zText, zTimestamp } from '../../fields.ts';
import { fail, finish, guarded, readJson, zodIssues } from '../../result.ts';
import { parseTimestamp } from '../../time.ts';

const MAX_BATCH = 1000;
const element = z.object({
  eventId: zId,
  subscriptionType: zEventName,
  occurredAt: zTimestamp,
  objectId: zId,
  portalId: zOptId,
  propertyName: zText,
  propertyValue: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional()
    .transform((v) => (v === null || v === undefined ? null : String(v))),
  changeSource: zText,
});
type Element = z.infer<typeof element>;

export const parse: ParseFn = guarded((rawBody) => {
  const json = readJson(rawBody);
  if (!json.ok) return json;
  if (!Array.isArray(json.value)) return fail('', 'HubSpot sends a JSON array of events');
  if (json.value.length > MAX_BATCH) return fail('', `more than ${MAX_BATCH} events in one body`);
  const events: DealEvent[] = [];
  const skipped: Skipped[] = [];
  for (let i = 0; i < json.value.length; i++) {
    const r = element.safeParse(json.value[i]);
    if (!r.success) return { ok: false, issues: zodIssues(r.error, [i]) };
    const e = r.data;
    if (!e.subscriptionType.startsWith('deal.')) {
      skipped.push({ raw_event_type: e.subscriptionType, reason: 'not a deal event' });
      continue;
    }
    const mapped = toDeal(e);
    if (typeof mapped === 'string') return fail(`[${i}].propertyValue`, mapped);
    if (mapped) events.push(mapped);
    else skipped.push({ raw_event_type: e.subscriptionType, reason: 'deal event without a deal change' });
  }
  return finish(events, skipped);
});

/** A DealEvent, null for a type we ignore, or a message naming what is wrong with the value. */
function toDeal(e: Element): DealEvent | null | string {
  const base: DealEvent = {
    type: 'deal', provider: 'hubspot', kind: 'updated',
    event_key: e.eventId, // REFERENCE §9.3
    occurred_at: e.occurredAt.iso, occurred_at_raw: e.occurredAt.raw, raw_event_type: e.subscriptionType,
    provider_deal_id: e.objectId, account_id: e.portalId, change_source: e.changeSource,
  };
  switch (e.subscriptionType) {
    case 'deal.creation': return { ...base, kind: 'created' };
    case 'deal.deletion': return { ...base, kind: 'deleted', status: 'deleted' };
    case 'deal.restore': return { ...base, kind: 'updated' };
    case 'deal.propertyChange': break;
    default: return null; // merge, associationChange: nothing about the deal's own progress
  }
  const name = e.propertyName ?? '';
  const value = e.propertyValue;
  const property = { name, value };
  switch (name) {
    case 'dealstage': {
      // Default-pipeline ids; custom pipelines use numeric ids the client's stage map resolves.
      const kind: DealKind = value === 'closedwon' ? 'won' : value === 'closedlost' ? 'lost' : 'stage_changed';
      const status = kind === 'won' ? 'won' : kind === 'lost' ? 'lost' : null;
      return { ...base, kind, provider_stage_id: value, status, property };
    }
    case 'amount': {
      const n = zOptNumber.safeParse(value);
      if (!n.success) return `amount "${(value ?? '').slice(0, 40)}" is not a number`;
      return { ...base, kind: 'amount_changed', value: n.data, property };
    }
    case 'hs_is_closed_won':
      return value === 'true' ? { ...base, kind: 'won', status: 'won', property } : { ...base, property };
    case 'closed_lost_reason': return { ...base, lost_reason: value, property };
    case 'deal_currency_code': return { ...base, currency: value, property };
    case 'dealname': return { ...base, deal_name: value, property };
    case 'pipeline': return { ...base, provider_pipeline_id: value, property };
    case 'closedate': {
      const t = value ? parseTimestamp(value) : null; // epoch-ms string
      return { ...base, close_date: t && t.ok ? t.iso : value, property };
    }
    default: return { ...base, property };
  }
}
