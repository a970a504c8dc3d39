// What the campaigns say: email bodies (two styles for A/B variants), follow-ups, SMS, LinkedIn
// notes and our answers to replies, filled with the lead's details so CIS can see which
// personalisation fields were used.
import type { Person } from './people.ts';

export interface Theme {
  pain: string;
  outcome: string;
  proof: string;
  subject: string;
  link: string;
}

export const THEMES: Record<string, Theme> = {
  finops: {
    pain: 'month-end close dragging past day ten',
    outcome: 'close the books in four days',
    proof: 'Fernhill Logistics cut their close from 11 days to 4',
    subject: 'Month-end close at {company}',
    link: 'https://northwind.example/close-benchmark',
  },
  revops: {
    pain: 'pipeline numbers nobody trusts in the Monday forecast call',
    outcome: 'a forecast within 5% of what actually lands',
    proof: 'Harborgate Software got their forecast error from 22% to 4%',
    subject: 'Forecast accuracy at {company}',
    link: 'https://northwind.example/forecast-guide',
  },
  logistics: {
    pain: 'carrier invoices that do not match the quotes',
    outcome: 'catch overcharges before they are paid',
    proof: 'Cedarline Retail recovered 3.1% of their freight spend in one quarter',
    subject: 'Freight audit for {company}',
    link: 'https://fernhill.example/freight-audit',
  },
  security: {
    pain: 'security questionnaires stalling enterprise deals',
    outcome: 'answer a 300-question review in an afternoon',
    proof: 'Summitworks Health shortened their security reviews from 3 weeks to 2 days',
    subject: 'Security reviews slowing {company} deals?',
    link: 'https://kestrel.example/trust-center',
  },
  people: {
    pain: 'new hires waiting a week for laptops and accounts',
    outcome: 'day-one ready onboarding',
    proof: 'Bluewave Analytics onboards 40 people a month with zero IT tickets',
    subject: 'Onboarding at {company}',
    link: 'https://kestrel.example/onboarding-checklist',
  },
};

export function theme(key: string | undefined): Theme {
  return THEMES[key ?? 'revops'] ?? THEMES.revops;
}

/** Fills {first_name}, {company}, {city}, {industry}, {title} with the lead's values. */
export function fill(text: string, p: Person): string {
  return text
    .replaceAll('{first_name}', p.firstName)
    .replaceAll('{company}', p.company.name)
    .replaceAll('{city}', p.place.city)
    .replaceAll('{industry}', p.company.industry)
    .replaceAll('{title}', p.title);
}

export function introBody(t: Theme, variant: string, p: Person, calendar: string): string {
  if (variant === 'B') {
    // Question-led with social proof: the style planted to earn more replies.
    return fill(
      `Hi {first_name},\n\nQuick question: is ${t.pain} something your team at {company} still fights with?\n\n` +
        `${t.proof}. If it is on your list this quarter, would a 20-minute call make sense? ` +
        `Here is my calendar: ${calendar}\n\nBest,\nTom`,
      p,
    );
  }
  return fill(
    `Hi {first_name},\n\nMost ${p.company.industry} teams we speak with deal with ${t.pain}. ` +
      `We help companies like {company} ${t.outcome}.\n\nWe wrote up how it works: ${t.link}\n\nBest regards,\nTom`,
    p,
  );
}

export function bumpBody(t: Theme, p: Person): string {
  return fill(
    `Hi {first_name},\n\nBumping this up in case it got buried. ${t.proof}, and the approach carries over to {company}.\n\n` +
      `Worth a look? ${t.link}\n\nTom`,
    p,
  );
}

export function smsBody(t: Theme, p: Person): string {
  return fill(`Hi {first_name}, Tom here. Sent you a note about ${t.pain.split(' ').slice(0, 4).join(' ')} at {company}. 2-min read: ${t.link}`, p);
}

export function linkedinNote(t: Theme, p: Person): string {
  return fill(`Hi {first_name}, I work with ${p.company.industry} teams on ${t.pain.split(' ').slice(0, 3).join(' ')}. Would be great to connect.`, p);
}

export function linkedinMessage(t: Theme, p: Person): string {
  return fill(`Thanks for connecting, {first_name}! ${t.proof}. Happy to share what worked if useful for {company}.`, p);
}

/** Our answer to a reply: book the call, answer the question, address the objection, or thank. */
export function responseBody(intent: string, p: Person, calendar: string, objection?: string): string {
  switch (intent) {
    case 'meeting_request':
    case 'interested':
      return fill(`Great to hear, {first_name}! Grab any slot that suits you here: ${calendar} — looking forward to it.`, p);
    case 'question':
      return fill(`Good question, {first_name}. Short answer: most teams are live in two weeks, and pricing scales with usage. Happy to walk you through it: ${calendar}`, p);
    case 'objection':
      if (objection === 'budget') return fill(`Understood, {first_name}. Most teams fund it from the savings in the first quarter; happy to show the numbers when budgets open up.`, p);
      if (objection === 'timing') return fill(`Makes sense, {first_name}. I will check back in a few months — good luck with the current push.`, p);
      if (objection === 'competitor') return fill(`Thanks {first_name}. Many of our customers switched from a similar tool; if you ever want a side-by-side, I am here.`, p);
      return fill(`Thanks for letting me know, {first_name} — would you point me to the right person at {company}?`, p);
    case 'referral':
      return fill(`Thank you, {first_name}! I will reach out to them and mention you pointed me their way.`, p);
    default:
      return fill(`Thanks for the reply, {first_name}.`, p);
  }
}
