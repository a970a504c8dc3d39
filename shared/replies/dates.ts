/**
 * Return dates in out-of-office text ("back on May 5th", "until 24/03/2025", "til the 20th",
 * "returning Thursday 6 March", "bis zum 21.04.2025"), resolved against a reference date (when the
 * reply arrived). Convention: the date returned is the one the sender names as the end of their
 * absence ("until X", "through X", the end of a range) or their return ("back on X"); callers
 * schedule the follow-up on or after it. Dates are calendar dates in UTC terms of the reference.
 */

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: Array<[number, string[]]> = [
  [1, ['january', 'jan', 'januar', 'janvier', 'janv', 'enero', 'ene', 'januari', 'gennaio']],
  [2, ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'febrero', 'februari', 'febbraio']],
  [3, ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'maart', 'mrt']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile']],
  [5, ['may', 'mai', 'mayo', 'mei', 'maggio']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno']],
  [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio']],
  [8, ['august', 'aug', 'août', 'aout', 'agosto', 'augustus']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre']],
  [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre']],
  [11, ['november', 'nov', 'novembre', 'noviembre']],
  [12, ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'diciembre', 'dic', 'dicembre']],
];
for (const [n, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = n;
const MONTH_RE = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = '(sun(?:day)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?)';

/** Words after which a date names the end of the absence or the return. */
const CUE =
  '(?:get\\s+back\\s+to\\s+you(?:\\s+on)?|until|till|til|thru|through|to|returning(?:\\s+to\\s+the\\s+office)?(?:\\s+on)?|return(?:ing)?\\s+on|return\\s+to\\s+the\\s+office\\s+on|be\\s+back(?:\\s+in\\s+the\\s+office)?(?:\\s+on)?|back(?:\\s+in\\s+the\\s+office)?(?:\\s+on)?|respond(?:\\s+to\\s+\\w+)?\\s+on|reply\\s+on|bis(?:\\s+zum|\\s+zur|\\s+am)?|jusqu\'?(?:au|à)|hasta(?:\\s+el)?|fino\\s+al|tot(?:\\s+en\\s+met)?)';

export interface DateOptions {
  /** Read 05/12 as 5 December instead of May 12 (ambiguous slashed dates only). */
  dayFirst?: boolean;
}

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

function refParts(ref: Date): { y: number; m: number; d: number } {
  return { y: ref.getUTCFullYear(), m: ref.getUTCMonth() + 1, d: ref.getUTCDate() };
}

/** Month/day without a year: this year, or next year when that date has already passed. */
function upcoming(ref: Date, m: number, d: number): string | null {
  const { y } = refParts(ref);
  const here = iso(y, m, d);
  if (here === null) return null;
  const today = ref.toISOString().slice(0, 10);
  return here < today ? iso(y + 1, m, d) : here;
}

function addDays(ref: Date, days: number): string {
  return new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate() + days)).toISOString().slice(0, 10);
}

function nextWeekday(ref: Date, name: string): string {
  const target = WEEKDAYS.findIndex((w) => w.startsWith(name.slice(0, 3).toLowerCase()));
  let delta = (target - ref.getUTCDay() + 7) % 7;
  if (delta === 0) delta = 7;
  return addDays(ref, delta);
}

function lastDayOfMonth(y: number, m: number): string {
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function year(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** Parse one date expression at the start of `s` (right after a cue). */
export function parseDateExpression(s: string, ref: Date, opts: DateOptions = {}): string | null {
  const t = s.trim().toLowerCase().replace(/^(?:in|on|at)\s+/, '').replace(/^(?:the|le|el|den|dem)\s+/, '');
  let m: RegExpMatchArray | null;
  if ((m = t.match(/^(\d{4})-(\d{2})-(\d{2})\b/))) return iso(+m[1], +m[2], +m[3]);
  if ((m = t.match(/^(\d{1,2})\.(\d{1,2})\.(\d{2,4})?/))) {
    return m[3] ? iso(year(m[3]), +m[2], +m[1]) : upcoming(ref, +m[2], +m[1]);
  }
  if ((m = t.match(/^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b/))) {
    let [a, b] = [+m[1], +m[2]];
    const dayFirst = a > 12 || (b <= 12 && opts.dayFirst === true);
    const [month, day] = dayFirst ? [b, a] : [a, b];
    return m[3] ? iso(year(m[3]), month, day) : upcoming(ref, month, day);
  }
  // Optional weekday before a written date: "Monday, March 17" / "Thursday 6 March".
  const rest = t.replace(new RegExp(`^${WEEKDAY_RE}\\b,?\\s*`), '');
  if ((m = rest.match(new RegExp(`^${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`)))) {
    return m[3] ? iso(+m[3], MONTHS[m[1]], +m[2]) : upcoming(ref, MONTHS[m[1]], +m[2]);
  }
  if ((m = rest.match(new RegExp(`^(\\d{1,2})(?:st|nd|rd|th|\\.)?(?:\\s+of)?\\s+${MONTH_RE}(?:\\s+(\\d{4}))?`)))) {
    return m[3] ? iso(+m[3], MONTHS[m[2]], +m[1]) : upcoming(ref, MONTHS[m[2]], +m[1]);
  }
  const { y, m: rm, d: rd } = refParts(ref);
  if ((m = t.match(new RegExp(`^(?:the\\s+)?(?:end\\s+of|late)\\s+${MONTH_RE}`)))) {
    const month = MONTHS[m[1]];
    return lastDayOfMonth(month < rm ? y + 1 : y, month);
  }
  if ((m = t.match(new RegExp(`^(?:mid|middle\\s+of)[-\\s]+${MONTH_RE}`)))) return upcoming(ref, MONTHS[m[1]], 15);
  if ((m = t.match(new RegExp(`^(?:early|beginning\\s+of|start\\s+of)\\s+${MONTH_RE}`)))) return upcoming(ref, MONTHS[m[1]], 1);
  if ((m = t.match(new RegExp(`^${MONTH_RE}(?:\\s+(\\d{4}))?\\b`)))) {
    const month = MONTHS[m[1]];
    if (m[2]) return iso(+m[2], month, 1);
    return iso(month < rm ? y + 1 : y, month, 1);
  }
  if ((m = t.match(/^(\d{1,2})(?:st|nd|rd|th)\b/))) {
    const day = +m[1];
    return day >= rd ? iso(y, rm, day) : rm === 12 ? iso(y + 1, 1, day) : iso(y, rm + 1, day);
  }
  if (/^(?:the\s+)?end\s+of\s+(?:the|this)\s+month/.test(t)) return lastDayOfMonth(y, rm);
  if (/^(?:the\s+)?end\s+of\s+(?:the|this)\s+week/.test(t)) return nextWeekday(ref, 'friday');
  if (/^(?:the\s+)?new\s+year/.test(t)) return iso(y + 1, 1, 1);
  if (/^tomorrow\b/.test(t)) return addDays(ref, 1);
  if (/^next\s+week\b/.test(t)) return nextWeekday(ref, 'monday');
  if ((m = t.match(new RegExp(`^(?:next\\s+|this\\s+)?${WEEKDAY_RE}\\b`)))) return nextWeekday(ref, m[1]);
  return null;
}

/**
 * The first return date the text names after a return cue, else the end of a "10-31 July" /
 * "July 10-31" range; null when none. `ref` is when the reply arrived.
 */
export function extractReturnDate(text: string, ref: Date, opts: DateOptions = {}): string | null {
  const cue = new RegExp(`\\b${CUE}\\s+`, 'gi');
  for (const match of text.matchAll(cue)) {
    const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 60);
    const date = parseDateExpression(after, ref, opts);
    if (date !== null) return date;
  }
  const lower = text.toLowerCase();
  let m = lower.match(new RegExp(`\\b${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*[-–]\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b`));
  if (m) return upcoming(ref, MONTHS[m[1]], +m[2]);
  m = lower.match(new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s*[-–]\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}`));
  if (m) return upcoming(ref, MONTHS[m[2]], +m[1]);
  return null;
}
