/**
 * Cue patterns, one family per label, written from the label definitions in schema.ts and the
 * objection taxonomy in the reference (BANT + competitor, Outreach's reply labels). They once
 * decided the intent; since issue 13 they are evidence the reply model weighs (features.ts
 * `ruleSignals`), because hand-written rules tuned on one's own examples did not generalise. Each
 * family is a list of bounded regexes; `findCues` returns where they match.
 */

export type CueFamily =
  | 'referral'
  | 'meeting'
  | 'meeting_topic'
  | 'time_slot'
  | 'deferral'
  | 'timing'
  | 'too_busy'
  | 'budget'
  | 'authority'
  | 'need'
  | 'competitor'
  | 'bad_experience'
  | 'other_reason'
  | 'not_interested'
  | 'interest'
  | 'generic_info_request'
  | 'hedge';

/** A capitalised name; calendar words are not people ("call Monday", "reach out in May"). */
const NAME = String.raw`(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|I)\b)[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)?`;
const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag`;
/** Case-insensitive first letter, for patterns that must stay case-sensitive for names. */
const ci = (words: string) => words.replace(/(^|\|)([a-z])/g, (_m, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`);
const CONTACT_VERB = `(?:${ci(String.raw`talk|speak|reach\s+out|reaching\s+out|get\s+in\s+touch|connect|contact|contacting|try|email|e-mail|text|message|dm|call|ping|write|ask\s+for|send\s+(?:this|it)|direct\s+(?:this|it)`)})`;

export const CUES: Record<CueFamily, readonly RegExp[]> = {
  referral: [
    new RegExp(String.raw`\b${CONTACT_VERB}\s+(?:to\s+|with\s+)?(?:my\s+(?:colleague|boss|manager|co-?founder|business\s+partner|partner|replacement|successor|team(?:mate)?)\s+|our\s+(?:[\w-]+[\s,]+){0,4})?${NAME}`),
    new RegExp(String.raw`\b(?:${ci(String.raw`loop(?:ing|ed)?\s+in|cc'?(?:ing|'d|d)?|copying|copied|adding|added`)})\s+(?:in\s+)?(?:my\s+colleague\s+|our\s+\w+[\s,]+)?${NAME}`),
    /\b(?:i'?ll|i\s+will|let\s+me)\s+(?:cc|loop\s+in|forward|introduce|intro)\b|\bconnect\s+you\s+(?:with|to)\b/i,
    /\b(?:connecting|introducing|intro(?:duce)?)\s+you(?:\s+two|\s+both)?\b|\bwant\s+me\s+to\s+intro(?:duce)?\s+you\b/i,
    /\b(?:the\s+)?(?:person|one)\s+you\s+(?:want|need|should\s+talk\s+to)\b|\b(?:would\s+be|is)\s+(?:the\s+)?(?:best|better|right)\s+(?:person|contact|fit)\b|\bwould\s+be\s+better\s+(?:for|placed)\b/i,
    new RegExp(String.raw`\b[Yy]ou(?:'ll|\s+will|'re|\s+are|\s+might|\s+may)?\s+(?:want|need|looking\s+for|better\s+off)\s+(?:to\s+${CONTACT_VERB}\s+(?:to\s+|with\s+)?)?${NAME}`),
    /\b(?:our|the)\s+(?:head|vp|svp|director|manager|lead|owner|ceo|cro|coo|cto|cmo|founder)\b[^.!?\n]{0,40}\b(?:is|would\s+be)\s+[A-Z][a-zà-ÿ]+\s+[A-Z]/i,
    /\b(?:she|he|they)(?:'d|\s+would)\s+be\s+the\s+(?:right|best|better)\s+(?:one|person|contact)\b|\bshared\s+(?:it|this)\s+with\b/i,
    /\b(?:forward(?:ed|ing)?|pass(?:ed|ing)?|send(?:ing)?)\s+(?:(?:this|it|your\s+(?:e-?mail|note|message))\s+)?(?:along\s+|on\s+)?to\s+(?:my|our|the|[A-Z])/i,
    /\b(?:direct|send|forward)\s+(?:this|it)\s+to\b|\bbelongs\s+with\b|\ba\s+question\s+for\s+our\b/i,
    /\b(?:please\s+contact|contact|reach\s+out\s+to|e-?mail|try|talk\s+to|speak\s+(?:to|with))\s+[\w.+-]+@[\w-]+\.[\w.]+/i,
    /\b(?:her|his|their)\s+(?:e-?mail|number|address)\s+is\b/i,
    new RegExp(String.raw`\b${NAME}\s+(?:runs|handles|owns|manages|leads|heads\s+up|decides|evaluates|is\s+responsible\s+for|does\s+all)\b`),
    /\b(?:she|he|they)\s+(?:runs|handles|owns|manages|leads|heads\s+up|decides|is\s+responsible|does\s+all|evaluates)\b|\b(?:she|he)(?:'s|\s+is)\s+the\s+(?:one|person)\b/i,
    /\b(?:at|to|contact|via)\s+[\w.+-]+@[\w-]+\.[\w.]+/i,
    /\bmy\s+(?:replacement|successor)\b|\bno\s+longer\s+(?:with|at|works?\s+(?:at|for|here))\b[\s\S]{0,120}\b(?:contact|reach|e-?mail)\b/i,
  ],
  meeting: [
    /\b(?:calendly\.com|cal\.com|savvycal|chilipiper|meetings\.hubspot|calendar\.app|zcal)\b/i,
    /\b(?:my|our)\s+calendar\b|\bbook\s+(?:a\s+)?(?:time|slot|call|meeting)\b|\bgrab\s+(?:a|any)\s+(?:slot|time)\b|\bon\s+the\s+calendar\b/i,
    /\b(?:send|sent)\s+(?:me\s+|us\s+)?(?:an|the|a)\s+(?:calendar\s+)?invite\b|\baccepted\s+the\s+invite\b|\bsend\s+the\s+invite\b/i,
    /\blet'?s\s+(?:\w+\s+){0,2}(?:talk|chat|meet|connect|call|catch\s+up|set\s+(?:up|something)|schedule|find\s+(?:a\s+|some\s+)?(?:time|\d+\s*min)|grab|do\s+(?:a\s+|the\s+)?(?:call|demo|meeting|chat|quick|coffee)|get\s+something\s+on)/i,
    /\b(?:happy|glad|open|available|free|around|keen)\s+to\s+(?:chat|talk|meet|connect|hop\s+on|jump\s+on|take\s+a\s+(?:call|look\s+at\s+a\s+demo))\b/i,
    /\bopen\s+to\s+a\s+(?:\w+\s+)?(?:chat|call|meeting|demo|intro)\b|\bwould\s+love\s+to\s+see\s+a\s+demo\b/i,
    /\b(?:give\s+you|take\s+a|have|spare)\s+(?:\d+|a\s+few|fifteen|ten|twenty|thirty)\s*(?:-\s*)?(?:min(?:ute)?s?)\b/i,
    /\bcall\s+(?:me|my\s+(?:cell|mobile|phone|office))\b|\bcall\s+then\b|\bgood\s+time\s+to\s+(?:call|talk|chat|meet)\b/i,
    new RegExp(String.raw`\b(?:can|could)\s+(?:we|you)\s+(?:do|have|set\s+up|schedule|book|hop\s+on|jump\s+on|walk\s+us\s+through|talk|chat|meet|push|move|reschedule)\b[^.?!]{0,60}\b(?:call|demo|meeting|chat|talk|\d{1,2}\s*(?:am|pm)|at\s+\d|tomorrow|today|next\s+(?:week|month)|${WEEKDAY})`, 'i'),
    /\b(?:we|i)\s+can\s+(?:chat|talk|meet)\b|\bwhen\s+(?:are|r)\s+(?:you|u)\s+free\b|\bwhat\s+(?:times?|does\s+your\s+(?:week|calendar|schedule))\b|\b(?:dm|send|share)\s+(?:me\s+)?(?:your|a\s+few|some)\s+(?:availability|times|slots)\b/i,
    /\b(?:demo|call|meeting|chat)\s+(?:sounds|works|is)\s+(?:good|great|fine|perfect)\b|\bhappy\s+to\s+(?:do|take|have)\s+(?:a|the)\s+(?:demo|call|meeting)\b/i,
    /\bschedule\s+(?:something|a\s+(?:call|time|meeting|demo))\b|\bset\s+up\s+a\s+(?:call|meeting|demo|time)\b/i,
    /\b(?:telefonieren|telefonat|termin\s+vereinbaren)\b/i,
  ],
  meeting_topic: [
    /\b(?:call|demo|meeting|meet|chat|talk|intro|coffee|walk\s*through|walk\s+(?:me|us)\s+through|zoom|invite|calendar|connect|suit\s+you|works?\s+for\s+you)\b/i,
    /\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:\w+\s+)?(?:free|available)\b|\b(?:free|available)\s+(?:at|after|on|from|between|all|tomorrow|tmrw|today)\b/i,
  ],
  time_slot: [
    new RegExp(String.raw`\b(?:${WEEKDAY})\b`, 'i'),
    /\b(?:tomorrow|tmrw|tmr|today|tonight)\b/i,
    /\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\bat\s+\d{1,2}(?::\d{2})?\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s+uhr\b/i,
    /\b(?:morning|afternoon|evening)s?\b|\b(?:next|this)\s+(?:week|month)\b|\bweek\s+of\b/i,
    /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}\/\d{1,2}\b/i,
    /\b(?:ET|PT|CT|CET|CEST|GMT|BST|EST|PST|EDT|PDT|UTC)\b/,
  ],
  deferral: [
    /\b(?:reach\s+out|ping\s+me|try\s+(?:me\s+)?again|circle\s+back|check\s+back|follow\s+up|reconnect|revisit|talk|get\s+back\s+in\s+touch)\b[^.!?\n]{0,30}\b(?:in\s+(?:q[1-4]|\d+|a\s+few|a\s+couple|the\s+new|january|february|march|april|may|june|july|august|september|october|november|december)|after\b|next\s+(?:year|quarter|month)|later|then|once)\b/i,
  ],
  timing: [
    /\bnot\s+(?:right\s+)?now\b|\bnot\s+at\s+(?:this|the\s+moment)\b|\bat\s+this\s+(?:time|point)\b|\bnot\s+(?:the\s+)?right\s+(?:time|moment)\b/i,
    /\b(?:not\s+a\s+good|bad|wrong)\s+(?:time|moment)\b|\btiming\s+(?:(?:just|really|simply)\s+)?(?:isn'?t|is\s+not|is\s+bad|is\s+off|is\s+wrong|doesn'?t\s+work)/i,
    /\bnot\s+(?:this|until\s+next)\s+(?:quarter|year|month|season)\b|\bmaybe\s+(?:in\s+)?q[1-4]\b|\b(?:later\s+this|next)\s+year\s+(?:maybe|perhaps)\b/i,
    /\bnot\s+a\s+priority\b|\blow\s+priority\b|\bmaybe\s+(?:later|next)\b|\btoo\s+early\b/i,
    /\b(?:mid-?reorg|in\s+the\s+middle\s+of|won'?t\s+be\s+(?:looking|evaluating|buying)|until\s+after\b|budget\s+cycle|planning\s+cycle|next\s+window)\b/i,
  ],
  too_busy: [
    /\b(?:swamped|slammed|snowed\s+under|buried|underwater|overloaded|stretched\s+thin|crazy\s+busy|too\s+busy|so\s+busy|full\s+plate|plate\s+is\s+(?:full|overflowing)|too\s+stretched|stretched\s+too\s+thin|at\s+(?:full\s+)?capacity|no\s+capacity|hands\s+full|heads[\s-]down)\b/i,
    /\bcan'?t\s+(?:look\s+at|take\s+on|evaluate|deal\s+with)\s+(?:any\s+)?(?:new|anything|another|more)\b/i,
    /\b(?:no|don'?t\s+have\s+(?:the|any)?|not\s+enough)\s*bandwidth\b|\bno\s+time\s+(?:to|for)\b|\bcan'?t\s+take\s+on\b/i,
  ],
  budget: [
    /\b(?:no|zero|don'?t\s+have(?:\s+(?:the|a|any))?|not\s+in\s+(?:the|our)|lack\s+of|without)\s+bud[gj]e?t/i,
    /\bbud[gj]e?ts?\b[^.!?\n]{0,40}\b(?:frozen|allocated|spent|tight|cut|gone|used\s+up|freeze|for\s+(?:this|the)\s+year)\b|\bnot\s+sure\s+(?:we|if\s+we)\s+have\s+(?:the\s+)?bud[gj]e?t/i,
    /\b(?:too|way\s+too|very)\s+(?:expensive|pricey|costly|much)\b|\bexpensive\b|\bprice\s+range\b|\bcan'?t\s+afford\b|\bcannot\s+afford\b|\bcant\s+afford\b/i,
    /\b(?:out\s+of|over)\s+(?:our\s+|the\s+)?bud[gj]e?t\b|\bbeyond\s+what\b[^.!?\n]{0,40}\b(?:pay|afford|spend)\b|\b(?:cost|price|pricing)\s+doesn'?t\s+work\b/i,
    /\b(?:pricing|price|cost)\s+is\s+(?:(?:way|much|far|too)\s+)*(?:above|higher|over|more\s+than|too\s+high|out\s+of)\b|\b(?:pricing|price|cost)\s+is\s+(?:the|an|a)\s+(?:issue|problem|sticking\s+point|blocker)|\bcost\s+is\s+the\b|\b(?:no|zero)\s+money\b/i,
    /\b(?:spend|spending)\s+(?:freeze|is\s+frozen)|\bshut\s+down\s+(?:all\s+)?(?:new\s+)?(?:software\s+)?spend|\bcan'?t\s+(?:justify|spend)|\bmore\s+than\s+we\s+can\s+(?:justify|spend|afford)|\bbootstrapped\b|\bevery\s+dollar\b/i,
  ],
  authority: [
    /\bnot\s+(?:the\s+)?right\s+(?:person|contact)\b|\bwrong\s+(?:person|contact|department)\b/i,
    /\bnot\s+my\s+(?:call|decision|department|area|team|role|responsibility)\b|\bdon'?t\s+(?:make|decide|handle|own)\b|\b(?:not|no\s+longer)\s+(?:the\s+)?decision[\s-]?maker\b/i,
    /\b(?:no|any|the)\s+(?:pull|say|authority)\b|\bnot\s+(?:something|anything)\s+i'?m\s+(?:involved|in\s+charge)|\b(?:i'?m|i\s+am)\s+not\s+(?:involved|in\s+charge)\b|\bnot\s+up\s+to\s+me\b|\bcan'?t\s+make\s+(?:that|this|the)\s+(?:call|decision)\b|\b(?:need|needs|would\s+need|requires?)\s+(?:sign[\s-]?off|approval)\b|\bgo\s+through\s+procurement\b|\babove\s+my\s+pay\s*grade\b/i,
    /\bindividual\s+contributor\b|\bjust\s+an?\s+(?:intern|assistant|engineer)\b|\bno\s+longer\s+(?:manage|run|lead|handle|in\s+charge)\b|\bmoved\s+to\s+a\s+(?:different|new)\s+role\b/i,
    /\bdecisions?\s+(?:like\s+this\s+)?(?:are|is)\s+made\s+(?:at|by)\b|\bi\s+(?:work|am|'m)\s+in\s+(?:hr|finance|legal|engineering|it|marketing|accounting)\b/i,
  ],
  need: [
    /\b(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:really\s+)?need\b|\bno\s+need\b|\bnot\s+(?:really\s+)?(?:relevant|applicable)\b|\birrelevant\b/i,
    /\b(?:doesn'?t|does\s+not|won'?t)\s+apply\b|\bnot\s+a\s+(?:good\s+)?fit\b|\bno\s+use\s+case\b|\bdon'?t\s+see\s+(?:a|the|any)\s+(?:use\s+case|need|value)\b|\boverkill\b/i,
    /\bin[\s-]house\b|\bour\s+own\s+(?:scripts?|tools?|solution|system)\b|\bbuilt\s+(?:our|it)\s+own\b|\b(?:works|working)\s+fine\b|\bmanage\s+fine\b|\bhandled?\s+manually\b|\bmanually\b/i,
    /\bnot\s+a\s+problem\s+(?:we|for\s+us)\b|\b(?:doesn'?t|does\s+not|wouldn'?t)\s+justify\b|\bonly\s+(?:get|send|have)\s+a\s+handful\b/i,
    /\bdon'?t\s+(?:really\s+)?(?:do|send|run)\s+(?:any\s+|much\s+)?(?:outbound|cold|enough)\b|\bread\s+every\s+reply\b|\btoo\s+small\b|\bwouldn'?t\s+move\s+the\s+needle\b|\bdon'?t\s+have\s+(?:a|that|this)\s+problem\b|\bstopped\s+doing\b|\bno\s+longer\s+do\b/i,
  ],
  competitor: [
    /\balready\s+(?:use|using|have|got|work\s+with|signed|partner|on)\b|\balredy\s+(?:use|using|have)\b|\bbeen\s+using\b|\bcommitted\s+to\s+(?:[A-Z]\w+|our|a|an)\b/i,
    /\b(?:something|a\s+(?:tool|solution|system|process))\s+in\s+place\b|\b(?:does|do)\s+the\s+job\b|\bfor\s+(?:this|that)\s+already\b|\b(?:got|have)\s+(?:this|that|it)\s+covered\b|\b(?:run|do|manage)\s+everything\s+(?:through|in|with)\s+\w+|\b(?:covers|does|has)\s+(?:everything|all|what)\s+we\s+need\b/i,
    /\b[Ww]e(?:'re|\s+are)?\s+(?:currently\s+|now\s+)?(?:use|using|on)\s+(?:another|a\s+different|a\s+similar|[A-Z]\w+)\b/,
    /\b(?:happy|satisfied)\s+(?:\w+\s+)?(?:with\s+(?:our|the|it|them|what|current)|customer)\b|\bcurrent\s+(?:provider|vendor|tool|solution|system|platform)\b/i,
    /\blocked\s+in(?:to)?\b|\bunder\s+contract\b|\bcontract\s+with\b|\b(?:just\s+)?signed\s+(?:a|with)\b|\bwent\s+with\b|\bmoved\s+to\s+[A-Z]\w+/i,
    /\banother\s+(?:company|vendor|provider)\b|\bhave\s+a\s+(?:vendor|provider|partner)\s+for\b|\bsimilar\s+(?:tool|product|solution|service)\b|\bsomething\s+similar\b/i,
    /\b(?:agency|partner|crm\s+vendor)\s+(?:already\s+)?handles\b|\bno\s+plans\s+to\s+(?:change|switch)\b|\bnot\s+looking\s+to\s+(?:switch|change)\b|\bthrough\s+our\s+(?:crm|agency|vendor)\b/i,
  ],
  bad_experience: [
    /\b(?:tried|used)\s+(?:it|you|this|your\s+\w+|a\s+similar\s+\w+(?:\s+\w+)?)\b|\bbad\s+experience\b|\bterrible\s+(?:experience|onboarding)\b|\bwas\s+a\s+mess\b/i,
    /\bdidn'?t\s+work\b|\bdid\s+not\s+work\b|\bburn(?:ed|t)\b|\bnever\s+answered\b|\bnot\s+going\s+back\b|\blast\s+vendor\b|\bcost\s+us\b/i,
    /\b(?:didn'?t|did\s+not)\s+go\s+well\b|\bwon'?t\s+be\s+coming\s+back\b|\bwere\s+(?:customers|clients)\s+of\s+yours\b/i,
    /\b(?:had|used|tried)\s+(?:your|the|their)\s+(?:tool|product|platform|service|software|app)\b|\b(?:never|didn'?t|did\s+not)\s+live\s+up\b|\bspammed\s+(?:our|us|me)\b|\bwent\s+badly\b|\bpoor\s+(?:experience|support|service)\b|\bwhen\s+we\s+were\s+customers\b/i,
  ],
  other_reason: [
    /\bacquir(?:ed|ing)\b|\bacquisition\b|\bmerger\b|\bwinding\s+down\b|\bshutting\s+down\b|\bclosing\s+(?:down|the\s+company)\b|\bout\s+of\s+business\b/i,
    /\b(?:company|corporate)\s+policy\b|\bdon'?t\s+buy\s+from\s+cold\b|\bpublic\s+tenders?\b|\bapproved\s+vendor\s+list\b/i,
  ],
  not_interested: [
    /\bnot\s+interested\b|\bno\s+(?:thanks|thank\s+you)\b|\b(?:i'?ll|we'?ll|gonna|going\s+to|will|i\s+will|we\s+will)\s+pass\b|\bhard\s+pass\b|^\s*pass\W*$/im,
    /\bnot\s+for\s+us\b|\bisn'?t\s+for\s+us\b|\b(?:not|isn'?t|is\s+not)\s+something\s+(?:we|i)\b|\b(?:we'?re|we\s+are)\s+all\s+set\b|\b(?:we'?re|we\s+are)\s+good\b/i,
    /\bdecline\b|\bwon'?t\s+be\s+moving\s+forward\b|\bnot\s+moving\s+forward\b|\bdecided\s+not\s+to\b|\bnot\s+(?:to\s+)?pursue\b|\ba\s+no\s+from\s+(?:us|me)\b|\bit'?s\s+a\s+no\b/i,
    /^\W*(?:no|nope|nah|no\s+way)\W*$/im,
    /\bsay\s+no\b|\bnot\s+looking\s+for\b|\b(?:won'?t|will\s+not|not\s+going\s+to)\s+buy\b|\bno\s+to\s+this\b|\bstill\s+no\b|\bdoesn'?t\s+excite\b|\bwon'?t\s+consider\b|\bwouldn'?t\s+consider\b|\bbut\s+no\b|\bnot\s+(?:going|doing)\s+it\b/i,
  ],
  interest: [
    /\b(?:interested|intrigued|intresting|interesting|intrested)\b|\bsounds\s+(?:good|great|interesting|promising|intresting)\b|\btell\s+me\s+more\b|\b(?:learn|hear|know)\s+more\b/i,
    /\bsend\s+(?:me\s+|us\s+)?(?:it|over|some|more|the|your|a|any|anything|whatever|details|info)\b|\bsend\s+it\s+over\b|\bshare\s+(?:a|the|some|your)\b|\bdrop\s+me\b/i,
    /\bon\s+(?:our|my)\s+radar\b|\b(?:this\s+is\s+)?(?:very\s+)?relevant\b|\blooks\s+(?:great|good|interesting|cool|promising|really)\b|\bcount\s+me\s+in\b/i,
    /\bkeep\s+me\s+(?:posted|in\s+the\s+loop)\b|\b(?:add|sign|set)\s+me\s+up\b|\badd\s+me\s+to\b|\btrial\b|\bpilot\b|\bopen\s+to\s+hearing\b|\bi\s+like\s+what\b|\bkick\s+the\s+tires\b|\bi'?m\s+in\b|\bhappy\s+to\s+take\s+a\s+look\b/i,
    /^\W*(?:yes|yeah|yep|yup|sure|ok|okay|y)\b/i,
    /👍|\bça\s+m'intéresse\b|\boui\b|\bwhen\s+can\s+we\s+start\b|\bexactly\s+what\s+we'?ve\s+been\s+looking\s+for\b|\bgot\s+my\s+attention\b|\bwe\s+have\s+a\s+deal\b|\bkeen\b/i,
  ],
  generic_info_request: [
    /\b(?:more\s+info(?:rmation)?|more\s+details|the\s+details|(?:share|send|forward)\s+(?:me\s+|us\s+)?(?:a|the|your|some|any)?\s*(?:short\s+|quick\s+|brief\s+)?(?:video|recording|demo\s+video|deck|overview|one-pager|brochure|materials?|info|details|resources|examples|link)|get\s+started|getting\s+set\s+up|what'?s\s+next|whats\s+next|best\s+way\s+to\s+(?:start|begin|try)|customer\s+stories|case\s+stud(?:y|ies)|brochure|resources|(?:the|your)\s+deck|one[\s-]pager|next\s+steps?|what\s+do\s+you\s+have|when\s+can\s+we\s+start|who\s+should\s+i\s+talk\s+to|send\s+(?:me|it|over|us))\b/i,
  ],
  hedge: [/\b(?:might|maybe|perhaps|possibly|not\s+sure|i'?m\s+listening|could\s+be|we'?ll\s+see)\b/i],
};

export interface CueHit {
  family: CueFamily;
  index: number;
}

/** Every match of one family, by position in the text. */
export function findCues(text: string, family: CueFamily): CueHit[] {
  const hits: CueHit[] = [];
  for (const re of CUES[family]) {
    const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (const m of text.matchAll(global)) hits.push({ family, index: m.index ?? 0 });
  }
  return hits.sort((a, b) => a.index - b.index);
}

export function hasCue(text: string, family: CueFamily): boolean {
  return CUES[family].some((re) => re.test(text));
}
