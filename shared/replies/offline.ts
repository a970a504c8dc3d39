/**
 * The deterministic offline engine (the default): clean, detect auto-replies, decide the intent
 * (intent.ts), then shape the lexicon sentiment by the intent. Sentiment guideline: the sender's
 * attitude to our outreach, so a polite refusal is negative and an auto-reply neutral.
 */
import { detectAutoReply, type AutoReplyResult } from './auto-reply.ts';
import { cleanReply } from './clean.ts';
import { hasCue } from './cues.ts';
import { decideIntent, type Decision } from './intent.ts';
import { extractQuestion } from './questions.ts';
import { ReplyAnalysis, type Channel, type ReplyInput, type ReplyJudgement, type Sentiment } from './schema.ts';
import { lexiconScore } from './sentiment.ts';

/** Recorded as `prompt_version` for offline results; bump when the rules change. */
export const OFFLINE_RULES_VERSION = 'offline-rules-1';

export interface OfflineOptions {
  /** Reference for relative return dates when the input has no `received_at`. */
  now?: Date;
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
