// People as Apollo returns them (people/bulk_match responses, the shape of
// tests/fixtures/apollo/people_bulk_match.json), so they enter CIS through the real lead import.
import { moneyPrinted, type Company } from './companies.ts';
import type { Person } from './people.ts';

function organization(c: Company): Record<string, unknown> {
  return {
    id: c.apolloId,
    name: c.name,
    website_url: `http://www.${c.domain}`,
    linkedin_url: `http://www.linkedin.com/company/${c.domain.replace('.example', '')}`,
    linkedin_uid: c.linkedinUid,
    primary_domain: c.domain,
    founded_year: c.foundedYear,
    industry: c.industry,
    industries: [c.industry],
    keywords: c.keywords,
    estimated_num_employees: c.employees,
    organization_revenue: c.revenue,
    organization_revenue_printed: moneyPrinted(c.revenue),
    total_funding: c.totalFunding,
    total_funding_printed: c.totalFunding ? moneyPrinted(c.totalFunding) : null,
    latest_funding_stage: c.fundingStage,
    latest_funding_round_date: c.latestFundingDate ? `${c.latestFundingDate}T00:00:00.000+00:00` : null,
    technology_names: c.technologies,
    current_technologies: c.technologies.map((name) => ({
      uid: name.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
      name,
      category: 'Other',
    })),
    short_description: `${c.name} is a ${c.industry} company.`,
    city: c.hq.city,
    state: c.hq.state,
    country: c.hq.country,
    phone: null,
  };
}

export function apolloPerson(p: Person): Record<string, unknown> {
  return {
    id: p.apolloId,
    first_name: p.firstName,
    last_name: p.lastName,
    name: `${p.firstName} ${p.lastName}`,
    linkedin_url: p.linkedinUrl,
    title: p.title,
    headline: `${p.title} at ${p.company.name}`,
    email_status: p.emailStatus,
    email: p.email,
    email_domain_catchall: false,
    photo_url: null,
    twitter_url: null,
    github_url: null,
    facebook_url: null,
    extrapolated_email_confidence: null,
    organization_id: p.company.apolloId,
    employment_history: p.history.map((j, k) => ({
      _id: `${p.apolloId.slice(0, 20)}${String(k).padStart(4, '0')}`,
      current: j.current,
      organization_id: j.organization_id,
      organization_name: j.organization_name,
      title: j.title,
      start_date: j.start_date,
      end_date: j.end_date,
      kind: null,
      degree: null,
      description: null,
    })),
    phone_numbers: p.phone ? [{ raw_number: p.phone, sanitized_number: p.phone, type: 'mobile', position: 0, status: 'valid_number' }] : [],
    street_address: '',
    city: p.place.city,
    state: p.place.state,
    country: p.place.country,
    postal_code: null,
    formatted_address: `${p.place.city}, ${p.place.country}`,
    time_zone: p.apolloTimezone,
    seniority: p.seniority,
    departments: p.departments,
    subdepartments: p.subdepartments,
    functions: p.functions,
    organization: organization(p.company),
  };
}

/** people/bulk_match responses of at most `size` people each (Apollo's own limit is 10 per call; an export concatenates them). */
export function bulkMatchPayloads(people: Person[], size: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < people.length; i += size) {
    const matches = people.slice(i, i + size).map(apolloPerson);
    out.push({
      status: 'success',
      error_code: null,
      error_message: null,
      total_requested_enrichments: matches.length,
      unique_enriched_records: matches.length,
      missing_records: 0,
      credits_consumed: matches.length,
      matches,
    });
  }
  return out;
}
