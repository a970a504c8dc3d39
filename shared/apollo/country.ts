// Country names as Apollo and people write them ("United States", "USA", "DEU", "Turkey") resolved
// to ISO 3166-1 alpha-2 codes. English names only: native spellings ("Deutschland") are not covered.
import { getAllCountries } from 'countries-and-timezones';
import { cityMapping } from 'city-timezones';

/** Case-, accent- and punctuation-insensitive key for place names. */
export function foldPlace(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.,'’()]/g, '')
    .replace(/[\s-]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

// Common spellings missing from both packages' name lists.
const ALIASES: Record<string, string> = {
  'united states': 'US', usa: 'US', us: 'US', america: 'US',
  uk: 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB',
  'northern ireland': 'GB',
  'czech republic': 'CZ', turkey: 'TR', holland: 'NL', uae: 'AE',
  'korea': 'KR', 'republic of korea': 'KR', 'korea republic of': 'KR',
  'russian federation': 'RU', 'viet nam': 'VN', 'cote divoire': 'CI', 'cape verde': 'CV',
  macedonia: 'MK', swaziland: 'SZ', burma: 'MM', 'vatican city': 'VA', 'hong kong sar': 'HK',
  'mainland china': 'CN', 'peoples republic of china': 'CN', 'east timor': 'TL',
};

let index: Map<string, string> | undefined;

function buildIndex(): Map<string, string> {
  const map = new Map<string, string>();
  // city-timezones first so the canonical package's names win on any clash.
  for (const city of cityMapping) {
    if (!city.iso2) continue;
    if (city.iso3) map.set(foldPlace(city.iso3), city.iso2);
    if (city.country) map.set(foldPlace(city.country), city.iso2);
  }
  for (const country of Object.values(getAllCountries())) {
    map.set(foldPlace(country.id), country.id);
    map.set(foldPlace(country.name), country.id);
  }
  for (const [alias, code] of Object.entries(ALIASES)) map.set(alias, code);
  return map;
}

/** ISO alpha-2 code for a country name or ISO-2/ISO-3 code; null when unknown. */
export function resolveCountryCode(country: string | null | undefined): string | null {
  if (typeof country !== 'string' || country.trim() === '') return null;
  index ??= buildIndex();
  return index.get(foldPlace(country)) ?? null;
}
