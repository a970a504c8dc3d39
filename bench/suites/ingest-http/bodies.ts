// What the load generator posts. Single webhooks: Smartlead EMAIL_OPEN bodies (the fixture's
// shape, with the source's secret_key) for sends the database already has, each a new open (its
// own time, so its own idempotency key). Batches: our own `cis` format, `{events: […]}`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../scripts/lib/migrate.ts';
import type { EngagementEvent } from '../../../shared/ingest/canonical.ts';

const template = JSON.parse(readFileSync(join(repoRoot, 'tests', 'fixtures', 'vendors', 'smartlead', 'EMAIL_OPEN.json'), 'utf8')) as Record<string, unknown>;
const OPENS_FROM = Date.parse('2026-03-02T08:00:00Z');

/** Smartlead timestamps as the fixture writes them: microseconds and an offset. */
const smartleadTime = (ms: number, micros: number) =>
  `${new Date(ms).toISOString().slice(0, 23)}${String(micros).padStart(3, '0')}+00:00`;

/** A new Smartlead EMAIL_OPEN body per call, round-robin over the given sends. */
export function smartleadOpens(sends: EngagementEvent[], secret: string, offset = 0): () => string {
  let n = offset;
  return () => {
    const send = sends[n % sends.length];
    const at = smartleadTime(OPENS_FROM + Math.floor(n / 1000), n % 1000);
    n += 1;
    return JSON.stringify({
      ...template,
      secret_key: secret,
      stats_id: send.message.provider_message_id,
      sl_lead_email: send.lead.email,
      to_email: send.lead.email,
      to_name: `${send.lead.first_name} ${send.lead.last_name}`,
      time_opened: at,
      event_timestamp: at,
    });
  };
}

/** One `cis` body of `count` email sends (new touches), and one of `count` opens of them. */
export function cisBatches(count: number, prefix: string): { sends: string; opens: string } {
  const at = (i: number) => Math.floor(Date.parse('2026-03-09T08:00:00Z') / 1000) + i;
  const lead = (i: number) => ({ email: `batch${i}@${prefix}.example`, first_name: 'Batch', last_name: `Lead ${i}` });
  const sends = Array.from({ length: count }, (_, i) => ({
    event: 'email_sent', event_id: `${prefix}-sent-${i}`, occurred_at: at(i), lead: lead(i),
    touch: { id: `${prefix}-touch-${i}`, campaign_id: `${prefix}-campaign`, subject: 'Quick question',
      body_text: `Hi Batch, worth a call next week? https://cal.com/northwind/intro` },
  }));
  const opens = Array.from({ length: count }, (_, i) => ({
    event: 'email_opened', event_id: `${prefix}-open-${i}`, occurred_at: at(i) + 7200, lead: lead(i),
    touch: { id: `${prefix}-touch-${i}` }, user_agent: 'Mozilla/5.0 (Macintosh)',
  }));
  return { sends: JSON.stringify({ events: sends }), opens: JSON.stringify({ events: opens }) };
}
