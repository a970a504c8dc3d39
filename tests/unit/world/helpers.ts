// A generated month without a database: variants assigned by a stable hash (as CIS would, sticky
// per lead), encoded for every vendor.
import { loadWorld, type WorldConfig } from '../../../scripts/world/config.ts';
import { idFrom } from '../../../scripts/world/vendors/common.ts';
import { encodeMonth } from '../../../scripts/world/vendors/index.ts';
import { populate, simulate, type Lead } from '../../../scripts/world/world.ts';

export const TODAY = new Date('2026-11-28T00:00:00Z');

export function world(name: 'default' | 'null', leads: number): WorldConfig {
  const w = loadWorld(new URL(`../../../worlds/${name}.json`, import.meta.url).pathname);
  w.leads = leads;
  return w;
}

export function hashVariant(lead: Lead): string | null {
  const step = lead.campaign?.steps.find((s) => s.variants);
  if (!step?.variants) return null;
  const labels = Object.keys(step.variants).sort();
  return labels[parseInt(idFrom(`${lead.campaign!.key}|${lead.person.email}`, 8), 16) % labels.length];
}

export function month(w: WorldConfig, seed: number) {
  const pop = populate(w, seed, TODAY);
  return simulate(pop, hashVariant, (c) => `https://calendly.com/${c.key}/intro`);
}

export function encoded(w: WorldConfig, seed: number) {
  const m = month(w, seed);
  const secrets = Object.fromEntries(w.clients.map((c) => [c.key, `secret-${c.key}`]));
  return { month: m, ...encodeMonth(w, m.happenings, { smartleadSecrets: secrets }) };
}
