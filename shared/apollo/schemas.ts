// Zod schemas for the Apollo.io responses CIS imports (REFERENCE.md §5).
// Apollo's payloads are inconsistent between endpoints and over time, so every field is
// optional and nullable, unknown keys are kept (z.looseObject) because the raw JSON is stored,
// and only a value of the wrong *type* is an error: that is what a caller must be told about.
import { z } from 'zod';

const str = z.string().nullish();
const bool = z.boolean().nullish();
const strList = z.array(z.string()).nullish();

/** A number, or a numeric string ("85000000", "85,000,000") as older exports carry them. */
const looseNumber = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((value, ctx) => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    const trimmed = value.replace(/,/g, '').trim();
    if (trimmed === '') return null;
    const parsed = Number(trimmed);
    if (!Number.isFinite(parsed)) {
      ctx.addIssue({ code: 'custom', message: 'expected number' });
      return z.NEVER;
    }
    return parsed;
  });

export const technologySchema = z.looseObject({ uid: str, name: str, category: str });

export const organizationSchema = z.looseObject({
  id: str,
  name: str,
  primary_domain: str,
  website_url: str,
  linkedin_url: str,
  phone: str,
  sanitized_phone: str,
  primary_phone: z.looseObject({ number: str, sanitized_number: str }).nullish(),
  founded_year: looseNumber,
  industry: str,
  industries: strList,
  keywords: strList,
  estimated_num_employees: looseNumber,
  // people/match embeds organization_revenue*, organizations/enrich returns annual_revenue*.
  organization_revenue: looseNumber,
  organization_revenue_printed: str,
  annual_revenue: looseNumber,
  annual_revenue_printed: str,
  total_funding: looseNumber,
  total_funding_printed: str,
  latest_funding_stage: str,
  latest_funding_round_date: str,
  technology_names: strList,
  current_technologies: z.array(technologySchema).nullish(),
  short_description: str,
  seo_description: str,
  city: str,
  state: str,
  country: str,
});

export const employmentSchema = z.looseObject({
  organization_name: str,
  organization_id: str,
  title: str,
  start_date: str,
  end_date: str,
  current: bool,
});

export const phoneNumberSchema = z.looseObject({ raw_number: str, sanitized_number: str });

/** The CRM contact Apollo attaches when the person is already in the account's contacts. */
export const contactSchema = z.looseObject({
  email_status: str,
  time_zone: str,
  sanitized_phone: str,
  phone_numbers: z.array(phoneNumberSchema).nullish(),
});

export const personSchema = z.looseObject({
  id: z.string().min(1),
  // Only on entries of a search's `contacts` array, where `id` is the contact's own id.
  person_id: str,
  first_name: str,
  last_name: str,
  name: str,
  title: str,
  headline: str,
  seniority: str,
  departments: strList,
  subdepartments: strList,
  functions: strList,
  linkedin_url: str,
  twitter_url: str,
  photo_url: str,
  email: str,
  email_status: str,
  email_domain_catchall: bool,
  sanitized_phone: str,
  phone_numbers: z.array(phoneNumberSchema).nullish(),
  city: str,
  state: str,
  country: str,
  postal_code: str,
  time_zone: str,
  employment_history: z.array(employmentSchema).nullish(),
  organization_id: str,
  organization: organizationSchema.nullish(),
  contact: contactSchema.nullish(),
});

/** POST /people/match → `{ person }`; `person: null` when nothing matched. */
export const peopleMatchSchema = z.looseObject({ person: personSchema.nullable() });

/** POST /people/bulk_match → `{ status, …, matches: [person | null] }`. */
// status/error_code/credits… are kept by looseObject but not checked: only `matches` is used.
export const bulkMatchSchema = z.looseObject({
  matches: z.array(personSchema.nullable()),
});

/** People search (mixed_people/api_search and the older search) → `{ people }` and/or `{ contacts }`. */
export const peopleSearchSchema = z.looseObject({
  people: z.array(personSchema).nullish(),
  contacts: z.array(personSchema).nullish(),
});

/** GET /organizations/enrich → `{ organization }`; null or `{}` when the domain is unknown. */
export const organizationEnrichSchema = z.looseObject({ organization: organizationSchema.nullable() });

export type ApolloPerson = z.infer<typeof personSchema>;
export type ApolloOrganization = z.infer<typeof organizationSchema>;
export type ApolloEmployment = z.infer<typeof employmentSchema>;
