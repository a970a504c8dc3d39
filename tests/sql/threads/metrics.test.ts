// THREAD-002: what each conversation did — turns, our answer to each reply, both sides' response
// times, escalation from AI to a person — all recomputed from the messages, so the order rows
// arrive in never changes them.
import { beforeEach, describe, expect, it } from 'vitest';
import { useDb, type TestDb } from '../../helpers/db.ts';
import { id, seedTenants } from '../../helpers/tenants.ts';
import { A, messagesOf, one, type ThreadRow } from './support.ts';

const LEAD = id('a', 6);
const BASE = Date.parse('2026-04-01T09:00:00Z');
const at = (minutes: number) => new Date(BASE + minutes * 60_000).toISOString();

type Step = { out: number; by?: 'ai' | 'human' } | { in: number };

async function touch(db: TestDb, minutes: number, writtenBy: 'ai' | 'human' | null = null): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into public.activities (client_id, lead_id, channel, activity_type, sent_at, full_message_body, written_by)
     values ($1, $2, 'linkedin', 'linkedin_message', $3, $4, $5) returning id`,
    [A, LEAD, at(minutes), `our message at +${minutes} min`, writtenBy]);
  return row.id;
}

async function reply(db: TestDb, minutes: number): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into public.replies (client_id, lead_id, channel, reply_content, received_at)
     values ($1, $2, 'linkedin', $3, $4) returning id`, [A, LEAD, `their reply at +${minutes} min`, at(minutes)]);
  return row.id;
}

async function play(db: TestDb, steps: Step[]): Promise<string[]> {
  const ids: string[] = [];
  for (const s of steps) ids.push('out' in s ? await touch(db, s.out, s.by ?? null) : await reply(db, s.in));
  return ids;
}

async function thread(db: TestDb): Promise<ThreadRow> {
  return one<ThreadRow>(db, `select * from public.conversation_threads where lead_id = $1 and channel = 'linkedin'`, [LEAD]);
}

describe('conversation metrics', () => {
  const db = useDb();
  beforeEach(() => seedTenants(db));

  it('counts a turn each time the other side speaks: out, out, in, out, in is 4 turns', async () => {
    await play(db, [{ out: 0 }, { out: 60 }, { in: 120 }, { out: 180 }, { in: 300 }]);
    expect(await thread(db)).toMatchObject({ message_count: 5, conversation_turns: 4 });
  });

  it('links each reply to the first message we sent after it, on the message and on the reply', async () => {
    const [, , firstReply, answer, lastReply] = await play(db, [{ out: 0 }, { out: 60 }, { in: 120 }, { out: 180 }, { in: 300 }]);
    const messages = await messagesOf(db, (await thread(db)).id);
    const answerMessage = messages.find((m) => m.activity_id === answer)!;
    expect(messages.find((m) => m.reply_id === firstReply)!.our_response_message_id).toBe(answerMessage.id);
    expect(messages.find((m) => m.reply_id === lastReply)!.our_response_message_id).toBeNull();
    expect(messages.filter((m) => m.direction === 'outbound').every((m) => m.our_response_message_id === null)).toBe(true);
    const replies = await db.query<{ id: string; our_response_activity_id: string | null }>(
      'select id, our_response_activity_id from public.replies where id = any ($1) order by received_at', [[firstReply, lastReply]]);
    expect(replies).toEqual([
      { id: firstReply, our_response_activity_id: answer },
      { id: lastReply, our_response_activity_id: null },
    ]);
  });

  it('answers two replies in a row with the same message of ours', async () => {
    const [, first, second, answer] = await play(db, [{ out: 0 }, { in: 10 }, { in: 20 }, { out: 90 }]);
    const rows = await db.query<{ our_response_activity_id: string }>(
      'select our_response_activity_id from public.replies where id = any ($1)', [[first, second]]);
    expect(rows.map((r) => r.our_response_activity_id)).toEqual([answer, answer]);
    // Our response time counts from their latest message, as every response_time_minutes does.
    expect((await thread(db)).our_response_time_minutes).toBe(70);
  });

  it('measures their first reply, our first answer and our average answer time', async () => {
    await play(db, [{ out: 0 }, { out: 60 }, { in: 120 }, { out: 180 }, { in: 300 }, { out: 420 }]);
    expect(await thread(db)).toMatchObject({
      their_response_time_minutes: 60,
      our_response_time_minutes: 60,
      our_avg_response_time_minutes: 90,
    });
  });

  it('marks a thread escalated when a person writes after the AI, from that message on', async () => {
    await play(db, [{ out: 0, by: 'ai' }, { in: 60 }, { out: 120, by: 'ai' }, { in: 180 }, { out: 240, by: 'human' }]);
    const t = await thread(db);
    expect(t.escalated_to_human).toBe(true);
    expect(new Date(t.escalated_at!).toISOString()).toBe(at(240));
    const writers = (await messagesOf(db, t.id)).filter((m) => m.direction === 'outbound').map((m) => m.written_by);
    expect(writers).toEqual(['ai', 'ai', 'human']);
  });

  it('does not call a person who wrote first, then the AI, an escalation', async () => {
    await play(db, [{ out: 0, by: 'human' }, { in: 60 }, { out: 120, by: 'ai' }]);
    expect(await thread(db)).toMatchObject({ escalated_to_human: false, escalated_at: null });
  });

  it('notices an escalation when the human message is recorded before the AI one that preceded it', async () => {
    await play(db, [{ out: 240, by: 'human' }, { in: 60 }, { out: 0, by: 'ai' }]);
    expect((await thread(db)).escalated_to_human).toBe(true);
  });

  it('gives the same figures whatever order the touches and replies are recorded in', async () => {
    const steps: Step[] = [{ out: 0, by: 'ai' }, { out: 60, by: 'ai' }, { in: 120 }, { out: 180, by: 'human' }, { in: 300 }, { out: 420, by: 'ai' }];
    const figures = async () => {
      const t = await thread(db);
      const messages = (await messagesOf(db, t.id)).map((m) => ({
        direction: m.direction, position: m.position, response: m.response_time_minutes, answered: m.our_response_message_id !== null,
      }));
      const { id: _id, created_at: _c, updated_at: _u, ...rest } = t as ThreadRow & { created_at: unknown; updated_at: unknown };
      return { thread: rest, messages };
    };
    await db.exec('savepoint in_order');
    await play(db, steps);
    const inOrder = await figures();
    await db.exec('rollback to savepoint in_order');
    await play(db, [...steps].reverse());
    expect(await figures()).toEqual(inOrder);
    expect(inOrder.thread).toMatchObject({ conversation_turns: 5, escalated_to_human: true });
  });
});
