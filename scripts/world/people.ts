// The people an agency prospects, as Apollo describes them: seniority, department, title, where
// they live (with time zone), email status, phone, LinkedIn, and where they worked before —
// including, for some, a client's competitor.
import type { Company } from './companies.ts';
import { pickPlace } from './companies.ts';
import { emailLocal, FIRST_NAMES, LAST_NAMES } from './names.ts';
import { marketOf, type Place } from './places.ts';
import type { Random } from './random.ts';

export const SENIORITY_WEIGHTS: Record<string, number> = {
  c_suite: 10, founder: 4, owner: 2, vp: 11, head: 7, director: 18, manager: 25, senior: 15, entry: 8,
};

const DEPARTMENTS: Record<string, { weight: number; area: string; fn: string }> = {
  master_finance: { weight: 18, area: 'Finance', fn: 'finance' },
  master_sales: { weight: 20, area: 'Sales', fn: 'sales' },
  master_marketing: { weight: 16, area: 'Marketing', fn: 'marketing' },
  master_operations: { weight: 16, area: 'Operations', fn: 'operations' },
  master_information_technology: { weight: 12, area: 'IT', fn: 'information_technology' },
  master_engineering_technical: { weight: 10, area: 'Engineering', fn: 'engineering' },
  master_human_resources: { weight: 8, area: 'People', fn: 'human_resources' },
};

const C_TITLES: Record<string, string> = {
  master_finance: 'Chief Financial Officer', master_sales: 'Chief Revenue Officer', master_marketing: 'Chief Marketing Officer',
  master_operations: 'Chief Operating Officer', master_information_technology: 'Chief Information Officer',
  master_engineering_technical: 'Chief Technology Officer', master_human_resources: 'Chief People Officer',
};

function titleFor(rng: Random, seniority: string, dept: string): string {
  const area = DEPARTMENTS[dept].area;
  switch (seniority) {
    case 'c_suite': return rng.chance(0.15) ? 'Chief Executive Officer' : C_TITLES[dept];
    case 'founder': return rng.pick(['Founder & CEO', 'Co-Founder', 'Founder']);
    case 'owner': return rng.pick(['Owner', 'Managing Director', 'Owner & Principal']);
    case 'vp': return `VP of ${area}`;
    case 'head': return `Head of ${area}`;
    case 'director': return rng.pick([`Director of ${area}`, `${area} Director`, `Senior Director, ${area}`]);
    case 'manager': return rng.pick([`${area} Manager`, `Senior ${area} Manager`, `${area} Operations Manager`]);
    case 'senior': return rng.pick([`Senior ${area} Analyst`, `Senior ${area} Specialist`, `Lead ${area} Associate`]);
    default: return rng.pick([`${area} Analyst`, `${area} Associate`, `${area} Coordinator`]);
  }
}

export interface Job {
  organization_name: string;
  organization_id: string | null;
  title: string;
  start_date: string;
  end_date: string | null;
  current: boolean;
}

export interface Person {
  index: number;
  apolloId: string;
  firstName: string;
  lastName: string;
  email: string;
  emailStatus: 'verified' | 'unverified' | 'guessed';
  title: string;
  seniority: string;
  departments: string[];
  subdepartments: string[];
  functions: string[];
  linkedinUrl: string;
  /** E.164 mobile number, when Apollo has one. */
  phone: string | null;
  place: Place;
  /** What Apollo sends in time_zone: mostly the zone, sometimes nothing (CIS resolves it from the city). */
  apolloTimezone: string | null;
  company: Company;
  history: Job[];
  /** The competitor this person used to work at, if any. */
  competitorAlumnus: string | null;
  clientKey: string;
}

function isoMonth(d: Date): string {
  return `${d.toISOString().slice(0, 7)}-01`;
}

export interface PeopleOptions {
  count: number;
  clientKey: string;
  markets: string[];
  competitors: string[];
  companies: Company[];
  today: Date;
  usedEmails: Set<string>;
  usedPhones: Set<string>;
  firstIndex: number;
}

export function makePeople(rng: Random, o: PeopleOptions): Person[] {
  const people: Person[] = [];
  for (let i = 0; i < o.count; i++) {
    const company = rng.pick(o.companies);
    // Most people live where their company is; some work remotely elsewhere in its market.
    const market = marketOf(company.market);
    const place = rng.chance(0.7) ? company.hq : pickPlace(rng, market.places);
    const firstName = rng.pick(FIRST_NAMES[market.first]);
    const lastName = rng.pick(LAST_NAMES[market.last]);
    let local = emailLocal(firstName, lastName);
    for (let n = 2; o.usedEmails.has(`${local}@${company.domain}`); n++) local = `${emailLocal(firstName, lastName)}${n}`;
    const email = `${local}@${company.domain}`;
    o.usedEmails.add(email);
    const seniority = rng.weighted(SENIORITY_WEIGHTS);
    const dept = rng.weighted(Object.fromEntries(Object.entries(DEPARTMENTS).map(([k, v]) => [k, v.weight])));
    const csuite = ['c_suite', 'founder', 'owner'].includes(seniority);
    const title = titleFor(rng, seniority, dept);
    const started = new Date(o.today.getTime() - rng.int(120, 3000) * 86_400_000);
    const history: Job[] = [{ organization_name: company.name, organization_id: company.apolloId, title, start_date: isoMonth(started), end_date: null, current: true }];
    let competitorAlumnus: string | null = null;
    let end = new Date(started.getTime() - rng.int(0, 60) * 86_400_000);
    const previous = rng.int(0, 3);
    for (let k = 0; k < previous; k++) {
      const alumnus = k === 0 && o.competitors.length > 0 && rng.chance(0.12);
      const orgName = alumnus ? rng.pick(o.competitors) : rng.pick(o.companies).name;
      if (alumnus) competitorAlumnus = orgName;
      const start = new Date(end.getTime() - rng.int(300, 1800) * 86_400_000);
      history.push({
        organization_name: orgName,
        organization_id: null,
        title: titleFor(rng, rng.pick(['manager', 'senior', 'director', 'entry']), dept),
        start_date: isoMonth(start),
        end_date: isoMonth(end),
        current: false,
      });
      end = new Date(start.getTime() - rng.int(0, 90) * 86_400_000);
    }
    let phone: string | null = null;
    if (rng.chance(0.7)) {
      // Numbers are unique: an inbound SMS finds its lead by phone.
      do phone = `${place.phone}${rng.int(1_000_000, 9_999_999)}`.slice(0, 15);
      while (o.usedPhones.has(phone));
      o.usedPhones.add(phone);
    }
    people.push({
      index: o.firstIndex + i,
      apolloId: rng.hex(24),
      firstName,
      lastName,
      email,
      emailStatus: rng.weighted({ verified: 78, unverified: 14, guessed: 8 }),
      title,
      seniority,
      departments: csuite ? ['c_suite', dept] : [dept],
      subdepartments: csuite ? ['executive'] : [],
      functions: [DEPARTMENTS[dept].fn],
      linkedinUrl: `http://www.linkedin.com/in/${local.replace(/\./g, '-')}-${rng.hex(6)}`,
      phone,
      place,
      apolloTimezone: rng.chance(0.85) ? place.timezone : null,
      company,
      history,
      competitorAlumnus,
      clientKey: o.clientKey,
    });
  }
  return people;
}
