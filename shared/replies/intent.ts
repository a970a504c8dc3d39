/**
 * Offline intent rules. Layered, first match wins (REPORT 5.1): auto-reply headers/subject ->
 * opt-out -> out-of-office text -> meeting -> referral -> refusal reasons (bad experience, other)
 * -> objections (BANT + competitor, then topic words of a refusal) -> flat refusal -> question ->
 * interest. Where a reply has both a refusal and a positive cue, the side after the last "but"
 * wins ("I like it, but there's no budget" is an objection; "Not sure we have budget, but send me
 * info" is interest).
 */
import type { AutoReplyResult } from './auto-reply.ts';
import { CUES, findCues, hasCue, type CueFamily } from './cues.ts';
import { isOptOut } from './opt-out.ts';
import { isQuestion, sentenceSpans, splitSentences } from './questions.ts';
import { isRefusal, topicObjection } from './reasons.ts';
import type { Channel, Intent, ObjectionType, RejectionReason } from './schema.ts';
import { lexiconScore } from './sentiment.ts';

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

/** A time slot followed by an acceptance: "Thursday 3:30pm PT works on my end", "Tuesday at 1pm is good for me". */
function slotAccepted(sentence: string): boolean {
  const at = Math.min(...CUES.time_slot.map((re) => sentence.search(re)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return false;
  return /^[^.!?\n]{0,40}?\b(?:works|work\s+for\s+me|(?:is|are)\s+(?:good|fine|perfect|great)|good\s+for\s+me|suits|on\s+my\s+end)\b/i.test(sentence.slice(at));
}

const TIME_FILLER = new Set(
  "at on or and the a works work ok okay sure yes how's hows what about next this that then around after before by from to pt et st nd rd th 1st 2nd 3rd".split(' '),
);

export interface Decision {
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

export function decideIntent(text: string, channel: Channel, auto: AutoReplyResult, question: string | null): Decision {
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
    sentences.some((s) => isTimeOnlySentence(s) || slotAccepted(s));
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
  const specificQuestion = question !== null && !hasCue(question, 'generic_info_request');
  const families = negatives.map((n) => n.family);
  // A specific question with only a past-experience remark ("burned by black-box scores before") is still a question.
  const onlyBackground = families.every((f) => f === 'bad_experience' || f === 'other_reason');
  if (negatives.length > 0 && !positiveWins && !(specificQuestion && onlyBackground)) {
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
    const topic = best ?? topicObjection(text);
    if (topic !== null) return objection(topic, families);
    return { intent: 'not_interested', objection_type: null, rejection_reason: 'not_interested_generic' };
  }
  if (specificQuestion) return { intent: 'question', ...none };
  if (question !== null || positives.length > 0 || hasCue(text, 'generic_info_request')) return { intent: 'interested', ...none };
  // No cue matched: a refusal in substance is an objection when it names a topic, else a flat no.
  if (isRefusal(text) && lexiconScore(text) < 0.3) {
    const topic = topicObjection(text);
    if (topic !== null) return objection(topic, []);
    return { intent: 'not_interested', objection_type: null, rejection_reason: 'not_interested_generic' };
  }
  return { intent: 'interested', ...none };
}

