// The world config file (worlds/*.json, documented field by field in worlds/README.md): who the
// agency's clients are, what their campaigns send, how leads behave, and the planted truths the
// report must find. Validated with zod so a typo in a world file fails loudly, naming the field.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const probability = z.number().min(0).max(1);
const multiplier = z.number().min(0).max(20);
const multipliers = z.record(z.string(), multiplier);

export const SENDERS = ['cis', 'smartlead', 'instantly', 'lemlist', 'salesforge'] as const;
export type Sender = (typeof SENDERS)[number];
export const STEP_CHANNELS = ['email', 'sms', 'linkedin_connection', 'linkedin_message', 'call'] as const;
export type StepChannel = (typeof STEP_CHANNELS)[number];
export const OBJECTIONS = ['budget', 'timing', 'authority', 'need', 'competitor'] as const;
export type Objection = (typeof OBJECTIONS)[number];

const variant = z.object({
  subject: z.string().min(1).max(200).optional(),
  /** Planted: multiplies the lead's chance of opening (humans only) when this is its first email. */
  open_multiplier: multiplier.default(1),
});

const step = z.object({
  channel: z.enum(STEP_CHANNELS),
  /** Days after the lead's first touch (weekend sends move to Monday). */
  day: z.number().int().min(0).max(60),
  /** Email/SMS/LinkedIn copy: a theme key of scripts/world/copy.ts. */
  copy: z.string().optional(),
  subject: z.string().min(1).max(200).optional(),
  /** A/B variants of this step (the campaign's experiment); labels as in ab_test_variants. */
  variants: z.record(z.string().regex(/^[A-Z]$/), variant).optional(),
  /** SMS is sent through Twilio unless this says `cis`. */
  sms_provider: z.enum(['twilio', 'cis']).default('twilio'),
});

const campaign = z.object({
  key: z.string().regex(/^[a-z0-9-]{2,40}$/),
  name: z.string().min(1),
  /** Who sends the emails: our own engines (`cis` events) or a vendor (its webhooks). */
  sender: z.enum(SENDERS),
  /** Share of the client's leads in this campaign (the rest of the client's leads are not contacted). */
  share: probability,
  /** Name of the A/B test on the step with variants; CIS holds each lead's variant (setup.ts assignVariants). */
  ab_test: z.string().min(1).optional(),
  steps: z.array(step).min(1),
});

const client = z.object({
  key: z.string().regex(/^[a-z0-9-]{2,40}$/),
  name: z.string().min(1),
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** Share of the world's leads that belong to this client. */
  share: probability,
  /** Markets the client prospects in: country codes of scripts/world/places.ts. */
  markets: z.array(z.string()).min(1),
  meetings: z.enum(['calendly', 'calcom', 'cis']),
  crm: z.enum(['hubspot', 'pipedrive', 'cis']),
  /** Competitor company names (engagement_settings.competitor_names); some leads worked there. */
  competitors: z.array(z.string().min(2)).default([]),
  campaigns: z.array(campaign).min(1),
});

const effects = z.object({
  /** Planted WHO effect: multiplies P(positive | reply), hence meetings, by Apollo seniority. */
  seniority_meeting_multiplier: multipliers.default({}),
  /** Planted A/B effect: multiplies P(reply) by the lead's variant. */
  variant_reply_multiplier: multipliers.default({}),
  /** Planted WHEN effect: human opens, lead local time. */
  open_hours: z.object({
    /** [start, end) local hours of the peak. */
    peak: z.tuple([z.number().int().min(0).max(23), z.number().int().min(1).max(24)]),
    /** Share of human opens inside the peak (flat = 0 means: uniform over the whole day). */
    peak_share: probability,
    /** Uniform over 24 hours and 7 days, ignoring peak: the null world. */
    flat: z.boolean().default(false),
  }),
  /** Planted CONVERSATION effect: which objection an objecting lead raises. */
  objection_mix: z.record(z.enum(OBJECTIONS), z.number().min(0)),
  /** Planted FUNNEL effect: P(showed up | meeting took place). */
  show_rate: probability,
  /** Planted deal predictor: multiplies P(won | deal) for funded vs bootstrapped companies. */
  funding_win_multiplier: z.object({ funded: multiplier, bootstrapped: multiplier }),
  /** Planted deal value per currency: log-normal with this mean (and log-scale sigma). */
  deal_value: z.record(z.string().regex(/^[A-Z]{3}$/), z.object({ mean: z.number().positive(), sigma: z.number().min(0).max(2) })),
});

const rates = z.object({
  bounce: z.record(z.string(), probability),
  human_open: probability,
  reopen_mean: z.number().min(0).max(10),
  click_given_open: probability,
  reply: probability,
  positive_given_reply: probability,
  /** Among positive replies: how many ask for a meeting outright (the rest say they are interested). */
  meeting_request_share: probability,
  /** What the other, non-positive replies are. */
  other_reply_mix: z.object({
    objection: z.number().min(0), not_interested: z.number().min(0), out_of_office: z.number().min(0),
    unsubscribe: z.number().min(0), referral: z.number().min(0), question: z.number().min(0),
  }),
  book_given_positive: probability,
  /** P(books a meeting | objected, after our answer): some objections are answered well. 0 when absent. */
  book_given_objection: probability.default(0),
  reschedule: probability,
  cancel: probability,
  deal_given_held: probability,
  win_given_deal: probability,
  linkedin: z.object({ accept: probability, profile_view: probability, post_engaged: probability }),
  call: z.object({ connect: probability, voicemail_listened: probability }),
  sms: z.object({ undelivered: probability, click: probability }),
  /** Share of our written touches and replies written by AI (the rest by a person). */
  ai_written: probability,
});

const behaviour = z.object({
  /** Sequences stop for a lead once it replied (true in real life). */
  stop_on_reply: z.boolean().default(true),
  /**
   * Every lead-level outcome (open, click, reply, meeting, show, deal, win) is drawn on its own,
   * unlinked from the others (meetings come through the booking link, not from replies): the null
   * world, where no segment of any dimension may predict any outcome.
   */
  independent_outcomes: z.boolean().default(false),
});

export const worldSchema = z.object({
  name: z.string().min(1),
  description: z.string().default(''),
  /** First day of the month simulated (YYYY-MM-DD), or `auto`: the Monday ten weeks before today. */
  start: z.union([z.literal('auto'), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).default('auto'),
  days: z.number().int().min(7).max(120),
  /** Apollo people imported (all clients together). */
  leads: z.number().int().min(10).max(500_000),
  /** Days over which leads enter their sequences (staggered starts). */
  ramp_days: z.number().int().min(1).max(60).default(14),
  machine: z.object({
    /** Leads whose mail app pre-fetches pixels (Apple Mail Privacy Protection): every email "opened" at delivery. */
    apple_mpp_share: probability,
    /** Leads behind a link scanner: every link of every email clicked within seconds of delivery. */
    scanner_share: probability,
  }),
  effects,
  rates,
  behaviour: behaviour.default({ stop_on_reply: true, independent_outcomes: false }),
  clients: z.array(client).min(1),
});

export type WorldConfig = z.infer<typeof worldSchema>;
export type ClientConfig = WorldConfig['clients'][number];
export type CampaignConfig = ClientConfig['campaigns'][number];
export type StepConfig = CampaignConfig['steps'][number];

export function parseWorld(json: unknown): WorldConfig {
  const r = worldSchema.safeParse(json);
  if (!r.success) {
    const lines = r.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`invalid world config:\n${lines.join('\n')}`);
  }
  const world = r.data;
  const keys = new Set<string>();
  for (const c of world.clients) {
    for (const k of [c.key, ...c.campaigns.map((x) => x.key)]) {
      if (keys.has(k)) throw new Error(`invalid world config: key "${k}" is used twice`);
      keys.add(k);
    }
    for (const campaign of c.campaigns) {
      const withVariants = campaign.steps.filter((s) => s.variants);
      if (withVariants.length > 1) throw new Error(`invalid world config: campaign ${campaign.key} has variants on more than one step`);
      if (withVariants.length === 1 && !campaign.ab_test) throw new Error(`invalid world config: campaign ${campaign.key} has variants but no ab_test name`);
      if (withVariants.length === 1 && campaign.sender !== 'cis') {
        // CIS holds the variant (sticky per lead); a vendor splitting on its own would disagree.
        throw new Error(`invalid world config: campaign ${campaign.key}: A/B variants need sender "cis"`);
      }
    }
  }
  return world;
}

export function loadWorld(path: string): WorldConfig {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read world file ${path}: ${(error as Error).message}`);
  }
  return parseWorld(json);
}

/** The first simulated day (UTC midnight): the configured date, or the Monday ten weeks ago. */
export function startDate(world: WorldConfig, today = new Date()): Date {
  if (world.start !== 'auto') return new Date(`${world.start}T00:00:00Z`);
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - 70));
  const weekday = (d.getUTCDay() + 6) % 7; // 0 = Monday
  d.setUTCDate(d.getUTCDate() - weekday);
  return d;
}
