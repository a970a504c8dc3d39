import { describe, expect, it } from 'vitest';
import { parseWorld } from '../../../scripts/world/config.ts';
import { seeded } from '../../../scripts/world/random.ts';
import { atLocal, humanOpenTime, localParts, openHourWeights, sendTime } from '../../../scripts/world/timing.ts';
import { world } from './helpers.ts';

describe('local time', () => {
  it('finds the instant a wall clock shows, across zones and daylight-saving changes', () => {
    for (const [tz, day] of [['America/New_York', '2026-03-08'], ['Europe/Berlin', '2026-10-25'], ['Australia/Sydney', '2026-10-04'], ['Asia/Kolkata', '2026-06-01']] as const) {
      const at = atLocal(new Date(`${day}T00:00:00Z`), 10, 15, 0, tz);
      const p = localParts(at, tz);
      expect([p.year, p.month, p.day, p.hour, p.minute], tz).toEqual([Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8)), 10, 15]);
    }
  });

  it('sends only on working days between 8:00 and 17:00 lead time', () => {
    const rng = seeded(3);
    for (let i = 0; i < 500; i++) {
      const at = sendTime(rng, new Date(Date.UTC(2026, 8, 1 + (i % 30))), 'America/Los_Angeles');
      const p = localParts(at, 'America/Los_Angeles');
      expect(p.weekday).toBeLessThan(5);
      expect(p.hour).toBeGreaterThanOrEqual(8);
      expect(p.hour).toBeLessThan(17);
    }
  });
});

describe('human opens', () => {
  it('never come before the email was sent', () => {
    const rng = seeded(9);
    const weights = openHourWeights(world('default', 10));
    for (let i = 0; i < 2000; i++) {
      const sent = sendTime(rng, new Date(Date.UTC(2026, 8, 1 + (i % 28))), 'Europe/London');
      expect(humanOpenTime(rng, sent, 'Europe/London', weights, false).getTime()).toBeGreaterThan(sent.getTime());
    }
  });

  it('fall in the planted 9–11 window at the planted share, in the lead own time zone', () => {
    const rng = seeded(11);
    const weights = openHourWeights(world('default', 10));
    let inPeak = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const tz = rng.pick(['America/Chicago', 'Europe/Berlin', 'Australia/Sydney']);
      const sent = sendTime(rng, new Date(Date.UTC(2026, 8, 1 + (i % 28))), tz);
      const h = localParts(humanOpenTime(rng, sent, tz, weights, false), tz).hour;
      if (h >= 9 && h < 11) inPeak++;
    }
    // 45% planted; ±1.5 points is over four standard errors at n = 20,000.
    expect(inPeak / n).toBeGreaterThan(0.435);
    expect(inPeak / n).toBeLessThan(0.465);
  });

  it('are spread evenly over the day in a flat (null) world', () => {
    const w = world('null', 10);
    const weights = openHourWeights(w);
    expect(new Set(weights.map((x) => x.toFixed(6))).size).toBe(1);
    const bad = parseWorld({ ...JSON.parse(JSON.stringify(w)), effects: { ...w.effects, open_hours: { peak: [9, 11], peak_share: 0.45, flat: false } } });
    expect(openHourWeights(bad)[9]).toBeCloseTo(0.225);
  });
});
