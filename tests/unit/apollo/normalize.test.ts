import { describe, expect, it } from 'vitest';
import { parseApolloPayload, type LeadPoolRecord, type PersonRecord } from '../../../shared/apollo/normalize.ts';
import { ORGANIZATION_RECORD_COLUMNS, PERSON_RECORD_COLUMNS, type OrganizationRecord } from '../../../shared/apollo/record.ts';
import { FIXTURES, fixture } from './fixtures.ts';

function records(json: unknown): LeadPoolRecord[] {
  const result = parseApolloPayload(json);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.records;
}

function onlyPerson(json: unknown): PersonRecord {
  const [record, ...rest] = records(json);
  expect(rest).toHaveLength(0);
  expect(record?.kind).toBe('person');
  return record as PersonRecord;
}

describe('parseApolloPayload on the Apollo fixtures', () => {
  it.each(FIXTURES)('parses %s without issues', (name) => {
    expect(parseApolloPayload(fixture(name)).ok).toBe(true);
  });

  it('gives person records exactly the lead_pool column keys plus kind', () => {
    const record = onlyPerson(fixture('people_match.json'));
    expect(Object.keys(record).sort()).toEqual(['kind', ...PERSON_RECORD_COLUMNS].sort());
  });

  it('gives organisation records exactly the company column keys plus kind', () => {
    const [record] = records(fixture('organizations_enrich.json'));
    expect(Object.keys(record!).sort()).toEqual(['kind', ...ORGANIZATION_RECORD_COLUMNS].sort());
  });

  it('maps the people/match person fields', () => {
    const record = onlyPerson(fixture('people_match.json'));
    expect(record).toMatchObject({
      apollo_id: '66f0a1b2c3d4e5f60718293a',
      email: 'marta.keller@fernhill-logistics.example',
      first_name: 'Marta',
      last_name: 'Keller',
      full_name: 'Marta Keller',
      title: 'Director of Financial Planning & Analysis',
      linkedin_headline: 'FP&A Director at Fernhill Logistics',
      seniority: 'director',
      departments: ['master_finance'],
      subdepartments: ['finance'],
      functions: ['finance'],
      email_status: 'verified',
      email_status_normalized: 'verified',
      email_domain_catchall: false,
      person_city: 'Hamburg',
      person_state: 'Hamburg',
      person_country: 'Germany',
      person_postal_code: null,
      timezone: 'Europe/Berlin',
      timezone_source: 'apollo',
    });
  });

  it('maps the employment history to the stored shape', () => {
    const record = onlyPerson(fixture('people_match.json'));
    expect(record.employment_history).toEqual([
      {
        organization_name: 'Fernhill Logistics',
        organization_id: '64b1f0e2a9c3d4000100ab12',
        title: 'Director of Financial Planning & Analysis',
        start_date: '2021-04-01',
        end_date: null,
        current: true,
      },
      {
        organization_name: 'Altmark Spedition',
        organization_id: null,
        title: 'Senior Financial Analyst',
        start_date: '2016-09-01',
        end_date: '2021-03-01',
        current: false,
      },
    ]);
  });

  it('reads company revenue from organization_revenue on people/match', () => {
    const record = onlyPerson(fixture('people_match.json'));
    expect(record).toMatchObject({
      company_apollo_id: '64b1f0e2a9c3d4000100ab12',
      company_name: 'Fernhill Logistics',
      company_domain: 'fernhill-logistics.example',
      company_industry: 'logistics & supply chain',
      company_industries: ['logistics & supply chain'],
      company_employee_count: 420,
      company_revenue: 85_000_000,
      company_revenue_printed: '85M',
      company_founded_year: 2009,
      company_city: 'Hamburg',
      company_country: 'Germany',
    });
  });

  it('reads company revenue from annual_revenue on organizations/enrich', () => {
    const [record] = records(fixture('organizations_enrich.json')) as OrganizationRecord[];
    expect(record).toMatchObject({ kind: 'organization', company_revenue: 85_000_000, company_revenue_printed: '85M' });
  });

  it('maps funding, technologies, description and phone from organizations/enrich', () => {
    const [record] = records(fixture('organizations_enrich.json')) as OrganizationRecord[];
    expect(record).toMatchObject({
      company_apollo_id: '64b1f0e2a9c3d4000100ab12',
      company_domain: 'fernhill-logistics.example',
      company_total_funding: 24_000_000,
      company_total_funding_printed: '24M',
      company_funding_stage: 'Series B',
      company_latest_funding_date: '2023-05-10',
      company_description: expect.stringMatching(/^Fernhill Logistics is a mid-sized 3PL/),
      company_phone: '+49 40 5550 1200',
      company_keywords: ['freight forwarding', 'contract logistics', 'warehousing', 'b2b'],
    });
    expect(record!.company_technologies).toEqual([
      'Salesforce',
      'NetSuite',
      'Microsoft Office 365',
      'Google Tag Manager',
      'Cloudflare DNS',
    ]);
  });

  it('merges technologies only listed in current_technologies without duplicates', () => {
    const json = fixture('organizations_enrich.json');
    json.organization.technology_names = ['Salesforce'];
    json.organization.current_technologies.push({ uid: 'hubspot', name: 'HubSpot', category: 'Marketing Automation' });
    const [record] = records(json) as OrganizationRecord[];
    expect(record!.company_technologies).toEqual(['Salesforce', 'NetSuite', 'Microsoft Office 365', 'Cloudflare DNS', 'HubSpot']);
  });

  it('falls back to seo_description when there is no short_description', () => {
    const json = fixture('organizations_enrich.json');
    json.organization.short_description = null;
    const [record] = records(json) as OrganizationRecord[];
    expect(record!.company_description).toMatch(/^Fernhill Logistics provides contract logistics/);
  });

  it('keeps the raw person and organisation JSON', () => {
    const json = fixture('people_match.json');
    const record = onlyPerson(json);
    expect(record.apollo_person).toEqual(json.person);
    expect(record.apollo_organization).toEqual(json.person.organization);
  });

  it('keeps unknown Apollo keys in the raw JSON', () => {
    const json = fixture('people_match.json');
    json.person.brand_new_apollo_field = { nested: [1, 2] };
    expect(onlyPerson(json).apollo_person.brand_new_apollo_field).toEqual({ nested: [1, 2] });
  });

  it('skips and counts the null entries of a bulk match', () => {
    const result = parseApolloPayload(fixture('people_bulk_match.json'));
    expect(result).toMatchObject({ ok: true, skipped: 1 });
    expect(result.ok && result.records.map((r) => r.kind === 'person' && r.apollo_id)).toEqual([
      '66f0a1b2c3d4e5f60718293a',
    ]);
  });

  it('accepts a bulk match that carries only matches', () => {
    expect(parseApolloPayload({ matches: [null, { id: 'p1' }] })).toMatchObject({ ok: true, skipped: 1 });
  });

  it('turns a no-match answer into zero records rather than an error', () => {
    expect(parseApolloPayload(fixture('people_match.no_match.json'))).toEqual({ ok: true, records: [], skipped: 1 });
  });

  it('turns an unknown organisation into zero records', () => {
    expect(parseApolloPayload({ organization: {} })).toEqual({ ok: true, records: [], skipped: 1 });
    expect(parseApolloPayload({ organization: null })).toEqual({ ok: true, records: [], skipped: 1 });
  });

  it('maps a people search entry without email or last name', () => {
    const record = onlyPerson(fixture('mixed_people_api_search.SECONDARY-SOURCE.json'));
    expect(record).toMatchObject({
      apollo_id: '66f0a1b2c3d4e5f60718293a',
      email: null,
      last_name: null,
      full_name: 'Marta',
      company_name: 'Fernhill Logistics',
      company_apollo_id: null,
      email_status_normalized: 'unknown',
      timezone: null,
    });
  });

  it('uses person_id as the Apollo id of a search contact', () => {
    const record = onlyPerson({ contacts: [{ id: 'contact-1', person_id: 'person-1', first_name: 'Ann' }] });
    expect(record.apollo_id).toBe('person-1');
  });
});

describe('parseApolloPayload field rules', () => {
  it('resolves the timezone from city and state when Apollo sends none', () => {
    const json = fixture('people_match.json');
    Object.assign(json.person, { time_zone: null, city: 'Springfield', state: 'Illinois', country: 'United States' });
    expect(onlyPerson(json)).toMatchObject({ timezone: 'America/Chicago', timezone_source: 'city' });
  });

  it('resolves the timezone from a single-clock country when the city is unknown', () => {
    const json = fixture('people_match.json');
    Object.assign(json.person, { time_zone: 'Not/AZone', city: null, state: null, country: 'Germany' });
    expect(onlyPerson(json)).toMatchObject({ timezone: 'Europe/Berlin', timezone_source: 'country' });
  });

  it('leaves the timezone null for a multi-zone country without a city', () => {
    const json = fixture('people_match.json');
    Object.assign(json.person, { time_zone: null, city: null, state: null, country: 'Australia' });
    expect(onlyPerson(json)).toMatchObject({ timezone: null, timezone_source: null });
  });

  it('reads revenue from annual_revenue on an embedded organisation too', () => {
    const json = fixture('people_match.json');
    const org = json.person.organization;
    delete org.organization_revenue;
    delete org.organization_revenue_printed;
    Object.assign(org, { annual_revenue: 12_500_000, annual_revenue_printed: '12.5M' });
    expect(onlyPerson(json)).toMatchObject({ company_revenue: 12_500_000, company_revenue_printed: '12.5M' });
  });

  it('accepts a numeric string for revenue', () => {
    const json = fixture('people_match.json');
    json.person.organization.organization_revenue = '85,000,000';
    expect(onlyPerson(json).company_revenue).toBe(85_000_000);
  });

  it('lower-cases the raw email status and maps spellings leniently', () => {
    const json = fixture('people_match.json');
    json.person.email_status = 'Likely to Engage';
    expect(onlyPerson(json)).toMatchObject({ email_status: 'likely to engage', email_status_normalized: 'likely_to_engage' });
  });

  it('normalises the email and drops Apollo’s locked-email placeholder', () => {
    const json = fixture('people_match.json');
    json.person.email = '  Marta.Keller@Fernhill-Logistics.Example ';
    expect(onlyPerson(json).email).toBe('marta.keller@fernhill-logistics.example');
    json.person.email = 'email_not_unlocked@domain.com';
    expect(onlyPerson(json).email).toBeNull();
  });

  it('takes company id and name from the person when the organisation is missing', () => {
    const json = fixture('people_match.json');
    json.person.organization = null;
    expect(onlyPerson(json)).toMatchObject({
      company_apollo_id: '64b1f0e2a9c3d4000100ab12',
      company_name: 'Fernhill Logistics',
      company_revenue: null,
      company_technologies: [],
      apollo_organization: null,
    });
  });

  it('reads the phone from phone_numbers, then the attached contact', () => {
    const json = fixture('people_match.json');
    json.person.contact = { phone_numbers: [{ raw_number: '+49 40 1234', sanitized_number: '+49401234' }] };
    expect(onlyPerson(json).phone).toBe('+49401234');
    json.person.phone_numbers = [{ raw_number: '+1 555 0100', sanitized_number: null }];
    expect(onlyPerson(json).phone).toBe('+1 555 0100');
  });

  it('keeps one record per apollo_id, the later one, and counts the duplicate as skipped', () => {
    const first = fixture('people_match.json');
    const second = fixture('people_match.json');
    second.person.title = 'VP Finance';
    const result = parseApolloPayload([first, second]);
    expect(result).toMatchObject({ ok: true, skipped: 1 });
    expect(result.ok && result.records.map((r) => r.kind === 'person' && r.title)).toEqual(['VP Finance']);
  });

  it('keeps one record per normalised email across different Apollo ids', () => {
    const first = fixture('people_match.json');
    const second = fixture('people_match.json');
    second.person.id = 'another-apollo-id';
    second.person.email = 'MARTA.KELLER@fernhill-logistics.example';
    const result = parseApolloPayload([first, second]);
    expect(result.ok && result.records.map((r) => r.kind === 'person' && r.apollo_id)).toEqual(['another-apollo-id']);
  });

  it('parses an array of different Apollo responses together', () => {
    const result = parseApolloPayload([fixture('organizations_enrich.json'), fixture('people_bulk_match.json')]);
    expect(result.ok && result.records.map((r) => r.kind)).toEqual(['organization', 'person']);
  });
});
