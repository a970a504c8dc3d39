/**
 * Opt-out (unsubscribe / do-not-contact) rules: the compliance guard that stays on top of the
 * reply model (judge.ts). When they fire the reply is `unsubscribe`, whatever the model says, so
 * they aim at requests that cannot mean anything else; the model catches the wordings they miss.
 *
 * A sentence asks for its writer's own opt-out when, after misspelled keywords are put right
 * (fuzzy.ts), it holds a fixed phrase ("unsubscribe", "take me off your list", "delete my data"),
 * a stop request ("please don't email me again": a stop word, then straight away a contact verb,
 * then an object or "again"), a hostile "who gave you my number", or a non-English opt-out
 * (opt-out-languages.ts). It does not when the clause is about someone else ("take Mark off this
 * list, he retired", "stop emailing him"), when unsubscribing is a product topic ("can my customers
 * unsubscribe from your SMS?", "is there a one-click unsubscribe header?"), when the writer takes
 * an opt-out back ("don't unsubscribe me", "meant that for another thread"), or when the stop is
 * only until a date ("don't follow up before then").
 */
import type { ReplyChannel } from './schema.ts';
import { correctKeywords } from './fuzzy.ts';
import { asksAboutOthers, foreignOptOut } from './opt-out-languages.ts';
import { isQuestion, splitSentences } from './questions.ts';
import { remembering } from './remember.ts';

/** A sentence that is only an opt-out keyword, with politeness around it ("STOP please", "Remove."). */
export const KEYWORD_SENTENCE =
  /^\W*(?:(?:please|pls|plz)\s+)?(?:stop\s*all|stop|unsubscribe|unsub|opt[\s-]?out|remove(?:\s+me)?|blocked|block|blocking|enough(?:\s+(?:already|now|is\s+enough))?)(?:\s+(?:please|pls|plz|now|thanks|thx|thank\s+you|immediately))?\W*$/i;
/** SMS carrier keywords (Twilio / AWS lists): a whole SMS sentence of one of these is an opt-out. */
export const SMS_KEYWORD_SENTENCE =
  /^\W*(?:(?:please|pls|plz)\s+)?(?:stop\s*all|stop|unsubscribe|cancel|end|quit|opt[\s-]?out|revoke|remove|arr[eê]t|td)(?:\s+(?:please|pls|plz|now|thanks|thx|thank\s+you))?\W*$/i;
/** A reply of stop signs only. */
const STOP_EMOJI = /^[\s🛑⛔🚫✋!.]*[🛑⛔🚫][\s🛑⛔🚫✋!.]*$/u;

/** Verbs of our contact, as their stems ("emailing", "messaged", "texts"). */
const CONTACT_WORDS = String.raw`(?:e-?mail|messag|text|txt|call|contact|writ|ping|spam|bother|pester|hound|chas|harass|send)\w*`;

const PHRASES: ReadonlyArray<readonly [string, RegExp]> = [
  ['unsubscribe / opt out', /\bun-?subscribe\b|\bunsubscribed\b|\bunsub\b|\bopt(?:ing)?[\s-]*(?:me\s+|us\s+)?out\b|\boptout\b/i],
  ['remove me', /\b(?:remove|delete|erase)\s+(?:me|us|my\s+(?:e-?mail|address|number|details|data|name|contact|info)|our\s+(?:company|team|domain|addresses|e-?mails)|this\s+(?:number|e-?mail|address|contact))\b/i],
  ['remove from list', /\bremove\s+(?:me\s+)?from\s+(?:the\s+|your\s+|ur\s+|this\s+|all\s+|any\s+)?(?:\w+\s+)?lists?\b/i],
  ['me from or off a list', /\b(?:remove|take|delete)\b[^.!?\n]{0,40}\b(?:me|us)\s+(?:from|off)\s+(?:of\s+)?(?:your|ur|the|this|these|all|any)\b/i],
  // "Remove every @northwind.co address from your lists" (found on dev_2): the whole company opts out.
  ['remove all of us', /\b(?:remove|take|delete)\s+(?:everyone|all\s+of\s+us|all\s+(?:of\s+)?our\s+\w+|our\s+(?:whole\s+|entire\s+)?(?:company|team|domain|organi[sz]ation|staff))\b|\b(?:remove|delete|purge|scrub|drop)\s+(?:every|all)\s+(?:of\s+our\s+)?(?:@?[\w.-]+\s+)?(?:e-?mail\s+)?(?:addresses|address|contacts?|e-?mails)\b(?!\s+(?:that|which|who|with)\b)/i],
  ['my name out of', /\b(?:my|our)\s+(?:name|e-?mail|address|details|number|contact\s+details)\s+(?:comes?|be\s+taken|be\s+removed|be\s+deleted|is\s+removed|is\s+taken)\s+(?:out\s+of|off|from)\s+(?:your|ur|the|this|these|all|any)\b|\b(?:take|get|keep|remove|pull|leave)\s+(?:me|us|my\s+(?:name|e-?mail|address|number|details|contact))\s+(?:out\s+of|off\s+of|off|from)\s+(?:your|ur|the|this|these|all|any|future)\s+(?:\w+\s+){0,2}(?:lists?|database|sequences?|system|campaigns?|cadences?|outreach|mailings?|crm|rotation|automations?|flows?|workflows?|targeting|targets)\b/i],
  ['take me off', /\b(?:take|get|keep)\s+(?:me|us)\s+off?\s+(?:of\s+)?(?:\w+\s+){0,3}(?:lists?|database|sequences?|system|campaigns?|communications?|e-?mails|mailings?|radar)\b|\b(?:take|get)\s+(?:me|us)\s+off\b/i],
  ['off your list', /\boff\s+(?:of\s+)?(?:your|ur|yr|the|this|these|all)?\s*(?:e-?mail(?:ing)?\s+|mailing\s+|distribution\s+|contact\s+|call\s+|text\s+|sms\s+|messaging\s+)?(?:lists?|database|sequences?|system|campaigns?)\b/i],
  ['no follow-ups', /\bnot\s+interested\s+in\s+(?:the\s+|your\s+|any\s+)?(?:follow[\s-]?ups?|(?:more|further|future)\s+(?:e-?mails|messages|correspondence|contact|outreach|follow[\s-]?ups?))\b/i],
  // "You were told in January not to contact this company": an opt-out already given.
  ['told not to contact', /\byou\s+(?:were|have\s+been|'ve\s+been|had\s+been|already\s+got)\s+(?:already\s+)?told\s+(?:\w+\s+){0,3}(?:not\s+to|to\s+stop|never\s+to)\s+(?:contact|e-?mail|messag|call|writ|text|reach)\w*/i],
  ['no more messages', /\bno\s+more\s+(?:e-?mails|mails|messages|msgs|texts|txts|sms|dms|calls|follow[\s-]?ups|contact|pitches|pitching|spam|sales\s+(?:e-?mails|messages|pitches|calls))\b/i],
  ['hostile', /\b(?:leave\s+(?:me|us|(?:my|our)\s+(?:dms?|inbox|inboxes|messages|phone|number|family|team|staff))\s+alone|f(?:[\w*]{0,3}k|\*{2,4}|-{2,4})\s+(?:off|you)|piss\s+off|(?<!\b(?:messages|e-?mails|mails|notes|things|it|they|can|might|may|will|often|usually|sometimes)\s+)get\s+lost(?!\s+(?:on|in|among|amid|under)\b)|bugger\s+off|go\s+away|screw\s+(?:off|you)|go\s+to\s+hell|knock\s+it\s+off|enough\s+with\s+(?:the|these|your|all\s+(?:the|these|your))\s+(?:e-?mails|mails|messages|msgs|texts|calls|follow[\s-]?ups|pitches|dms|spam)\b)(?!\w)/i],
  ['spam', /\b(?:this\s+is|that'?s|it'?s|pure|total)\s+spam\b|\b(?:this|that|these|it)(?:\s+(?:is|are|was|were)|['’]s)\s+(?:an?\s+|just\s+|pure\s+|more\s+)?unsolicited\b|\b(?:this|that|it|these)\s+(?:feels?|looks?|reads?|seems?)\s+(?:like\s+|a\s+lot\s+like\s+)?(?:pure\s+|total\s+|just\s+)?spam\b|^\W*spam\b(?!\s+(?:filters?|folders?|rates?|complaints?|scores?|traps?|checks?|tests?)\b)|\bspamming\b|\b(?:mark(?:ed|ing)?|flag(?:ged|ging)?|report(?:ed|ing)?)\s+(?:\w+\s+){0,5}as\s+(?:spam|junk)\b|\b(?:the\s+)?(?:next|any\s+more|any\s+further|future)\s+(?:one|ones|e-?mails?|messages?|texts?)\s+(?:goes|go|will\s+go|is\s+going|are\s+going|gets?\s+sent|lands?|will\s+land)\s+(?:straight\s+|directly\s+|right\s+)?(?:to|in|into)\s+(?:the\s+|my\s+)?(?:spam|junk|trash|bin)\b/i],
  // "report you", not "a report you can share"; "I'll block you".
  ['report or block', /(?<!\b(?:a|the|your|our|this|that|any|II|2)\s+)\breport(?:ed|ing)?\s+(?:you|u|this|ur)\b(?!\s+(?:can|could|have|had|will|would|might|may|share|sent|mentioned|send|shared)\b)|\b(?:going\s+to|gonna|will|i'?ll)\s+(?:block|report)\s+(?:you|u|this|your|ur)\b/i],
  ['no consent', /\b(?:never|didn'?t|did\s+not)\s+(?:signed?|opt(?:ed)?)\s+(?:up|in)\b|\bwithout\s+(?:my\s+)?consent\b|\b(?:never|didn'?t|did\s+not)\s+(?:give|gave|given)\s+(?:you\s+)?(?:my\s+)?consent\b|\bharass(?:ment|ing)?\b|\b(?:never|didn'?t|did\s+not)\s+ask(?:ed)?\s+for\s+(?:this|these|any\s+of\s+(?:this|these)|your)\b/i],
  ['erase my data', /\b(?:delete|erase|purge|remove)\s+(?:all\s+)?(?:the\s+|my\s+)?(?:personal\s+)?(?:data|details|information|contact\s+details)\b|\bright\s+to\s+(?:be\s+forgotten|erasure)\b|\berasure\s+of\s+my\b|\bobject(?:ion)?\s+to\s+(?:direct\s+)?marketing\b/i],
  ['refrain', /\brefrain\s+from\s+(?:further\s+)?(?:contact|contacting|e-?mailing|messaging|reaching|writing|sending|correspondence)/i],
  ['cease contact', /\b(?:cease|stop)\s+(?:and\s+desist\s+)?(?:all\s+)?(?:further\s+)?(?:contact|communications?|correspondence|outreach)\b/i],
  ['be removed', /\b(?:want|like|wish|ask|request|need)\s+(?:to\s+)?(?:be|get)\s+removed\b|\b(?:want|like|wish|need)\s+(?:to\s+)?(?:get|be|come)\s+off\b|\b(?:be|get|been)\s+removed\s+from\s+(?:your|ur|the|this|all|any)\b/i],
  ['suppression list', /\b(?:add|put)\s+(?:me|us|this\s+(?:address|number|e-?mail))\s+(?:to|on)\s+(?:your|the)\s+(?:suppression|do[\s-]not[\s-](?:contact|e-?mail|call|mail))\s+list\b|\bsuppress(?:ed)?\s+(?:me|us|our|all|this)\b|\bshould\s+be\s+suppressed\b/i],
  ['lose my number', /\b(?:lose|delete|forget|erase)\s+(?:my|this|that|the)\s+(?:number|#|e-?mail(?:\s+address)?|address|contact)\b|\b(?:delete|remove)\s+(?:it|this|that)\s+from\s+(?:your|ur|the)\s+(?:records?|database|lists?|systems?|files?|crm)\b/i],
  ['strike me', /\b(?:strike|scrub|drop|purge)\s+(?:me|us|my\s+(?:name|e-?mail|address|details|number))\s+(?:from|off)\b/i],
  ['do not add me', /\b(?:not|don'?t|stop|never)\s+(?:to\s+)?add(?:ing)?\s+me\s+to\b/i],
  ['do not use it', /\bdo\s+not\s+use\s+(?:it|this|my\s+\w+)\s+for\s+(?:\w+\s+)?(?:outreach|marketing|sales)\b/i],
  // "I'm asking for no further contact" (not "we had no further contact with them").
  ['no further contact', /\bno\s+further\s+(?:contact|correspondence|outreach|e-?mails|messages|texts|calls|follow[\s-]?ups)\b(?!\s+(?:with|between)\b)/i],
  ['no further messages', /\bnot\s+(?:getting|receiving|to\s+(?:get|receive))\s+(?:any\s+)?(?:further|more)\s+(?:follow[\s-]?ups?|e-?mails|messages|texts|calls)\b/i],
  // "I'd appreciate not being contacted about this again", "prefer not to be emailed going forward".
  ['not to be contacted', /\b(?:not|never)\s+(?:to\s+)?(?:be(?:ing)?\s+)?(?:contacted|e-?mailed|messaged|texted|called|pitched|approached)\b[^.!?\n]{0,30}\b(?:again|anymore|any\s+more|further|in\s+(?:the\s+)?future|going\s+forward)\b/i],
  // A do-not-call registration (US National DNC Registry, UK TPS) is an opt-out from calls and texts.
  ['do-not-call registry', /\b(?:i'?m|i\s+am|we'?re|we\s+are|i'?ve|we'?ve|(?:this|my|our)\s+(?:number|phone|line)\s+is)\s+(?:(?:been|already|also)\s+)*(?:registered\s+|listed\s+)?(?:on|with|in)\s+the\s+(?:national\s+|federal\s+|state\s+)?(?:do[\s-]not[\s-](?:call|contact|text)|dnc|tps|telephone\s+preference\s+service)(?:\s+(?:list|registry|register))?\b/i],
  // "would rather not get more texts": the writer declines further messages, not one deck.
  ['rather no more messages', /\b(?:rather|prefer(?:\s+to)?)\s+not\s+(?:to\s+)?(?:get|receive|have)\s+(?:any\s+)?(?:more|further)\s+(?:e-?mails|mails|messages|msgs|texts|calls|follow[\s-]?ups)\b/i],
  // "please stop the sequence to it": the writer switches our outreach off (asked, not described:
  // "out-of-office replies ... stop the sequence" is about a tool).
  ['stop the sequence', /\b(?:please|pls|plz|kindly)\s+(?:stop|end|kill|cancel|turn\s+off|switch\s+off|shut\s+off)\s+(?:the|this|your|ur|these)\s+(?:e-?mail\s+)?(?:sequences?|cadences?|drips?|campaigns?|automations?)\b/i],
  ['pitch-free', /\bkeep\s+(?:this|our|my|the)\s+(?:connection|inbox|thread|chat|relationship|dms?)\s+(?:pitch|sales|spam|sell)[\s-]*free\b/i],
  // "What part of 'no' did your automation not understand?": hostile about being contacted again.
  ['what part of no', /\bwhat\s+part\s+of\s+["'“‘]?no["'”’]?\s+(?:do|does|did|don'?t|doesn'?t|didn'?t|is|are)\b/i],
  // "Give it a rest." (a pause when a date follows: "give it a rest until January").
  ['give it a rest', /\bgive\s+it\s+a\s+rest\b/i],
  ['make them stop', /\bmake\s+(?:these|the|your|ur|all\s+these)\s+(?:texts|e-?mails|messages|calls|follow[\s-]?ups)\s+stop\b/i],
  // A wish not to be contacted, stated rather than asked: "I no longer wish to be contacted by
  // LedgerLoop", "I'd rather not hear from you again", "I'll pass on being contacted", "I'd like to
  // not be in your sequences anymore" (the model reads these as referrals when a pointer follows).
  ['does not wish contact', /\b(?:no\s+longer|don'?t|do\s+not|not|never)\s+(?:\w+\s+)?(?:wish|want|care|desire)\s+to\s+(?:be\s+(?:contacted|e-?mailed|messaged|texted|called|approached|pitched|solicited)|hear\s+from\s+(?:you|u|your\s+\w+)|receive\s+(?:any\s+)?(?:these|your|more|further|future)\b)/i],
  ['rather not hear from you', /\b(?:rather|prefer(?:\s+to)?)\s+not\s+(?:to\s+)?(?:be\s+(?:contacted|approached|e-?mailed|messaged|texted|pitched|solicited)|hear\s+from\s+(?:you|u|your\s+\w+))\b/i],
  ['pass on being contacted', /\bpass\s+on\s+(?:being\s+(?:contacted|e-?mailed|messaged|approached)|(?:any\s+)?(?:further|future)\s+(?:contact|messages|e-?mails|outreach))\b/i],
  ['not in your sequences', /\bnot\s+(?:to\s+)?be\s+(?:in|on|part\s+of)\s+(?:your|ur|these|the|any)\s+(?:\w+\s+)?(?:sequences?|lists?|campaigns?|cadences?|mailings?|database)\b/i],
  ['forget I exist', /\bforget\s+(?:that\s+)?(?:i|we)\s+exist\b/i],
  // "My colleague may be interested, but leave me out", "don't include me going forward", "I'd be
  // grateful to be left out of future campaigns" (referral-opt-out-check-2's miss).
  ['leave me out', /\bleave\s+my\s+(?:\w+\s+)?(?:e-?mail|address|number|inbox|name)\s+out\s+of\b|\bleave\s+me\s+out\b(?!\s+of\s+(?:the\s+|this\s+|that\s+)?(?:loop|meeting|call|demo|invite|thread|decision|conversation|e-?mail\s+chain|chain))|\b(?:don'?t|do\s+not|never)\s+include\s+me\s+(?:on|in)\s+(?:anything|any|future|these|your)\b|\b(?:like|want|prefer)\s+to\s+be\s+left\s+alone\b|\b(?:be|being|get|getting)\s+left\s+out\s+of\s+(?:your|ur|the|these|all|any|future)\s+(?:\w+\s+){0,2}(?:campaigns?|lists?|mailings?|sequences?|cadences?|e-?mails|messages|outreach|communications)\b/i],
  // "We do not want marketing sent here", "we'd ask you not to send sales material here": this
  // address or number is closed to selling.
  ['no marketing here', /\b(?:(?:don'?t|do\s+not)\s+(?:want|accept|allow|permit|send)|(?:ask|request|asking|requesting)\s+(?:that\s+)?you\s+(?:do\s+)?not\s+(?:to\s+)?send)\s+(?:any\s+)?(?:marketing|sales\s+(?:e-?mails|messages|outreach|pitches|calls|material|materials|offers)|vendor\s+(?:outreach|pitches|e-?mails|messages)|cold\s+(?:e-?mails|outreach|calls|messages)|solicitations?)\s+(?:(?:sent|coming)\s+)?(?:here|to\s+this\s+(?:address|inbox|mailbox|number))\b/i],
  // "Could you make sure I'm excluded from this campaign going forward?"
  ['exclude me', /\b(?:exclude\s+(?:me|us|this\s+(?:address|number))|(?:i'?m|i\s+am|we'?re|we\s+are|i\s+get|i\s+be|we\s+be)\s+excluded)\s+from\s+(?:this|your|ur|these|the|future|all|any)\s+(?:\w+\s+)?(?:campaigns?|sequences?|outreach|e-?mails|mailings?|lists?|messages|cadences?)\b/i],
  // The last message, asked for: "Please make this the last", "these emails need to end", "consider
  // this thread closed for good", "let's make this our last conversation" (contact-hostility's and
  // opt-out-check-6's misses; not "make this the last step").
  ['make this the last', /\b(?:make|let)\s+(?:this|that|it)\s+(?:be\s+)?(?:the|your|our)\s+(?:last|final)\b(?!\s+(?:step|steps|question|thing|point|round|draft|version|call|meeting|demo|offer|price|quote|item|change|edit|revision|detail|piece|hurdle|check|decision|order|purchase|deal|contract|project|sprint|batch|quarter|year|agenda|topic))|\b(?:like|want|need)\s+(?:this|that|it)\s+to\s+be\s+(?:the|your)\s+(?:last|final)\s+(?:one|e-?mail|message|text|time|follow[\s-]?up|contact)\b|\b(?:this|that|it)\s+(?:needs|has|must|should)\s+(?:to\s+)?be\s+(?:the|your)\s+(?:last|final)\s+(?:one|e-?mail|message|text|time|follow[\s-]?up)\b/i],
  ['messages need to end', /\b(?:these|your|ur|the|this|all\s+these)\s+(?:e-?mails|mails|messages|texts|calls|follow[\s-]?ups|sequences?|pitches|dms)\s+(?:need|needs|have|has|must|got)\s+to\s+(?:stop|end|cease)\b/i],
  ['does not want messages', /\b(?:don'?t|do\s+not)\s+want\s+(?:these|your|any\s+more|more|further|any\s+further)\s+(?:e-?mails|messages|texts|calls|pitches|follow[\s-]?ups)\b(?!\s+to\b)/i],
  // "Not something I want in my inbox going forward", "I'd like to find nothing more from you in my inbox".
  ['not in my inbox', /\b(?:(?:don'?t|do\s+not)\s+want\s+(?:this|these|them|that|your\s+\w+|(?:any\s+)?more\s+of\s+(?:this|these|them|your\s+\w+))|not\s+something\s+i\s+want|nothing\s+(?:more|further|else)\s+from\s+(?:you|u|your\s+\w+))\s+(?:\w+\s+){0,3}in\s+my\s+(?:inbox|mailbox|dms?)\b/i],
  ['consider this closed', /\bconsider\s+(?:this|the|our)\s+(?:thread|conversation|chat|exchange|correspondence|discussion|sequence|outreach)\s+(?:closed|finished|over|ended|done)\b/i],
  // "Your address is now filtered", "I've blocked your domain": contact ended by the writer's own
  // mail system (not "your emails are blocked by our firewall", a delivery problem).
  ['filtered or blocked', /\b(?:your|ur)\s+(?:address|e-?mails?|domain|messages?|number|texts?|calls?)\s+(?:is|are|has\s+been|have\s+been|will\s+be|'s|'re)\s+(?:now\s+|already\s+|officially\s+)?(?:filtered|blocked|blacklisted|blocklisted|muted)\b(?!\s+(?:by|because|due|from|on\s+our\s+(?:end|side)\s+by)\b)|\b(?:i'?ve|i\s+have|we'?ve|we\s+have)\s+(?:now\s+|just\s+|already\s+)?(?:filtered|blocked|blacklisted|blocklisted|muted)\s+(?:you|u|your|ur|this\s+(?:address|number|sender|domain))\b|\b(?:you'?re|you\s+are|u\s+r)\s+(?:now\s+)?(?:blocked|blacklisted|muted)\b|\brule\s+that\s+sends\s+(?:you|your\s+\w+)\s+(?:straight\s+|directly\s+)?to\s+(?:the\s+)?(?:trash|spam|junk|bin)\b/i],
  // "Please don't send me anything else": nothing more, not one item ("don't send me anything yet").
  ['send nothing more', /\b(?:don'?t|do\s+not|never)\s+send\s+(?:me|us)\s+any(?:thing)?\s+(?:else|more|further)\b/i],
  // "I'd rather you didn't reach out again, next year included" (blind opt-out-check-2's misses).
  ['rather you did not', /\b(?:rather|prefer\s+(?:it\s+)?if)\s+you\s+(?:didn'?t|did\s+not|wouldn'?t|would\s+not|no\s+longer|never)\s+(?:\w+\s+)?(?:contact|e-?mail|messag|text|call|writ|reach|follow|pitch|ping)\w*\b(?:\s+\w+){0,2}?\s+(?:me|us|again|anymore|any\s+more|further|going\s+forward|in\s+(?:the\s+)?future)\b/i],
  // "Send it to whoever you like at our company, just never to me again" (blind opt-out-check-5's miss).
  ['never to me again', /\b(?:never|not)\s+(?:to|at)\s+(?:me|us|this\s+(?:address|number|inbox))\s+(?:again|anymore|any\s+more)\b/i],
  // "Not interested. Don't come back." (not "don't come back to me until March" or "without a price").
  ['do not come back', /\b(?:don'?t|do\s+not|never)\s+(?:ever\s+)?come\s+back\b(?!\s+(?:to\s+(?:me|us)\s+)?(?:until|unless|before|till|til|without|with|when|once|after|if|in|next|later|around|at|on)\b)/i],
  // "Kindly keep the pitches out of my DMs for good."
  ['keep pitches out', /\bkeep\s+(?:the\s+|your\s+|ur\s+|these\s+|all\s+|any\s+)?(?:sales\s+|marketing\s+|cold\s+)?(?:pitches|e-?mails|mails|messages|texts|spam|outreach|promos?|ads|offers|sequences?|follow[\s-]?ups)\s+out\s+of\s+(?:my|our)\s+(?:inbox|inboxes|dms?|messages|mailbox|phone)\b/i],
];

/**
 * Exasperated questions about the contact itself (the guide's "hostile about being contacted at
 * all"), which the model reads as questions: "Why do you keep messaging me?", "Do you people ever
 * give up?", "Can't you take a hint?", "What is wrong with you people?", "Didn't I already say no?",
 * "How many more of these are you going to send?". Read before the question guard, whose "people"
 * means other people, not "you people". Not "why do you keep calling us a startup?".
 */
const HOSTILE_QUESTIONS: ReadonlyArray<readonly [string, RegExp]> = [
  ['why keep contacting me', new RegExp(String.raw`\bwhy\s+(?:do|does|are|is|would|r)\s+(?:you|u|ya|y'all|you\s+(?:people|guys|lot)|your\s+(?:\w+\s+)?(?:company|firm|team|agency|people|reps?|bots?|system|tool))\s+(?:(?:still|keep|keeps|continue|continuing|even|always|constantly)\s+)*(?:to\s+)?(?:${CONTACT_WORDS})\s+(?:me|us|this\s+(?:number|address|inbox))\b(?!\s+(?:a|an|by|that|["'“‘])\b)`, 'i')],
  ['never give up', /\b(?:do|does|will|can)\s+(?:you|u|ya|you\s+(?:people|guys|lot)|your\s+\w+)\s+ever\s+(?:give\s+up|stop(?!\s+(?:by|in|over|at|off)\b)|quit|take\s+a\s+hint|take\s+no\s+for\s+an\s+answer)\b|\b(?:can'?t|cannot|can\s+not|don'?t|do\s+not|won'?t)\s+(?:you|u|ya|you\s+(?:people|guys|lot))\s+(?:just\s+)?(?:take|get)\s+(?:a|the)\s+hint\b|\bcan\s+(?:you|u|you\s+(?:people|guys))\s+not\s+take\s+a\s+hint\b|\bwhat(?:'?s|\s+is)\s+wrong\s+with\s+you\s+(?:people|guys|lot|all)\b/i],
  ['already said no', /\b(?:didn'?t|did\s+not|haven'?t|have\s+not|hadn'?t)\s+i\s+(?:already\s+)?(?:say|said|tell\s+you|told\s+you|reply|replied|answer|answered)\s+(?:no|not\s+interested|to\s+stop|that\s+i'?m\s+not\s+interested)\b|\bhow\s+many\s+(?:more\s+)?(?:times|e-?mails|messages|texts|of\s+these)\s+(?:do|does|will|must|are|am|have|is)\s+(?:i|you|u|it|this)\b[^.!?\n]{0,40}\b(?:say|tell|send|get|ignore|take|receive|no)\b/i],
];

/** "you would not contact me again", "I'd rather you didn't email me" (statements only). */
const YOU_NOT =
  /\byou\s+(?:would\s+|could\s+|do\s+|did\s+|will\s+)?(?:not|n't|didn'?t|wouldn'?t|won'?t)\s+(?:\w+\s+)?(?:contact|e-?mail|message|text|call|write\s+to|reach\s+out\s+to|follow\s+up\s+with)\w*\s+(?:me|us)\b/i;

/** "How did you get my number?", "who gave u this #", "why do you have my mobile?": hostile about being contacted at all. */
const MY_CONTACT = String.raw`(?:my|this)\s+(?:(?:mobile|cell|phone|personal)\s+)?(?:number|#|e-?mail|address|details|contact|info|mobile|cell)`;
const WHO_GAVE = new RegExp(
  String.raw`\b(?:how|where)\s+(?:did|d)\s+(?:you|u|ya)\s+(?:get|find|obtain)\s+${MY_CONTACT}|\bwho\s+gave\s+(?:you|u)\s+${MY_CONTACT}|\bwhere\s+(?:you|u)\s+got\s+${MY_CONTACT}|\bwhy\s+(?:do|would)\s+(?:you|u)\s+(?:even\s+)?have\s+${MY_CONTACT}`,
  'i',
);

/**
 * The lead's own opt-out, passed on by whoever answers for them: "I manage Mr. Halvorsen's
 * correspondence. He has asked that you not contact him further." The lead asked, so it is their
 * opt-out, unlike "take Jane off your list, she left", where the writer removes someone else.
 */
const CONTACT_VERB = String.raw`(?:contact|e-?mail|messag|text|call|follow(?:ing)?\s+up|writ|reach(?:ing)?\s+out|pitch)\w*`;
const ON_THEIR_BEHALF = new RegExp(
  [
    // "He has asked that you not contact him", "she has requested that your firm no longer contact her",
    // "he has asked that we not receive marketing texts on this line"
    String.raw`\b(?:he|she|they|who)(?:'s|\s+has|\s+have|\s+had)?\s+(?:asked|requested|instructed|insisted)\s+(?:me\s+to\s+(?:ask|tell)\s+you\s+|that\s+(?:you|we|your\s+(?:firm|company|agency|team|business|organi[sz]ation|people))\s+|you\s+)?(?:to\s+)?(?:not|never|no\s+longer|stop)\s+(?:to\s+)?(?:be\s+)?(?:${CONTACT_VERB}|receiv\w*\s+(?:any\s+)?(?:further\s+|more\s+)?(?:\w+\s+)?(?:e-?mails|messages|texts|calls|offers|pitches|communications?))`,
    // "She'd like you to stop emailing her"
    String.raw`\b(?:he|she|they)(?:'d|\s+would)\s+(?:like|prefer)\s+(?:you|your\s+(?:firm|company|agency|team))\s+to\s+(?:not|never|no\s+longer|stop)\s+(?:contact|e-?mail|messag|text|call|writ|reach|pitch)\w*`,
    // "He'd like to be removed from your mailing list", "she wants to be taken off", "they would
    // prefer not to be contacted" (referral-opt-out-check's misses)
    String.raw`\b(?:he|she|they)(?:'d|\s+would|\s+wants?|\s+wish(?:es)?)\s+(?:like\s+|prefer\s+|love\s+)?(?:to\s+)?(?:be\s+unsubscribed|be\s+(?:removed|taken\s+off|deleted|struck\s+off|dropped)\s+(?:from\s+)?(?:your|ur|the|this|these|all|any)\s+(?:[\w-]+\s+){0,2}?(?:lists?|mailings?|database|distribution|sequences?|campaigns?|contacts|crm|outreach|newsletters?)|(?:not|never|no\s+longer)\s+(?:to\s+)?be\s+(?:contacted|e-?mailed|messaged|texted|called|approached|pitched|solicited|written\s+to))\b`,
    // "Dr. Rossi has requested no further commercial messages", "she has asked for no more calls"
    String.raw`\b(?:has|have|had)\s+(?:asked|requested|instructed)\s+(?:for\s+|that\s+there\s+be\s+)?no\s+(?:further|more)\s+(?:\w+\s+)?(?:contact|messages|e-?mails|mails|calls|texts|communications?|outreach|correspondence|solicitations?|approaches)\b`,
    // "He doesn't want these messages", "she no longer wants your emails" (referral-opt-out-check-2's
    // miss), "Sir has instructed that he does not wish to receive any further marketing communications"
    String.raw`\b(?:he|she|they)\s+(?:doesn'?t|does\s+not|don'?t|do\s+not|no\s+longer)\s+(?:(?:really\s+)?wants?\s+(?:to\s+(?:receive|get)\s+)?(?:these|your|ur|any\s+more|more|further|any\s+further|any)\s+(?:\w+\s+)?(?:e-?mails|mails|messages|texts|calls|pitches|follow[\s-]?ups)\b(?!\s+to\b)|wish(?:es)?\s+to\s+(?:receive\s+(?:any\s+)?(?:more|further|future|these|your)\b|be\s+(?:contacted|e-?mailed|messaged|texted|called|approached|pitched|solicited)\b))`,
    // "He has asked that his details be removed"
    String.raw`\b(?:asked|requested|instructed)\s+that\s+(?:her|his|their)\s+(?:name|e-?mail|address|details|number|contact\s+details)\s+(?:be\s+)?(?:removed|deleted|taken\s+off)\b`,
    // "She has asked that sales emails no longer be sent"
    String.raw`\b(?:asked|requested|instructed)\s+that\s+(?:commercial|sales|marketing|vendor|cold)\s+(?:approaches|e-?mails|messages|pitches|outreach|enquiries|calls)\s+(?:not\s+be\s+sent|no\s+longer\s+be\s+sent|stop)\b`,
  ].join('|'),
  'i',
);

/** The writer takes an opt-out back, says it was meant for someone else ("sent that to the wrong person";
 * not "wrong person, talk to my manager", a pointer), only nearly did it ("I nearly reported this as spam. Then I read it",
 * "almost clicked unsubscribe"), does not want it ("I don't want to unsubscribe") or did it long ago and is
 * back ("I unsubscribed from your newsletter ages ago, but this one sounds relevant"): the model decides. */
const RETRACTED =
  /\b(?:unsubscribed|(?:clicked|hit|pressed)\s+(?:the\s+|on\s+)?unsubscribe)\b[^.!?]{0,40}\bby\s+(?:mistake|accident)\b|\badd\s+me\s+back\b|\bre-?subscribe\s+me\b|\b(?:meant|intended)\s+(?:that|this|it)?\s*for\s+(?:another|a\s+different|the\s+other|someone\s+else)\b|\bignore\s+my\s+(?:earlier|previous|last)\b|\bwrong\s+(?:thread|e-?mail|chat|conversation|window)\b|\b(?:sent|send|texted|messaged|replied|emailed|e-mailed|wrote|meant)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:the\s+)?wrong\s+person\b|\bwas\s+(?:going\s+to|about\s+to|gonna)\s+(?:hit\s+|click\s+|press\s+)?(?:the\s+)?(?:unsubscribe|delete|report)|\b(?:nearly|almost)\s+(?:reported|marked|flagged|blocked|unsubscribed|deleted|(?:clicked|hit|pressed)\s+(?:the\s+)?unsubscribe)\b|\b(?:don'?t|do\s+not)\s+want\s+to\s+(?:unsubscribe|opt[\s-]+out|be\s+removed)\b(?!\s+from\s+(?:everything|all)\b)|\bunsubscribed\b[^.!?]{0,60}\bbut\s+(?:this|your|that)\b(?:\s+\w+){0,2}?\s+(?:sounds?|looks?|caught|seems?)\b/i;
const NEGATED_REMOVAL = /\b(?:don'?t|do\s+not|never)\s+(?:unsubscribe|remove|take|delete)\s+(?:me|us)\b|\b(?:don'?t|do\s+not|never)\s+stop\s+(?:following|reaching|e-?mailing|messaging|sending|contacting|calling|texting|writing)\b/i;

/** Someone else is the one to remove: a pronoun, a relative or colleague, a former employee, a name. */
const THIRD_PERSON =
  /\b(?:him|her|his|them|their|he|she|he's|she's)\b|\b\w+'s\s+(?:e-?mail|address|number|details|name|contact|phone|mobile)\b|\bmy\s+(?:husband|wife|partner|son|daughter|kids?|mom|mum|mother|dad|father|grandpa|grandma|grandfather|grandmother|family|colleagues?|co-?workers?|assistant|boss|predecessor|ex-colleague|old\s+colleague|former\s+\w+|team\s*mates?|employees?|manager|co-?founder|business\s+partner)\b|\b(?:our|the|your)\s+(?:former\s+|ex-\s*|ex\s+|old\s+|previous\s+|late\s+)\w+|\bour\s+(?:ceo|cfo|cto|coo|cmo|vp|director|manager|founder|owner|intern|assistant|receptionist|colleague)\b/i;
const NAMED_OBJECT =
  /\b(?:[Rr]emove|[Tt]ake|[Uu]nsubscribe|[Dd]elete|[Ss]top\s+(?:emailing|contacting|messaging|texting|calling|writing\s+to)|(?:[Dd]on'?t|[Dd]o\s+not|[Nn]ever)\s+(?:e-?mail|contact|message|text|call|write\s+to))\s+(?:(?:Dr|Mr|Mrs|Ms|Mx)\.?\s+)?(?!(?:I|Me|Us|This|That|It|All|Everyone|Our|My|From|Off|Him|Her|Them|The|Your|These|Those|Any|Every)\b)[A-Z][a-z]+/;
const SELF =
  /\b(?:me|us|myself|ourselves)\b|\bmy\s+(?:e-?mail|address|number|details|data|name|contact|info|mobile|phone|account|inbox)\b|\bour\s+(?:company|team|staff|addresses|domain|employees|business|firm|organi[sz]ation|office|people)\b|\beveryone\s+(?:at|here|in)\b|\ball\s+of\s+us\b/i;

/** Unsubscribing as a product topic: "unsubscribe link", "opt-out handling", "one-click unsubscribe". */
const FEATURE_TALK =
  /\b(?:un-?subscribe|opt[\s-]?outs?|stop)\s+(?:link|header|button|page|rates?|list|lists|option|handling|request|requests|keywords?|language|replies|reply|messages?|compliance|process|flow|feature|mechanism|footer|management|preferences?)\b|\b(?:one-click|global|automatic|auto)\s+(?:un-?subscribe|opt[\s-]?out)\b|\b(?:push|sync|import|export|track|count)\w*\s+(?:our\s+|all\s+|those\s+)?(?:un-?subscribes?|opt[\s-]?outs)\b/i;
/** Spam as a deliverability topic: "how do you keep texts from getting flagged as spam?" */
const SPAM_TALK = /\b(?:getting|being|get|be|gets)\s+(?:flagged|marked|reported|filtered|caught|sent)\s+(?:as\s+|to\s+|in\s+|by\s+)?(?:spam|junk)\b|\b(?:spam|junk)\s+(?:filters?|folders?|rates?|complaints?|scores?|traps?|checks?)\b/i;
/** The SMS keyword named, not used: "customers text STOP", "reply 'stop'". */
const KEYWORD_NAMED = /\b(?:[Tt]ext|[Tt]exts|[Tt]exting|[Rr]eply|[Rr]eplies|[Rr]eplying|[Ss]end|[Ss]ends|[Tt]ype|[Tt]ypes)\s+(?:["'“‘]stop|["'“‘]?STOP)\b|\b(?:[Dd]oes|[Dd]o|[Ww]ill|[Cc]an)\s+["'“‘]?STOP["'”’]?\s+(?:work|apply)\b/;
/** In a question, other people unsubscribing or our product's handling of it make it a question. */
const OTHERS_OR_PRODUCT =
  /\b(?:customers?|clients?|users?|recipients?|subscribers?|contacts|leads?|people|ppl|someone|somebody|anyone|reps?|members|prospects|audience|patients|guests|students|buyers|shoppers|callers|donors|tenants|employees|staff|they|them)\b|\b(?:your|ur|the)\s+(?:tool|platform|product|app|system|software|service|sms|texts?|e-?mails|campaigns?|sequences?|api)\b|\b(?:support|honou?r|handles?|sync|customi[sz]e|compliant|gdpr|can-spam|tcpa|automatic(?:ally)?|anytime|any\s+time|sign\s+up)\b/i;
/**
 * Other people unsubscribing, said rather than asked ("our customers keep asking how to opt out of
 * texts", "recipients can unsubscribe at any time", "a tool that kept emailing people who'd
 * unsubscribed"), or the right to it described ("the email says I can unsubscribe anytime").
 */
const OTHERS_UNSUBSCRIBING =
  /\b(?:customers?|clients?|users?|recipients?|subscribers?|contacts?|leads?|people|ppl|prospects?|someone|somebody|anyone|one|members|audiences?|patients|guests|shoppers|buyers|donors|readers|folks)\b(?:\s+(?![Ii]\b|me\b|my\b|us\b|we\b)[\w'’]+){0,5}?\s+["'“‘]?(?:un-?subscribes?|unsubscribed|unsubscribing|opt(?:s|ed|ing)?[\s-]+out)\b|\b(?:can|could|may)\s+(?:always\s+|easily\s+)?(?:un-?subscribe|opt[\s-]+out)\s+(?:\w+\s+){0,3}?(?:any\s*time|at\s+any\s+time|whenever)\b/i;
/**
 * A stop scoped to one channel with another offered, or a call declined for a busy reason: "Please
 * don't call my cell, email is much better", "Don't call, text only", "dont call, im in class till 5",
 * "Please stop the LinkedIn messages and just email me". The lead asks to be reached otherwise.
 */
const ONE_CHANNEL = /\b(?:call|calls|calling|ring|phone|cell|mobile|texts?|texting|linkedin)\b/i;
const OTHER_CHANNEL_OFFERED =
  /\b(?:e-?mail(?:ing)?|e-?mail'?s|texts?|texting|txt|sms|linkedin|dms?|here)\b[^.!?]{0,20}?\b(?:is|'s|s|works?)\s+(?:much\s+|way\s+|a\s+lot\s+|so\s+much\s+)?(?:fine|better|best|ok|okay|great|good|easier|preferred)\b|\b(?:e-?mail|text|txt|message|dm|write)\s+(?:me\s+|us\s+)?(?:instead|only)\b|\b(?:just|only|rather)\s+(?:e-?mail|text|message|dm|write)\b|\b(?:text|e-?mail|sms)[\s-]+only\b|\bthat'?s\s+where\s+i\s+do\s+business\b|\b(?:happy|glad|fine)\s+to\s+(?:chat|talk|connect|continue)\s+(?:here|by\s+e-?mail|over\s+(?:e-?mail|text))\b/i;
const BUSY_FOR_CALLS =
  /\b(?:in\s+(?:surgery|class|(?:a\s+)?meetings?|back-to-back|site\s+visits|the\s+field)|all\s+day|can'?t\s+(?:talk|pick\s+up|answer)|won'?t\s+(?:pick\s+up|answer)|never\s+(?:answer|pick\s+up)|unknown\s+numbers|(?:while\s+)?driving|during\s+(?:service|work|the\s+day|office\s+hours))\b/i;
function otherChannelWanted(sentence: string): boolean {
  return ONE_CHANNEL.test(sentence) && (OTHER_CHANNEL_OFFERED.test(sentence) || (/\b(?:call|calls|calling|ring|phone)\b/i.test(sentence) && BUSY_FOR_CALLS.test(sentence)));
}
/** Someone else has left ("Miller off your mailing list, he retired in March"): their removal, not the writer's. */
const SOMEONE_LEFT =
  /\b(?:he|she|they)(?:'s|\s+has|\s+have|\s+is|\s+was|\s+had)?\s+(?:\w+\s+)?(?:retired|left|gone|passed\s+away|moved\s+on|no\s+longer\s+(?:works?|with|here|at))\b/i;
/** "Jess doesnt work here.": a named person who left, told in a sentence before a bare "remove pls" (LEFT_WORD first: cheap). */
const LEFT_WORD = /\b(?:left|retired|works?|gone)\b/i;
const NAMED_PERSON_LEFT =
  /\b(?!(?:I|It|This|That|Which|Who|Nobody|Everyone)\b)[A-Z][a-z]+\s+(?:(?:doesn'?t|doesnt|does\s+not|no\s+longer)\s+works?\s+(?:here|at|for|with)|(?:has\s+|had\s+)?(?:left|retired)\b|(?:is|was)\s+(?:no\s+longer\s+(?:here|with)|retired|gone))/;

/** Boilerplate telling the reader how to unsubscribe ("If you no longer wish to receive ..."). */
const INSTRUCTION =
  /\bif\s+you\s+(?:no\s+longer\s+)?(?:wish|want|would\s+like|prefer)\b|^\W*to\s+(?:unsubscribe|opt[\s-]?out|stop\s+receiving)|\byou\s+(?:can|may)\s+(?:unsubscribe|opt[\s-]?out)\b|\bintended\s+recipient|\breceived\s+(?:this|it)\s+(?:\w+\s+)?in\s+error\b|\bconfidential/i;
/** Asking where or how to get out of our messages is asking out ("Where's the unsubscribe link on these?"). */
const WAY_OUT =
  /\b(?:where(?:'s|\s+is|\s+do\s+i\s+find)|how\s+(?:do|can|would)\s+(?:i|we))\b[^?]{0,30}\b(?:un-?subscribe|opt[\s-]?out|stop\s+(?:these|this|getting|receiving)|get\s+off)\b/i;
/**
 * A way out that failed, and the writer still wants out: "tried to unsubscribe, the page won't load";
 * "your unsubscribe link doesn't work. do it manually". A broken link only mentioned ("fyi ur
 * unsubscribe link is broken lol", beside a meeting) is a remark: the model decides.
 */
const TRIED_WAY_OUT = /\b(?:tried|trying|attempted)\s+to\s+(?:un-?subscribe|opt[\s-]?out)\b/i;
const BROKEN_WAY_OUT =
  /\b(?:un-?subscribe|opt[\s-]?out)\s+(?:link|button|page)\b[^.!?]{0,20}?\b(?:doesn'?t|does\s+not|didn'?t|did\s+not|won'?t|isn'?t|is\s+not|never)\s+(?:\w+\s+)?(?:work|load|exist|do\s+anything)|\b(?:un-?subscribe|opt[\s-]?out)\s+(?:link|button|page)\s+(?:is\s+|was\s+)?(?:broken|dead|missing|gives?\s+(?:a\s+|me\s+a\s+)?404|404s?|errors?(?:\s+out)?)\b/i;
const DO_IT_BY_HAND = /\b(?:do|handle|process)\s+it\s+(?:\w+\s+)?(?:manually|by\s+hand|yourself|yourselves|on\s+your\s+(?:end|side))\b/i;
/** ...unless the way out asked about is other people's or a product's. */
const OTHERS_WAY_OUT =
  /\b(?:customers?|clients?|users?|recipients?|subscribers?|contacts|leads?|people|members|prospects|audience|patients|they|them|tool|platform|product|app|software|api|feature|templates?|sequences?)\b/i;

/** A mail system's subject tag ("[SPAM?]", "[EXTERNAL]") quoted in an auto-reply: not the writer's words. */
const SYSTEM_TAG = /\[\s*\**\s*(?:suspected\s+|possible\s+|probable\s+)?(?:spam|external|ext|caution|warning|suspicious|phishing|bulk)\s*\??\s*\**\s*\]/gi;
/** Phrases that a time limit turns into a pause ("no more calls this week please, I'm travelling"). */
const PAUSABLE = new Set([
  'no more messages',
  'no further contact',
  'not in my inbox',
  'does not want messages',
  'no further messages',
  'not to be contacted',
  'rather no more messages',
  'stop the sequence',
  'does not wish contact',
  'rather not hear from you',
  'pass on being contacted',
  'not in your sequences',
  'send nothing more',
  'rather you did not',
  'keep pitches out',
  'never to me again',
  'give it a rest',
]);

/** A stop that lasts only until a date is a deferral, not an opt-out. */
const TEMPORARY = /\b(?:before|until|till|til|yet|for\s+now|for\s+a\s+(?:while|bit|few)|this\s+(?:week|month|quarter)|right\s+now|while\s+i'?m|i'?m\s+back)\b/i;

const STOP_WORDS = new Set(['stop', 'quit', 'cease', "don't", 'dont', 'never']);
const CONTACT = /^(?:e-?mails?|e-?mailing|e-?mailed|mails?|mailing|messages?|messaging|msgs?|dms?|texts?|texting|txt|txts|txting|sms|calls?|calling|contact(?:ing)?|reach(?:ing)?|follow(?:ing)?|follow-?ups?|spam(?:ming)?|writ(?:e|ing)|bother(?:ing)?|pester(?:ing)?|bug(?:ging)?|harass(?:ing)?|pitch(?:es|ing)?|ping(?:ing)?|circl(?:e|ing))$/;
/** Verbs that need "more/again"-type evidence: "don't send me the deck yet" is not an opt-out. */
const DELIVERY = /^(?:send(?:ing)?|receive|receiving|get(?:ting)?|hear(?:ing)?)$/;
/** Words that may sit between the stop word and its verb ("don't ever want to receive"). */
const FILLER = new Set(['please', 'pls', 'ever', 'any', 'more', 'further', 'again', 'to', 'want', 'wish', 'need', 'like', 'keep', 'continue', 'even', 'bother', 'try', 'trying', 'just', 'all']);
const AGAIN = new Set(['again', 'anymore', 'more', 'ever', 'further', 'future']);
const OBJECT = new Set(['me', 'us', 'our']);
const IMPERATIVE_LEAD = /^(?:(?:please|pls|plz|kindly|and|so|just|then|also|ok|okay|now|seriously|honestly),?\s+)*/i;

function words(clause: string): string[] {
  return clause.toLowerCase().replace(/’/g, "'").replace(/\bdo\s+not\b/g, "don't").match(/[a-z'-]+/g) ?? [];
}

/** A stop word, then (past fillers) a contact verb, then "me/us" or "again"; imperatives need no object. */
function stopShape(clause: string): boolean {
  const w = words(clause);
  const lead = words(clause.replace(IMPERATIVE_LEAD, ''))[0];
  const imperative = lead !== undefined && STOP_WORDS.has(lead);
  for (let i = 0; i < w.length; i++) {
    if (!STOP_WORDS.has(w[i])) continue;
    let j = i + 1;
    while (j < w.length && j <= i + 4 && FILLER.has(w[j])) j++;
    if (j >= w.length) continue;
    const contact = CONTACT.test(w[j]);
    if (!contact && !DELIVERY.test(w[j])) continue;
    const around = w.slice(i + 1, Math.min(w.length, j + 4));
    if (around.some((x) => AGAIN.has(x))) return true;
    if (contact && (imperative || around.some((x) => OBJECT.has(x)))) return true;
  }
  return false;
}

/** "Stop by", "stop in", Norwegian "stopp innom", German "vorbei": a visit, not a stop (after the keyword fix-up, "stopp" reads "stop");
 * "stop with the emojis": a complaint about something other than our contact. */
const NOT_A_STOP = String.raw`(?:(?:by|in|over|thinking|at|innom|inn|forbi|vorbei|bei|the\s+press(?:es)?|me\s+if)\b|with\b(?![^.!?]{0,40}\b(?:e-?mails?|mails?|messages?|msgs?|texts?|texting|txts?|sms|calls?|calling|follow[\s-]?ups?|dms?|spam\w*|pitch\w*|contact\w*|marketing|promos?|ads|offers|sequences?|outreach)\b))`;
const IMPERATIVE_STOP = new RegExp(String.raw`^(?:stop|quit)\b(?!\s+${NOT_A_STOP})`, 'i');
const SMS_STOP_WORD = new RegExp(String.raw`(?<!\bnon[\s-]?)(?<!\b(?:can'?t|won'?t|don'?t|cannot|to|not|i'?ll|we'?ll|i\s+will|we\s+will|i'?d|gonna|let\s+me|(?:when|until|till|once|before|after|if)\s+(?:i|we))\s+)\bstop\b(?!\s+${NOT_A_STOP})`, 'i');

/** An imperative "Stop ..." clause ("Please stop.", "Stop wasting my time"), not "stop by". */
function imperativeStop(clause: string): boolean {
  return IMPERATIVE_STOP.test(clause.replace(IMPERATIVE_LEAD, '').trim());
}

/** SMS: the word STOP anywhere ("STOP STOP STOP", "never gave you this number. stop"), unless clearly not a keyword. */
function smsStopWord(sentence: string): boolean {
  return SMS_STOP_WORD.test(sentence);
}

function aboutSomeoneElse(clause: string): boolean {
  return (THIRD_PERSON.test(clause) || NAMED_OBJECT.test(clause)) && !SELF.test(clause);
}

/** Clauses of a sentence, split at punctuation and "and"/"but" ("cease and desist" kept whole). */
export function clauses(sentence: string): string[] {
  return sentence
    .replace(/\bcease\s+and\s+desist\b/gi, 'cease')
    .split(/\s*(?:[,;:()]|[—–]|\s-\s|\band\b(?!\s+(?:me|us|myself)\b)|\bbut\b)\s*/i)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/** Which rule finds the writer's own opt-out in the sentence (for tests and diagnostics), or null. */
function sentenceEvidence(raw: string, channel: ReplyChannel): string | null {
  const sentence = correctKeywords(raw.replace(SYSTEM_TAG, ' '));
  if (WAY_OUT.test(sentence) && !OTHERS_WAY_OUT.test(sentence)) return 'where is the way out';
  if (TRIED_WAY_OUT.test(sentence) && !OTHERS_WAY_OUT.test(sentence)) return 'tried to opt out';
  if (BROKEN_WAY_OUT.test(sentence) && DO_IT_BY_HAND.test(sentence)) return 'the way out does not work';
  if (FEATURE_TALK.test(sentence) || KEYWORD_NAMED.test(sentence) || INSTRUCTION.test(sentence)) return null;
  const hostile = HOSTILE_QUESTIONS.find(([, re]) => re.test(sentence));
  if (hostile && !aboutSomeoneElse(sentence)) return hostile[0];
  const question = isQuestion(sentence) || (GREEK_QUESTION.test(sentence) && GREEK.test(sentence));
  if (question && (OTHERS_OR_PRODUCT.test(sentence) || SPAM_TALK.test(sentence) || asksAboutOthers(sentence))) return null;
  if (KEYWORD_SENTENCE.test(sentence) || STOP_EMOJI.test(sentence)) return 'keyword';
  if (channel === 'sms' && (SMS_KEYWORD_SENTENCE.test(sentence) || smsStopWord(sentence))) return aboutSomeoneElse(sentence) || otherChannelWanted(sentence) ? null : 'sms stop';
  if (WHO_GAVE.test(sentence) && !/\bcurio(?:us|sity)\b/i.test(sentence)) return 'who gave you my number';
  if (!question && ON_THEIR_BEHALF.test(sentence)) return 'on their behalf';
  if (!question && YOU_NOT.test(sentence) && !aboutSomeoneElse(sentence)) return 'you would not contact me';
  if (SOMEONE_LEFT.test(sentence) && !SELF.test(sentence)) return null;
  for (const clause of clauses(sentence)) {
    if (NEGATED_REMOVAL.test(clause) || aboutSomeoneElse(clause)) continue;
    const phrase = PHRASES.find(([, re]) => re.test(clause));
    if (phrase && phrase[0] === 'unsubscribe / opt out' && OTHERS_UNSUBSCRIBING.test(sentence)) continue;
    if (phrase && !(PAUSABLE.has(phrase[0]) && TEMPORARY.test(clause))) return phrase[0];
    if (!TEMPORARY.test(clause) && (stopShape(clause) || imperativeStop(clause)) && !otherChannelWanted(sentence)) return 'stop request';
  }
  return null;
}

/** The rule and sentence that make the reply an opt-out, or null (isOptOut, explained); remembered per channel (remember.ts). */
export function optOutEvidence(text: string, channel: ReplyChannel): OptOutEvidence | null {
  let read = evidenceByChannel.get(channel);
  if (read === undefined) evidenceByChannel.set(channel, (read = remembering(64, (t) => readEvidence(t, channel))));
  return read(text);
}

type OptOutEvidence = Readonly<{ rule: string; sentence: string }>;
const evidenceByChannel = new Map<ReplyChannel, (text: string) => OptOutEvidence | null>();

/** A sentence cut after a lone letter and a full stop ("z. B.", "d. h.", "e. g.", "(e.g.") is read with what follows, so a question keeps its question mark. */
const CUT_AT_INITIAL = /(?:^|[\s(.])\p{L}\.$/u;

function optOutSentences(text: string): string[] {
  const out: string[] = [];
  for (const sentence of splitSentences(text)) {
    const last = out.length - 1;
    if (last >= 0 && CUT_AT_INITIAL.test(out[last])) out[last] += ` ${sentence}`;
    else out.push(sentence);
  }
  return out;
}

/**
 * Greek ends a question with ";" (U+037E, which NFC turns into the semicolon). Read here, for the
 * question guard only: the model's question feature (questions.ts) is left as it was trained.
 */
const GREEK_QUESTION = /[;\u037e]\s*$/u;
const GREEK = /\p{Script=Greek}/u;

/** Rules a bare keyword sentence fires; after "Jess doesnt work here." such a sentence removes Jess. */
const BARE_KEYWORD_RULES = new Set(['keyword', 'sms stop']);

function readEvidence(text: string, channel: ReplyChannel): OptOutEvidence | null {
  if (RETRACTED.test(text)) return null;
  let someoneNamedLeft = false;
  let wayOutBroken = false;
  for (const sentence of optOutSentences(text)) {
    const language = foreignOptOut(sentence);
    if (language !== null) return { rule: `language ${language}`, sentence };
    const rule = sentenceEvidence(sentence, channel);
    if (rule !== null && !(someoneNamedLeft && BARE_KEYWORD_RULES.has(rule) && !SELF.test(sentence))) return { rule, sentence };
    if (wayOutBroken && DO_IT_BY_HAND.test(sentence)) return { rule: 'the way out does not work', sentence };
    someoneNamedLeft ||= LEFT_WORD.test(sentence) && NAMED_PERSON_LEFT.test(sentence) && !SELF.test(sentence);
    wayOutBroken ||= BROKEN_WAY_OUT.test(sentence) && !OTHERS_WAY_OUT.test(sentence);
  }
  return null;
}

/** True when the reply asks that its writer (or their company, address or number) not be contacted again. */
export function isOptOut(text: string, channel: ReplyChannel): boolean {
  return optOutEvidence(text, channel) !== null;
}
