import { describe, expect, it } from 'vitest';
import { loadWorld, parseWorld, startDate } from '../../../scripts/world/config.ts';

const path = (name: string) => new URL(`../../../worlds/${name}.json`, import.meta.url).pathname;

describe('world config files', () => {
  it('reads the default and the null world', () => {
    expect(loadWorld(path('default')).clients.map((c) => c.key)).toEqual(['northwind', 'fernhill', 'kestrel']);
    expect(loadWorld(path('null')).behaviour.independent_outcomes).toBe(true);
  });

  it('keeps every planted effect of the issue in the default world', () => {
    const w = loadWorld(path('default'));
    expect(w.effects.seniority_meeting_multiplier.c_suite / w.effects.seniority_meeting_multiplier.manager).toBe(2);
    expect(w.effects.open_hours.peak).toEqual([9, 11]);
    expect(w.effects.variant_reply_multiplier.B / w.effects.variant_reply_multiplier.A).toBeCloseTo(1.3);
    const mix = w.effects.objection_mix;
    expect(Object.entries(mix).sort((a, b) => b[1] - a[1])[0][0]).toBe('budget');
    expect(w.effects.show_rate).toBe(0.7);
  });

  it('has no effect anywhere in the null world', () => {
    const w = loadWorld(path('null'));
    expect(Object.values(w.effects.seniority_meeting_multiplier).every((m) => m === 1)).toBe(true);
    expect(new Set(Object.values(w.effects.variant_reply_multiplier))).toEqual(new Set([1]));
    expect(w.effects.funding_win_multiplier).toEqual({ funded: 1, bootstrapped: 1 });
    expect(w.effects.open_hours.flat).toBe(true);
    expect(new Set(Object.values(w.rates.bounce))).toEqual(new Set([0]));
    for (const c of w.clients) for (const k of c.campaigns) for (const s of k.steps) {
      for (const v of Object.values(s.variants ?? {})) expect(v.open_multiplier).toBe(1);
    }
  });

  it('names the field a bad world file gets wrong', () => {
    const w = JSON.parse(JSON.stringify(loadWorld(path('default'))));
    w.effects.show_rate = 1.7;
    expect(() => parseWorld(w)).toThrow(/effects\.show_rate/);
  });

  it('refuses A/B variants on a vendor campaign (CIS assigns variants; a vendor would disagree)', () => {
    const w = JSON.parse(JSON.stringify(loadWorld(path('default'))));
    w.clients[0].campaigns[1].ab_test = 'x';
    w.clients[0].campaigns[1].steps[0].variants = { A: { subject: 'a' }, B: { subject: 'b' } };
    expect(() => parseWorld(w)).toThrow(/need sender "cis"/);
  });

  it('starts an automatic month on the Monday ten weeks back', () => {
    const start = startDate(loadWorld(path('default')), new Date('2026-11-28T12:00:00Z'));
    expect(start.toISOString()).toBe('2026-09-14T00:00:00.000Z');
    expect(start.getUTCDay()).toBe(1);
  });
});
