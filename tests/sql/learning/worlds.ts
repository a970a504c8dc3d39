// Small worlds for the learning-quality tests: one client, our own engines on every channel (so
// the month goes straight into SQL through ingest_all_events), base rates raised and effects made
// strong, so a couple of thousand leads carry enough meetings and deals for every planted effect
// to be found in any seed — and the blind evaluation worlds, scaled down, for the never-wrong
// regression.
import { readFileSync } from 'node:fs';
import { parseWorld, type WorldConfig } from '../../../scripts/world/config.ts';

export function named(name: string): WorldConfig {
  return parseWorld(JSON.parse(readFileSync(new URL(`../../../worlds/${name}.json`, import.meta.url), 'utf8')));
}

function base(): WorldConfig {
  return named('default');
}

/** A world of worlds/ with fewer leads (a quicker month with the same planted truths). */
export function scaledWorld(name: string, leads: number): WorldConfig {
  const w = named(name);
  w.leads = leads;
  return parseWorld(w);
}

export function plantedWorld(leads: number): WorldConfig {
  const w = base();
  w.name = 'learning-planted';
  w.start = '2026-06-01';
  w.leads = leads;
  w.ramp_days = 10;
  w.machine = { apple_mpp_share: 0.1, scanner_share: 0.02 };
  w.effects.variant_reply_multiplier = { A: 1, B: 1.3 };
  // Strong, single effects: C-suite alone books at 3× (every other seniority 1×), funded
  // companies win at 3×. The default world's milder mix is the evaluation's to judge.
  w.effects.seniority_meeting_multiplier = { c_suite: 3 };
  w.effects.funding_win_multiplier = { funded: 3, bootstrapped: 1 };
  w.effects.deal_value = { USD: { mean: 24_000, sigma: 0.5 } };
  Object.assign(w.rates, {
    human_open: 0.4, reopen_mean: 0.2, click_given_open: 0.1, reply: 0.3, positive_given_reply: 0.3,
    meeting_request_share: 0.5, book_given_positive: 0.8, reschedule: 0.05, cancel: 0,
    deal_given_held: 0.8, win_given_deal: 0.4,
    other_reply_mix: { objection: 0.5, not_interested: 0.15, out_of_office: 0.12, unsubscribe: 0.03, referral: 0.05, question: 0.15 },
  });
  w.clients = [{
    key: 'learning', name: 'Learning Co', currency: 'USD', share: 1, markets: ['US', 'GB', 'DE'],
    meetings: 'cis', crm: 'cis', competitors: ['Rivalco'],
    campaigns: [{
      key: 'learning-main', name: 'Main sequence', sender: 'cis', share: 1, ab_test: 'Opener test',
      steps: [
        { channel: 'email', day: 0, copy: 'finops', sms_provider: 'twilio', variants: {
          A: { subject: 'Month-end close in 4 days', open_multiplier: 1 },
          B: { subject: 'Quick question about your close', open_multiplier: 1.4 },
        } },
      ],
    }],
  }];
  return parseWorld(w);
}

/** The same world with nothing planted: no multiplier, flat open times, outcomes drawn apart. */
export function nullWorld(leads: number): WorldConfig {
  const w = plantedWorld(leads);
  w.name = 'learning-null';
  w.effects.seniority_meeting_multiplier = {};
  w.effects.variant_reply_multiplier = { A: 1, B: 1 };
  w.effects.open_hours = { peak: [9, 11], peak_share: 1 / 12, flat: true };
  w.effects.objection_mix = { budget: 1, timing: 1, authority: 1, need: 1, competitor: 1 };
  w.effects.funding_win_multiplier = { funded: 1, bootstrapped: 1 };
  w.rates.bounce = { verified: 0, unverified: 0, guessed: 0 };
  w.rates.other_reply_mix.unsubscribe = 0;
  w.behaviour = { stop_on_reply: false, independent_outcomes: true };
  for (const s of w.clients[0].campaigns[0].steps) for (const v of Object.values(s.variants ?? {})) v.open_multiplier = 1;
  return parseWorld(w);
}
