// A lead's timezone (issue 2 §6): Apollo's time_zone if it is a valid IANA name; else the city
// narrowed by state/province or country; else the country when it keeps one clock; else null.
// Each step answers only when the answer is unambiguous: a wrong zone would schedule sends at
// 3 a.m. and poison the WHEN detector, while null just means "unknown".
import { getAllTimezones, getCountry, getTimezone } from 'countries-and-timezones';
import { cityMapping } from 'city-timezones';
import { foldPlace, resolveCountryCode } from './country.ts';
import type { TimezoneSource } from './record.ts';

export type TimezoneInput = {
  time_zone?: string | null;
  city?: string | null;
  state?: string | null;
  country?: string | null;
};

export type TimezoneResult = { timezone: string | null; source: TimezoneSource | null };

type City = (typeof cityMapping)[number];

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** The runtime's formatter for a zone, or null when its ICU does not know the zone. */
function formatterFor(zone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(zone)) {
    let formatter: Intl.DateTimeFormat | null = null;
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatters.get(zone) ?? null;
}

let knownZones: Map<string, string> | undefined;

/** Lower-case name → properly cased IANA name, links included ("US/Eastern", "Asia/Calcutta"). */
function zoneIndex(): Map<string, string> {
  if (knownZones) return knownZones;
  knownZones = new Map();
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  for (const zone of intl.supportedValuesOf?.('timeZone') ?? []) knownZones.set(zone.toLowerCase(), zone);
  for (const zone of Object.keys(getAllTimezones({ deprecated: true }))) {
    knownZones.set(zone.toLowerCase(), zone);
  }
  return knownZones;
}

/**
 * The properly cased IANA name when `value` is a region-based zone the runtime can use, else null.
 * Abbreviations ("EST") and Etc/ offsets are refused: they say nothing about where the lead is.
 */
export function validIanaZone(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!/^[A-Za-z]+(\/[A-Za-z0-9_+-]+)+$/.test(trimmed) || /^etc\//i.test(trimmed)) return null;
  const name = zoneIndex().get(trimmed.toLowerCase()) ?? trimmed;
  return formatterFor(name) ? name : null;
}

let cityIndex: Map<string, City[]> | undefined;

function citiesNamed(city: string): City[] {
  if (!cityIndex) {
    cityIndex = new Map();
    for (const entry of cityMapping) {
      if (!entry.timezone) continue;
      for (const name of new Set([foldPlace(entry.city), foldPlace(entry.city_ascii ?? entry.city)])) {
        const list = cityIndex.get(name) ?? [];
        list.push(entry);
        cityIndex.set(name, list);
      }
    }
  }
  return cityIndex.get(foldPlace(city)) ?? [];
}

function inState(entry: City, state: string): boolean {
  const wanted = foldPlace(state);
  return [entry.province, entry.state_ansi].some((name) => typeof name === 'string' && foldPlace(name) === wanted);
}

/**
 * City step. The city alone is never enough ("Paris" may be Paris, Texas): the candidates must be
 * narrowed by the state/province, else by the country, and must then all share one zone.
 */
function zoneFromCity(city: string, state: string | null, countryCode: string | null): string | null {
  let candidates = citiesNamed(city);
  if (countryCode) candidates = candidates.filter((entry) => entry.iso2 === countryCode);
  const byState = state ? candidates.filter((entry) => inState(entry, state)) : [];
  if (byState.length > 0) candidates = byState;
  else if (!countryCode) return null;
  const zones = new Set(candidates.map((entry) => entry.timezone));
  if (zones.size !== 1) return null;
  return validIanaZone([...zones][0]);
}

const clocks = new Map<string, string | null>();

/** UTC offsets ("GMT+01:00") every six hours through the current year: the zone's clock. */
function yearOfOffsets(zone: string): string | null {
  if (clocks.has(zone)) return clocks.get(zone) ?? null;
  const formatter = formatterFor(zone);
  if (!formatter) {
    clocks.set(zone, null);
    return null;
  }
  const start = Date.UTC(new Date().getUTCFullYear(), 0, 1);
  const offsets: string[] = [];
  for (let hour = 0; hour < 366 * 24; hour += 6) {
    const parts = formatter.formatToParts(new Date(start + hour * 3_600_000));
    offsets.push(parts.find((part) => part.type === 'timeZoneName')?.value ?? '?');
  }
  const clock = offsets.join(',');
  clocks.set(zone, clock);
  return clock;
}

/** Cheap pre-check from the package's data: zones with different standard/DST offsets differ. */
function sameOffsets(zones: string[]): boolean {
  const pairs = new Set(zones.map((zone) => {
    const data = getTimezone(zone);
    return data ? `${data.utcOffset}/${data.dstOffset}` : zone;
  }));
  return pairs.size === 1;
}

const countryZones = new Map<string, string | null>();

/**
 * Country step. A country qualifies when every zone tzdb lists for it keeps the same clock all
 * year (Germany's Europe/Busingen exclave runs on Europe/Zurich, which matches Berlin), so no
 * choice between different local times is made. The name returned is the zone of the country's
 * most populous city with that clock (Europe/Amsterdam rather than tzdb's canonical Brussels).
 */
function zoneFromCountry(code: string): string | null {
  if (countryZones.has(code)) return countryZones.get(code) ?? null;
  let answer: string | null = null;
  const zones = getCountry(code)?.timezones ?? [];
  const countryClocks = zones.length > 0 && sameOffsets(zones) ? new Set(zones.map(yearOfOffsets)) : new Set<string | null>();
  if (countryClocks.size === 1 && !countryClocks.has(null)) {
    const clock = [...countryClocks][0];
    const byPopulation = cityMapping
      .filter((entry) => entry.iso2 === code && entry.timezone)
      .sort((a, b) => b.pop - a.pop);
    const named = byPopulation.find((entry) => yearOfOffsets(entry.timezone) === clock);
    answer = validIanaZone(named?.timezone ?? zones[0]);
  }
  countryZones.set(code, answer);
  return answer;
}

function text(value: string | null | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Resolve a lead's IANA timezone and say which rule produced it; both null when unknown. */
export function resolveTimezone(input: TimezoneInput): TimezoneResult {
  const apollo = validIanaZone(input.time_zone);
  if (apollo) return { timezone: apollo, source: 'apollo' };

  const countryCode = resolveCountryCode(input.country);
  const city = text(input.city);
  if (city) {
    const zone = zoneFromCity(city, text(input.state), countryCode);
    if (zone) return { timezone: zone, source: 'city' };
  }
  if (countryCode) {
    const zone = zoneFromCountry(countryCode);
    if (zone) return { timezone: zone, source: 'country' };
  }
  return { timezone: null, source: null };
}
