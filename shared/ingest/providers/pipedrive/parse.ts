// Pipedrive webhooks v2 (REFERENCE §7b): `{ meta, data, previous }` where `previous` holds only
// the fields that changed (null on create). The kind is read from what changed: status → won/lost,
// stage_id → stage_changed, value → amount_changed, anything else → updated.
import { z } from 'zod';
import type { DealEvent, DealKind, ParseFn } from '../../canonical.ts';
import { zEventName, zId, zOptId, zOptNumber, zText, zTimestamp, zAny } from '../../fields.ts';
import { fail, finish, guarded, readJson, skip, zodIssues } from '../../result.ts';

const STATUSES = ['open', 'won', 'lost', 'deleted'] as const;
const head = z.object({ meta: z.object({ action: zEventName, entity: zEventName }) });
const body = z.object({
  meta: z.object({ id: zId, action: zEventName, entity: zEventName, timestamp: zTimestamp, entity_id: zOptId, company_id: zOptId, change_source: zText }),
  data: z.object({
    id: zId, title: zText,
    value: zOptNumber, currency: z.string().max(8).nullish(),
    status: z.enum(STATUSES).nullish(),
    stage_id: zOptId, pipeline_id: zOptId,
    lost_reason: zText, close_time: zText, won_time: zText, lost_time: zText,
    person_id: zOptId, org_id: zOptId,
  }).nullish(),
  previous: z.record(z.string(), zAny).nullish(),
});

export const parse: ParseFn = guarded((rawBody) => {
  const json = readJson(rawBody);
  if (!json.ok) return json;
  const h = head.safeParse(json.value);
  if (!h.success) return { ok: false, issues: zodIssues(h.error) };
  const { action, entity } = h.data.meta;
  if (entity !== 'deal') return skip(`${action}.${entity}`, 'not a deal event');
  const r = body.safeParse(json.value);
  if (!r.success) return { ok: false, issues: zodIssues(r.error) };
  const { meta, data, previous } = r.data;
  const dealId = data?.id ?? meta.entity_id;
  if (!dealId) return fail('data.id', 'deal id is required (data.id or meta.entity_id)');
  const prev = previous ?? {};
  const kind = kindOf(action, data?.status ?? null, prev);
  if (!kind) return skip(`${action}.${entity}`, 'unknown action');
  const prevStage = prev.stage_id;
  const event: DealEvent = {
    type: 'deal', provider: 'pipedrive', kind,
    event_key: meta.id, // REFERENCE §9.3
    occurred_at: meta.timestamp.iso, occurred_at_raw: meta.timestamp.raw, raw_event_type: `${action}.${entity}`,
    provider_deal_id: dealId, account_id: meta.company_id, deal_name: data?.title ?? null,
    provider_stage_id: data?.stage_id ?? null,
    previous_stage_id: typeof prevStage === 'number' || typeof prevStage === 'string' ? String(prevStage) : null,
    provider_pipeline_id: data?.pipeline_id ?? null,
    status: action === 'delete' ? 'deleted' : data?.status ?? null,
    value: data?.value ?? null, currency: data?.currency ?? null,
    lost_reason: data?.lost_reason ?? null,
    close_date: data?.won_time ?? data?.lost_time ?? data?.close_time ?? null,
    contact: { provider_person_id: data?.person_id ?? null, provider_org_id: data?.org_id ?? null },
    change_source: meta.change_source,
  };
  return finish([event]);
});

function kindOf(action: string, status: string | null, prev: Record<string, unknown>): DealKind | null {
  if (action === 'create') return 'created';
  if (action === 'delete') return 'deleted';
  if (action !== 'change') return null;
  if ('status' in prev && prev.status !== status) {
    if (status === 'won') return 'won';
    if (status === 'lost') return 'lost';
  }
  if ('stage_id' in prev) return 'stage_changed';
  if ('value' in prev) return 'amount_changed';
  return 'updated';
}
