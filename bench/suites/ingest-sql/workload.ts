// The ingest-sql workload, generated from a seed. Setup: `activities` sends (two per lead, steps 1
// and 2) that create the leads and touches. Timed: `events` canonical events — 10% sends (step 3
// to a fifth of the leads), 60% opens, 20% clicks, 5% bounces, 5% unsubscribes — of which 2% are
// redeliveries of another event (idempotency), in arrival order: chronological, with 5% out of
// place (so some opens come before their send and must wait). Opens include proxy pre-fetches
// (seconds after the send), Apple proxy IPs and scanner user agents; some clicks are scanner
// bursts over several links. Every event is checked against the canonical schema.
import { engagementEventSchema, type EngagementEvent } from '../../../shared/ingest/canonical.ts';
import { BENCH_CLIENT_ID } from '../../lib/databases.ts';
import { seeded } from './random.ts';

export interface WorkloadOptions {
  /** Timed events (200 000). */
  events: number;
  /** Touches created before the timed part (100 000), two per lead. */
  activities: number;
  /** Extra opens for the one-event-per-call sample (2 000), not part of `events`. */
  singles?: number;
  seed?: number;
}

/** One timed event as a plain row: what the spec's design and the bare COPY load. */
export interface EventRow {
  activity_id: string;
  lead_id: string;
  client_id: string;
  event_type: string;
  event_at: string;
  clicked_url: string | null;
  provider: string;
  event_key: string;
  user_agent: string | null;
  ip_address: string | null;
}

export interface ScratchActivity {
  id: string;
  lead_id: string;
  sent_at: string;
}

export interface Workload {
  sends: EngagementEvent[];
  events: EngagementEvent[];
  singles: EngagementEvent[];
  rows: EventRow[];
  /** Every touch (setup and timed sends) with stable ids, for the scratch designs. */
  activities: ScratchActivity[];
  leads: number;
  mix: Record<string, number>;
  duplicates: number;
  expected: { activities: number; emailEvents: number; opens: number; clicks: number };
}

const MINUTE = 60_000_000; // microseconds
const DAY = 1440 * MINUTE;
const T0 = Date.parse('2026-01-05T08:00:00Z') * 1000;
const ZONES = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'Europe/Berlin', 'Australia/Sydney'];
const FIRST = ['Marta', 'Ren', 'Paula', 'Jonas', 'Aisha', 'Tom', 'Ines', 'Kwame', 'Lena', 'Omar'];
const LAST = ['Keller', 'Ishikawa', 'Andrade', 'Berg', 'Okafor', 'Novak', 'Silva', 'Mensah', 'Weber', 'Haddad'];
const LINKS = ['https://cal.com/northwind/intro', 'https://northwind.example/case-studies/freight', 'https://northwind.example/pricing'];
const HUMAN_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
const SCANNER_UA = 'Mozilla/5.0 (compatible; Mimecast URL Protect)';

/** Microseconds since the epoch → the canonical `YYYY-MM-DDTHH:MM:SS.ffffffZ`. */
function iso(us: number): string {
  const ms = Math.floor(us / 1000);
  return `${new Date(ms).toISOString().slice(0, 23)}${String(Math.floor(us) % 1000).padStart(3, '0')}Z`;
}

const uuid = (kind: number, n: number) => `00000000-be0c-4${String(kind).padStart(3, '0')}-8000-${n.toString(16).padStart(12, '0')}`;

interface Touch {
  index: number;
  lead: number;
  step: number;
  sentAt: number;
}

export function generateWorkload(options: WorkloadOptions): Workload {
  const random = seeded(options.seed ?? 20260105);
  const leadCount = Math.max(1, Math.floor(options.activities / 2));
  const leads = Array.from({ length: leadCount }, (_, i) => ({
    email: `lead${i}@bench-${i % 97}.example`,
    first_name: FIRST[i % FIRST.length],
    last_name: LAST[(i * 7) % LAST.length],
    company_name: `Company ${i % 5000}`,
    timezone: i % 10 < 7 ? ZONES[i % ZONES.length] : null,
  }));
  const lead = (i: number) => leads[i];
  const messageId = (t: Touch) => `bench-${t.lead}-${t.step}`;
  const message = (t: Touch, withBody: boolean) => ({
    provider_message_id: messageId(t),
    provider_campaign_id: `camp-${t.lead % 5}`,
    campaign_name: `Bench campaign ${t.lead % 5}`,
    sequence_step: t.step,
    subject: `Freight forecasting at ${lead(t.lead).company_name}`,
    sent_at: iso(t.sentAt),
    ...(withBody ? { body_text: body(t) } : {}),
  });
  const body = (t: Touch) => {
    const l = lead(t.lead);
    return `Hi ${l.first_name},\n\nNoticed ${l.company_name} is hiring two FP&A analysts. Teams like yours usually ` +
      `spend a week each month reconciling freight invoices by hand; we cut that to an afternoon for ` +
      `Kestrel and Cobalt. Here is how: ${LINKS[1]}\n\nWorth a 15 minute call next week? ${LINKS[0]}\n\nTom` +
      (t.step > 1 ? `\n\n(follow-up ${t.step})` : '');
  };
  const base = (kind: EngagementEvent['kind'], raw: string, t: Touch, at: number, key: string, withBody = false): EngagementEvent => ({
    type: 'engagement', provider: 'smartlead', event_key: key, occurred_at: iso(at), occurred_at_raw: iso(at),
    raw_event_type: raw, kind, channel: 'email', lead: lead(t.lead), message: message(t, withBody),
  });

  // Setup touches: steps 1 and 2 for every lead, spread over two weeks.
  const touches: Touch[] = [];
  for (let i = 0; i < leadCount; i++) {
    const first = T0 + Math.floor((i / leadCount) * 14 * DAY) + random.int(60 * MINUTE);
    touches.push({ index: i, lead: i, step: 1, sentAt: first });
    touches.push({ index: leadCount + i, lead: i, step: 2, sentAt: first + 3 * DAY + random.int(120 * MINUTE) });
  }
  const sends = touches.map((t) => base('sent', 'EMAIL_SENT', t, t.sentAt, `EMAIL_SENT|${messageId(t)}`, true));

  // Timed: counts per kind; 2% of all slots are redeliveries.
  const n = options.events;
  const mix = { sent: Math.round(n * 0.1), opened: Math.round(n * 0.6), clicked: Math.round(n * 0.2), bounced: Math.round(n * 0.05) };
  const counts = { ...mix, unsubscribed: n - mix.sent - mix.opened - mix.clicked - mix.bounced };
  const duplicates = Math.round(n * 0.02);
  const unique = (count: number) => count - Math.round((count * duplicates) / n);

  const step3: Touch[] = [];
  const step3Count = Math.min(unique(counts.sent), leadCount);
  for (let j = 0; j < step3Count; j++) {
    const l = Math.floor((j * leadCount) / step3Count); // one step 3 per lead at most
    step3.push({ index: 2 * leadCount + j, lead: l, step: 3, sentAt: touches[leadCount + l].sentAt + 4 * DAY + random.int(60 * MINUTE) });
  }
  const allTouches = [...touches, ...step3];
  const pick = () => allTouches[random.int(allTouches.length)];
  const timed: Array<{ event: EngagementEvent; at: number; touch: Touch }> = [];
  const keys = new Set<string>();
  const add = (kind: EngagementEvent['kind'], raw: string, t: Touch, at: number, extra: Partial<EngagementEvent> = {}) => {
    let us = Math.floor(at);
    let key = `${raw}|${messageId(t)}|${iso(us)}`; // Smartlead's key: type, stats_id, time
    while (keys.has(key)) key = `${raw}|${messageId(t)}|${iso(++us)}`;
    keys.add(key);
    timed.push({ event: { ...base(kind, raw, t, us, key), ...extra } as EngagementEvent, at: us, touch: t });
  };

  for (const t of step3) timed.push({ event: base('sent', 'EMAIL_SENT', t, t.sentAt, `EMAIL_SENT|${messageId(t)}`, true), at: t.sentAt, touch: t });
  for (let k = 0; k < unique(counts.opened); k++) {
    const t = pick();
    const prefetch = random.chance(0.08);
    const at = t.sentAt + (prefetch ? (2 + random.int(48)) * 1_000_000 : 60_000_000 + random.exponential(8 * 60 * MINUTE));
    const ua = random.chance(0.02) ? SCANNER_UA : HUMAN_UA;
    const ip = random.chance(0.03) ? `17.58.${random.int(255)}.${random.int(255)}` : `81.2.${random.int(255)}.${random.int(255)}`;
    add('opened', 'EMAIL_OPEN', t, at, { engagement: { url: null, user_agent: ua, ip } });
  }
  for (let k = 0; k < unique(counts.clicked); ) {
    const t = pick();
    const at = t.sentAt + 60_000_000 + random.exponential(10 * 60 * MINUTE);
    if (random.chance(0.04) && k + 1 < unique(counts.clicked)) {
      // A scanner following every link within half a second.
      add('clicked', 'EMAIL_LINK_CLICK', t, at, { engagement: { url: LINKS[0], user_agent: SCANNER_UA, ip: null } });
      add('clicked', 'EMAIL_LINK_CLICK', t, at + random.int(500_000), { engagement: { url: LINKS[2], user_agent: SCANNER_UA, ip: null } });
      k += 2;
    } else {
      add('clicked', 'EMAIL_LINK_CLICK', t, at, { engagement: { url: LINKS[random.int(LINKS.length)], user_agent: HUMAN_UA, ip: null } });
      k += 1;
    }
  }
  for (let k = 0; k < unique(counts.bounced); k++) {
    const t = pick();
    add('bounced', 'EMAIL_BOUNCE', t, t.sentAt + (30 + random.int(270)) * 1_000_000, { bounce: { bounce_type: 'hard', reason: '550 5.1.1 no such user' } });
  }
  for (let k = 0; k < unique(counts.unsubscribed); k++) {
    const t = pick();
    add('unsubscribed', 'EMAIL_UNSUBSCRIBE', t, t.sentAt + random.exponential(DAY));
  }

  // Arrival order: chronological, except that 5% arrive out of place (a late send, a late open),
  // and redeliveries come some time after their original. Positions are sort keys, not splices.
  const stream = timed.length;
  for (let k = 0; k < (options.singles ?? 2000); k++) {
    const t = touches[random.int(touches.length)];
    add('opened', 'EMAIL_OPEN', t, t.sentAt + 60_000_000 + random.exponential(24 * 60 * MINUTE), { engagement: { url: null, user_agent: HUMAN_UA, ip: null } });
  }
  const singles = timed.splice(stream).map((x) => engagementEventSchema.parse(x.event) as EngagementEvent);

  timed.sort((a, b) => a.at - b.at);
  const placed = timed.map((x, i) => ({ x, key: random.chance(0.05) ? random.next() * timed.length : i }));
  placed.sort((a, b) => a.key - b.key);
  const ordered = placed.map((p) => p.x);
  const arrivals = ordered.map((x, i) => ({ x, key: i }));
  for (let d = arrivals.length; d < n; d++) {
    const original = random.int(ordered.length);
    arrivals.push({ x: ordered[original], key: original + 0.5 + random.int(Math.max(1, n / 4)) });
  }
  arrivals.sort((a, b) => a.key - b.key);
  const withDuplicates = arrivals.map((a) => a.x);

  const leadId = (i: number) => uuid(1, i);
  const activityId = (t: Touch) => uuid(2, t.index);
  const events = withDuplicates.map((x) => engagementEventSchema.parse(x.event) as EngagementEvent);
  const rows: EventRow[] = withDuplicates.map(({ event, touch }) => ({
    activity_id: activityId(touch), lead_id: leadId(touch.lead), client_id: BENCH_CLIENT_ID,
    event_type: event.kind, event_at: event.occurred_at, clicked_url: event.engagement?.url ?? null,
    provider: event.provider, event_key: event.event_key,
    user_agent: event.engagement?.user_agent ?? null, ip_address: event.engagement?.ip ?? null,
  }));
  for (const s of sends) engagementEventSchema.parse(s);

  const uniqueOf = (kind: string) => ordered.filter((x) => x.event.kind === kind).length;
  return {
    sends,
    events,
    singles,
    rows,
    activities: allTouches.map((t) => ({ id: activityId(t), lead_id: leadId(t.lead), sent_at: iso(t.sentAt) })),
    leads: leadCount,
    mix: counts,
    duplicates,
    expected: {
      activities: allTouches.length,
      emailEvents: ordered.length - step3.length,
      opens: uniqueOf('opened'),
      clicks: uniqueOf('clicked'),
    },
  };
}
