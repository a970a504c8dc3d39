// A world in two steps. `populate` makes the people and companies (imported as Apollo data) and
// puts each lead in one campaign. Then, once every lead's A/B variant is recorded in CIS (engines
// ask CIS which copy to send; setup.ts assignVariants), `simulate` plays the month and returns every happening, in time
// order, with each lead's true probabilities.
import { makeCompanies, type Company } from './companies.ts';
import { startDate, type CampaignConfig, type ClientConfig, type WorldConfig } from './config.ts';
import type { Happening } from './happenings.ts';
import { modelLead, type Truth } from './model.ts';
import { makePeople, type Person } from './people.ts';
import { seeded } from './random.ts';
import { tellStory } from './story.ts';
import { openHourWeights } from './timing.ts';

export interface Lead {
  person: Person;
  client: ClientConfig;
  /** null: imported but not contacted this month. */
  campaign: CampaignConfig | null;
}

export interface Population {
  world: WorldConfig;
  seed: number;
  start: Date;
  companies: Company[];
  leads: Lead[];
}

export function populate(world: WorldConfig, seed: number, today = new Date()): Population {
  const rng = seeded(seed);
  const start = startDate(world, today);
  const shareTotal = world.clients.reduce((s, c) => s + c.share, 0);
  const usedEmails = new Set<string>();
  const usedPhones = new Set<string>();
  const companies: Company[] = [];
  const leads: Lead[] = [];
  let index = 0;
  world.clients.forEach((client, k) => {
    const crng = rng.fork(`client:${client.key}`);
    const count = k === world.clients.length - 1
      ? world.leads - index
      : Math.round((world.leads * client.share) / shareTotal);
    const own = makeCompanies(crng, Math.max(5, Math.round(count / 5)), client.markets, start);
    companies.push(...own);
    const people = makePeople(crng, {
      count, clientKey: client.key, markets: client.markets, competitors: client.competitors,
      companies: own, today: start, usedEmails, usedPhones, firstIndex: index,
    });
    index += count;
    for (const person of people) {
      let x = crng.next();
      let campaign: CampaignConfig | null = null;
      for (const c of client.campaigns) {
        if (x < c.share) {
          campaign = c;
          break;
        }
        x -= c.share;
      }
      leads.push({ person, client, campaign });
    }
  });
  return { world, seed, start, companies, leads };
}

export interface LeadTruth {
  lead: Lead;
  variant: string | null;
  truth: Truth;
}

export interface Month {
  population: Population;
  happenings: Happening[];
  truths: LeadTruth[];
}

/**
 * Plays the month. `variantOf(lead)` is the variant CIS holds for the lead in its campaign's
 * experiment (null when the campaign has none).
 */
export function simulate(pop: Population, variantOf: (lead: Lead) => string | null, calendarUrl: (client: ClientConfig) => string): Month {
  const world = pop.world;
  const weights = openHourWeights(world);
  const happenings: Happening[] = [];
  const truths: LeadTruth[] = [];
  for (const lead of pop.leads) {
    if (!lead.campaign) continue;
    const rng = seeded(pop.seed).fork(`lead:${lead.person.index}`);
    const variant = variantOf(lead);
    const model = modelLead(rng, world, lead.campaign, lead.person, variant);
    const story = tellStory(rng, {
      world, client: lead.client, campaign: lead.campaign, person: lead.person, variant, model,
      start: pop.start, openWeights: weights, calendarUrl: calendarUrl(lead.client),
    });
    happenings.push(...story.happenings);
    truths.push({ lead, variant, truth: model.truth });
  }
  happenings.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { population: pop, happenings, truths };
}
