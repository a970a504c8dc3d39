// The demo month through the running CIS: set-up, leads through the lead-import function, the
// month's webhooks through the ingest function, replies through the reply-analysis function, then
// the detector refresh and the reports. Used by `npm start`.
import type { Database } from '../../shared/db/sql.ts';
import type { Report } from '../../shared/report/types.ts';
import type { WorldConfig } from './config.ts';
import { finishWorld, prepareWorld, type PreparedWorld } from './index.ts';
import type { Progress } from './progress.ts';
import { push, type PushResult } from './push.ts';
import type { Runtime } from './runtime.ts';

async function post(url: string, secret: string, body: string): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' }, body });
    const text = await res.text();
    if (res.ok) return JSON.parse(text);
    if (res.status !== 503 || attempt >= 5) throw new Error(`POST ${url.replace(/\?.*/, '')} answered ${res.status}: ${text.slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 300 * 2 ** attempt));
  }
}

/** True when this world's clients already have touches (a second `npm start` on the same data). */
export async function alreadyLoaded(db: Database, world: WorldConfig): Promise<boolean> {
  const [row] = await db.asServiceRole((sql) => sql.query<{ n: number }>(
    `select count(*)::integer as n from public.activities a join public.clients c on c.id = a.client_id where c.slug = any ($1::text[])`,
    [world.clients.map((c) => c.key)],
  ));
  return row.n > 0;
}

export interface DemoRun {
  prepared: PreparedWorld;
  pushed: PushResult;
  heldMarked: number;
  replies: { analyzed: number; unsubscribed: number };
}

async function analyze(rt: Runtime, progress: Progress): Promise<void> {
  progress.stage('planner statistics');
  await rt.admin.exec('analyze');
  progress.done('analyze (the embedded database has no autovacuum)');
}

export async function loadDemo(rt: Runtime, world: WorldConfig, seed: number, progress: Progress): Promise<DemoRun> {
  let leadTotal = 0;
  let leadsStarted = false;
  const prepared = await prepareWorld(rt.db, world, seed, {
    importPeople: async (client, payload) => {
      await post(`${rt.base}/lead-import?client=${client.id}`, rt.adminSecret, JSON.stringify(payload));
    },
    onStage: (stage, done, total) => {
      if (stage === 'setup') progress.stage('clients and campaigns');
      if (stage === 'leads') {
        if (!leadsStarted) {
          leadsStarted = true;
          progress.done(`${world.clients.length} clients, ${world.clients.reduce((s, c) => s + c.campaigns.length, 0)} campaigns, webhook sources`);
          progress.stage('Apollo leads (HTTP)', total, 'people');
          leadTotal = total ?? 0;
        }
        progress.tick(done ?? 0);
      }
      if (stage === 'variants') {
        progress.done(`${leadTotal.toLocaleString('en-US')} people imported`);
        progress.stage('the month, simulated');
      }
    },
  });
  const events = prepared.requests.reduce((s, r) => s + r.events, 0);
  progress.done(`${prepared.month.truths.length.toLocaleString('en-US')} leads contacted, ${events.toLocaleString('en-US')} events, ${prepared.requests.length.toLocaleString('en-US')} webhooks`);

  progress.stage('webhooks → intake (HTTP)', prepared.requests.length, 'requests');
  // Vendors do not wait for ingestion: each webhook is answered once stored, and the drain ingests
  // the queue in batches. Once all are sent, the intake-drain function finishes the queue and says
  // what became of the month's events.
  const since = new Date(Date.now() - 1000).toISOString();
  const settle = async () => {
    progress.done(`${prepared.requests.length.toLocaleString('en-US')} webhooks stored`);
    progress.stage('the queue → canonical events (intake-drain)');
    // Each call drains for up to two minutes; ten calls without an empty queue mean the drain is
    // failing (its errors are in the functions' log), not slow.
    for (let round = 1; ; round++) {
      const r = (await post(`${rt.base}/intake-drain`, rt.adminSecret, JSON.stringify({ since, budget_seconds: 120 }))) as
        { queued: number; settled?: { accepted: number; duplicates: number; pending: number } };
      if (r.queued === 0 && r.settled) return r.settled;
      if (round === 10) throw new Error(`the intake queue still holds ${r.queued} webhooks after 20 minutes of draining: see the functions' log, then npm run cis -- replay`);
    }
  };
  const pushed = await push(prepared.requests, {
    base: rt.base, setups: prepared.setups, concurrency: rt.embedded ? 4 : 12, settle,
    onProgress: (n, ev) => progress.tick(n, `(${ev.toLocaleString('en-US')} events)`),
  });
  progress.done(`${pushed.accepted.toLocaleString('en-US')} accepted, ${pushed.duplicates} duplicates, ${pushed.pending} waiting, ${pushed.failed.length} refused`);
  for (const f of pushed.failed.slice(0, 5)) progress.note(`  refused ${f.provider} webhook (${f.status}): ${f.message}`);
  progress.note(`  ${Object.entries(pushed.byProvider).map(([p, t]) => `${p} ${t.requests}×/${t.events} events ${(t.ms / 1000).toFixed(0)} s`).join(', ')} (request time, summed over ${rt.embedded ? 4 : 12} in flight)`);

  // The embedded database has no autovacuum: without statistics the reply analysis and the
  // refresh are planned for empty tables (the refresh alone took twice as long).
  if (rt.embedded) await analyze(rt, progress);
  const { heldMarked } = await finishWorld(rt.db, prepared);
  if (heldMarked) progress.note(`  ${heldMarked} Calendly/Cal.com meetings marked held in CIS by the account manager (no calendar proves attendance)`);

  progress.stage('reply analysis');
  let analyzed = 0;
  let unsubscribed = 0;
  for (let round = 0; round < 50; round++) {
    const r = (await post(`${rt.base}/reply-analysis`, rt.adminSecret, '{}')) as { analyzed?: number; unsubscribed?: number; more?: boolean };
    analyzed += r.analyzed ?? 0;
    unsubscribed += r.unsubscribed ?? 0;
    if (!r.more) break;
  }
  progress.done(`${analyzed} replies read, ${unsubscribed} opt-outs`);
  return { prepared, pushed, heldMarked, replies: { analyzed, unsubscribed } };
}

interface ClientRow { id: string; slug: string; name: string }

export async function refreshAndReport(rt: Runtime, progress: Progress, slugs: string[] | null): Promise<Report[]> {
  progress.stage('detector refresh');
  const [{ r }] = await rt.db.asServiceRole((sql) => sql.query<{ r: Record<string, unknown> }>('select public.refresh_detectors(null) as r'));
  progress.done(summarise(r));
  progress.stage('reports');
  const clients = await rt.db.asServiceRole((sql) => sql.query<ClientRow>(
    `select id, slug, name from public.clients where $1::text[] is null or slug = any ($1::text[]) order by name`, [slugs],
  ));
  const reports: Report[] = [];
  for (const c of clients) {
    const [{ report }] = await rt.db.asServiceRole((sql) => sql.query<{ report: Report }>('select public.cis_report($1) as report', [c.id]));
    reports.push(report);
  }
  progress.done(`${reports.length} client${reports.length === 1 ? '' : 's'}`);
  return reports;
}

function summarise(r: Record<string, unknown>): string {
  const parts = ['leads', 'findings', 'significant'].filter((k) => typeof r[k] === 'number').map((k) => `${(r[k] as number).toLocaleString('en-US')} ${k}`);
  return parts.join(', ');
}
