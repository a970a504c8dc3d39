/**
 * Does the writer say they (or their office) are away for now? Guide rule 2: an automatic or
 * personal notice of a temporary absence — holiday, leave, travel, sick, a closed office — in any
 * of the languages our leads write in, with the return in whatever form ("back Monday", "out til
 * tmrw", "we reopen Tuesday 8am", "bis 12.8. im Urlaub").
 *
 * This is the broad reading, built for recall: a feature the reply model weighs (features.ts), not
 * a decision, because "I'm travelling next week, can we talk on the 24th?" also announces an
 * absence, and the guide files that as a meeting request. (Tipping the intent to out_of_office
 * whenever it fires and the model gives absence a fair chance was measured out of fold and lost
 * more right answers than it gained: docs/REPLIES.md.) `looksOutOfOffice` (auto-reply.ts) is the
 * narrow reading that decides without the model.
 *
 * Per sentence, and never in a question ("Does your tool handle 'I'm out of office until X'?"):
 * talking about absence notices is not sending one.
 */
import { foldAccents } from './fold.ts';
import { isQuestion, splitSentences } from './questions.ts';
import { worldAbsence } from './absence-world.ts';

const FIRST_PERSON = String.raw`(?:i\s+am|i'm|im|i\s+will\s+be|i'll\s+be|i\s+am\s+currently|i'm\s+currently|currently|we\s+are|we're|we\s+will\s+be|we'll\s+be)`;
const LEAVE = String.raw`(?:(?:annual|parental|maternity|paternity|sick|medical|bereavement|study|family|personal|garden|shared\s+parental)\s+)?(?:leave|vacation|holidays?|hols|sabbatical|pto|break|time\s+off|mat\s+leave|honeymoon)`;
/** Days and seasons an office closes for. */
const OCCASION = String.raw`(?:the\s+)?(?:[\w']+\s+){0,3}(?:holidays?|christmas|xmas|new\s+year|easter|thanksgiving|summer|winter|festive\s+(?:season|period)|break|day|weekend|shutdown|inventory|stocktake|renovations?|bank\s+holiday|public\s+holiday)`;

const SENTENCE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b${FIRST_PERSON}\s+(?:\w+\s+){0,2}out\s+of\s+(?:the\s+)?office\b`, 'i'),
  new RegExp(String.raw`\b${FIRST_PERSON}\s+(?:\w+\s+){0,2}(?:on|away\s+on|off\s+on)\s+(?:an?\s+|my\s+|our\s+)?${LEAVE}\b`, 'i'),
  new RegExp(String.raw`^\W*(?:currently\s+)?(?:on|away\s+on|off\s+on)\s+(?:an?\s+|my\s+)?${LEAVE}\b`, 'i'),
  /\b(?:i'm|i\s+am|is|are|currently)\s+on\s+(?:an?\s+|my\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}(?:leave|sabbatical)\b/,
  new RegExp(String.raw`\b${FIRST_PERSON}\s+(?:\w+\s+){0,2}(?:away|travell?ing|offline|out|off|abroad|unreachable|off\s+grid|off\s+the\s+grid|attending\s+a\s+\w+)\b.{0,80}\b(?:until|till|til|thru|through|returning|back\s+(?:on|in|at|from|when|next|after|monday|tuesday|wednesday|thursday|friday|tomorrow|tmrw)|when\s+i(?:'m|\s+am)?\s+back|upon\s+my\s+return|will\s+(?:respond|reply|get\s+back))`, 'i'),
  /^\W*(?:out\s+of\s+(?:the\s+)?office|ooo|automatic\s+reply|auto[\s-]?reply|auto[\s-]?response|this\s+is\s+an\s+auto(?:mated|matic)\s+(?:response|reply|message))\b/i,
  /^\W*(?:out|away|off|offline|ooo)\s+(?:til|till|until|thru|through|rn|right\s+now|today|this\s+week)\b/i,
  new RegExp(String.raw`\b(?:started|starting|taking|took|beginning|began|enjoying)\s+(?:a\s+|my\s+|some\s+)?(?:\w+\s+)?${LEAVE}\b`, 'i'),
  /\b(?:limited|no|intermittent|without|restricted)\s+access\s+to\s+(?:my\s+)?e-?mails?\b|\bwon'?t\s+be\s+(?:checking|reading|monitoring)\s+(?:my\s+)?(?:e-?mails?|messages|inbox)\b/i,
  /\b(?:respond|reply|get\s+back\s+to\s+you|answer)\b.{0,40}\b(?:upon|on|after)\s+my\s+return\b|\bupon\s+my\s+return\b/i,
  /\bback\s+in\s+the\s+(?:office|saddle)\s+(?:on|from|around|by|next|in|mid|early|late|\d)|\b(?:returning|return)\s+to\s+the\s+office\b|\bwill\s+be\s+back\s+(?:on|in|at|from|next|after|monday|tuesday|wednesday|thursday|friday|tomorrow)\b/i,
  /\bthis\s+inbox\s+is\s+(?:not\s+monitored|unmonitored|in\s+hibernation|on\s+(?:holiday|vacation|pause))\b/i,
  // A notice that opens with the return: "back after the bank holiday", "back from holidays the 8th"
  // (not "back from holiday! let's talk": that absence is over).
  /^\W*back\s+(?:after\s+(?:the\s+|my\s+)?(?:[\w']+\s+){0,2}(?:holidays?|hols|vacation|leave|pto|break|trip|travels?|conference|long\s+weekend|easter|christmas|xmas|new\s+year|summer)\b|from\s+(?:the\s+|my\s+)?(?:[\w']+\s+){0,2}(?:holidays?|hols|vacation|leave|pto|break|trip|travels?|conference)\s+(?:on\s+)?(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|next|tomorrow|tmrw))/i,
  /\b(?:gone|went)\s+(?:fishing|skiing|hiking|sailing|surfing|camping|travell?ing|walkabout)\b/i,
  // Other languages: away, on holiday, leave, travelling, sick, out of the office.
  /\b(?:nicht\s+im\s+buro|abwesend|absente?\s+du\s+bureau|fuera\s+de\s+la\s+oficina|fuori\s+ufficio|afwezig|poza\s+biurem)\b/,
  /\b(?:ich\s+bin|bin)\s+(?:\S+\s+){0,4}(?:im\s+urlaub|in\s+(?:elternzeit|mutterschutz|urlaub)|krank(?:geschrieben)?|auf\s+(?:reisen|dienstreise)|unterwegs|nicht\s+erreichbar|ausser\s+haus|im\s+sabbatical)|\burlaubsbedingt\b/,
  /\bje\s+suis\s+(?:\S+\s+){0,3}(?:en\s+(?:conge|conges|vacances|arret\s+maladie|deplacement|voyage)|absente?)\b|\bde\s+retour\s+le\b/,
  /\bestoy\s+(?:\S+\s+){0,2}(?:de\s+(?:vacaciones|baja|viaje|permiso)|fuera\s+de\s+la\s+oficina|ausente)\b|\bde\s+vuelta\s+el\b/,
  /\b(?:estou|to)\s+(?:\S+\s+){0,2}(?:de\s+(?:ferias|licenca|folga)|fora\s+do\s+escritorio|ausente|viajando)\b|\bvolto\s+(?:dia|no\s+dia|na|em)\b/,
  /\bsono\s+(?:\S+\s+){0,2}(?:in\s+(?:ferie|vacanza|viaggio|malattia|maternita|congedo|trasferta)|fuori\s+(?:ufficio|sede)|assente)\b|\brientro\s+(?:il|in\s+ufficio)\b/,
  /\bik\s+ben\s+(?:\S+\s+){0,3}(?:met\s+vakantie|op\s+vakantie|afwezig|met\s+verlof|ziek|op\s+reis)\b/,
  /\b(?:jeg|vi)\s+er\s+(?:\S+\s+){0,2}(?:pa\s+(?:ferie|barsel|kurs|reise|rejse|tjenestereise)|syg|sykmeldt|fravaerende|bortrejst|borte)\b|^\W*(?:er\s+)?pa\s+ferie\b/,
  /\b(?:jag|vi)\s+ar\s+(?:\S+\s+){0,2}(?:pa\s+semester|ledig|tjanstledig|foraldraledig|sjukskriven|bortrest|pa\s+resa)\b|^\W*pa\s+semester\b/,
  /\b(?:olen|olemme)\s+(?:\S+\s+){0,2}(?:lomalla|matkoilla|poissa|sairaslomalla|aitiyslomalla|isyyslomalla|vapaalla)\b|^\W*lomalla\b/,
  /\bjestem\s+(?:\S+\s+){0,2}(?:na\s+urlopie|w\s+delegacji|na\s+zwolnieniu|poza\s+biurem|nieobecn[ya])\b|^\W*(?:na\s+urlopie|urlop)\b/,
];

/** An office, shop or team closed for an occasion, or closed now and reopening later (may span sentences). */
const CLOSURE: readonly RegExp[] = [
  new RegExp(String.raw`(?<!\b(?:was|were|been)\s+)\b(?:closed|shut|dark|offline|away|out|off)\s+(?:[\w&]+\s+){0,3}(?:for|over|during)\s+${OCCASION}\b`, 'i'),
  /\b(?:closed|shut|offline)\s+(?:from|until|till|til|through|on)\b[\s\S]{0,120}\b(?:reopen\w*|re-open\w*|resum\w*|back\s+(?:on|in|at)|open\s+(?:again|on))\b/i,
  /\b(?:office|offices|shop|store|studio|clinic|team|we)\b[^.!?\n]{0,40}\b(?:closed|shut|dark)\b[\s\S]{0,120}\b(?:reopen\w*|re-open\w*|resum\w*|open\s+(?:them\s+)?again)\b/i,
  /\b(?:betriebsferien|betriebsurlaub|geschlossen\s+vom|fermeture\s+annuelle|ferme\s+du|cerrado\s+por\s+vacaciones|chiuso\s+per\s+ferie|gesloten\s+(?:van|wegens)|stengt\s+for|lukket\s+for|stangt\s+for)\b/,
];

/** An automatic reply's own first words, as mail systems write them into the body in many languages. */
const AUTO_PREFIX =
  /^\W*(?:automatic\s+reply|auto(?:matic|matische|matisch|matisk|matico|matica|matique)?[\s_-]*(?:reply|response|antwort|antwoord|svar|risposta|respuesta|reponse|resposta)|otomatik\s+yan[iı]t|risposta\s+automatica|reponse\s+automatique|respuesta\s+automatica|resposta\s+automatica|automatisch\s+antwoord|automatisk\s+svar|automaattinen\s+vastaus|automatyczna\s+odpowiedz|abwesenheit\w*|fravaer\w*|自動返信|自动回复|【自動返信】)/;

/** Being somewhere that keeps one from mail: travel, events, illness, duty, no signal. */
const AWAY =
  /\b(?:not\s+at\s+my\s+desk|away\s+from\s+(?:my|the)\s+desk|away|travell?ing|on\s+(?:a\s+|the\s+)?(?:plane|flight|road|trip|ski\s+trip|course|training(?:\s+course)?|jury\s+duty|retreat|site\s+visits?|the\s+ward|tour|cruise|safari|honeymoon|beach)|in\s+the\s+air|(?:at|in)\s+(?:a|an|the|my|our)\s+(?:\w+\s+){0,2}(?:conference|trade\s*show|expo|fair|messe|wedding|offsite|off-site|retreat|summit|event|hospital|funeral)|out\s+sick|off\s+sick|in\s+hospital|unreachable|no\s+(?:signal|wifi|wi-fi|reception|internet)|offline|off\s+(?:the\s+)?grid|not\s+(?:reading|checking)\s+(?:my\s+)?(?:e-?mails?|messages|inbox)|only\s+checking\s+(?:e-?mail|my\s+inbox)|on\s+(?:holiday|vacation|leave|pto|mat\s+leave|paternity\s+leave|maternity\s+leave)|(?:maternity|paternity|parental)\s+leave|abroad)\b/;
/** When the writer is back: "back on the 8th", "back tmrw", "until Friday", "this week", "when I land". */
const RETURN =
  /(?<!\b(?:get|getting|come|coming|circle|write|writing|call|text|ping|hear|reach|report|check|go|look|looking|push|pushed|bounce|step|fall)\s+)\bback\s+(?:(?:on|around|in|at|by|from|properly|online|in\s+the\s+office|in\s+office|at\s+my\s+desk)\s+)?(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw|tmr|next|mid|early|late|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|in\s+(?:a|\d|two|three|the)|after|when|soon)|\b(?:until|till|til|thru|through)\s+(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw|tonight|next|mid|early|late|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|end|further\s+notice)|\b(?:this|all)\s+week\b|\b(?:today|rn|right\s+now|this\s+weekend)\b|\bwhen\s+i\s+(?:land|get\s+back|return|'m\s+back|am\s+back|get\s+where)|\bwill\s+(?:reply|respond|answer|text\s+back|read\s+(?:this|it))\s+(?:later|tonight|when|on|after|next)/;
/** Other languages: back on a date, reachable again, office closed. */
const RETURN_FOREIGN =
  /\b(?:wieder\s+(?:erreichbar|im\s+(?:haus|buro))|ab\s+dem\s+\S+\s+wieder|nicht\s+im\s+haus|bleibt\s+(?:\S+\s+){0,6}geschlossen|fermes?\s+(?:du|pour|jusqu)|de\s+retour\s+(?:le|au|a\s+partir|des|lundi|mardi|mercredi|jeudi|vendredi|\d)|cerrad[oa]s?\s+(?:por|hasta|del)|volvemos\s+el|retomaremos|en\s+viaje|de\s+licencia|me\s+encuentro\s+(?:de|fuera|en)|em\s+viagem|tot\s+\d|weer\s+(?:terug|aanwezig|bereikbaar)|zijn\s+we\s+er\s+weer|gesloten|lukket\s+(?:mellem|fra|til)|tilbage\s+(?:den|pa|igen)|(?:jeg|vi)\s+har\s+(?:\S+\s+){0,2}(?:ferie|orlov|barsel|fri)|(?:jag|vi)\s+har\s+semester|er\s+i\s+\w*permisjon|pa\s+kursus|permisjon|ferien|elternzeit|im\s+urlaub|im\s+mutterschutz|vapaalla|asti|chiuso|chiusi|in\s+ferie|urlop\w*)\b/;

/** An absence that has not begun: "next week", "from Friday", "in two weeks", "going on leave"... */
const LATER =
  /\b(?:next\s+(?:week|month|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*)|(?:from|starting)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b(?![^.!?\n]{0,40}\b(?:until|till|til|to|through|thru)\b)|(?:from|starting)\s+(?:next|tomorrow|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*)\b(?![^.!?\n]{0,40}\b(?:until|till|til|to|through|thru)\b)|in\s+(?:two|three|a\s+few|a\s+couple\s+of|\d+)\s+(?:days|weeks)|going\s+on|(?:later|end\s+of)\s+this\s+(?:week|month)|nachste\s+woche|ab\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|nachster|nachsten)|la\s+semana\s+que\s+viene|la\s+proxima\s+semana|semana\s+que\s+vem|volgende\s+week|la\s+semaine\s+prochaine|neste\s+uke|nasta\s+vecka|naeste\s+uge|ensi\s+viikolla)\b/;

/** ...unless the sentence also places the writer away now or names the return ("on holiday rn, ping me next week"). */
const NOW = /\b(?:rn|right\s+now|currently|today|at\s+the\s+moment|back|reopen\w*|re-open\w*|until|till|til|thru|through|bis|jusqu|hasta|fino|tot|asti|indtil)\b/;

/** A denied absence: "I'm not on holiday, I just don't reply". */
const DENIED =
  /\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+not\s+(?:\w+\s+)?(?:on\s+(?:an?\s+)?(?:holiday|vacation|leave|pto|hols)|out\s+of\s+(?:the\s+)?office|away|ooo)\b/;
/** Someone else is away ("Karin is on leave", "our CEO is travelling", "Frau Schulz ist in Elternzeit"), not the office. */
const SOMEONE_ELSE =
  /\b(?!(?:i|im|ek|ons|it|this|that|there|what|which|who|office|offices|team|shop|store|studio|clinic|practice|company|business|everyone|everybody|staff|inbox|mailbox|owner|robot|account|address|line|number|we)\b)(?:he|she|they|[a-z][a-z'-]+)(?:\s+is|\s+are|'s|'re|\s+has\s+been|\s+will\s+be|\s+ist|\s+est|\s+esta|\s+er|\s+ar|\s+e|\s+jest)\s+(?:(?:currently|still|also|now|derzeit|aktuell|bis\s+\S+(?:\s+\S+)?)\s+)?(?:(?:out\s+)?on\s+(?:an?\s+|her\s+|his\s+)?(?:[\w-]+\s+)?(?:leave|holiday|vacation|pto|sabbatical)|out\s+of\s+(?:the\s+)?office|away|travell?ing|off\s+sick|out\s+sick|in\s+hospital|(?:im|in)\s+(?:urlaub|elternzeit|mutterschutz)|en\s+(?:conge|vacances)|de\s+(?:vacaciones|baja|permiso)|pa\s+(?:ferie|semester|barsel)|na\s+urlopie|in\s+ferie|lomalla|met\s+(?:vakantie|verlof))\b/;
/** The writer (or their office) in the same sentence: then it is the writer's absence after all. */
const WRITER = /\b(?:i|i'm|im|i'll|i've|we|we're|we'll|ich|je|estoy|ik|ek|ons|jeg|jag|olen|jestem|sono|estou|our\s+(?:office|offices|team|shop|store|studio))\b/;
/** An absence that is over: "just back from leave", "sorry, I was on holiday", "war im Urlaub". */
const OVER =
  /\b(?:just|finally|now)\s+(?:got\s+)?back\b|\b(?:just|only|finally)\s+(?:got|landed|flew|came|arrived|made\s+it)\s+back\b|\bgot\s+back\s+(?:from\s+)?(?:\S+\s+){0,4}(?:yesterday|today|this\s+morning|last\s+night)\b|\bseit\s+(?:gestern|heute|montag|dienstag|mittwoch|donnerstag|freitag)\s+(?:\S+\s+){0,4}zuruck\b|\baus\s+(?:dem|der)\s+\S+\s+zuruck\b|\b(?:i'?m|i\s+am|we'?re|got|getting|came)\s+back\s+(?:from\s+(?:my|the|a|an|our|two|three|\w+\s+(?:leave|holiday|vacation|trip))|now|today)\b|\bback\s+from\s+(?:my\s+|the\s+)?(?:[\w-]+\s+)?(?:leave|holiday|holidays|vacation|hols|sabbatical|trip)\s+(?:as\s+of|this|last|since|and|now|,|\.|!)|\b(?:i|we)\s+(?:was|were|have\s+been|'ve\s+been|had\s+been)\s+(?:\w+\s+)?(?:away|off|out|travell?ing|on\s+(?:an?\s+)?(?:holiday|vacation|leave|pto|hols))\b|\bwar(?:en)?\s+(?:\S+\s+){0,2}(?:im\s+urlaub|in\s+(?:elternzeit|urlaub)|krank|unterwegs|verreist)|\bhar\s+varit\s+(?:pa|ledig|bortrest|sjuk)|\b(?:ben|zijn)\s+(?:\w+\s+)?weer\s+terug\s+van\b|\bj'etais\s+en\s+(?:conges?|vacances)|\bestuve\s+de\s+(?:vacaciones|viaje)|\bzuruck\s+aus\s+dem\b/;

export type Absence = 'now' | 'later' | 'over' | 'someone_else';

/**
 * Whether the reply says the writer or their office is away, and whose absence and when: `'now'`
 * (away, or a notice sent while away), `'later'` (every absence it states has not begun: "I'm off on
 * holiday from Friday, let's talk before"), `'over'` ("just back from leave, send it"),
 * `'someone_else'` (told by a person: "Karin is on leave; Erik covers and decides"), or null (none,
 * or only a denied one: "I'm not on holiday, just not interested"). Only the first is guide rule 2;
 * the guide files the others by what else is said. The model weighs all four signals.
 */
export function absenceIn(cleanedText: string): Absence | null {
  const statements = splitSentences(cleanedText).filter((s) => !isQuestion(s)).map(foldAccents);
  const stated = statements.filter(
    (s) => SENTENCE_PATTERNS.some((re) => re.test(s)) || (AWAY.test(s) && RETURN.test(s)) || RETURN_FOREIGN.test(s) || worldAbsence(s) !== null,
  );
  const away = stated.filter((s) => !DENIED.test(s));
  const own = away.filter((s) => !SOMEONE_ELSE.test(s) || WRITER.test(s));
  const current = own.filter((s) => !OVER.test(s));
  if (current.length > 0) return current.every((s) => LATER.test(s) && !NOW.test(s)) ? 'later' : 'now';
  // An auto-reply's own first words make it a notice sent while away, whoever it names.
  if (statements.length > 0 && AUTO_PREFIX.test(statements[0])) return 'now';
  if (own.length > 0) return 'over';
  if (away.length > 0) return 'someone_else';
  if (stated.length > 0) return null;
  const text = statements.join('\n');
  // "We're closed for the holidays from the 22nd, so let's talk on the 18th": not begun.
  if (CLOSURE.some((re) => re.test(text))) return LATER.test(text) && !NOW.test(text) ? 'later' : 'now';
  // "Just landed back from Singapore. Free Monday at 4?": an absence over, told without naming it.
  return statements.some((s) => OVER.test(s)) ? 'over' : null;
}
