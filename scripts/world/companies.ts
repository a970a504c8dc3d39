// Companies the leads work at, with the firmographics Apollo returns: industry, head count,
// revenue, funding, technologies, HQ. The WHO detector bands and segments these.
import type { Random } from './random.ts';
import { marketOf, type Place } from './places.ts';

export interface Company {
  apolloId: string;
  name: string;
  domain: string;
  industry: string;
  keywords: string[];
  employees: number;
  revenue: number;
  foundedYear: number;
  funded: boolean;
  fundingStage: string | null;
  totalFunding: number | null;
  latestFundingDate: string | null;
  technologies: string[];
  hq: Place;
  market: string;
  linkedinUid: string;
}

const PREFIXES = [
  'Fern', 'North', 'Blue', 'Iron', 'Silver', 'Cedar', 'Harbor', 'Summit', 'Bright', 'Oak', 'Stone', 'River', 'Peak',
  'Clear', 'Swift', 'Nova', 'Atlas', 'Orbit', 'Quartz', 'Maple', 'Falcon', 'Vertex', 'Lumen', 'Pioneer', 'Beacon',
  'Granite', 'Willow', 'Copper', 'Aurora', 'Meridian', 'Tidal', 'Evergreen', 'Crescent', 'Horizon', 'Kestrel',
];
const SUFFIXES = ['hill', 'wind', 'bridge', 'field', 'gate', 'works', 'line', 'point', 'stack', 'path', 'wave', 'forge', 'dale', 'mark', 'scale'];
const FORMS = ['', ' Labs', ' Group', ' Systems', ' Logistics', ' Health', ' Analytics', ' Software', ' Partners', ' Technologies', ' Capital'];

const INDUSTRIES: Record<string, { weight: number; keywords: string[] }> = {
  'information technology & services': { weight: 18, keywords: ['managed services', 'cloud', 'it consulting'] },
  'computer software': { weight: 20, keywords: ['saas', 'b2b software', 'api'] },
  'financial services': { weight: 10, keywords: ['payments', 'fintech', 'lending'] },
  'logistics & supply chain': { weight: 8, keywords: ['freight', 'warehousing', '3pl'] },
  'hospital & health care': { weight: 8, keywords: ['healthtech', 'clinics', 'patient experience'] },
  retail: { weight: 7, keywords: ['e-commerce', 'omnichannel', 'consumer goods'] },
  'marketing & advertising': { weight: 8, keywords: ['performance marketing', 'agency', 'brand'] },
  manufacturing: { weight: 8, keywords: ['industrial', 'automation', 'supply chain'] },
  insurance: { weight: 5, keywords: ['insurtech', 'underwriting', 'claims'] },
  'real estate': { weight: 4, keywords: ['proptech', 'commercial real estate', 'property management'] },
  'e-learning': { weight: 4, keywords: ['edtech', 'corporate training', 'lms'] },
};

const TECHNOLOGIES = [
  'Salesforce', 'HubSpot', 'Snowflake', 'Amazon AWS', 'Google Cloud', 'Microsoft Azure', 'Slack', 'Zendesk', 'Stripe',
  'Shopify', 'Segment', 'Marketo', 'Workday', 'NetSuite', 'Tableau', 'Looker', 'dbt', 'Intercom', 'Okta', 'Datadog',
];

// Head-count bands (Apollo's ranges) and how common each is among companies prospected.
const SIZE_BANDS: [number, number, number][] = [
  [2, 10, 8], [11, 50, 20], [51, 200, 28], [201, 500, 18], [501, 1000, 10], [1001, 5000, 10], [5001, 40000, 6],
];
const STAGES: [string, number, number][] = [
  ['Seed', 1e6, 4e6], ['Series A', 5e6, 15e6], ['Series B', 15e6, 50e6], ['Series C', 40e6, 120e6], ['Series D', 80e6, 300e6],
];

function printed(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1).replace(/\.0$/, '')}B`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1).replace(/\.0$/, '')}M`;
  return `${Math.round(n / 1e3)}K`;
}
export { printed as moneyPrinted };

function pickPlace(rng: Random, places: Place[]): Place {
  const weights: Record<string, number> = {};
  places.forEach((p, i) => (weights[String(i)] = p.weight));
  return places[Number(rng.weighted(weights))];
}
export { pickPlace };

export function makeCompanies(rng: Random, count: number, markets: string[], today: Date): Company[] {
  const used = new Set<string>();
  const companies: Company[] = [];
  for (let i = 0; i < count; i++) {
    let name = '';
    for (let tries = 0; tries < 20 && (!name || used.has(name)); tries++) {
      name = rng.pick(PREFIXES) + rng.pick(SUFFIXES) + rng.pick(FORMS);
    }
    if (used.has(name)) name = `${name} ${i}`;
    used.add(name);
    const industry = rng.weighted(Object.fromEntries(Object.entries(INDUSTRIES).map(([k, v]) => [k, v.weight])));
    const [lo, hi] = SIZE_BANDS[Number(rng.weighted(Object.fromEntries(SIZE_BANDS.map((b, k) => [String(k), b[2]]))))];
    const employees = Math.round(Math.exp(rng.uniform(Math.log(lo), Math.log(hi + 1))));
    const revenue = Math.round(employees * rng.uniform(60_000, 260_000) / 1000) * 1000;
    const funded = rng.chance(employees > 1000 ? 0.3 : 0.5);
    const stage = funded ? STAGES[Math.min(STAGES.length - 1, Math.floor(Math.log10(employees + 1)) - 1 + rng.int(0, 1))] ?? STAGES[0] : null;
    const totalFunding = stage ? Math.round(rng.uniform(stage[1], stage[2]) / 1e5) * 1e5 : null;
    const fundingDate = stage
      ? new Date(today.getTime() - rng.int(60, 900) * 86_400_000).toISOString().slice(0, 10)
      : null;
    const market = rng.pick(markets);
    const domain = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.example`;
    companies.push({
      apolloId: rng.hex(24),
      name,
      domain,
      industry,
      keywords: INDUSTRIES[industry].keywords,
      employees,
      revenue,
      foundedYear: today.getUTCFullYear() - rng.int(2, 40),
      funded,
      fundingStage: stage ? stage[0] : null,
      totalFunding,
      latestFundingDate: fundingDate,
      technologies: rng.shuffle([...TECHNOLOGIES]).slice(0, rng.int(2, 7)),
      hq: pickPlace(rng, marketOf(market).places),
      market,
      linkedinUid: String(rng.int(1_000_000, 99_999_999)),
    });
  }
  return companies;
}
