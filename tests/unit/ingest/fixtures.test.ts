import { describe, expect, it } from 'vitest';
import { canonicalEventSchema, type Provider } from '../../../shared/ingest/canonical.ts';
import { fixtureNames, parse, raw } from './helpers.ts';

const VENDORS: Provider[] = ['smartlead', 'salesforge', 'instantly', 'lemlist', 'twilio', 'calendly', 'calcom', 'hubspot', 'pipedrive'];
// Fixtures that are acknowledged without producing an event, and why.
const SKIPPED: Record<string, string> = { 'smartlead/MANUAL_STEP_REACHED.json': 'not an engagement event' };

describe('every vendor fixture in the reference', () => {
  for (const provider of VENDORS) {
    for (const file of fixtureNames(provider)) {
      const path = `${provider}/${file}`;
      it(`${path} parses to valid canonical events`, () => {
        const r = parse(provider, raw(path));
        expect(r.ok, JSON.stringify(r)).toBe(true);
        if (!r.ok) return;
        if (SKIPPED[path]) {
          expect(r.events).toEqual([]);
          expect(r.skipped?.[0]?.reason).toBe(SKIPPED[path]);
          return;
        }
        expect(r.events.length).toBeGreaterThan(0);
        for (const e of r.events) {
          expect(canonicalEventSchema.safeParse(e).success).toBe(true);
          expect(e.provider).toBe(provider);
          expect(e.event_key.length).toBeGreaterThan(0);
        }
        expect(new Set(r.events.map((e) => e.event_key)).size).toBe(r.events.length);
      });
    }
  }

  it('gives distinct idempotency keys to distinct fixtures of the same provider', () => {
    for (const provider of VENDORS) {
      const keys = fixtureNames(provider).flatMap((f) => {
        const r = parse(provider, raw(`${provider}/${f}`));
        return r.ok ? r.events.map((e) => e.event_key) : [];
      });
      // FIRST_EMAIL_SENT deliberately shares EMAIL_SENT's key (same send, reported twice); the two
      // Calendly cancel fixtures are alternative histories of one invitee, who is canceled once.
      const expectedDuplicates = provider === 'smartlead' || provider === 'calendly' ? 1 : 0;
      expect(keys.length - new Set(keys).size, provider).toBe(expectedDuplicates);
    }
  });
});
