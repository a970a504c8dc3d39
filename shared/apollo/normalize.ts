// Apollo response JSON → lead_pool records for public.import_lead_pool(records, assign_client).
// All or nothing: one bad field anywhere rejects the whole payload, so an import is never
// half-written, and the issues name every offending field by its path in the payload.
import type { z } from 'zod';
import {
  bulkMatchSchema,
  organizationEnrichSchema,
  peopleMatchSchema,
  peopleSearchSchema,
  type ApolloPerson,
} from './schemas.ts';
import { companyFields, emptyCompany, isObject, isoDate, text, textList } from './company.ts';
import { normalizeEmail, normalizeEmailStatus, rawEmailStatus } from './email.ts';
import { resolveTimezone } from './timezone.ts';
import type {
  LeadPoolRecord,
  OrganizationRecord,
  ParseIssue,
  ParseResult,
  PersonRecord,
} from './record.ts';

export { normalizeEmail, normalizeEmailStatus } from './email.ts';
export type { LeadPoolRecord, OrganizationRecord, ParseIssue, ParseResult, PersonRecord } from './record.ts';

const MAX_ISSUES = 100;

type Parsed = { issues: ParseIssue[] } | { records: LeadPoolRecord[]; skipped: number };

/** `['matches', 3, 'email']` → `matches[3].email`, under an optional prefix such as `[2]`. */
function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

function zodIssues(prefix: string, error: z.ZodError): ParseIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(prefix, issue.path),
    message: issue.message.replace(/^Invalid input: /, ''),
  }));
}

function firstPhone(
  ...lists: ({ sanitized_number?: string | null; raw_number?: string | null }[] | null | undefined)[]
): string | null {
  for (const list of lists) {
    for (const phone of list ?? []) {
      const number = text(phone.sanitized_number) ?? text(phone.raw_number);
      if (number) return number;
    }
  }
  return null;
}

/** One person record; `raw` is the person exactly as received, stored in apollo_person. */
export function personRecord(person: ApolloPerson, raw: Record<string, unknown>, fromContacts = false): PersonRecord {
  const company = person.organization ? companyFields(person.organization, raw.organization) : emptyCompany();
  const history = (person.employment_history ?? []).map((job) => ({
    organization_name: text(job.organization_name),
    organization_id: text(job.organization_id),
    title: text(job.title),
    start_date: isoDate(job.start_date),
    end_date: isoDate(job.end_date),
    current: job.current ?? false,
  }));
  const firstName = text(person.first_name);
  const lastName = text(person.last_name);
  const status = person.email_status ?? person.contact?.email_status;
  const { timezone, source } = resolveTimezone({
    time_zone: person.time_zone ?? person.contact?.time_zone,
    city: person.city,
    state: person.state,
    country: person.country,
  });
  return {
    kind: 'person',
    // In a search's `contacts` array, `id` is the CRM contact and `person_id` the Apollo person.
    apollo_id: (fromContacts ? text(person.person_id) : null) ?? person.id,
    email: normalizeEmail(person.email),
    first_name: firstName,
    last_name: lastName,
    full_name: text(person.name) ?? (textList([firstName, lastName]).join(' ') || null),
    title: text(person.title),
    linkedin_headline: text(person.headline),
    seniority: text(person.seniority)?.toLowerCase() ?? null,
    departments: textList(person.departments),
    subdepartments: textList(person.subdepartments),
    functions: textList(person.functions),
    linkedin_url: text(person.linkedin_url),
    twitter_url: text(person.twitter_url),
    photo_url: text(person.photo_url),
    phone:
      firstPhone(person.phone_numbers) ??
      text(person.sanitized_phone) ??
      firstPhone(person.contact?.phone_numbers) ??
      text(person.contact?.sanitized_phone),
    email_status: rawEmailStatus(status),
    email_status_normalized: normalizeEmailStatus(status),
    email_domain_catchall: person.email_domain_catchall ?? null,
    person_city: text(person.city),
    person_state: text(person.state),
    person_country: text(person.country),
    person_postal_code: text(person.postal_code),
    timezone,
    timezone_source: source,
    employment_history: history,
    ...company,
    // Without the embedded organisation, the person still names the employer.
    company_apollo_id: company.company_apollo_id ?? text(person.organization_id),
    company_name: company.company_name ?? history.find((job) => job.current)?.organization_name ?? null,
    apollo_person: raw,
  };
}

function rawAt(value: unknown, ...path: (string | number)[]): Record<string, unknown> {
  let cursor: unknown = value;
  for (const key of path) cursor = (cursor as Record<string | number, unknown>)[key];
  return cursor as Record<string, unknown>;
}

function parseEnvelope(json: unknown, prefix: string): Parsed {
  if (!isObject(json)) {
    return { issues: [{ path: formatPath(prefix, []), message: 'expected an Apollo response object' }] };
  }
  if ('matches' in json) {
    const parsed = bulkMatchSchema.safeParse(json);
    if (!parsed.success) return { issues: zodIssues(prefix, parsed.error) };
    const records: LeadPoolRecord[] = [];
    parsed.data.matches.forEach((person, i) => {
      if (person) records.push(personRecord(person, rawAt(json, 'matches', i)));
    });
    return { records, skipped: parsed.data.matches.length - records.length };
  }
  if ('person' in json) {
    const parsed = peopleMatchSchema.safeParse(json);
    if (!parsed.success) return { issues: zodIssues(prefix, parsed.error) };
    const person = parsed.data.person;
    return person
      ? { records: [personRecord(person, rawAt(json, 'person'))], skipped: 0 }
      : { records: [], skipped: 1 };
  }
  if ('people' in json || 'contacts' in json) {
    const parsed = peopleSearchSchema.safeParse(json);
    if (!parsed.success) return { issues: zodIssues(prefix, parsed.error) };
    const people = (parsed.data.people ?? []).map((p, i) => personRecord(p, rawAt(json, 'people', i)));
    const contacts = (parsed.data.contacts ?? []).map((p, i) => personRecord(p, rawAt(json, 'contacts', i), true));
    return { records: [...people, ...contacts], skipped: 0 };
  }
  if ('organization' in json) {
    const parsed = organizationEnrichSchema.safeParse(json);
    if (!parsed.success) return { issues: zodIssues(prefix, parsed.error) };
    const org = parsed.data.organization;
    const record: OrganizationRecord | null = org
      ? { kind: 'organization', ...companyFields(org, json.organization) }
      : null;
    // An unknown domain comes back as null or {}: nothing identifies a company to update.
    return record && (record.company_apollo_id || record.company_domain)
      ? { records: [record], skipped: 0 }
      : { records: [], skipped: 1 };
  }
  return {
    issues: [{
      path: formatPath(prefix, []),
      message: 'not an Apollo response: expected a "person", "matches", "people", "contacts" or "organization" key',
    }],
  };
}

/** Dedupe key as the SQL upserts: apollo_id first, then normalised email; company id, then domain. */
function dedupe(records: LeadPoolRecord[]): LeadPoolRecord[] {
  const byKey = new Map<string, number>();
  const keep: (LeadPoolRecord | null)[] = [];
  for (const record of records) {
    const keys =
      record.kind === 'person'
        ? [`person:${record.apollo_id}`, record.email ? `email:${record.email}` : null]
        : [record.company_apollo_id ? `org:${record.company_apollo_id}` : `domain:${record.company_domain}`];
    // The later record wins: it is the newer answer from Apollo about the same person or company.
    for (const key of keys) {
      const earlier = key ? byKey.get(key) : undefined;
      if (earlier !== undefined) keep[earlier] = null;
    }
    for (const key of keys) if (key) byKey.set(key, keep.length);
    keep.push(record);
  }
  return keep.filter((record): record is LeadPoolRecord => record !== null);
}

/**
 * Parse any Apollo response CIS imports — people/match, people/bulk_match, people search,
 * organizations/enrich — or a JSON array of such responses. On success, `records` holds one
 * record per distinct person or organisation and `skipped` counts what produced no record:
 * null matches (no-match answers), unknown organisations and duplicates within the payload.
 * On failure, `issues` lists every offending field and no record is returned.
 */
export function parseApolloPayload(json: unknown): ParseResult {
  const envelopes: [unknown, string][] = Array.isArray(json)
    ? json.map((item, i): [unknown, string] => [item, `[${i}]`])
    : [[json, '']];
  const issues: ParseIssue[] = [];
  const records: LeadPoolRecord[] = [];
  let skipped = 0;
  for (const [envelope, prefix] of envelopes) {
    const parsed = parseEnvelope(envelope, prefix);
    if ('issues' in parsed) issues.push(...parsed.issues);
    else {
      records.push(...parsed.records);
      skipped += parsed.skipped;
    }
  }
  if (issues.length > 0) {
    const shown = issues.slice(0, MAX_ISSUES);
    if (issues.length > MAX_ISSUES) {
      shown.push({ path: '(root)', message: `${issues.length - MAX_ISSUES} more issues not shown` });
    }
    return { ok: false, issues: shown };
  }
  const unique = dedupe(records);
  return { ok: true, records: unique, skipped: skipped + records.length - unique.length };
}
