// The world generator's entry point: from a config and a seed to an agency's month, ready to be
// sent through the intake (push.ts) or straight into SQL (ingest-direct.ts).
//
//   const w = await prepareWorld(db, world, seed, { importPeople });
//   await push(w.requests, { base, setups: w.setups });      // or ingestDirect(db, w.setups, w.requests)
//   await finishWorld(db, w);                                  // hand-marked meetings
import type { Database } from '../../shared/db/sql.ts';
import { bulkMatchPayloads } from './apollo.ts';
import type { WorldConfig } from './config.ts';
import type { Truth } from './model.ts';
import { toRequests, type Request } from './push.ts';
import { seeded } from './random.ts';
import { assignVariants, linkCrm, markHeldMeetings, setupWorld, type ClientSetup } from './setup.ts';
import { encodeMonth, type Encoded } from './vendors/index.ts';
import { populate, simulate, type LeadTruth, type Month, type Population } from './world.ts';

export { loadWorld, parseWorld, type WorldConfig } from './config.ts';
export { push, toRequests, type PushResult, type Request } from './push.ts';
export { ingestDirect } from './ingest-direct.ts';
export type { ClientSetup } from './setup.ts';

export interface PreparedWorld {
  population: Population;
  setups: ClientSetup[];
  month: Month;
  encoded: Encoded;
  requests: Request[];
}

export interface PrepareOptions {
  /** Imports one Apollo bulk_match payload for a client (HTTP lead-import, or importLeads in-process). */
  importPeople: (client: ClientSetup, payload: Record<string, unknown>) => Promise<void>;
  today?: Date;
  /** People per Apollo payload (the lead-import function takes up to 10 MB per request). */
  peoplePerPayload?: number;
  cisBatch?: number;
  /** Import only the people a campaign contacts (the rest never reach a report): quicker worlds for tests. */
  contactedOnly?: boolean;
  onStage?: (stage: string, done?: number, total?: number) => void;
}

export async function prepareWorld(db: Database, world: WorldConfig, seed: number, o: PrepareOptions): Promise<PreparedWorld> {
  const stage = o.onStage ?? (() => {});
  const population = populate(world, seed, o.today);
  stage('setup');
  const setups = await setupWorld(db, seeded(seed).fork('setup'), world, population.start);
  const byKey = new Map(setups.map((s) => [s.key, s]));

  const perPayload = o.peoplePerPayload ?? 1000;
  const imports = o.contactedOnly ? population.leads.filter((l) => l.campaign !== null) : population.leads;
  const total = imports.length;
  let imported = 0;
  stage('leads', 0, total);
  for (const c of world.clients) {
    const people = imports.filter((l) => l.client.key === c.key).map((l) => l.person);
    for (const payload of bulkMatchPayloads(people, perPayload)) {
      await o.importPeople(byKey.get(c.key)!, payload);
      imported += (payload.matches as unknown[]).length;
      stage('leads', imported, total);
    }
  }

  stage('variants');
  const members = new Map<string, string[]>();
  for (const l of population.leads) if (l.campaign) members.set(l.campaign.key, [...(members.get(l.campaign.key) ?? []), l.person.email]);
  const variants = await assignVariants(db, seeded(seed).fork('variants'), setups, members);

  stage('simulate');
  const month = simulate(
    population,
    (lead) => (lead.campaign ? (variants.get(`${lead.campaign.key}|${lead.person.email}`) ?? null) : null),
    (client) => (client.meetings === 'calcom' ? `https://cal.com/${client.key}/intro` : `https://calendly.com/${client.key}/intro`),
  );
  const smartleadSecrets = Object.fromEntries(setups.map((s) => [s.key, s.sources.smartlead?.secret ?? null]));
  const encoded = encodeMonth(world, month.happenings, { smartleadSecrets });
  await linkCrm(db, setups, encoded.deals);
  const requests = toRequests(encoded.outs, o.cisBatch);
  return { population, setups, month, encoded, requests };
}

/** After the webhooks: what people record by hand in CIS (meetings held). */
export async function finishWorld(db: Database, w: PreparedWorld): Promise<{ heldMarked: number }> {
  return { heldMarked: await markHeldMeetings(db, w.setups, w.encoded.heldByHand) };
}

/** Mean true probability of an outcome per segment: the value a report's CI for that segment should cover. */
export function segmentTruth(truths: LeadTruth[], segment: (t: LeadTruth) => string | null, outcome: keyof Truth, clientKey?: string): Map<string, { n: number; rate: number }> {
  const acc = new Map<string, { n: number; sum: number }>();
  for (const t of truths) {
    if (clientKey && t.lead.client.key !== clientKey) continue;
    const s = segment(t);
    if (s === null) continue;
    const a = acc.get(s) ?? { n: 0, sum: 0 };
    a.n++;
    a.sum += t.truth[outcome];
    acc.set(s, a);
  }
  return new Map([...acc].map(([k, v]) => [k, { n: v.n, rate: v.sum / v.n }]));
}
