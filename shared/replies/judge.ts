/**
 * The offline engine with a given model: clean, detect auto-replies, ask the model, then apply the
 * rules that stay on top of it. Rules decide only where a mistake is a compliance or data-safety
 * failure, never because they read better than the model:
 * - an opt-out the rules recognise (opt-out.ts: misspellings, other languages, "remove me" but not
 *   "remove Jane") is `unsubscribe` whatever the model says, and so is any reply the model gives
 *   an unsubscribe probability of at least `unsubscribeAt` (a missed STOP costs more than a lost lead);
 * - headers or a subject that prove a message automatic make it `out_of_office` (or `referral`
 *   when it says the person has left and names a successor), as before the model.
 * Everything else is the model's: intent, sentiment, objection type and refusal reason. Below
 * `uncertainBelow` the intent is marked uncertain, which holds the lead like an unread reply.
 */
import { detectAutoReply, type AutoReplyResult } from './auto-reply.ts';
import { cleanReply, senderText } from './clean.ts';
import { hasCue } from './cues.ts';
import { replyFeatures } from './features.ts';
import { predictProjected, project, type ReplyModel } from './model.ts';
import { isOptOut } from './opt-out.ts';
import { extractQuestion } from './questions.ts';
import {
  ReplyAnalysis,
  type ReplyChannel,
  type Intent,
  type ObjectionType,
  type RejectionReason,
  type ReplyInput,
  type ReplyJudgement,
  type Sentiment,
} from './schema.ts';
import { lexiconScore } from './sentiment.ts';

/** The objection head's classes are reasons; each belongs to one objection type. */
const TYPE_OF_REASON: Partial<Record<RejectionReason, ObjectionType>> = {
  timing_not_now: 'timing',
  too_busy: 'timing',
  budget_constraints: 'budget',
  not_decision_maker: 'authority',
  no_need: 'need',
  using_competitor: 'competitor',
};

export interface OfflineJudgement extends ReplyJudgement {
  confidence: number | null;
  uncertain: boolean;
}

function argmax(probs: number[]): number {
  let best = 0;
  for (let i = 1; i < probs.length; i++) if (probs[i] > probs[best]) best = i;
  return best;
}

/** The sentiment label overrides the lexicon's sign only when the model is at least this sure of it. */
export const SURE_SENTIMENT = 0.9;

/**
 * sentiment_score is the lexicon's intensity (VADER-style, so it keeps tracking human ratings,
 * which the three labels cannot), 0 for automatic replies. Where the sentiment head is sure of a
 * label the lexicon contradicts ("Love it, but we're all set"), the score takes the label's sign
 * at the smallest strength instead of contradicting it.
 */
export function sentimentScore(text: string, sentiment: Sentiment, sentimentP: number, automatic: boolean): number {
  if (automatic) return 0;
  const raw = lexiconScore(text);
  if (sentimentP >= SURE_SENTIMENT) {
    if (sentiment === 'negative' && raw > 0) return -0.05;
    if (sentiment === 'positive' && raw < 0) return 0.05;
  }
  return raw;
}

/**
 * Decide the judgement fields for an already-cleaned reply. `ownText` is everything the sender
 * wrote (clean.ts `senderText`), which the opt-out rules also read; it defaults to the cleaned text.
 */
export function judgeWithModel(cleanedText: string, channel: ReplyChannel, auto: AutoReplyResult, model: ReplyModel, ownText = cleanedText): OfflineJudgement {
  const none = { objection_type: null, rejection_reason: null, question_extracted: null };
  if (cleanedText.trim() === '') {
    // Nothing to read (an image, an empty body): not a refusal we understood, so it stays uncertain.
    const intent: Intent = auto.source ? 'out_of_office' : 'not_interested';
    return { intent, sentiment: 'neutral', sentiment_score: 0, ...none, do_not_contact: false, confidence: null, uncertain: auto.source === null };
  }
  const x = project(model, replyFeatures(cleanedText, channel));
  const probs = predictProjected(model, 'intent', x);
  const p = (label: Intent) => probs[model.heads.intent.classes.indexOf(label)] ?? 0;

  let intent = model.heads.intent.classes[argmax(probs)] as Intent;
  let ruled = false;
  if (auto.source === 'headers' || auto.source === 'subject') {
    // Proven automatic: an absence notice, or an auto-responder saying the person has left and
    // naming who to contact instead. A machine does not opt anyone out, so no opt-out rule here.
    intent = /\bno\s+longer\s+(?:with|at|works?)\b/i.test(cleanedText) && hasCue(cleanedText, 'referral') ? 'referral' : 'out_of_office';
    ruled = true;
  } else if (isOptOut(cleanedText, channel) || (ownText !== cleanedText && isOptOut(ownText, channel))) {
    intent = 'unsubscribe';
    ruled = true;
  } else if (p('unsubscribe') >= model.unsubscribeAt) {
    intent = 'unsubscribe';
  }
  const confidence = Math.round(p(intent) * 1000) / 1000;
  const uncertain = !ruled && confidence < model.uncertainBelow;

  let objection_type: ObjectionType | null = null;
  let rejection_reason: RejectionReason | null = null;
  if (intent === 'unsubscribe') rejection_reason = 'do_not_contact';
  if (intent === 'objection') {
    rejection_reason = model.heads.objection.classes[argmax(predictProjected(model, 'objection', x))] as RejectionReason;
    objection_type = TYPE_OF_REASON[rejection_reason] ?? null;
  }
  if (intent === 'not_interested') {
    rejection_reason = model.heads.refusal.classes[argmax(predictProjected(model, 'refusal', x))] as RejectionReason;
  }

  // The guide fixes two sentiments outright: every opt-out is negative, every absence notice neutral.
  // Such a label is as sure as the intent it follows from: a guessed opt-out (the low unsubscribe
  // threshold) keeps the lexicon's score unless the sentiment head agrees.
  const sentimentProbs = predictProjected(model, 'sentiment', x);
  let sentiment = model.heads.sentiment.classes[argmax(sentimentProbs)] as Sentiment;
  if (intent === 'unsubscribe') sentiment = 'negative';
  if (intent === 'out_of_office') sentiment = 'neutral';
  const fixedByGuide = (intent === 'unsubscribe' || intent === 'out_of_office') && !uncertain;
  const sentimentP = fixedByGuide ? 1 : sentimentProbs[model.heads.sentiment.classes.indexOf(sentiment)];

  // The guide keeps a real question in any intent ("How did you get my number?" in an opt-out,
  // "Can we talk when I'm back?" in an absence notice); only an auto-reply's boilerplate asks nobody.
  const question = auto.is_auto_reply ? null : extractQuestion(cleanedText);
  return {
    intent,
    sentiment,
    sentiment_score: sentimentScore(cleanedText, sentiment, sentimentP, auto.is_auto_reply),
    objection_type,
    rejection_reason,
    question_extracted: question,
    do_not_contact: intent === 'unsubscribe',
    confidence,
    uncertain,
  };
}

export function referenceDate(receivedAt: string | undefined, now: Date | undefined): Date {
  const parsed = receivedAt ? new Date(receivedAt) : undefined;
  if (parsed && !Number.isNaN(parsed.getTime())) return parsed;
  return now ?? new Date();
}

/** A full offline analysis with `model`. */
export function analyzeWithModel(input: ReplyInput, model: ReplyModel, now?: Date): ReplyAnalysis {
  const cleaned = cleanReply(input.text, input.channel);
  const auto = detectAutoReply({ text: cleaned.text, subject: input.subject, headers: input.headers }, referenceDate(input.received_at, now));
  return ReplyAnalysis.parse({
    ...judgeWithModel(cleaned.text, input.channel, auto, model, senderText(input.text, input.channel)),
    auto_reply: { is_auto_reply: auto.is_auto_reply, return_date: auto.return_date },
    engine: 'offline',
    ai_model: null,
    prompt_version: model.version,
    cleaned_text: cleaned.text,
  });
}
