/**
 * The deterministic offline engine (the default). Layered rules, first match wins (REPORT 5.1):
 * auto-reply headers/subject -> opt-out -> out-of-office text -> meeting -> referral ->
 * refusal reasons (bad experience, other) -> objections (BANT + competitor) -> flat refusal ->
 * question -> interest. Where a reply has both a refusal and a positive cue, the side after the
 * last "but" wins ("I like it, but there's no budget" is an objection; "Not sure we have budget,
 * but send me info" is interest). Sentiment is the lexicon score shaped by the intent.
 */
import { detectAutoReply, type AutoReplyResult } from './auto-reply.ts';
import { cleanReply } from './clean.ts';
import { ANY_CHANNEL_KEYWORD_SENTENCE, CUES, findCues, hasCue, SMS_KEYWORD_SENTENCE, type CueFamily } from './cues.ts';
import { extractQuestion, isQuestion, sentenceSpans, splitSentences } from './questions.ts';
import {
  ReplyAnalysis,
  type Channel,
  type Intent,
  type ObjectionType,
  type RejectionReason,
  type ReplyInput,
  type ReplyJudgement,
  type Sentiment,
} from './schema.ts';
import { lexiconScore } from './sentiment.ts';

/** Recorded as `prompt_version` for offline results; bump when the rules change. */
export const OFFLINE_RULES_VERSION = 'offline-rules-1';

export interface OfflineOptions {
  /** Reference for relative return dates when the input has no `received_at`. */
  now?: Date;
}

/** True when the reply opts out: an SMS keyword sentence, or opt-out wording on any channel. */
export function isOptOut(text: string, channel: Channel): boolean {
  const sentences = splitSentences(text);
  if (channel === 'sms' && sentences.some((s) => SMS_KEYWORD_SENTENCE.test(s))) return true;
  if (sentences.some((s) => ANY_CHANNEL_KEYWORD_SENTENCE.test(s))) return true;
  if (hasCue(text, 'unsubscribe')) return true;
  // "How did you get my number?" is hostile; "..., out of curiosity?" is a question.
  return /\b(?:how|where)\s+did\s+you\s+get\s+my\s+(?:number|e-?mail|address|details|contact|info)/i.test(text) &&
    !/\bcurio(?:us|sity)\b/i.test(text);
}

const OBJECTION_FAMILIES: ReadonlyArray<[CueFamily, ObjectionType]> = [
  ['competitor', 'competitor'],
  ['budget', 'budget'],
  ['authority', 'authority'],
  ['need', 'need'],
  ['too_busy', 'timing'],
  ['timing', 'timing'],
  ['deferral', 'timing'],
];

const CONTRAST = /\b(?:but|however|though|although|that\s+said)\b/gi;

function lastContrast(text: string): number {
  let last = -1;
  for (const m of text.matchAll(CONTRAST)) last = m.index ?? last;
  return last;
}

/** A sentence that is only a time proposal: "Thursday?", "Tuesday 9am.", "How's Monday at 11?" */
function isTimeOnlySentence(sentence: string): boolean {
  if (!hasCue(sentence, 'time_slot')) return false;
  let rest = sentence;
  for (const re of CUES.time_slot) rest = rest.replace(new RegExp(re.source, `${re.flags.replace('g', '')}g`), ' ');
  const left = rest
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !TIME_FILLER.has(w));
  return left.length === 0;
}

const TIME_FILLER = new Set(
  "at on or and the a works work ok okay sure yes how's hows what about next this that then around after before by from to pt et st nd rd th 1st 2nd 3rd".split(' '),
);

interface Decision {
  intent: Intent;
  objection_type: ObjectionType | null;
  rejection_reason: RejectionReason | null;
}

function objection(type: ObjectionType, hits: CueFamily[]): Decision {
  const reason: RejectionReason =
    type === 'timing' ? (hits.includes('too_busy') ? 'too_busy' : 'timing_not_now')
    : type === 'budget' ? 'budget_constraints'
    : type === 'authority' ? 'not_decision_maker'
    : type === 'need' ? 'no_need'
    : 'using_competitor';
  return { intent: 'objection', objection_type: type, rejection_reason: reason };
}

function decideIntent(text: string, channel: Channel, auto: AutoReplyResult, question: string | null): Decision {
  const none = { objection_type: null, rejection_reason: null };
  if (text.trim() === '') return auto.source ? { intent: 'out_of_office', ...none } : { intent: 'not_interested', ...none };
  if (auto.source === 'headers' || auto.source === 'subject') {
    const departed = /\bno\s+longer\s+(?:with|at|works?)\b/i.test(text) && hasCue(text, 'referral');
    return { intent: departed ? 'referral' : 'out_of_office', ...none };
  }
  if (isOptOut(text, channel)) return { intent: 'unsubscribe', objection_type: null, rejection_reason: 'do_not_contact' };
  if (auto.source === 'text') return { intent: 'out_of_office', ...none };

  const sentences = splitSentences(text);
  const hasSlot = hasCue(text, 'time_slot');
  const meetingCue =
    hasCue(text, 'meeting') ||
    (hasCue(text, 'meeting_topic') && hasSlot) ||
    sentences.some(isTimeOnlySentence);
  const deferralOnly = hasCue(text, 'deferral') && !hasSlot && !/\b(?:demo|call|meeting|invite)\b/i.test(text);
  const referral = hasCue(text, 'referral');

  // A reason named inside a question is asked about, not given ("is this built for in-house teams?").
  const questionSpans = sentenceSpans(text).filter((span) => isQuestion(span.sentence));
  const inQuestion = (index: number) => questionSpans.some((q) => index >= q.start && index < q.end);
  const negatives: Array<{ family: CueFamily; index: number }> = [];
  for (const family of ['bad_experience', 'other_reason', 'not_interested', ...OBJECTION_FAMILIES.map(([f]) => f)] as CueFamily[]) {
    negatives.push(...findCues(text, family).filter((hit) => !inQuestion(hit.index)));
  }
  const positives = [...findCues(text, 'interest'), ...(meetingCue ? findCues(text, 'meeting') : [])];
  const contrast = lastContrast(text);
  const positiveWins =
    positives.length > 0 &&
    negatives.length > 0 &&
    contrast >= 0 &&
    negatives.every((n) => n.index < contrast) &&
    positives.some((p) => p.index > contrast);

  // A concrete proposal to meet outweighs any reason given alongside it ("burned before, but Tuesday 9am").
  if (meetingCue && !deferralOnly) return { intent: 'meeting_request', ...none };
  if (referral) return { intent: 'referral', ...none };
  if (negatives.length > 0 && !positiveWins) {
    const families = negatives.map((n) => n.family);
    if (families.includes('bad_experience')) return { intent: 'not_interested', objection_type: null, rejection_reason: 'bad_experience' };
    if (families.includes('other_reason')) return { intent: 'not_interested', objection_type: null, rejection_reason: 'other' };
    const counts = new Map<ObjectionType, number>();
    for (const f of families) {
      const type = OBJECTION_FAMILIES.find(([g]) => g === f)?.[1];
      if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
    }
    // Most cues wins; ties go to the earlier type in OBJECTION_FAMILIES (the more specific reason).
    let best: ObjectionType | null = null;
    for (const [, type] of OBJECTION_FAMILIES) {
      if ((counts.get(type) ?? 0) > (best === null ? 0 : counts.get(best) ?? 0)) best = type;
    }
    if (best !== null) return objection(best, families);
    return { intent: 'not_interested', objection_type: null, rejection_reason: 'not_interested_generic' };
  }
  if (question !== null && !hasCue(question, 'generic_info_request')) return { intent: 'question', ...none };
  if (question !== null || positives.length > 0 || hasCue(text, 'generic_info_request')) return { intent: 'interested', ...none };
  const score = lexiconScore(text);
  if (score <= -0.3) return { intent: 'not_interested', objection_type: null, rejection_reason: 'not_interested_generic' };
  return { intent: 'interested', ...none };
}

const INVITES_LATER =
  /\b(?:reach\s+out|ping\s+me|try\s+(?:me\s+)?again|circle\s+back|check\s+back|revisit|reconnect|let'?s\s+talk|happy\s+to\s+look|look\s+again|maybe\s+(?:then|once|later|next)|feel\s+free)\b/i;

const ENTHUSIASM = /\b(?:great|love|excited|awesome|fantastic|amazing|keen)\b|!/i;
const RELUCTANT = /\b(?:ok(?:ay)?,?\s+fine|fine,?\s+(?:i\s+guess|then)|make\s+it\s+count|burned|burnt|push\s+this|i\s+guess|whatever|if\s+you\s+must)\b/i;

/** The sentiment label and score for a decided intent (guideline in schema.ts SentimentSchema). */
export function shapeSentiment(text: string, d: Decision): { sentiment: Sentiment; sentiment_score: number } {
  const raw = lexiconScore(text);
  const clamp = (lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, raw)) * 1000) / 1000;
  const neutral = () => ({ sentiment: 'neutral' as const, sentiment_score: clamp(-0.35, 0.35) });
  const negative = (cap: number) => ({ sentiment: 'negative' as const, sentiment_score: Math.min(clamp(-1, 1), cap) });
  const positive = (floor: number) => ({ sentiment: 'positive' as const, sentiment_score: Math.max(clamp(-1, 1), floor) });
  switch (d.intent) {
    case 'unsubscribe':
      return negative(-0.6);
    case 'out_of_office':
      return { sentiment: 'neutral', sentiment_score: 0 };
    case 'not_interested':
      return text.trim() === '' ? { sentiment: 'neutral', sentiment_score: 0 } : negative(-0.3);
    case 'objection':
      if (INVITES_LATER.test(text) || (d.objection_type === 'authority' && raw > -0.5)) return neutral();
      return negative(-0.2);
    // Referrals and questions are informational unless the sender shows interest while asking.
    case 'referral':
    case 'question':
      if (raw >= 0.2 && (hasCue(text, 'interest') || ENTHUSIASM.test(text))) return positive(0.2);
      return raw <= -0.3 ? negative(-0.3) : neutral();
    case 'interested':
      return hasCue(text, 'hedge') ? neutral() : positive(0.2);
    case 'meeting_request': {
      // Agreeing to meet is positive, unless reluctant or a bare logistics line ("call me at 3").
      const words = text.split(/\s+/).filter(Boolean).length;
      if (raw <= -0.3) return negative(-0.3);
      if (RELUCTANT.test(text) || (words <= 7 && raw < 0.2)) return neutral();
      return positive(0.05);
    }
  }
}

/** Decide the judgement fields for an already-cleaned reply. */
export function judgeOffline(cleanedText: string, channel: Channel, auto: AutoReplyResult): ReplyJudgement {
  const question = extractQuestion(cleanedText);
  const decision = decideIntent(cleanedText, channel, auto, question);
  // Questions inside refusals, opt-outs and absence notices are rhetorical or not addressed to us.
  const keepQuestion = !['unsubscribe', 'out_of_office', 'not_interested'].includes(decision.intent);
  return {
    ...decision,
    ...shapeSentiment(cleanedText, decision),
    question_extracted: keepQuestion ? question : null,
    do_not_contact: decision.intent === 'unsubscribe',
  };
}

export function referenceDate(receivedAt: string | undefined, now: Date | undefined): Date {
  const parsed = receivedAt ? new Date(receivedAt) : undefined;
  if (parsed && !Number.isNaN(parsed.getTime())) return parsed;
  return now ?? new Date();
}

export function analyzeOffline(input: ReplyInput, opts: OfflineOptions = {}): ReplyAnalysis {
  const cleaned = cleanReply(input.text, input.channel);
  const auto = detectAutoReply({ text: cleaned.text, subject: input.subject, headers: input.headers }, referenceDate(input.received_at, opts.now));
  return ReplyAnalysis.parse({
    ...judgeOffline(cleaned.text, input.channel, auto),
    auto_reply: { is_auto_reply: auto.is_auto_reply, return_date: auto.return_date },
    engine: 'offline',
    ai_model: null,
    prompt_version: OFFLINE_RULES_VERSION,
    cleaned_text: cleaned.text,
  });
}
