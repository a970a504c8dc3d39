// Shared by the conversation and reply-analysis tests: ingesting vendor events as the intake does,
// our engines' own events, and reading threads back.
import type { CanonicalEvent } from '../../../shared/ingest/canonical.ts';
import { providers } from '../../../shared/ingest/providers/index.ts';
import type { TestDb } from '../../helpers/db.ts';
import { clientId } from '../../helpers/tenants.ts';

export const A = clientId('a');
export const B = clientId('b');

export async function ingest(db: TestDb, events: CanonicalEvent[], client = A) {
  await db.exec('savepoint ingest; set local role service_role');
  const [row] = await db.query<{ r: { accepted: number; pending: number } }>(
    'select public.ingest_engagement_events($1, $2::jsonb) as r', [client, JSON.stringify(events)]);
  await db.exec('release savepoint ingest; reset role');
  return row.r;
}

export async function asService<T>(db: TestDb, sql: string, params: unknown[] = []): Promise<T[]> {
  await db.exec('savepoint service; set local role service_role');
  try {
    const rows = await db.query<T>(sql, params);
    await db.exec('release savepoint service; reset role');
    return rows;
  } catch (error) {
    await db.exec('rollback to savepoint service; reset role');
    throw error;
  }
}

export const one = async <T>(db: TestDb, sql: string, params: unknown[] = []) => (await db.query<T>(sql, params))[0];

/** Events from our own engines (`POST /ingest/cis`), through the real parser. */
export function cisEvents(...events: Record<string, unknown>[]): CanonicalEvent[] {
  const result = providers.cis.parse(JSON.stringify({ events }), {
    receivedAt: new Date('2026-01-01T00:00:00Z'),
    contentType: 'application/json',
  });
  if (!result.ok) throw new Error(`cis events did not parse: ${JSON.stringify(result.issues)}`);
  return result.events;
}

export interface ThreadRow {
  id: string;
  campaign_id: string | null;
  channel: string;
  status: string;
  outcome: string | null;
  outcome_at: string | null;
  message_count: number;
  our_message_count: number;
  their_message_count: number;
  conversation_turns: number;
  their_response_time_minutes: number | null;
  our_response_time_minutes: number | null;
  our_avg_response_time_minutes: number | null;
  escalated_to_human: boolean;
  escalated_at: string | null;
}

/** Every thread of the lead with this email (or phone digits), oldest first. */
export async function threadsOf(db: TestDb, contact: string): Promise<ThreadRow[]> {
  return db.query<ThreadRow>(`
    select t.* from public.conversation_threads t join public.leads l on l.id = t.lead_id
    where l.email_normalized = lower($1) or l.phone_normalized = $1 or l.linkedin_normalized = lower($1)
    order by t.started_at, t.id`, [contact]);
}

export interface MessageRow {
  direction: 'inbound' | 'outbound';
  position: number;
  response_time_minutes: number | null;
  activity_id: string | null;
  reply_id: string | null;
  content: string;
  written_by: string | null;
  intent: string | null;
  question_extracted: string | null;
  our_response_message_id: string | null;
  id: string;
}

export async function messagesOf(db: TestDb, threadId: string): Promise<MessageRow[]> {
  return db.query<MessageRow>(
    'select * from public.thread_messages where thread_id = $1 order by position', [threadId]);
}
