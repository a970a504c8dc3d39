/**
 * Question extraction: the first sentence of the cleaned reply that asks something, verbatim.
 * A sentence asks when it ends with "?", or opens like a question and merely lacks the mark
 * (SMS style: "how much is it", "Do u have a spanish version"), or is an indirect question
 * ("I wanted to ask how you handle GDPR"). Imperatives ("Send me the deck.") are requests, not
 * questions. Sentences are split at . ! ? … followed by space, and at line breaks.
 */

/** Longest question kept, in characters. */
export const MAX_QUESTION_CHARS = 500;

const WH_OPENER =
  /^(?:what(?:'s|’s|s)?|wat|how(?:'s|’s|s)?|where|when|who|whom|whose|which|why)\s+(?:is|are|was|were|does|do|did|can|could|would|will|should|much|many|long|often|about|r|u|ur|the|a|an|your|you|it|this|that|kind|sort|type|makes|would|time|exactly|next|involved|included|going|happening|up)\b/i;
const AUX_OPENER =
  /^(?:is|are|was|were|do|does|did|can|could|would|will|should|have|has|r)\s+(?:you|u|ya|it|this|that|there|we|they|your|the|ur|i)\b/i;
/** Unpunctuated SMS questions: any wh-word opener ("what crm do u work with") or "any discount for annual". */
const LOOSE_WH = /^(?:what(?:'s|’s|s)?|wat|how(?:'s|’s|s)?|where|when|who|which|why)\s+\S/i;
const SHORT_ANY = /^any\s+\w+(?:\s+\w+){0,5}$/i;
const WH_WORD = String.raw`(?:what|how|whether|if|which|who|when|where|why)`;
const INDIRECT = new RegExp(
  String.raw`^(?:i(?:\s+(?:was|am)|'m|’m)\s+(?:wondering|curious)|i\s+wonder|(?:i\s+)?wanted\s+to\s+(?:ask|understand|know|check|find\s+out)|` +
    String.raw`(?:i'd|i’d|i\s+would)\s+(?:like|love|be\s+interested)\s+to\s+(?:know|hear|understand|learn)\s+${WH_WORD}|` +
    String.raw`(?:(?:please|kindly|pls)\s+|(?:can|could)\s+you\s+)?tell\s+me\s+${WH_WORD}|just\s+wondering|wondering|curious\s+(?:whether|if|how|what))\b`,
  'i',
);

/** Split text into sentences, keeping each sentence's exact characters. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    for (const part of line.split(/(?<=[.!?…])\s+/)) {
      const s = part.trim();
      if (s) out.push(s);
    }
  }
  return out;
}

/** Sentences with their character offsets in `text` (for telling whether a cue sits inside a question). */
export function sentenceSpans(text: string): Array<{ sentence: string; start: number; end: number }> {
  const spans: Array<{ sentence: string; start: number; end: number }> = [];
  let from = 0;
  for (const sentence of splitSentences(text)) {
    const start = text.indexOf(sentence, from);
    spans.push({ sentence, start, end: start + sentence.length });
    from = start + sentence.length;
  }
  return spans;
}

/** Drop a leading "Hi Sam," / "Quick question -" so the opener check sees the question itself. */
function opening(sentence: string): string {
  return sentence
    .replace(/^(?:hi|hey|hello|dear|thanks|ok|okay|sure|yes|so|and|also|first|second|quick\s+question)\b[^,:\-–—]{0,25}[,:\-–—]\s*/i, '')
    .replace(/^(?:before\s+[^,:\-–—]{0,40}[,:\-–—]\s*)/i, '')
    // Unpunctuated fillers in front of an SMS question: "ok but how much is it", "sir what is the cost".
    .replace(/^(?:(?:ok(?:ay)?|so|and|but|also|yeah|yes|sir|madam|um+|uh+|well)\s+)+/i, '');
}

export function isQuestion(sentence: string): boolean {
  const s = sentence.trim();
  if (/\?\s*(?:\p{Extended_Pictographic}|[:;][-']?[)(DP])*\s*$/u.test(s)) return true;
  if (/[.!]$/.test(s)) return INDIRECT.test(opening(s));
  // Without a "?", the question may open the sentence or its last clause ("Sounds good, whats the next step").
  // The last clause only counts with a strict opener: "..., who runs our SDR team" is a relative clause.
  const open = opening(s);
  const lastClause = s.slice(s.lastIndexOf(',') + 1).trim();
  if (/^(?:do\s+not|don't|do\s+let|will\s+do|would\s+(?:love|be|like))\b/i.test(open)) return false;
  return WH_OPENER.test(open) || LOOSE_WH.test(open) || AUX_OPENER.test(open) || INDIRECT.test(open) || SHORT_ANY.test(open) ||
    (lastClause !== s && (WH_OPENER.test(lastClause) || AUX_OPENER.test(lastClause)));
}

/** The first question in the text, verbatim, or null. */
export function extractQuestion(text: string): string | null {
  const q = splitSentences(text).find(isQuestion);
  if (q === undefined) return null;
  return q.length > MAX_QUESTION_CHARS ? q.slice(0, MAX_QUESTION_CHARS) : q;
}
