// THREAD-007: the conversation analytics views, on three SMS conversations whose story is known:
// an objection answered by a person that ends in a meeting, a refusal nobody answered, and a
// sequence that never got a reply.
import { beforeEach, describe, expect, it } from 'vitest';
import { useDb, type TestDb } from '../../helpers/db.ts';
import { seedTenants } from '../../helpers/tenants.ts';
import { A, asService } from './support.ts';

const BASE = Date.parse('2026-05-04T09:00:00Z');
const at = (minutes: number) => new Date(BASE + minutes * 60_000).toISOString();

async function lead(db: TestDb, email: string): Promise<string> {
  const [row] = await db.query<{ id: string }>(`insert into public.leads (client_id, email) values ($1, $2) returning id`, [A, email]);
  return row.id;
}

async function touch(db: TestDb, leadId: string, minutes: number, writtenBy: 'ai' | 'human') {
  await db.query(
    `insert into public.activities (client_id, lead_id, channel, activity_type, sent_at, full_message_body, written_by)
     values ($1, $2, 'sms', 'sms_sent', $3, 'our text', $4)`, [A, leadId, at(minutes), writtenBy]);
}

async function reply(db: TestDb, leadId: string, minutes: number, intent: string, objection: string | null = null) {
  await db.query(
    `insert into public.replies (client_id, lead_id, channel, reply_content, received_at, reply_intent, objection_type)
     values ($1, $2, 'sms', 'their text', $3, $4, $5)`, [A, leadId, at(minutes), intent, objection]);
}

describe('conversation analytics views', () => {
  const db = useDb();
  beforeEach(async () => {
    await seedTenants(db);
    const won = await lead(db, 'won@example.com');
    await touch(db, won, 0, 'ai');
    await reply(db, won, 60, 'objection', 'timing');
    await touch(db, won, 120, 'human');
    await db.query(`insert into public.meetings (client_id, lead_id, scheduled_at, booked_at) values ($1, $2, $3, $4)`,
      [A, won, at(10_000), at(180)]);
    await touch(db, won, 240, 'human'); // a confirmation after the booking: not a turn to conversion
    const refused = await lead(db, 'refused@example.com');
    await touch(db, refused, 0, 'ai');
    await reply(db, refused, 1440, 'not_interested');
    const silent = await lead(db, 'silent@example.com');
    await touch(db, silent, 0, 'ai');
    await asService(db, 'select public.refresh_thread_status($1)', [at(60 * 24 * 30)]);
  });

  it('counts the turns each conversation took to reach its outcome', async () => {
    const rows = await db.query(`
      select turns_to_outcome, threads, converted, rejected, no_response, ongoing, conversion_rate::float8 as conversion_rate
      from public.conversation_turns_outcomes where client_id = $1 and channel = 'sms' order by turns_to_outcome`, [A]);
    expect(rows).toEqual([
      { turns_to_outcome: 1, threads: 1, converted: 0, rejected: 0, no_response: 1, ongoing: 0, conversion_rate: 0 },
      { turns_to_outcome: 2, threads: 1, converted: 0, rejected: 1, no_response: 0, ongoing: 0, conversion_rate: 0 },
      { turns_to_outcome: 3, threads: 1, converted: 1, rejected: 0, no_response: 0, ongoing: 0, conversion_rate: 1 },
    ]);
  });

  it('bands how fast we answered their first reply against the outcome', async () => {
    const rows = await db.query(`
      select response_band, threads, converted, rejected, median_response_minutes
      from public.conversation_response_time_outcomes where client_id = $1 and channel = 'sms' order by band_order`, [A]);
    expect(rows).toEqual([
      { response_band: '1-4 h', threads: 1, converted: 1, rejected: 0, median_response_minutes: 60 },
      { response_band: 'not answered', threads: 1, converted: 0, rejected: 1, median_response_minutes: null },
    ]);
  });

  it('follows each objection to our answer and the conversation’s outcome', async () => {
    const rows = await db.query(`
      select objection_type, answered, objections, converted, median_answer_minutes, answered_by_human, answered_by_ai
      from public.objection_outcomes where client_id = $1`, [A]);
    expect(rows).toEqual([
      { objection_type: 'timing', answered: true, objections: 1, converted: 1, median_answer_minutes: 60, answered_by_human: 1, answered_by_ai: 0 },
    ]);
  });

  it('compares conversations written by AI with those a person took over', async () => {
    const rows = await db.query(`
      select authorship, threads, converted, rejected, no_response
      from public.conversation_authorship_outcomes where client_id = $1 and channel = 'sms' order by authorship`, [A]);
    expect(rows).toEqual([
      { authorship: 'ai', threads: 2, converted: 0, rejected: 1, no_response: 1 },
      { authorship: 'escalated_to_human', threads: 1, converted: 1, rejected: 0, no_response: 0 },
    ]);
  });
});
