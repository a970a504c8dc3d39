// Apollo fixtures copied verbatim from ../shared/reference/vendors/fixtures/apollo/.
import { readFileSync } from 'node:fs';

export type Json = Record<string, any>;

/** A fresh parsed copy of a fixture, so a test can mutate it freely. */
export function fixture(name: string): Json {
  const url = new URL(`../../fixtures/apollo/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8'));
}

export const FIXTURES = [
  'people_match.json',
  'people_bulk_match.json',
  'people_match.no_match.json',
  'mixed_people_api_search.SECONDARY-SOURCE.json',
  'organizations_enrich.json',
] as const;
