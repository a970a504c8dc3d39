// The local drain loop: what pg_cron does on Supabase (public.drain_webhook_receipts every 2
// seconds, public.sweep_intake every minute, migration 039), done where there is no pg_cron —
// `npm run serve`, `npm start`, the benchmarks — and done sooner: the ingest handler nudges it
// when it queues a receipt, so a webhook's events are ingested moments after it was answered.
// Under load the queue grows while a drain runs, and the next drain takes all of it in one batch.
import { DatabaseUnavailableError, type Database, type Sql } from '../../db/sql.ts';
import { withRetries } from './receipts.ts';

export interface DrainResult {
  receipts: number;
  events: number;
  clients: number;
  processed: number;
  failed: number;
  rejected: number;
  accepted: number;
  duplicates: number;
  pending: number;
  unmatched: number;
  skipped: number;
}

/** One drain: up to `limit` queued receipts (about `maxEvents` events), oldest first, in one transaction. */
export async function drainOnce(db: Database, limit = 1000, maxEvents = 10_000): Promise<DrainResult> {
  return withRetries(() =>
    db.asServiceRole(async (sql) => {
      const [row] = await sql.query<{ r: DrainResult }>('select public.drain_webhook_receipts($1, $2) as r', [limit, maxEvents]);
      return row.r;
    }),
  );
}

/** Binds whatever still waits for a touch that exists, and releases applicable deal events. */
export async function sweepOnce(db: Database): Promise<{ clients: number; touches_bound: number; deal_events_released: number }> {
  return db.asServiceRole(async (sql) => {
    const [row] = await sql.query<{ r: { clients: number; touches_bound: number; deal_events_released: number } }>(
      'select public.sweep_intake() as r',
    );
    return row.r;
  });
}

export interface DrainerOptions {
  /** Receipts per drain (default 1000). */
  limit?: number;
  /** About this many events per drain (default 10 000; fewer where one connection is shared, so webhooks are not kept waiting). */
  maxEvents?: number;
  /**
   * At most one drain starts per this many ms (default 100): under load each drain then takes what
   * arrived in the meantime as one batch, instead of many drains of a few receipts each paying the
   * same fixed cost. Bounds how much it adds to a webhook's way into the summaries.
   */
  gatherMs?: number;
  /**
   * Drain at least this often even without a nudge (receipts another process stored; default 1 s).
   * 0: only when nudged, and once at start (the embedded database, which no other process writes:
   * its one connection then carries no transaction the loop was not asked for).
   */
  pollMs?: number;
  /** Sweep this often while polling (default 60 s); without polling, once at start. */
  sweepMs?: number;
  onDrained?: (result: DrainResult) => void;
  log?: (message: string, error?: unknown) => void;
}

export interface Drainer {
  /** A receipt was queued: drain soon. */
  nudge(): void;
  /** Resolves once the queue is empty (drains until a drain finds nothing). */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export function startDrainer(db: Database, options: DrainerOptions = {}): Drainer {
  const limit = options.limit ?? 1000;
  const maxEvents = options.maxEvents ?? 10_000;
  const gatherMs = options.gatherMs ?? 100;
  const log = options.log ?? ((message, error) => console.error(message, error));
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let scheduled: ReturnType<typeof setTimeout> | null = null;
  let backoffUntil = 0;

  let lastStart = 0;
  const run = async () => {
    for (;;) {
      again = false;
      const wait = lastStart + gatherMs - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      lastStart = Date.now();
      let result: DrainResult;
      try {
        result = await drainOnce(db, limit, maxEvents);
      } catch (error) {
        // Unreachable database: try again in a second; anything else is logged, and retried then
        // too (the receipts stay queued).
        if (!(error instanceof DatabaseUnavailableError)) log('webhook drain failed', error);
        backoffUntil = Date.now() + 1000;
        again = true;
        return;
      }
      if (result.receipts > 0) options.onDrained?.(result);
      // A drain takes a bounded batch: while one finds receipts, there may be more.
      if (stopped || (result.receipts === 0 && !again)) return;
    }
  };
  const kick = () => {
    scheduled = null;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => {
      running = null;
      if (again && !stopped) schedule(0);
    });
  };
  const schedule = (ms: number) => {
    if (scheduled || stopped) return;
    scheduled = setTimeout(kick, Math.max(ms, backoffUntil - Date.now()));
  };

  const pollMs = options.pollMs ?? 1000;
  const sweepNow = () =>
    sweepOnce(db).catch((error) => {
      if (!(error instanceof DatabaseUnavailableError)) log('intake sweep failed', error);
    });
  const poll = pollMs > 0 ? setInterval(() => schedule(0), pollMs) : null;
  const sweep = pollMs > 0 ? setInterval(sweepNow, options.sweepMs ?? 60_000) : null;
  // Anything left queued by an earlier run (a crash, a stop mid-stream) is drained at once, and
  // whatever an earlier run left waiting is bound.
  void sweepNow().then(() => schedule(0));

  return {
    nudge() {
      if (running) again = true;
      else schedule(0);
    },
    async settle() {
      for (;;) {
        if (running) await running;
        const result = await drainOnce(db, limit, maxEvents);
        if (result.receipts > 0) options.onDrained?.(result);
        if (result.receipts === 0) return;
      }
    },
    async stop() {
      stopped = true;
      if (poll) clearInterval(poll);
      if (sweep) clearInterval(sweep);
      if (scheduled) clearTimeout(scheduled);
      await running;
    },
  };
}

/** What became of the webhooks received since a moment, once the drain has ingested them all. */
export interface Settled {
  receipts: number;
  events: number;
  accepted: number;
  duplicates: number;
  pending: number;
  failed: number;
  rejected: number;
}

/**
 * What became of the webhooks received since `since`: events, the redeliveries among them
 * (duplicates), and those still waiting for what they belong to (an open whose send never came, a
 * deal whose lead CIS does not know); the rest were accepted. Exact once nothing of them is queued.
 */
export async function settledSince(sql: Sql, since: Date): Promise<Settled> {
  const [row] = await sql.query<Settled>(`
    with pushed as (
      select r.client_id, r.status, r.event_count, r.events from public.webhook_receipts r where r.received_at >= $1
    ), events as (
      select p.client_id, e->>'provider' as provider, e->>'event_key' as event_key
      from pushed p cross join lateral jsonb_array_elements(coalesce(p.events, '[]'::jsonb)) e
      where p.status = 'processed'
    ), stored as (
      select distinct client_id, provider, event_key from events
    ), waiting as (
      select count(*) as n from public.pending_email_events w join stored e
        on e.client_id = w.client_id and e.provider = w.provider and e.event_key = w.event_key
      union all
      select count(*) from public.deal_events w join stored e
        on e.client_id = w.client_id and e.provider = w.provider and e.event_key = w.event_key where w.deal_id is null
      union all
      select count(*) from public.meeting_events w join stored e
        on e.client_id = w.client_id and e.provider = w.provider and e.event_key = w.event_key where w.meeting_id is null
    )
    select (select count(*)::integer from pushed) as receipts,
      (select coalesce(sum(event_count), 0)::integer from pushed) as events,
      ((select count(*) from stored) - (select sum(n) from waiting))::integer as accepted,
      ((select count(*) from events) - (select count(*) from stored))::integer as duplicates,
      (select sum(n)::integer from waiting) as pending,
      (select count(*)::integer from pushed where status = 'failed') as failed,
      (select count(*)::integer from pushed where status = 'rejected') as rejected`,
    [since.toISOString()]);
  return row;
}

/** Queued receipts (status received). */
export async function queuedReceipts(db: Database): Promise<number> {
  const [row] = await db.asServiceRole((sql) =>
    sql.query<{ n: number }>(`select count(*)::integer as n from public.webhook_receipts where status = 'received'`));
  return row.n;
}

/**
 * Drains until nothing is queued (waiting for another drain to finish what it holds), or until
 * `budgetMs` has passed. Returns the totals of the drains it ran and how many receipts are still queued.
 */
export async function drainAll(db: Database, options: { limit?: number; maxEvents?: number; budgetMs?: number } = {}): Promise<{ drained: DrainResult; queued: number }> {
  const deadline = Date.now() + (options.budgetMs ?? 50_000);
  const drained: DrainResult = { receipts: 0, events: 0, clients: 0, processed: 0, failed: 0, rejected: 0, accepted: 0, duplicates: 0, pending: 0, unmatched: 0, skipped: 0 };
  for (;;) {
    const r = await drainOnce(db, options.limit ?? 1000, options.maxEvents ?? 10_000);
    for (const key of Object.keys(drained) as (keyof DrainResult)[]) drained[key] += r[key] ?? 0;
    if (r.receipts === 0) {
      const queued = await queuedReceipts(db);
      if (queued === 0 || Date.now() > deadline) return { drained, queued };
      await new Promise((resolve) => setTimeout(resolve, 100)); // another drain holds them: let it finish
    } else if (Date.now() > deadline) {
      return { drained, queued: await queuedReceipts(db) };
    }
  }
}
