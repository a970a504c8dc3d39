/**
 * The one output contract of the reply analyser (issue 5, THREAD-004/005), shared by the offline
 * and the OpenAI engine. Label definitions live here, in `.describe()`, because the OpenAI engine
 * sends them to the model: the prompt and the label guide the offline model was trained on say the same.
 */
import { z } from 'zod';

export const INTENTS = [
  'interested',
  'meeting_request',
  'question',
  'objection',
  'not_interested',
  'referral',
  'out_of_office',
  'unsubscribe',
] as const;
export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export const OBJECTION_TYPES = ['timing', 'budget', 'authority', 'need', 'competitor'] as const;
/** The spec's `rejection_reason_type` enum (027), in its order. */
export const REJECTION_REASONS = [
  'timing_not_now',
  'budget_constraints',
  'using_competitor',
  'not_decision_maker',
  'no_need',
  'bad_experience',
  'too_busy',
  'not_interested_generic',
  'do_not_contact',
  'other',
] as const;
export const REPLY_CHANNELS = ['email', 'sms', 'linkedin'] as const;

export type Intent = (typeof INTENTS)[number];
export type Sentiment = (typeof SENTIMENTS)[number];
export type ObjectionType = (typeof OBJECTION_TYPES)[number];
export type RejectionReason = (typeof REJECTION_REASONS)[number];
export type ReplyChannel = (typeof REPLY_CHANNELS)[number];

/** Which rejection reasons each objection type may carry (BANT + competitor, REPORT section 4). */
export const REASONS_BY_OBJECTION: Record<ObjectionType, readonly RejectionReason[]> = {
  timing: ['timing_not_now', 'too_busy'],
  budget: ['budget_constraints'],
  authority: ['not_decision_maker'],
  need: ['no_need'],
  competitor: ['using_competitor'],
};
/** Reasons a refusal without an addressable objection may carry. */
export const NOT_INTERESTED_REASONS: readonly RejectionReason[] = [
  'not_interested_generic',
  'bad_experience',
  'other',
];

export const IntentSchema = z.enum(INTENTS).describe(
  [
    'Primary intent of the reply, first rule that applies wins:',
    'unsubscribe = any opt-out or request to stop contact (STOP, remove me, do not contact, hostility about being contacted);',
    'out_of_office = automatic or personal notice of temporary absence;',
    'referral = points us to another person, role-with-name or address;',
    'meeting_request = proposes, accepts or asks to schedule a call, demo or meeting;',
    'objection = declines or defers for an addressable reason (timing, budget, authority without a pointer, need, competitor);',
    'not_interested = refusal without an addressable reason, including bad past experience;',
    'question = asks a specific question about the offer (price, features, integrations, security, terms);',
    'interested = positive interest without a meeting proposal or specific question (e.g. "send me more info").',
  ].join(' '),
);
export const SentimentSchema = z
  .enum(SENTIMENTS)
  .describe(
    "The sender's attitude to our outreach: positive (welcoming, keen), neutral (informational, deferral that invites later contact, auto-replies), negative (refusal, annoyance, opt-out).",
  );
export const ObjectionTypeSchema = z
  .enum(OBJECTION_TYPES)
  .nullable()
  .describe('Only when intent is objection: timing (not now, too busy), budget, authority (not the decision maker, no pointer), need (no need, not relevant, done in-house), competitor (already use or contracted with another provider).');
export const RejectionReasonSchema = z
  .enum(REJECTION_REASONS)
  .nullable()
  .describe('Why they said no. objection: timing -> timing_not_now or too_busy, budget -> budget_constraints, authority -> not_decision_maker, need -> no_need, competitor -> using_competitor. not_interested: not_interested_generic, bad_experience or other. unsubscribe: do_not_contact. Any other intent: null.');

/** The fields an engine decides; the rest of `ReplyAnalysis` is bookkeeping. */
export const ReplyJudgementShape = {
  intent: IntentSchema,
  sentiment: SentimentSchema,
  sentiment_score: z.number().min(-1).max(1).describe('Sentiment strength from -1 (hostile) to 1 (enthusiastic); 0 for auto-replies.'),
  objection_type: ObjectionTypeSchema,
  question_extracted: z
    .string()
    .nullable()
    .describe('The first genuine question the sender asks us, copied verbatim as one full sentence from the reply; null if none or if it is rhetorical.'),
  rejection_reason: RejectionReasonSchema,
  do_not_contact: z.boolean().describe('True exactly when the sender asks not to be contacted again (intent unsubscribe).'),
};

export const AutoReplySchema = z.object({
  is_auto_reply: z.boolean(),
  /** ISO date (YYYY-MM-DD) the sender names as the end of their absence, or null. */
  return_date: z.iso.date().nullable(),
});

const ReplyAnalysisObject = z.object({
  ...ReplyJudgementShape,
  /**
   * The offline model's probability for the intent it reports, or null when no model probability
   * applies (the OpenAI engine, an empty reply). Defaults keep analyses stored before issue 13 valid.
   */
  confidence: z.number().min(0).max(1).nullable().default(null),
  /** True when the intent is a guess: nobody reliable read it, so it still blocks contact (047 can_contact). */
  uncertain: z.boolean().default(false),
  auto_reply: AutoReplySchema,
  engine: z.enum(['offline', 'openai']),
  ai_model: z.string().nullable(),
  prompt_version: z.string().min(1),
  cleaned_text: z.string(),
});

/** Cross-field rules both engines must satisfy; the OpenAI result is rejected (and falls back) when it breaks one. */
export function judgementProblems(a: {
  intent: Intent;
  objection_type: ObjectionType | null;
  rejection_reason: RejectionReason | null;
  do_not_contact: boolean;
}): string[] {
  const problems: string[] = [];
  if (a.intent === 'objection') {
    if (a.objection_type === null) problems.push('objection needs objection_type');
    else if (!a.rejection_reason || !REASONS_BY_OBJECTION[a.objection_type].includes(a.rejection_reason)) {
      problems.push(`objection ${a.objection_type} cannot carry rejection_reason ${a.rejection_reason}`);
    }
  } else if (a.objection_type !== null) problems.push('objection_type only applies to objections');
  if (a.do_not_contact !== (a.intent === 'unsubscribe')) problems.push('do_not_contact must equal intent === unsubscribe');
  if (a.intent === 'unsubscribe' && a.rejection_reason !== 'do_not_contact') problems.push('unsubscribe carries do_not_contact');
  // An empty or unreadable refusal may carry no reason; any reason given must be a refusal reason.
  if (a.intent === 'not_interested' && a.rejection_reason !== null && !NOT_INTERESTED_REASONS.includes(a.rejection_reason)) {
    problems.push(`not_interested cannot carry rejection_reason ${a.rejection_reason}`);
  }
  if (!['objection', 'not_interested', 'unsubscribe'].includes(a.intent) && a.rejection_reason !== null) {
    problems.push(`${a.intent} carries no rejection_reason`);
  }
  return problems;
}

export const ReplyAnalysis = ReplyAnalysisObject.superRefine((a, ctx) => {
  for (const message of judgementProblems(a)) ctx.addIssue({ code: 'custom', message });
  if (a.question_extracted !== null && !a.cleaned_text.includes(a.question_extracted)) {
    ctx.addIssue({ code: 'custom', message: 'question_extracted must be verbatim from cleaned_text', path: ['question_extracted'] });
  }
});
export type ReplyAnalysis = z.infer<typeof ReplyAnalysis>;

/** What the model is asked to return: the judgement fields only, derived from the same schema. */
export const ReplyJudgement = z.object(ReplyJudgementShape);
export type ReplyJudgement = z.infer<typeof ReplyJudgement>;

export const ReplyInput = z.object({
  text: z.string(),
  subject: z.string().optional(),
  /** Raw message headers when the provider passes them (names matched case-insensitively). */
  headers: z.record(z.string(), z.string()).optional(),
  channel: z.enum(REPLY_CHANNELS),
  /** ISO timestamp the reply arrived; the reference for relative return dates ("back Monday"). */
  received_at: z.string().optional(),
});
export type ReplyInput = z.infer<typeof ReplyInput>;
