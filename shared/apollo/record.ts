// The normalised records handed to `public.import_lead_pool(records jsonb, assign_client uuid)`.
// Keys are lead_pool column names, so the SQL can read them with jsonb_populate_recordset;
// `kind` is the one extra key and tells the function what to do with the record.

export type EmailStatus =
  | 'verified'
  | 'unverified'
  | 'likely_to_engage'
  | 'guessed'
  | 'unavailable'
  | 'bounced'
  | 'catch_all'
  | 'unknown';

export type TimezoneSource = 'apollo' | 'city' | 'country';

export interface EmploymentEntry {
  organization_name: string | null;
  organization_id: string | null;
  title: string | null;
  start_date: string | null;
  end_date: string | null;
  current: boolean;
}

/** Company columns, shared by person records and organisation-only records. */
export interface CompanyFields {
  company_apollo_id: string | null;
  company_name: string | null;
  /** Lower-case host without `www.`; primary_domain, else the website's host. */
  company_domain: string | null;
  company_website: string | null;
  company_linkedin_url: string | null;
  company_industry: string | null;
  company_industries: string[];
  company_keywords: string[];
  company_employee_count: number | null;
  /** organization_revenue (people/match) or annual_revenue (organizations/enrich). */
  company_revenue: number | null;
  company_revenue_printed: string | null;
  company_total_funding: number | null;
  company_total_funding_printed: string | null;
  company_funding_stage: string | null;
  /** `YYYY-MM-DD`. */
  company_latest_funding_date: string | null;
  company_founded_year: number | null;
  /** technology_names ∪ current_technologies[].name, deduplicated case-insensitively. */
  company_technologies: string[];
  /** short_description, else seo_description. */
  company_description: string | null;
  company_city: string | null;
  company_state: string | null;
  company_country: string | null;
  company_phone: string | null;
  /** The raw organisation JSON as Apollo sent it. */
  apollo_organization: Record<string, unknown> | null;
}

/** One person for lead_pool: upsert by apollo_id, then by normalised email. */
export interface PersonRecord extends CompanyFields {
  kind: 'person';
  apollo_id: string;
  /** normalizeEmail() of Apollo's email: trimmed, lower-case, null when invalid or locked. */
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  full_name: string | null;
  title: string | null;
  linkedin_headline: string | null;
  seniority: string | null;
  departments: string[];
  subdepartments: string[];
  functions: string[];
  linkedin_url: string | null;
  twitter_url: string | null;
  photo_url: string | null;
  phone: string | null;
  /** Apollo's raw email_status, trimmed and lower-cased. */
  email_status: string | null;
  email_status_normalized: EmailStatus;
  email_domain_catchall: boolean | null;
  person_city: string | null;
  person_state: string | null;
  person_country: string | null;
  person_postal_code: string | null;
  timezone: string | null;
  timezone_source: TimezoneSource | null;
  employment_history: EmploymentEntry[];
  /** The raw person JSON as Apollo sent it. */
  apollo_person: Record<string, unknown>;
}

/**
 * From organizations/enrich: no person, only company data. The SQL updates the company_* columns
 * (and apollo_organization) of every pool row with this company_apollo_id, or, when the id is
 * null, with this company_domain. It never creates a pool row.
 */
export interface OrganizationRecord extends CompanyFields {
  kind: 'organization';
}

export type LeadPoolRecord = PersonRecord | OrganizationRecord;

export type ParseIssue = { path: string; message: string };

export type ParseResult =
  | { ok: true; records: LeadPoolRecord[]; skipped: number }
  | { ok: false; issues: ParseIssue[] };

/** Every key of a PersonRecord except `kind`, in column order: a checklist for the migration. */
export const PERSON_RECORD_COLUMNS = [
  'apollo_id', 'email', 'first_name', 'last_name', 'full_name', 'title', 'linkedin_headline',
  'seniority', 'departments', 'subdepartments', 'functions', 'linkedin_url', 'twitter_url',
  'photo_url', 'phone', 'email_status', 'email_status_normalized', 'email_domain_catchall',
  'person_city', 'person_state', 'person_country', 'person_postal_code', 'timezone',
  'timezone_source', 'employment_history', 'company_apollo_id', 'company_name', 'company_domain',
  'company_website', 'company_linkedin_url', 'company_industry', 'company_industries',
  'company_keywords', 'company_employee_count', 'company_revenue', 'company_revenue_printed',
  'company_total_funding', 'company_total_funding_printed', 'company_funding_stage',
  'company_latest_funding_date', 'company_founded_year', 'company_technologies',
  'company_description', 'company_city', 'company_state', 'company_country', 'company_phone',
  'apollo_person', 'apollo_organization',
] as const satisfies readonly (keyof PersonRecord)[];

/** Every key of an OrganizationRecord except `kind`. */
export const ORGANIZATION_RECORD_COLUMNS = PERSON_RECORD_COLUMNS.filter(
  (key) => key.startsWith('company_') || key === 'apollo_organization',
) as readonly (keyof CompanyFields)[];
