import { describe, expect, it } from 'vitest';
import { resolveTimezone, validIanaZone } from '../../../shared/apollo/timezone.ts';
import { resolveCountryCode } from '../../../shared/apollo/country.ts';

describe('resolveTimezone: Apollo time_zone first', () => {
  it('uses a valid Apollo time_zone even when the location points elsewhere', () => {
    expect(resolveTimezone({ time_zone: 'Europe/Berlin', city: 'Paris', country: 'France' })).toEqual({
      timezone: 'Europe/Berlin',
      source: 'apollo',
    });
  });

  it('ignores an invalid Apollo time_zone and falls back to the location', () => {
    expect(resolveTimezone({ time_zone: 'Mars/Olympus_Mons', city: 'Paris', country: 'France' })).toEqual({
      timezone: 'Europe/Paris',
      source: 'city',
    });
  });

  it('refuses abbreviations and Etc offsets as Apollo time zones', () => {
    expect(resolveTimezone({ time_zone: 'EST' })).toEqual({ timezone: null, source: null });
    expect(resolveTimezone({ time_zone: 'Etc/GMT+5' })).toEqual({ timezone: null, source: null });
  });

  it('returns a differently cased Apollo zone with its canonical spelling', () => {
    expect(resolveTimezone({ time_zone: ' america/new_york ' }).timezone).toBe('America/New_York');
  });

  it('keeps a link name such as Asia/Kolkata as given rather than the runtime ICU alias', () => {
    expect(validIanaZone('Asia/Kolkata')).toBe('Asia/Kolkata');
  });
});

describe('resolveTimezone: city with state or country', () => {
  it('finds America/Chicago for Springfield, Illinois', () => {
    expect(resolveTimezone({ city: 'Springfield', state: 'Illinois', country: 'United States' })).toEqual({
      timezone: 'America/Chicago',
      source: 'city',
    });
  });

  it('accepts a US state abbreviation', () => {
    expect(resolveTimezone({ city: 'Springfield', state: 'IL' }).timezone).toBe('America/Chicago');
  });

  it('gives no answer for Springfield without a state because the US has many zones', () => {
    expect(resolveTimezone({ city: 'Springfield', country: 'United States' })).toEqual({
      timezone: null,
      source: null,
    });
  });

  it('tells Portland, Oregon from Portland, Maine', () => {
    expect(resolveTimezone({ city: 'Portland', state: 'Oregon', country: 'US' }).timezone).toBe('America/Los_Angeles');
    expect(resolveTimezone({ city: 'Portland', state: 'Maine', country: 'US' }).timezone).toBe('America/New_York');
  });

  it('finds Europe/Paris for Paris, France', () => {
    expect(resolveTimezone({ city: 'Paris', country: 'France' })).toEqual({ timezone: 'Europe/Paris', source: 'city' });
  });

  it('does not trust a city name alone, which could be Paris, Texas', () => {
    expect(resolveTimezone({ city: 'Paris' })).toEqual({ timezone: null, source: null });
  });

  it('falls back to the country filter when the state is spelled differently from the city data', () => {
    expect(resolveTimezone({ city: 'London', state: 'England', country: 'United Kingdom' })).toEqual({
      timezone: 'Europe/London',
      source: 'city',
    });
  });

  it('matches city names regardless of accents and case', () => {
    expect(resolveTimezone({ city: 'ZURICH', country: 'Switzerland' })).toEqual({
      timezone: 'Europe/Zurich',
      source: 'city',
    });
  });

  it('ignores cities of the same name in other countries and falls to the country', () => {
    expect(resolveTimezone({ city: 'Springfield', country: 'France' })).toEqual({
      timezone: 'Europe/Paris',
      source: 'country',
    });
  });
});

describe('resolveTimezone: country with a single clock', () => {
  it('uses the zone of a country with one zone', () => {
    expect(resolveTimezone({ country: 'Japan' })).toEqual({ timezone: 'Asia/Tokyo', source: 'country' });
  });

  it('accepts ISO codes as the country', () => {
    expect(resolveTimezone({ country: 'FR' }).timezone).toBe('Europe/Paris');
    expect(resolveTimezone({ country: 'FRA' }).timezone).toBe('Europe/Paris');
  });

  it('names the zone after the country rather than the tzdb canonical neighbour', () => {
    expect(resolveTimezone({ country: 'Netherlands' }).timezone).toBe('Europe/Amsterdam');
  });

  it('treats Germany as one clock although tzdb also lists the Busingen exclave zone', () => {
    expect(resolveTimezone({ country: 'Germany' })).toEqual({ timezone: 'Europe/Berlin', source: 'country' });
  });

  it('gives no answer for Australia without a city', () => {
    expect(resolveTimezone({ country: 'Australia' })).toEqual({ timezone: null, source: null });
  });

  it('gives no answer for Spain, whose Canary Islands keep another clock', () => {
    expect(resolveTimezone({ country: 'Spain' })).toEqual({ timezone: null, source: null });
  });

  it('gives no answer when nothing is known', () => {
    expect(resolveTimezone({})).toEqual({ timezone: null, source: null });
    expect(resolveTimezone({ city: '  ', country: 'Atlantis' })).toEqual({ timezone: null, source: null });
  });
});

describe('resolveCountryCode', () => {
  it('reads common spellings of the same country', () => {
    for (const name of ['United States', 'United States of America', 'USA', 'U.S.', 'us']) {
      expect(resolveCountryCode(name)).toBe('US');
    }
    expect(resolveCountryCode('Türkiye')).toBe('TR');
    expect(resolveCountryCode('Turkey')).toBe('TR');
    expect(resolveCountryCode('Côte d’Ivoire')).toBe('CI');
  });

  it('returns null for an unknown country', () => {
    expect(resolveCountryCode('Atlantis')).toBeNull();
  });
});
