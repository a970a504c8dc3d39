/**
 * Second layer for refusal reasons: when no objection phrase matched but the reply is a refusal
 * (negated or negative), the topic words of its refusing sentences decide the objection type
 * ("this isn't something we can budget for" -> budget, "I'm not the one who decides" ->
 * authority). Phrase lists miss too many wordings; topic words in a negative sentence generalise.
 */
import type { ObjectionType } from './schema.ts';
import { splitSentences } from './questions.ts';
import { lexiconScore } from './sentiment.ts';

/** Checked in this order; on a tie the earlier (more specific) type wins. */
const TOPICS: ReadonlyArray<[ObjectionType, RegExp]> = [
  ['budget', /\b(?:budgets?|budjet|money|costs?|price[ds]?|pricing|expensive|afford|pay|spend(?:ing)?|funds?|funding|cash|roi|cheap(?:er)?)\b/gi],
  ['authority', /\b(?:decides?|decision-maker|(?:make|making)\s+(?:that|this|the)\s+decision|approv(?:e|al)|sign-?off|authority|in\s+charge|procurement|purchasing|my\s+boss|my\s+manager|not\s+involved|my\s+role)\b/gi],
  ['competitor', /\b(?:already|provider|vendor|contract(?:ed)?|signed|switch(?:ing)?|incumbent|competitor|existing\s+(?:tool|solution|setup))\b/gi],
  ['need', /\b(?:need(?:s|ed)?|justif(?:y|ies)|handful|worth(?:while|\s+it)|use\s+case|useful|relevant|apply|applies|fit|wasted|overkill|volume|small|tiny|in-house|manually|outbound)\b/gi],
  ['timing', /\b(?:this\s+(?:year|quarter|month)|right\s+now|at\s+the\s+moment|currently|later|next\s+(?:year|quarter|month)|timing|busy|bandwidth|capacity|stretched|priority|priorities|season|q[1-4])\b/gi],
];

const NEGATED = /\b(?:not|no|never|nothing|cannot|nobody)\b|n't\b|n’t\b/i;

/** The objection type the refusing sentences point to, or null when they name no topic. */
export function topicObjection(text: string): ObjectionType | null {
  const refusing = splitSentences(text).filter((s) => NEGATED.test(s) || lexiconScore(s) <= -0.2);
  if (refusing.length === 0) return null;
  const joined = refusing.join(' ');
  let best: ObjectionType | null = null;
  let bestCount = 0;
  for (const [type, re] of TOPICS) {
    const count = (joined.match(re) ?? []).length;
    if (count > bestCount) {
      best = type;
      bestCount = count;
    }
  }
  return best;
}

/** A refusal in substance: negation or clearly negative wording. */
export function isRefusal(text: string): boolean {
  return splitSentences(text).some((s) => NEGATED.test(s)) || lexiconScore(text) <= -0.2;
}
