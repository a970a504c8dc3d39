/**
 * Opt-out (unsubscribe / do-not-contact) detection. Recall comes first: a missed STOP is a
 * compliance failure, a false one costs a lead. So besides fixed phrases ("unsubscribe", "take me
 * off your list", SMS keywords) the detector looks for the *shape* of a stop request inside each
 * sentence: a stop word or negation followed closely by a contact verb ("Please don't send me any
 * more messages", "Quit texting me"). A statement about the sender's own habits ("We don't send
 * enough emails") needs an object such as me/us/again/any more before it counts; an imperative
 * ("Don't follow up.") does not.
 */
import type { Channel } from './schema.ts';
import { splitSentences } from './questions.ts';

/** SMS opt-out keywords (carrier / Twilio / AWS lists) when they make up a whole sentence. */
export const SMS_KEYWORD_SENTENCE =
  /^\W*(?:(?:please|pls|plz)\s+)?(?:stop\s*all|stop|unsubscribe|cancel|end|quit|opt[\s-]?out|revoke|remove|arr[eê]t|td)(?:\s+(?:please|pls|plz|now|thanks|thx|thank\s+you))?\W*$/i;

const PHRASES: readonly RegExp[] = [
  /\bun-?subscribe\b|\bopt(?:ing)?[\s-]*(?:me\s+|us\s+)?out\b|\boptout\b/i,
  /\b(?:remove|delete|erase)\s+(?:me|us|my|our|this\s+(?:number|e-?mail|address|contact))\b/i,
  /\boff\s+(?:of\s+)?(?:your|ur|yr|the|this|these|my|all)?\s*(?:e-?mail(?:ing)?\s+|mailing\s+|distribution\s+|contact\s+|call\s+|text\s+|sms\s+)?(?:lists?|database|sequences?|system|campaigns?)\b/i,
  /\bnot\s+interested\s+in\s+(?:the\s+|your\s+|any\s+)?(?:follow[\s-]?ups?|more\s+(?:e-?mails|messages))\b/i,
  /\bno\s+more\s+(?:e-?mails|messages|texts|calls|follow[\s-]?ups|contact|pitches)\b/i,
  /\b(?:leave\s+me\s+alone|f(?:[\w*]{0,3}k|\*{2,4}|-{2,4})\s+(?:off|you)|piss\s+off|get\s+lost|bugger\s+off|go\s+away|screw\s+(?:off|you)|go\s+to\s+hell)(?!\w)/i,
  /\b(?:this\s+is|that'?s|it'?s)\s+spam\b|\bspamming\b|\breport(?:ed|ing)?\s+(?:you|this)\b/i,
  /\b(?:never|didn'?t|did\s+not)\s+(?:signed?|opt(?:ed)?)\s+(?:up|in)\b|\bwithout\s+(?:my\s+)?consent\b|\bunsolicited\b|\bharass(?:ment|ing)?\b/i,
  /\b(?:delete|erase)\s+(?:all\s+)?(?:the\s+|my\s+)?(?:personal\s+)?(?:data|details|information)\b|\bright\s+to\s+(?:be\s+forgotten|erasure)\b/i,
  /\brefrain\s+from\s+(?:contacting|e-?mailing|messaging|reaching|writing)/i,
  /\b(?:cease|stop)\s+(?:all\s+)?(?:contact|communications?|correspondence)\b/i,
];

const STOP_WORDS = new Set(['stop', 'quit', 'cease', "don't", 'dont', 'never']);
const CONTACT = /^(?:e-?mails?|e-?mailing|e-?mailed|mails?|mailing|messages?|messaging|msgs?|dms?|texts?|texting|txt|txts|txting|sms|calls?|calling|contact(?:ing)?|reach(?:ing)?|follow(?:ing)?|follow-?ups?|spam(?:ming)?|writ(?:e|ing)|bother(?:ing)?|pester(?:ing)?|bug(?:ging)?|harass(?:ing)?|pitch(?:es|ing)?|ping(?:ing)?)$/;
/** Verbs that need "more/again"-type evidence: "don't send me the deck yet" is not an opt-out. */
const DELIVERY = /^(?:send(?:ing)?|receive|receiving|get(?:ting)?|hear(?:ing)?)$/;
const AGAIN = new Set(['again', 'anymore', 'more', 'ever', 'further', 'future']);
const OBJECT = new Set(['me', 'us']);
const IMPERATIVE_LEAD = /^(?:(?:please|pls|plz|kindly|and|so|just|then|also|ok|okay|now|seriously|honestly),?\s+)*/i;

function words(sentence: string): string[] {
  return sentence.toLowerCase().replace(/’/g, "'").match(/[a-z'-]+/g) ?? [];
}

/** "stop" / "don't" / "no more" close before a contact verb, with an object unless it is an imperative. */
function stopShape(sentence: string): boolean {
  const w = words(sentence.replace(/\bdo\s+not\b/gi, "don't"));
  const lead = words(sentence.replace(IMPERATIVE_LEAD, '').replace(/\bdo\s+not\b/gi, "don't"))[0];
  const imperative = lead !== undefined && STOP_WORDS.has(lead) && lead !== 'not';
  for (let i = 0; i < w.length; i++) {
    if (!STOP_WORDS.has(w[i])) continue;
    for (let j = i + 1; j < w.length && j <= i + 6; j++) {
      const contact = CONTACT.test(w[j]);
      if (!contact && !DELIVERY.test(w[j])) continue;
      const window = w.slice(i + 1, Math.min(w.length, j + 4));
      if (window.some((x) => AGAIN.has(x))) return true;
      if (contact && ((imperative && j <= i + 4) || window.some((x) => OBJECT.has(x)))) return true;
    }
  }
  return false;
}

/** An imperative "Stop ..." sentence ("Please stop.", "Stop wasting my time"), not "stop by". */
function imperativeStop(sentence: string): boolean {
  const rest = sentence.replace(IMPERATIVE_LEAD, '');
  return /^(?:stop|quit)\b(?!\s+(?:by|in|over)\b)/i.test(rest);
}

/** SMS: the word STOP anywhere ("STOP STOP STOP", "never gave you this number. stop"), unless clearly not a keyword. */
function smsStopWord(text: string): boolean {
  return /(?<!\b(?:can'?t|won'?t|don'?t|cannot|to|not)\s+)\bstop\b(?!\s+(?:by|in|over|thinking|at)\b)/i.test(text);
}

/** True when the reply asks not to be contacted again (any channel), or is an SMS opt-out keyword. */
export function isOptOut(text: string, channel: Channel): boolean {
  const sentences = splitSentences(text);
  if (channel === 'sms' && (sentences.some((s) => SMS_KEYWORD_SENTENCE.test(s)) || smsStopWord(text))) return true;
  if (sentences.some((s) => /^\W*(?:blocked|unsubscribe|opt[\s-]?out|remove\s+me)\W*$/i.test(s.replace(IMPERATIVE_LEAD, '')))) return true;
  if (PHRASES.some((re) => re.test(text))) return true;
  if (sentences.some((s) => stopShape(s) || imperativeStop(s))) return true;
  // "How did you get my number?" is hostile; "..., out of curiosity?" is a question.
  return /\b(?:how|where)\s+did\s+you\s+get\s+my\s+(?:number|e-?mail|address|details|contact|info)/i.test(text) && !/\bcurio(?:us|sity)\b/i.test(text);
}
