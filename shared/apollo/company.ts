// Company columns from an Apollo organisation, embedded in a person or from organizations/enrich.
import type { ApolloOrganization } from './schemas.ts';
import type { CompanyFields } from './record.ts';

export function text(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function textList(values: readonly (string | null | undefined)[] | null | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values ?? []) {
    const clean = text(value);
    if (clean === null || seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    out.push(clean);
  }
  return out;
}

function integer(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : null;
}

/** Lower-case host without `www.` from a domain or URL ("http://www.x.example/a" → "x.example"). */
export function domainOf(value: string | null | undefined): string | null {
  const clean = text(value);
  if (clean === null) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(clean) ? clean : `http://${clean}`);
    const host = url.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
    return host.includes('.') ? host : null;
  } catch {
    return null;
  }
}

/** `YYYY-MM-DD` from Apollo's "2023-05-10T00:00:00.000+00:00" or a plain date; null if unparsable. */
export function isoDate(value: string | null | undefined): string | null {
  const clean = text(value);
  if (clean === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(clean);
  if (match) {
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return date.toISOString().slice(0, 10) === match[0] ? match[0] : null;
  }
  const parsed = Date.parse(clean);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

/** All company columns as null/empty, for a person whose employer Apollo did not send. */
export function emptyCompany(): CompanyFields {
  return companyFields(null, null);
}

/**
 * Company columns. `org` is the parsed organisation, `raw` the JSON as received (stored verbatim
 * in apollo_organization so nothing Apollo sent is lost).
 */
export function companyFields(org: ApolloOrganization | null | undefined, raw: unknown): CompanyFields {
  const o: Partial<ApolloOrganization> = org ?? {};
  const industry = text(o.industry);
  const industries = textList(o.industries);
  return {
    company_apollo_id: text(o.id),
    company_name: text(o.name),
    company_domain: domainOf(o.primary_domain) ?? domainOf(o.website_url),
    company_website: text(o.website_url),
    company_linkedin_url: text(o.linkedin_url),
    company_industry: industry,
    company_industries: industries.length > 0 ? industries : textList([industry]),
    company_keywords: textList(o.keywords),
    company_employee_count: integer(o.estimated_num_employees),
    company_revenue: o.organization_revenue ?? o.annual_revenue ?? null,
    company_revenue_printed: text(o.organization_revenue_printed) ?? text(o.annual_revenue_printed),
    company_total_funding: o.total_funding ?? null,
    company_total_funding_printed: text(o.total_funding_printed),
    company_funding_stage: text(o.latest_funding_stage),
    company_latest_funding_date: isoDate(o.latest_funding_round_date),
    company_founded_year: integer(o.founded_year),
    company_technologies: textList([
      ...(o.technology_names ?? []),
      ...(o.current_technologies ?? []).map((tech) => tech.name),
    ]),
    company_description: text(o.short_description) ?? text(o.seo_description),
    company_city: text(o.city),
    company_state: text(o.state),
    company_country: text(o.country),
    company_phone: text(o.phone) ?? text(o.primary_phone?.number) ?? text(o.sanitized_phone),
    apollo_organization: isObject(raw) ? raw : null,
  };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
