// How a lead behaves: its probabilities of each outcome, from the world's base rates and planted
// effects, and one draw of what it actually does. The probabilities are kept as the lead's TRUTH:
// a segment's true rate is the mean of its leads' probabilities, which is what the report's
// confidence intervals must cover.
import type { CampaignConfig, Objection, WorldConfig } from './config.ts';
import type { Person } from './people.ts';
import type { Random } from './random.ts';
import type { ReplyIntent } from './replies.ts';

/** Exact probabilities of the lead-level outcomes the report measures. */
export interface Truth {
  human_open: number;
  reply: number;
  positive_reply: number;
  meeting_booked: number;
  meeting_held: number;
  deal_won: number;
}

export interface Draw {
  bounced: boolean;
  opener: boolean;
  clicker: boolean;
  replied: boolean;
  intent: ReplyIntent | null;
  objection: Objection | null;
  /** Every reply-worthy channel the lead can be reached on (email unless bounced, SMS, LinkedIn). */
  booked: boolean;
  canceled: boolean;
  rescheduled: boolean;
  held: boolean;
  deal: boolean;
  won: boolean;
  mpp: boolean;
  scanner: boolean;
  smsUndelivered: boolean;
  linkedinAccepted: boolean;
  callConnected: boolean;
}

export interface LeadModel {
  truth: Truth;
  draw: Draw;
  subjectMultiplier: number;
}

const POSITIVE: ReplyIntent[] = ['interested', 'meeting_request'];

export function isFunded(p: Person): boolean {
  return p.company.funded;
}

export function hasStep(c: CampaignConfig, channel: string): boolean {
  return c.steps.some((s) => s.channel === channel);
}

/**
 * The lead's probabilities and one draw of its behaviour. `variant` is what CIS assigned it in the
 * campaign's experiment (null without one).
 */
export function modelLead(rng: Random, world: WorldConfig, campaign: CampaignConfig, p: Person, variant: string | null): LeadModel {
  const { rates, effects } = world;
  const independent = world.behaviour.independent_outcomes;
  const emailFirst = campaign.steps.find((s) => s.channel === 'email');
  const variantSpec = variant && emailFirst?.variants ? emailFirst.variants[variant] : undefined;
  const subjectMultiplier = variantSpec?.open_multiplier ?? 1;

  const pBounce = emailFirst ? (rates.bounce[p.emailStatus] ?? 0) : 0;
  const pOpen = emailFirst ? Math.min(1, rates.human_open * subjectMultiplier) : 0;
  const hasSms = hasStep(campaign, 'sms') && p.phone !== null;
  const hasLinkedin = hasStep(campaign, 'linkedin_connection') || hasStep(campaign, 'linkedin_message');
  // A reply needs a written channel that reached the lead.
  // (In the null world an unaccepted LinkedIn request cannot be answered: replies never force it.)
  const pLinkedinUnreachable = hasLinkedin ? (independent ? 1 - rates.linkedin.accept : 0) : 1;
  const pNoWrittenChannel = (emailFirst ? pBounce : 1) * (hasSms ? rates.sms.undelivered : 1) * pLinkedinUnreachable;
  const pReplyWanted = Math.min(1, rates.reply * (variant ? (effects.variant_reply_multiplier[variant] ?? 1) : 1));
  const pReply = pReplyWanted * (1 - pNoWrittenChannel);
  const pPositive = Math.min(0.95, rates.positive_given_reply * (effects.seniority_meeting_multiplier[p.seniority] ?? 1));
  const pShow = effects.show_rate;
  const pWin = Math.min(1, rates.win_given_deal * (isFunded(p) ? effects.funding_win_multiplier.funded : effects.funding_win_multiplier.bootstrapped));
  // Objectors can book after our answer: P(objection | reply, not positive) × book_given_objection.
  const mixTotal = Object.values(rates.other_reply_mix).reduce((a, b) => a + b, 0);
  const pObjectionBooks = mixTotal > 0 ? (rates.other_reply_mix.objection / mixTotal) * rates.book_given_objection : 0;
  const pBooked = independent
    ? rates.reply * rates.positive_given_reply * rates.book_given_positive
    : pReply * (pPositive * rates.book_given_positive + (1 - pPositive) * pObjectionBooks);
  const pHeldGivenBooked = (1 - rates.cancel) * pShow;
  const pHeld = pBooked * pHeldGivenBooked;
  const pWon = independent
    ? rates.reply * rates.positive_given_reply * rates.book_given_positive * pHeldGivenBooked * rates.deal_given_held * pWin
    : pHeld * rates.deal_given_held * pWin;
  const truth: Truth = {
    human_open: (1 - pBounce) * pOpen,
    reply: pReply,
    positive_reply: pReply * pPositive,
    meeting_booked: pBooked,
    meeting_held: pHeld,
    deal_won: pWon,
  };

  const bounced = rng.chance(pBounce);
  const smsUndelivered = rng.chance(rates.sms.undelivered);
  const linkedinAccepted = rng.chance(rates.linkedin.accept);
  const written = (!bounced && emailFirst) || (hasSms && !smsUndelivered) || (hasLinkedin && (!independent || linkedinAccepted));
  const replied = written ? rng.chance(pReplyWanted) : false;
  let intent: ReplyIntent | null = null;
  let objection: Objection | null = null;
  if (replied) {
    if (rng.chance(pPositive)) intent = rng.chance(rates.meeting_request_share) ? 'meeting_request' : 'interested';
    else intent = rng.weighted(rates.other_reply_mix) as ReplyIntent;
    if (intent === 'objection') objection = rng.weighted(effects.objection_mix) as Objection;
  }
  const positive = intent !== null && POSITIVE.includes(intent);
  // (Drawn only when an objector could book, so worlds without book_given_objection keep their draws.)
  const booked = independent
    ? rng.chance(pBooked)
    : positive ? rng.chance(rates.book_given_positive)
    : intent === 'objection' && rates.book_given_objection > 0 && rng.chance(rates.book_given_objection);
  const canceled = booked && rng.chance(rates.cancel);
  const held = booked && !canceled && rng.chance(pShow);
  const deal = independent ? rng.chance(pBooked * pHeldGivenBooked * rates.deal_given_held) : held && rng.chance(rates.deal_given_held);
  const won = deal && rng.chance(pWin);
  const opener = !bounced && rng.chance(pOpen);
  return {
    subjectMultiplier,
    truth,
    draw: {
      bounced,
      opener,
      clicker: independent ? !bounced && rng.chance(pOpen * rates.click_given_open) : opener && rng.chance(rates.click_given_open),
      replied,
      intent,
      objection,
      booked,
      canceled,
      rescheduled: booked && rng.chance(rates.reschedule),
      held,
      deal,
      won,
      mpp: rng.chance(world.machine.apple_mpp_share),
      scanner: rng.chance(world.machine.scanner_share),
      smsUndelivered,
      linkedinAccepted,
      callConnected: rng.chance(rates.call.connect),
    },
  };
}
