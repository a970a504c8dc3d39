// Where leads live: city, state and country as Apollo writes them, with the IANA zone (the WHEN
// detector works in the lead's local time) and a phone prefix for made-up numbers.

export interface Place {
  city: string;
  state: string;
  country: string;
  timezone: string;
  /** E.164 country code and a plausible area code. */
  phone: string;
  weight: number;
}

export const MARKETS: Record<string, { country: string; first: string; last: string; places: Place[] }> = {
  US: {
    country: 'United States', first: 'en', last: 'en',
    places: [
      { city: 'New York', state: 'New York', country: 'United States', timezone: 'America/New_York', phone: '+1212', weight: 14 },
      { city: 'Boston', state: 'Massachusetts', country: 'United States', timezone: 'America/New_York', phone: '+1617', weight: 6 },
      { city: 'Atlanta', state: 'Georgia', country: 'United States', timezone: 'America/New_York', phone: '+1404', weight: 4 },
      { city: 'Chicago', state: 'Illinois', country: 'United States', timezone: 'America/Chicago', phone: '+1312', weight: 7 },
      { city: 'Austin', state: 'Texas', country: 'United States', timezone: 'America/Chicago', phone: '+1512', weight: 5 },
      { city: 'Dallas', state: 'Texas', country: 'United States', timezone: 'America/Chicago', phone: '+1214', weight: 4 },
      { city: 'Denver', state: 'Colorado', country: 'United States', timezone: 'America/Denver', phone: '+1303', weight: 3 },
      { city: 'San Francisco', state: 'California', country: 'United States', timezone: 'America/Los_Angeles', phone: '+1415', weight: 9 },
      { city: 'Los Angeles', state: 'California', country: 'United States', timezone: 'America/Los_Angeles', phone: '+1213', weight: 5 },
      { city: 'Seattle', state: 'Washington', country: 'United States', timezone: 'America/Los_Angeles', phone: '+1206', weight: 4 },
    ],
  },
  CA: {
    country: 'Canada', first: 'en', last: 'en',
    places: [
      { city: 'Toronto', state: 'Ontario', country: 'Canada', timezone: 'America/Toronto', phone: '+1416', weight: 6 },
      { city: 'Vancouver', state: 'British Columbia', country: 'Canada', timezone: 'America/Vancouver', phone: '+1604', weight: 3 },
    ],
  },
  GB: {
    country: 'United Kingdom', first: 'en', last: 'en',
    places: [
      { city: 'London', state: 'England', country: 'United Kingdom', timezone: 'Europe/London', phone: '+4420', weight: 10 },
      { city: 'Manchester', state: 'England', country: 'United Kingdom', timezone: 'Europe/London', phone: '+44161', weight: 3 },
      { city: 'Edinburgh', state: 'Scotland', country: 'United Kingdom', timezone: 'Europe/London', phone: '+44131', weight: 2 },
    ],
  },
  IE: {
    country: 'Ireland', first: 'en', last: 'en',
    places: [{ city: 'Dublin', state: 'County Dublin', country: 'Ireland', timezone: 'Europe/Dublin', phone: '+3531', weight: 3 }],
  },
  DE: {
    country: 'Germany', first: 'de', last: 'de',
    places: [
      { city: 'Berlin', state: 'Berlin', country: 'Germany', timezone: 'Europe/Berlin', phone: '+4930', weight: 6 },
      { city: 'Munich', state: 'Bavaria', country: 'Germany', timezone: 'Europe/Berlin', phone: '+4989', weight: 5 },
      { city: 'Hamburg', state: 'Hamburg', country: 'Germany', timezone: 'Europe/Berlin', phone: '+4940', weight: 4 },
      { city: 'Frankfurt', state: 'Hesse', country: 'Germany', timezone: 'Europe/Berlin', phone: '+4969', weight: 3 },
    ],
  },
  NL: {
    country: 'Netherlands', first: 'nl', last: 'nl',
    places: [
      { city: 'Amsterdam', state: 'North Holland', country: 'Netherlands', timezone: 'Europe/Amsterdam', phone: '+3120', weight: 5 },
      { city: 'Rotterdam', state: 'South Holland', country: 'Netherlands', timezone: 'Europe/Amsterdam', phone: '+3110', weight: 2 },
    ],
  },
  FR: {
    country: 'France', first: 'fr', last: 'fr',
    places: [
      { city: 'Paris', state: 'Île-de-France', country: 'France', timezone: 'Europe/Paris', phone: '+331', weight: 6 },
      { city: 'Lyon', state: 'Auvergne-Rhône-Alpes', country: 'France', timezone: 'Europe/Paris', phone: '+334', weight: 2 },
    ],
  },
  ES: {
    country: 'Spain', first: 'es', last: 'es',
    places: [
      { city: 'Madrid', state: 'Community of Madrid', country: 'Spain', timezone: 'Europe/Madrid', phone: '+3491', weight: 3 },
      { city: 'Barcelona', state: 'Catalonia', country: 'Spain', timezone: 'Europe/Madrid', phone: '+3493', weight: 3 },
    ],
  },
  SE: {
    country: 'Sweden', first: 'sv', last: 'sv',
    places: [{ city: 'Stockholm', state: 'Stockholm County', country: 'Sweden', timezone: 'Europe/Stockholm', phone: '+468', weight: 3 }],
  },
  AU: {
    country: 'Australia', first: 'en', last: 'en',
    places: [
      { city: 'Sydney', state: 'New South Wales', country: 'Australia', timezone: 'Australia/Sydney', phone: '+612', weight: 4 },
      { city: 'Melbourne', state: 'Victoria', country: 'Australia', timezone: 'Australia/Melbourne', phone: '+613', weight: 3 },
    ],
  },
};

export function marketOf(code: string) {
  const m = MARKETS[code];
  if (!m) throw new Error(`unknown market ${code}; one of ${Object.keys(MARKETS).join(', ')}`);
  return m;
}
