// After the conversation: the meeting (booked, maybe rescheduled or canceled, held or missed) and
// the CRM deal that follows a held meeting (stage moves, won or lost, its value).
import type { ClientConfig, WorldConfig } from './config.ts';
import type { DealPlan, Happening, MeetingPlan } from './happenings.ts';
import type { Draw } from './model.ts';
import type { Person } from './people.ts';
import type { Random } from './random.ts';
import { addDays, atLocal, businessDay, DAY_MS, HOUR_MS, localDay } from './timing.ts';

const LOST_REASONS = ['Budget', 'Chose a competitor', 'No decision', 'Timing', 'Went quiet'];
export const DEAL_STAGES = {
  hubspot: ['appointmentscheduled', 'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent'],
  // A Pipedrive account's own stage ids; setup maps them to CIS stages.
  pipedrive: ['1', '2', '3', '4', '5'],
  cis: ['qualification', 'qualification', 'proposal', 'negotiation', 'negotiation'],
} as const;
export const PIPEDRIVE_STAGE_MAP: Record<string, string> = { '1': 'qualification', '2': 'qualification', '3': 'proposal', '4': 'negotiation', '5': 'negotiation' };

function meetingSlot(rng: Random, after: Date, tz: string, minDays: number, maxDays: number): { start: Date; end: Date } {
  const day = businessDay(addDays(localDay(after, tz), rng.int(minDays, maxDays)));
  const start = atLocal(day, rng.int(9, 16), rng.pick([0, 30]), 0, tz);
  return { start, end: new Date(start.getTime() + rng.pick([30, 30, 45, 60]) * 60_000) };
}

export interface OutcomeInput {
  world: WorldConfig;
  client: ClientConfig;
  campaignKey: string;
  person: Person;
  draw: Draw;
  /** When the lead could book: after our answer to its positive reply (or, null world, any time in the month). */
  bookableFrom: Date;
  touchId: string | null;
  ids: () => string;
}

export function outcomes(rng: Random, o: OutcomeInput): Happening[] {
  const out: Happening[] = [];
  if (!o.draw.booked) return out;
  const tz = o.person.place.timezone;
  const provider = o.client.meetings;
  const plan = (bookedAt: Date, slot: { start: Date; end: Date }): MeetingPlan => ({
    id: o.ids(), person: o.person, clientKey: o.client.key, campaignKey: o.campaignKey, provider,
    bookedAt, start: slot.start, end: slot.end, touchId: o.touchId,
  });
  const bookedAt = new Date(o.bookableFrom.getTime() + rng.uniform(0.2, 2.5) * DAY_MS);
  let meeting = plan(bookedAt, meetingSlot(rng, bookedAt, tz, 1, 8));
  out.push({ type: 'meeting', at: bookedAt, meeting, kind: 'created' });
  if (o.draw.rescheduled) {
    const movedAt = new Date(bookedAt.getTime() + (meeting.start.getTime() - bookedAt.getTime()) * rng.uniform(0.3, 0.9));
    const next = plan(movedAt, meetingSlot(rng, meeting.start, tz, 1, 6));
    out.push({ type: 'meeting', at: movedAt, meeting, kind: 'canceled', replacedBy: next });
    out.push({ type: 'meeting', at: movedAt, meeting: next, kind: 'created', replaces: meeting });
    meeting = next;
  }
  if (o.draw.canceled) {
    const at = new Date(meeting.start.getTime() - rng.uniform(2, 40) * HOUR_MS);
    out.push({ type: 'meeting', at: at > meeting.bookedAt ? at : new Date(meeting.bookedAt.getTime() + HOUR_MS), meeting, kind: 'canceled' });
    return out;
  }
  const markedAt = new Date(meeting.end.getTime() + rng.uniform(0.2, 20) * HOUR_MS);
  out.push({ type: 'meeting', at: markedAt, meeting, kind: o.draw.held ? 'held' : 'no_show', outcome: rng.chance(0.75) ? 'good' : 'bad' });
  if (!o.draw.deal) return out;

  const crm = o.client.crm;
  const value = rng.lognormal(o.world.effects.deal_value[o.client.currency]?.mean ?? 20_000, o.world.effects.deal_value[o.client.currency]?.sigma ?? 0.5);
  const deal: DealPlan = {
    id: crm === 'hubspot' ? String(rng.int(10_000_000_000, 99_999_999_999)) : crm === 'pipedrive' ? String(rng.int(1000, 999_999)) : `deal_${rng.hex(12)}`,
    person: o.person,
    clientKey: o.client.key,
    provider: crm,
    name: `${o.person.company.name} — ${o.client.name}`,
    currency: o.client.currency,
    value: Math.round(value / 100) * 100,
    personId: String(100_000 + o.person.index),
  };
  const stages = DEAL_STAGES[crm];
  let at = new Date(meeting.end.getTime() + rng.uniform(0.1, 2) * DAY_MS);
  out.push({ type: 'deal', at, deal, kind: 'created', stage: stages[0] });
  let previous: string = stages[0];
  for (const stage of [stages[2], stages[3]]) {
    at = new Date(at.getTime() + rng.uniform(2, 9) * DAY_MS);
    out.push({ type: 'deal', at, deal, kind: 'stage', stage, previousStage: previous });
    previous = stage;
  }
  at = new Date(at.getTime() + rng.uniform(3, 15) * DAY_MS);
  if (o.draw.won) out.push({ type: 'deal', at, deal, kind: 'won', previousStage: previous });
  else if (rng.chance(0.7)) out.push({ type: 'deal', at, deal, kind: 'lost', previousStage: previous, lostReason: rng.pick(LOST_REASONS) });
  return out;
}
