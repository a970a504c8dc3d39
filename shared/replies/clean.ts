/**
 * Reply cleaning: keep what the sender just wrote, drop quoted history, embedded/forwarded mail,
 * signature delimiters, mobile signatures and sign-off blocks.
 *
 * `trimEmail` works line by line: each line gets a kind (text, quote, attribution marker, header,
 * delimiter, mobile signature, empty), then a few cut rules decide what is history. It is measured
 * against the Discourse email_reply_trimmer corpus (tests/unit/replies/trim-corpus.test.ts), whose
 * expected output keeps sign-offs; `cleanReply` then also drops sign-offs, contact blocks and any
 * remaining `>` lines, because classification needs only the sender's new words.
 *
 * Every pattern is anchored or bounded and the input is capped first: reply parsers with unbounded
 * "On ... wrote:" patterns are a known ReDoS (crisp-oss/email-reply-parser#39).
 */
import type { ReplyChannel } from './schema.ts';

/** Longest raw input we read, in characters; the rest is dropped before any regex runs. */
export const MAX_REPLY_INPUT_CHARS = 20_000;

type Kind = 'empty' | 'text' | 'quote' | 'marker' | 'header' | 'delimiter' | 'mobile';

export interface TrimResult {
  /** The sender's new text (Discourse "trimmed"). */
  text: string;
  /** The removed lines, in order (Discourse "elided"). */
  elided: string;
}

export interface CleanResult {
  text: string;
  /** True when the raw text held quoted history, an embedded or forwarded message. */
  had_quoted_text: boolean;
  /** True when the raw text was longer than MAX_REPLY_INPUT_CHARS. */
  truncated: boolean;
}

const WROTE =
  /(?:wrote|writes|schrieb|geschreven|schreef|a écrit|escribió|escreveu|ha scritto|skrev|kirjoitti|napisał\(a\)|napisał|napisała|написал|написала|пише|写道|寫道|írta|yazdı)/i;
const WROTE_AT_END = new RegExp(`${WROTE.source}\\s*$`, 'i');
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const ANGLE_EMAIL = /<\s*(?:mailto:)?[^<>\s]*@[^<>\s]*>?|&lt;[^&\s]+@/i;
const DATE_TIME = /\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b/;
const DATE_FIRST = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/;
const ATTRIBUTION_START =
  /^(?:On|Am|Le|El|Em|Il|Op|Den|Dnia|W dniu|På|At|Da|Ο|В|У)\s/;
const ORIGINAL_MESSAGE =
  /^[\s>*_]*-{2,}\s*(?:original message|forwarded message|ursprüngliche nachricht|weitergeleitete nachricht|mensaje original|mensaje reenviado|message d'origine|message transféré|messaggio originale|messaggio inoltrato|oorspronkelijk bericht|doorgestuurd bericht|originalmeddelande|vidarebefordrat meddelande|opprinnelig melding|videresendt melding|wiadomość oryginalna|mensagem original|mensagem encaminhada|исходное сообщение|пересылаемое сообщение)\s*-{2,}[\s*_]*$/i;
const FORWARD_MARKER = /^[\s>]*(?:begin forwarded message|forwarded message|original message)\s*:?\s*$/i;
const DELIMITER = /^\s*(?:-{2,}|_{2,}|\*{3,}|#{3,}|~{3,}|={3,}|\+{3,}|\u1427)\s*$/;
const HEADER =
  /^\s*\*?(?:From|Sent|To|Cc|CC|Bcc|Subject|Date|Reply-To|Von|Gesendet|An|Betreff|Datum|Da|Risposta|Data|Inviato|A|Oggetto|De|Enviado|Para|Asunto|Fecha|Från|Skickat|Till|Ämne|Envoyé|À|Objet|Van|Verzonden|Aan|Onderwerp|Od|Wysłano|Do|Temat|От|Отправлено|Кому|Тема|Дата|Fra|Sendt|Til|Emne)\s?:\*?(?:\s|$)/;
const ONE_LINE_HEADERS = /^\s*\*?From:\*?\s.{1,200}\s\*?(?:Sent|Date):\*?\s.{1,120}\s\*?(?:To|Subject):/;
const QUOTE = /^\s*(?:>|\|(?!\|)|[A-Za-z]{1,12}>)/;
const MOBILE_SIGNATURES: readonly RegExp[] = [
  /^[\s(<]*(?:sent|sendt|envoyé|enviado|enviada|inviato|verzonden|verstuurd|skickat|gesendet|wysłane|отправлено)\s+(?:from|with|via|by|using|on|fra|depuis|de|desde|do|da|met|vanaf|från|von|mit|z|с)\b.{0,100}$/i,
  /^[\s(<]*(?:von|gesendet von)\s+meinem\b.{0,60}$/i,
  /^diese nachricht wurde von meinem\b.{0,80}gesendet\.?$/i,
  /^get (?:the )?\[?outlook\b.{0,80}$/i,
  /^\S{0,20}\s?from (?:my )?(?:mobile|iphone|ipad|android|phone|cell)\b.{0,30}$/i,
  /^.{0,20}(?:iphone|ipad|android|手机|手機).{0,10}(?:傳送|发送|送信|發送)\s*$/i,
];

const GREETING = /^(?:hi|hello|hey|dear|hallo|bonjour|hola|ciao|hej|olá|salut|guten tag)\b.{0,40}[,!:]?$/i;
const SIGN_OFF =
  /^(?:[-–—/\s]*)(?:best|best regards|best wishes|kind regards|warm regards|warmest regards|regards|many thanks|thanks|thanks again|thanks so much|thank you|thank you so much|thx|cheers|sincerely|yours sincerely|yours truly|all the best|best of luck|talk soon|speak soon|br|rgds|greetings|viele grüße|mit freundlichen grüßen|liebe grüße|gruß|grüße|cordialement|bien à vous|saludos|un saludo|saludos cordiales|atentamente|groeten|met vriendelijke groet|pozdrawiam|atenciosamente|abraços|mvh|med vänliga hälsningar|hälsningar)\s*[,.!]*(?:\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)?\s*$/i;
const CONTACT_LINE =
  /(?:\+?\d[\d\s().-]{6,}\d)|[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/|www\.|\b(?:CEO|COO|CTO|CFO|CRO|VP|SVP|EVP|Director|Manager|Head of|Founder|Co-founder|Coordinator|Engineer|Officer|Lead|President|Partner|Specialist|Executive|Consultant)\b|\s\|\s/;

/** CRLF/CR to LF, strip BOM and zero-width characters, cap the length, convert HTML bodies. */
export function normaliseText(raw: string): { text: string; truncated: boolean } {
  const truncated = raw.length > MAX_REPLY_INPUT_CHARS;
  let text = truncated ? raw.slice(0, MAX_REPLY_INPUT_CHARS) : raw;
  text = text.replace(/\r\n?/g, '\n').replace(/[\ufeff\u200b\u200c\u200d\u2060]/g, '').replace(/\u00a0/g, ' ');
  if (/<(?:html|body|div|p|br|table|span)\b[^>]{0,200}>/i.test(text)) text = htmlToText(text);
  return { text, truncated };
}

/** Minimal HTML to text for bodies that arrive as HTML: block tags become newlines, entities decode. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(?:style|script|head)\b[^>]{0,200}>[\s\S]{0,20000}?<\/(?:style|script|head)>/gi, '')
    .replace(/<blockquote\b[^>]{0,200}>/gi, '\n> ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|div|li|tr|h\d|blockquote)>/gi, '\n')
    .replace(/<[^>]{1,500}>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n');
}

function stripQuotePrefix(line: string): string {
  return line.replace(/^[\s>]+/, '');
}

/** An "On <date>, <someone> wrote:" line (many languages), Gmail's date-first variant, or Zoho's "---- On ... wrote ----". */
export function isAttributionLine(line: string): boolean {
  const s = stripQuotePrefix(line).replace(/^[-*_\s]+/, '').replace(/[-*_\s]+$/, '');
  if (s.length === 0 || s.length > 350) return false;
  const endsColon = /[:：]$/.test(s);
  const hasEmail = EMAIL.test(s) || ANGLE_EMAIL.test(s);
  if (WROTE.test(s) && (endsColon || WROTE_AT_END.test(s)) && (hasEmail || DATE_TIME.test(s))) return true;
  if (endsColon && ANGLE_EMAIL.test(s) && DATE_TIME.test(s)) return true;
  return DATE_FIRST.test(s) && (hasEmail || /\bGMT[+-]\d/.test(s));
}

function isMarker(line: string): boolean {
  return ORIGINAL_MESSAGE.test(line) || FORWARD_MARKER.test(line) || ONE_LINE_HEADERS.test(line) || isAttributionLine(line);
}

/** Mobile-client signatures ("Sent from my iPhone", "Get Outlook for iOS", localised variants). */
export function isMobileSignature(line: string): boolean {
  const s = line.trim();
  return s.length > 0 && s.length <= 120 && MOBILE_SIGNATURES.some((re) => re.test(s));
}

/**
 * Attribution lines wrapped by the mail client ("On Mon, ... <\ninfo@x.org> wrote:") are joined
 * into one line (continuation quote markers dropped), so the classifier sees them whole.
 */
function joinWrappedAttributions(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const bare = stripQuotePrefix(line);
    const candidate =
      bare.length > 0 &&
      bare.length <= 250 &&
      !/(?<!\d)[.!?]\s*$/.test(bare) &&
      !isMarker(line) &&
      (ATTRIBUTION_START.test(bare) && /\d/.test(bare) || /<\s*$/.test(bare) || EMAIL.test(bare) || DATE_FIRST.test(bare) || WROTE.test(bare));
    let joinedUpTo = -1;
    if (candidate) {
      let joined = line.trimEnd();
      for (let j = i + 1; j < lines.length && j <= i + 5; j++) {
        const next = lines[j];
        // A whole sentence or a complete attribution of its own ends the search.
        if (next.length > 250) break;
        if (isAttributionLine(next) && (ATTRIBUTION_START.test(stripQuotePrefix(next)) || DATE_TIME.test(next))) break;
        joined = `${joined} ${next.replace(/^[\s>-]+/, '')}`.trimEnd();
        if (joined.length > 350) break;
        if (/[:：]\s*$/.test(next) || WROTE_AT_END.test(next.trim())) {
          if (isAttributionLine(joined)) {
            out.push(joined);
            joinedUpTo = j;
          }
          break;
        }
        if (/[.!?]\s*$/.test(next)) break;
      }
    }
    if (joinedUpTo >= 0) i = joinedUpTo;
    else out.push(line);
  }
  return out;
}

function classify(lines: string[]): Kind[] {
  const kinds: Kind[] = [];
  let inFence = false;
  for (const line of lines) {
    if (/^\s*```/.test(line)) {
      inFence = !inFence;
      kinds.push('text');
      continue;
    }
    if (inFence) kinds.push(line.trim() === '' ? 'empty' : 'text');
    else if (line.trim() === '') kinds.push('empty');
    else if (isMarker(line)) kinds.push('marker');
    else if (DELIMITER.test(line)) kinds.push('delimiter');
    else if (isMobileSignature(line)) kinds.push('mobile');
    else if (HEADER.test(line)) kinds.push('header');
    else if (QUOTE.test(line)) kinds.push('quote');
    else kinds.push('text');
  }
  return kinds;
}

/** A run of at least three header lines (wrapped values allowed) is an embedded message; mark its first line. */
function markHeaderBlocks(kinds: Kind[]): void {
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== 'header') continue;
    let headers = 0;
    let j = i;
    while (j < kinds.length) {
      if (kinds[j] === 'header') headers++;
      else if (kinds[j] === 'text' && kinds[j + 1] === 'header') {
        /* wrapped header value */
      } else break;
      j++;
    }
    if (headers >= 3) {
      kinds[i] = 'marker';
      for (let k = i + 1; k < j; k++) kinds[k] = 'header';
    }
    i = j;
  }
}

/**
 * Split an email body into the sender's new text and the removed part.
 * Rules, in order: cut at the first delimiter after some content; drop mobile signatures; if the
 * body opens with a marker (bottom-posting), drop that marker and the quoted block under it; if a
 * marker follows the sender's text, cut there unless quotes and text interleave below it (an
 * inline reply, where only markers go); finally drop trailing quotes.
 */
export function trimEmail(raw: string): TrimResult {
  const original = normaliseText(raw).text.split('\n');
  const lines = joinWrappedAttributions(original);
  const kinds = classify(lines);
  markHeaderBlocks(kinds);
  const keep = lines.map(() => true);

  const firstContent = kinds.findIndex((k) => k === 'text' || k === 'quote');
  let end = lines.length;
  for (let i = firstContent + 1; firstContent >= 0 && i < lines.length; i++) {
    if (kinds[i] === 'delimiter' && !isSeparatorInsideReply(lines, kinds, i)) {
      end = i;
      break;
    }
  }
  for (let i = end; i < lines.length; i++) keep[i] = false;
  for (let i = 0; i < end; i++) if (kinds[i] === 'mobile') keep[i] = false;

  const firstMarker = kinds.slice(0, end).indexOf('marker');
  // A lone greeting ("Hi Sam,") above the history is not a reply of its own.
  const firstText = kinds.findIndex((k, i) => k === 'text' && i < end && !GREETING.test(lines[i].trim()));
  if (firstMarker >= 0 && (firstText < 0 || firstText > firstMarker)) {
    // Bottom-posting: the opening marker and the history under it go, the reply below stays.
    let i = firstMarker;
    keep[i++] = false;
    while (i < end && kinds[i] !== 'text') keep[i++] = false;
    while (i < end && kinds[i] === 'text' && kinds[i - 1] === 'header') keep[i++] = false;
    for (let k = i; k < end; k++) if (kinds[k] === 'marker') keep[k] = false;
  } else if (firstMarker >= 0) {
    let seenTextAfterQuote = false;
    let interleaved = false;
    let seenQuote = false;
    for (let i = firstMarker + 1; i < end; i++) {
      if (!keep[i]) continue;
      if (kinds[i] === 'quote') {
        if (seenTextAfterQuote) interleaved = true;
        seenQuote = true;
      } else if (kinds[i] === 'text' && seenQuote) seenTextAfterQuote = true;
    }
    if (interleaved) {
      for (let i = 0; i < end; i++) if (kinds[i] === 'marker') keep[i] = false;
    } else {
      for (let i = firstMarker; i < end; i++) keep[i] = false;
    }
  }

  // Trailing quotes (and blanks) go when some text stays.
  const kept = kinds.map((k, i) => (keep[i] ? k : null));
  if (kept.includes('text')) {
    for (let i = lines.length - 1; i >= 0; i--) {
      if (!keep[i]) continue;
      if (kinds[i] === 'quote' || kinds[i] === 'empty') keep[i] = false;
      else break;
    }
  }

  return {
    text: trimBlankLines(lines.filter((_, i) => keep[i])).join('\n'),
    elided: trimBlankLines(lines.filter((_, i) => !keep[i])).join('\n'),
  };
}

/**
 * "--" always opens a signature. A drawn line (underscores, stars...) is only a visual separator
 * when the sender's own text follows it and the quoted history comes later still.
 */
function isSeparatorInsideReply(lines: string[], kinds: Kind[], at: number): boolean {
  if (/^\s*--\s*$/.test(lines[at])) return false;
  const next = kinds.findIndex((k, i) => i > at && k !== 'empty');
  return next > 0 && kinds[next] === 'text' && kinds.slice(next).includes('marker');
}

function trimBlankLines(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a].trim() === '') a++;
  while (b > a && lines[b - 1].trim() === '') b--;
  return lines.slice(a, b);
}

/**
 * Drop a closing block: a sign-off line ("Best,", "Thanks, Dana") with at most a short contact
 * block after it, or a trailing contact block (name / title / phone / email) set off by a blank line.
 * Never drops the first content line, so a reply that is only "Thanks!" stays.
 */
export function stripSignOff(text: string): string {
  const lines = text.split('\n');
  const firstContent = lines.findIndex((l) => l.trim() !== '');
  for (let i = lines.length - 1; i > firstContent; i--) {
    if (lines.length - i > 9) break;
    if (SIGN_OFF.test(lines[i].trim())) {
      const tail = lines.slice(i + 1);
      if (tail.every((l) => l.length <= 100)) return trimBlankLines(lines.slice(0, i)).join('\n');
    }
  }
  const lastBlank = lines.map((l) => l.trim() === '').lastIndexOf(true);
  // Only a greeting above the blank line: the block below is the message itself, not a signature.
  const onlyGreetingAbove = lines.slice(0, lastBlank).every((l) => l.trim() === '' || GREETING.test(l.trim()));
  if (lastBlank > firstContent && !onlyGreetingAbove) {
    const block = lines.slice(lastBlank + 1).filter((l) => l.trim() !== '');
    const signatureLike = (l: string) => l.length <= 80 && !/[.?!]\s*$/.test(l.trim()) || CONTACT_LINE.test(l);
    if (block.length > 0 && block.length <= 6 && block.every(signatureLike) && block.some((l) => CONTACT_LINE.test(l))) {
      return trimBlankLines(lines.slice(0, lastBlank)).join('\n');
    }
  }
  return text;
}

/** Paragraph openings of legal and IT boilerplate a mail system appends (confidentiality, phishing, privacy). */
const DISCLAIMER: readonly RegExp[] = [
  /^\W*(?:confidentiality(?:\s+notice)?|disclaimer|privileged\s*(?:&|and)\s*confidential)\b/i,
  /^\W*(?:important|note|please\s+note)\s*:?\s*[\w&.'\- ]{2,60}\s+will\s+never\s+ask\s+you\b/i,
  /^\W*this\s+(?:e-?mail|message|communication)\b[^.\n]{0,80}\b(?:confidential|privileged|intended\s+(?:solely|only|for)|scanned\s+for\s+viruses)/i,
  /^\W*the\s+(?:content|contents|information)\s+(?:of|in|contained\s+in)\s+this\s+(?:e-?mail|message)\b[^.\n]{0,40}\bconfidential/i,
  /^\W*if\s+you\s+(?:are\s+not\s+the\s+(?:intended|addressee)|have\s+received\s+this\s+(?:\w+\s+)?in\s+error)/i,
  /^\W*please\s+consider\s+the\s+environment\b/i,
  /^\W*[\w&.'\- ]{2,60}\s+is\s+committed\s+to\s+protecting\s+your\s+privacy\b/i,
];

/** Everything from the first boilerplate paragraph on, when the sender wrote something before it. */
export function stripDisclaimer(text: string): string {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const paragraphStart = lines[i - 1].trim() === '' || /^[-_=*\s]{2,}$/.test(lines[i - 1]);
    if (paragraphStart && DISCLAIMER.some((re) => re.test(lines[i])) && lines.slice(0, i).some((l) => l.trim() !== '')) {
      return trimBlankLines(lines.slice(0, i)).join('\n');
    }
  }
  return text;
}

/**
 * Every line the sender wrote, signature, disclaimer and postscript included, without quoted or
 * forwarded history. The opt-out rules read this as well as the cleaned text: "Remove me." typed
 * under a signature or a legal footer is still a request, and the cleaner drops it as boilerplate.
 */
export function senderText(raw: string, channel: ReplyChannel): string {
  const { text } = normaliseText(raw);
  if (channel !== 'email') return text.trim();
  const lines = joinWrappedAttributions(text.split('\n'));
  const kinds = classify(lines);
  markHeaderBlocks(kinds);
  const firstText = kinds.indexOf('text');
  const history = kinds.findIndex((k, i) => k === 'marker' && i > firstText);
  const own = history < 0 ? lines : lines.slice(0, history);
  return own.filter((_, i) => kinds[i] === 'text' || kinds[i] === 'empty').join('\n').trim();
}

/**
 * The text the analyser reads. Email: trimmed of history, then of remaining `>` lines, sign-off and
 * contact block. SMS and LinkedIn have no quoting convention, so only mobile signatures and sign-offs go.
 */
export function cleanReply(raw: string, channel: ReplyChannel): CleanResult {
  const { text: normalised, truncated } = normaliseText(raw);
  let text: string;
  let hadQuoted = false;
  if (channel === 'email') {
    const trimmed = trimEmail(normalised);
    hadQuoted = /(^|\n)\s*>/.test(trimmed.elided) || trimmed.elided.split('\n').some(isMarker) ||
      /(^|\n)\s*\*?From:\*?\s/.test(trimmed.elided);
    text = trimmed.text
      .split('\n')
      .filter((l) => !QUOTE.test(l))
      .join('\n');
  } else {
    text = normalised
      .split('\n')
      .filter((l) => !isMobileSignature(l))
      .join('\n');
  }
  text = stripSignOff(stripDisclaimer(trimBlankLines(text.split('\n')).join('\n')));
  return { text: text.replace(/[ \t]+$/gm, '').trim(), had_quoted_text: hadQuoted, truncated };
}
