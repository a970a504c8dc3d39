// Shared by the outcome tests: call the intake functions as the ingest edge function does
// (service_role), and small builders for canonical meeting and deal events.
import type { CanonicalEvent, DealEvent, MeetingEvent } from '../../../shared/ingest/canonical.ts';
import type { TestDb } from '../../helpers/db.ts';

export interface IngestResult {
  accepted: number;
  duplicates: number;
  pending: number;
  unmatched: number;
  skipped: number;
  released?: number;
  unmapped_stages?: number;
}

async function call(db: TestDb, fn: string, client: string, events: CanonicalEvent[]): Promise<IngestResult> {
  await db.exec('savepoint outcome_ingest; set local role service_role');
  try {
    const [row] = await db.query<{ r: IngestResult }>(`select public.${fn}($1, $2::jsonb) as r`, [client, JSON.stringify(events)]);
    await db.exec('release savepoint outcome_ingest; reset role');
    return row.r;
  } catch (error) {
    await db.exec('rollback to savepoint outcome_ingest; reset role');
    throw error;
  }
}

export const ingestMeetings = (db: TestDb, client: string, events: CanonicalEvent[]) =>
  call(db, 'ingest_meeting_events', client, events);
export const ingestDeals = (db: TestDb, client: string, events: CanonicalEvent[]) =>
  call(db, 'ingest_deal_events', client, events);
export const ingestAll = (db: TestDb, client: string, events: CanonicalEvent[]) =>
  call(db, 'ingest_all_events', client, events);

export const one = async <T>(db: TestDb, sql: string, params: unknown[] = []) => (await db.query<T>(sql, params))[0];

/** `YYYY-MM-DDTHH:MM:SS.ffffffZ`, the canonical timestamp form. */
export const iso = (value: string) => new Date(value).toISOString().replace('Z', '000Z');

export function meeting(patch: Partial<MeetingEvent> & Pick<MeetingEvent, 'event_key' | 'kind' | 'provider_event_id'>): MeetingEvent {
  return {
    type: 'meeting', provider: 'cis', occurred_at: iso('2026-01-05T10:00:00Z'), occurred_at_raw: null,
    raw_event_type: `meeting_${patch.kind}`, invitee: { email: null, name: null, timezone: null },
    ...patch,
  } as MeetingEvent;
}

export function deal(patch: Partial<DealEvent> & Pick<DealEvent, 'event_key' | 'kind' | 'provider_deal_id'>): DealEvent {
  return {
    type: 'deal', provider: 'cis', occurred_at: iso('2026-01-05T10:00:00Z'), occurred_at_raw: null,
    raw_event_type: `deal_${patch.kind}`, ...patch,
  } as DealEvent;
}
