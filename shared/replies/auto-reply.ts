/**
 * Auto-reply and out-of-office detection. Headers are the strongest evidence (RFC 3834
 * `Auto-Submitted`, vendor `X-Autoreply`-style headers, Apple `X-Apple-Action: VACATION`), then
 * the subject (Exchange "Automatic reply:", which carries no RFC 3834 header), then the body.
 *
 * Body rules are deliberately anchored: a false out-of-office silently drops a human reply, so a
 * phrase needs first-person absence wording ("I'm out of the office", "on annual leave") or an
 * auto-reply preamble, and a reply that also proposes a meeting or defers ("reach out in May")
 * is left to the reply model. `X-Auto-Response-Suppress` alone is not evidence: newsletters and
 * ordinary Outlook mail set it too.
 */
import { extractReturnDate, type DateOptions } from './dates.ts';

export interface AutoReplyInput {
  text: string;
  subject?: string;
  headers?: Record<string, string>;
}

export interface AutoReplyResult {
  is_auto_reply: boolean;
  /** An absence or automatic notice (true whenever `source` is set); headers and subject make it out_of_office outright. */
  is_out_of_office: boolean;
  /** Which evidence decided: headers, subject or body text. */
  source: 'headers' | 'subject' | 'text' | null;
  return_date: string | null;
}

const SUBJECT_AUTO =
  /^\s*(?:auto(?:matic|matische|matisch)?[\s_-]*(?:reply|response|respons\w*|antwort|antwoord)|autoreply|autorespon\w*|auto:|out of (?:the )?office\b|ooo\b|abwesenheit|automatische antwort|réponse automatique|reponse automatique|respuesta automática|respuesta automatica|risposta automatica|automatisch antwoord|fuera de la oficina|absence du bureau|vacation (?:reply|notice)|away until|on vacation|on leave\b)/i;

const FIRST_PERSON = String.raw`(?:i\s+am|i'm|i’m|im|i\s+will\s+be|i'll\s+be|i’ll\s+be|i\s+am\s+currently|i'm\s+currently|currently|we\s+are|we're)`;
const LEAVE = String.raw`(?:(?:annual|parental|maternity|paternity|sick|medical|bereavement|study|family|personal|garden)\s+)?(?:leave|vacation|holidays?|sabbatical|pto|break)`;

/** Body phrases that only a sender announcing an absence would write. */
const OOO_TEXT: readonly RegExp[] = [
  new RegExp(String.raw`\b${FIRST_PERSON}\s+(?:\w+\s+){0,2}out\s+of\s+(?:the\s+)?office\b`, 'i'),
  new RegExp(String.raw`\b${FIRST_PERSON}\s+(?:\w+\s+){0,2}(?:on|away\s+on|off\s+on)\s+(?:an?\s+|my\s+)?${LEAVE}\b`, 'i'),
  /\bwon'?t\s+be\s+(?:checking|reading|monitoring)\s+(?:my\s+)?e-?mails?\b/i,
  new RegExp(String.raw`^\s*(?:currently\s+)?(?:on|away\s+on|off\s+on)\s+(?:an?\s+|my\s+)?${LEAVE}\b.{0,40}\b(?:until|till|til|through|back|return)`, 'im'),
  new RegExp(String.raw`\b${FIRST_PERSON}\s+(?:\w+\s+){0,2}(?:away|travell?ing|offline|out|off|attending\s+a\s+\w+)\b.{0,80}\b(?:until|till|til|through|returning|back\s+(?:on|in|when|next)|when\s+i(?:'m|\s+am)?\s+back|upon\s+my\s+return|will\s+(?:respond|reply|get\s+back))`, 'i'),
  /^\s*(?:out\s+of\s+(?:the\s+)?office|ooo|automatic\s+reply|auto[\s-]?reply|auto[\s-]?response|this\s+is\s+an\s+auto(?:mated|matic)\s+(?:response|reply|message))\b/i,
  /\b(?:limited|no|intermittent|without)\s+access\s+to\s+(?:my\s+)?e-?mails?\b/i,
  /\bwill\s+(?:respond|reply|get\s+back\s+to\s+you)\b.{0,40}\b(?:upon|on|after)\s+my\s+return\b/i,
  /\b(?:nicht\s+im\s+büro|abwesend|absente?\s+du\s+bureau|fuera\s+de\s+la\s+oficina|ausente|fuori\s+ufficio|afwezig)\b/i,
];

/** Signs a human is engaging rather than announcing an absence. */
const ENGAGEMENT =
  /\b(?:let'?s|let\s+us)\s+(?:talk|meet|chat|do|set|connect|find|grab|schedule)\b|\bcould\s+do\b|\b(?:call|ping|email)\s+me\b|\breach\s+out\s+(?:in|after|again|next)\b|\b(?:circle|check)\s+back\b|\bwon'?t\s+decide\b|\binterested\b|\?/i;

function header(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/** RFC 2047 encoded words ("=?UTF-8?Q?AutoRespons?=") decoded, so subject rules see plain text. */
export function decodeMimeWords(value: string): string {
  return value.replace(/=\?([\w-]+)\?([QqBb])\?([^?]*)\?=/g, (_m, charset: string, enc: string, data: string) => {
    try {
      const bytes =
        enc.toUpperCase() === 'B'
          ? Uint8Array.from(atob(data), (c) => c.charCodeAt(0))
          : Uint8Array.from(
              data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})|[\s\S]/g, (x, hex?: string) => (hex ? String.fromCharCode(parseInt(hex, 16)) : x)),
              (c) => c.charCodeAt(0),
            );
      return new TextDecoder(charset.toLowerCase()).decode(bytes);
    } catch {
      return data;
    }
  });
}

function headerEvidence(headers: Record<string, string> | undefined): boolean {
  const autoSubmitted = header(headers, 'Auto-Submitted');
  if (autoSubmitted !== undefined && autoSubmitted.trim().toLowerCase() !== 'no') return true;
  for (const name of ['X-Autoreply', 'X-Autorespond', 'X-AutoReply-From', 'X-Mail-Autoreply', 'X-Autogenerated']) {
    if (header(headers, name) !== undefined) return true;
  }
  const precedence = `${header(headers, 'Precedence') ?? ''} ${header(headers, 'X-Precedence') ?? ''}`.toLowerCase();
  if (/auto[_-]?reply/.test(precedence)) return true;
  if (/vacation/i.test(header(headers, 'X-Apple-Action') ?? '')) return true;
  if (/true/i.test(header(headers, 'X-FC-MachineGenerated') ?? '')) return true;
  if (/autoresponder/i.test(`${header(headers, 'X-POST-MessageClass') ?? ''} ${header(headers, 'Delivered-To') ?? ''}`)) return true;
  return false;
}

/** Apple's vacation header carries the end date: `X-Apple-Criteria: {kind=VACATION,...,endDate=2020-01-10T14:59:59Z}`. */
function headerReturnDate(headers: Record<string, string> | undefined): string | null {
  const m = (header(headers, 'X-Apple-Criteria') ?? '').match(/endDate=(\d{4}-\d{2}-\d{2})/);
  return m ? m[1] : null;
}

/** Body-only out-of-office check (cleaned text): absence wording and no sign of a human engaging. */
export function looksOutOfOffice(text: string): boolean {
  return OOO_TEXT.some((re) => re.test(text)) && !ENGAGEMENT.test(text);
}

export function detectAutoReply(input: AutoReplyInput, ref: Date, opts: DateOptions = {}): AutoReplyResult {
  const subject = decodeMimeWords(input.subject ?? header(input.headers, 'Subject') ?? '');
  let source: AutoReplyResult['source'] = null;
  if (headerEvidence(input.headers)) source = 'headers';
  else if (SUBJECT_AUTO.test(subject)) source = 'subject';
  else if (looksOutOfOffice(input.text)) source = 'text';
  if (source === null) return { is_auto_reply: false, is_out_of_office: false, source, return_date: null };
  const return_date = headerReturnDate(input.headers) ?? extractReturnDate(`${subject}\n${input.text}`, ref, opts);
  return {
    // A person typing "I'm on leave until May" is out of office but did not send an auto-reply.
    is_auto_reply: source !== 'text' || /^\s*(?:automatic\s+reply|auto[\s-]?reply|auto[\s-]?response|this\s+is\s+an\s+auto)/i.test(input.text) || /\bthank\s+you\s+for\s+your\s+(?:e-?mail|message)\b/i.test(input.text),
    is_out_of_office: true,
    source,
    return_date,
  };
}
