import { describe, expect, it } from 'vitest';
import { parseApolloPayload } from '../../../shared/apollo/normalize.ts';
import { bulkMatchPayloads } from '../../../scripts/world/apollo.ts';
import { segmentTruth } from '../../../scripts/world/index.ts';
import { fingerprint, toRequests } from '../../../scripts/world/push.ts';
import { populate } from '../../../scripts/world/world.ts';
import { plantedWorld } from '../../sql/learning/worlds.ts';
import { encoded, month, TODAY, world } from './helpers.ts';

describe('a generated world', () => {
  it('is the same month for the same seed, and another month for another seed', () => {
    const w = world('default', 800);
    const a = fingerprint(toRequests(encoded(w, 1).outs));
    expect(fingerprint(toRequests(encoded(w, 1).outs))).toBe(a);
    expect(fingerprint(toRequests(encoded(w, 2).outs))).not.toBe(a);
  });

  it('imports as Apollo people the real lead import accepts, attributes intact', () => {
    const pop = populate(world('default', 300), 4, TODAY);
    const people = pop.leads.map((l) => l.person);
    for (const payload of bulkMatchPayloads(people, 100)) {
      const parsed = parseApolloPayload(payload);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
      for (const r of parsed.records) {
        if (r.kind !== 'person') continue;
        const p = people.find((x) => x.apolloId === r.apollo_id)!;
        expect(r.seniority).toBe(p.seniority);
        expect(r.email).toBe(p.email);
        // Apollo's zone when it sent one; otherwise CIS resolves the same zone from the city.
        expect(r.timezone).toBe(p.place.timezone);
        expect(r.company_employee_count).toBe(p.company.employees);
        expect(r.company_technologies.length).toBeGreaterThan(0);
      }
    }
  });

  it('gives some leads a past job at one of their client competitors', () => {
    const pop = populate(world('default', 3000), 4, TODAY);
    const alumni = pop.leads.filter((l) => l.person.competitorAlumnus);
    expect(alumni.length).toBeGreaterThan(50);
    for (const l of alumni) expect(l.client.competitors).toContain(l.person.competitorAlumnus);
  });

  it('plants C-suite positive replies at twice the managers rate (about 1.9× their meetings) and funded wins at twice the bootstrapped', () => {
    const m = month(world('default', 8000), 6);
    const positive = segmentTruth(m.truths, (t) => t.lead.person.seniority, 'positive_reply');
    const positiveRatio = positive.get('c_suite')!.rate / positive.get('manager')!.rate;
    expect(positiveRatio).toBeGreaterThan(1.95);
    expect(positiveRatio).toBeLessThan(2.05);
    // Meetings follow positive replies — and 5% of answered objections (worlds/README.md), which
    // dilute the ratio: (0.6·0.6 + 0.4·0.4·0.05) / (0.3·0.6 + 0.7·0.4·0.05) = 1.90.
    const bySeniority = segmentTruth(m.truths, (t) => t.lead.person.seniority, 'meeting_booked');
    const ratio = bySeniority.get('c_suite')!.rate / bySeniority.get('manager')!.rate;
    expect(ratio).toBeGreaterThan(1.85);
    expect(ratio).toBeLessThan(1.95);
    const byFunding = segmentTruth(m.truths, (t) => (t.lead.person.company.funded ? 'funded' : 'bootstrapped'), 'deal_won');
    const wins = byFunding.get('funded')!.rate / byFunding.get('bootstrapped')!.rate;
    expect(wins).toBeGreaterThan(1.9);
    expect(wins).toBeLessThan(2.1);
  });

  it('draws what it plants: booked meetings, replies and wins match the summed probabilities', () => {
    // A planted rate is each lead's probability; the month must be one honest draw of them, or
    // the learning tests would judge CIS against the wrong truth. Each count lies within 3.5
    // standard errors of its expectation (the sum of the probabilities). The learning tests' world,
    // whose raised rates make a 15% slip in one segment stand out.
    const m = month(plantedWorld(40_000), 21);
    const leadsWith = (pick: (h: (typeof m.happenings)[number]) => string | null) =>
      new Set(m.happenings.map(pick).filter((e): e is string => e !== null));
    const booked = leadsWith((h) => (h.type === 'meeting' && h.kind === 'created' ? h.meeting.person.email : null));
    const replied = leadsWith((h) => (h.type === 'reply' ? h.touch.person.email : null));
    const won = leadsWith((h) => (h.type === 'deal' && h.kind === 'won' ? h.deal.person.email : null));
    const checks = [
      ...[...new Set(m.truths.map((t) => t.lead.person.seniority))].map((s) =>
        ({ name: `booked ${s}`, leads: m.truths.filter((t) => t.lead.person.seniority === s), outcome: 'meeting_booked' as const, happened: booked })),
      ...['A', 'B'].map((v) => ({ name: `replied ${v}`, leads: m.truths.filter((t) => t.variant === v), outcome: 'reply' as const, happened: replied })),
      { name: 'won', leads: m.truths, outcome: 'deal_won' as const, happened: won },
    ];
    const far = checks.flatMap(({ name, leads, outcome, happened }) => {
      const expected = leads.reduce((s, t) => s + t.truth[outcome], 0);
      const variance = leads.reduce((s, t) => s + t.truth[outcome] * (1 - t.truth[outcome]), 0);
      const observed = leads.filter((t) => happened.has(t.lead.person.email)).length;
      const z = (observed - expected) / Math.sqrt(variance);
      return Math.abs(z) < 3.5 ? [] : [{ name, observed, expected: Math.round(expected), z }];
    });
    expect(checks.length).toBeGreaterThan(8);
    expect(far).toEqual([]);
  });

  it('books meetings only after a positive reply or an objection, and after our answer, in the real world', () => {
    const m = month(world('default', 6000), 8);
    const replied = new Map<string, { at: Date; intent: string }>();
    const answered = new Map<string, Date>();
    for (const h of m.happenings) {
      if (h.type === 'reply') replied.set(h.touch.person.email, { at: h.at, intent: h.intent });
      if (h.type === 'touch' && h.touch.inReplyTo) answered.set(h.touch.person.email, h.at);
    }
    const booked = m.happenings.filter((h) => h.type === 'meeting' && h.kind === 'created' && !h.replaces);
    expect(booked.length).toBeGreaterThan(20);
    const intents = new Set<string>();
    for (const h of booked) {
      if (h.type !== 'meeting') continue;
      const reply = replied.get(h.meeting.person.email)!;
      intents.add(reply.intent);
      expect(['interested', 'meeting_request', 'objection']).toContain(reply.intent);
      expect(answered.get(h.meeting.person.email)!.getTime()).toBeLessThan(h.at.getTime());
    }
    // Some answered objections book, as real ones do (worlds/default.json book_given_objection).
    expect(intents.has('objection')).toBe(true);
  });

  it('keeps every outcome apart from every attribute and from the touches in the null world', () => {
    const m = month(world('null', 6000), 9);
    const rates = [...segmentTruth(m.truths, (t) => t.lead.person.seniority, 'meeting_booked').values()].map((s) => s.rate);
    expect(Math.max(...rates) - Math.min(...rates)).toBeLessThan(1e-12);
    const replied = new Set(m.happenings.filter((h) => h.type === 'reply').map((h) => h.type === 'reply' ? h.touch.person.email : ''));
    const touches = new Map<string, number>();
    for (const h of m.happenings) if (h.type === 'touch') touches.set(h.touch.person.email, (touches.get(h.touch.person.email) ?? 0) + 1);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const yes = [...touches].filter(([e]) => replied.has(e)).map(([, n]) => n);
    const no = [...touches].filter(([e]) => !replied.has(e)).map(([, n]) => n);
    expect(yes.length).toBeGreaterThan(100);
    // Same sequence whatever the lead said: the means differ by sampling noise only.
    expect(Math.abs(mean(yes) - mean(no))).toBeLessThan(0.25);
  });
});
