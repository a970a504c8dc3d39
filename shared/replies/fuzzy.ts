/**
 * Misspelled opt-out words put right before the opt-out rules read a sentence ("unsubcribe",
 * "remvoe me", "stpo emailing", "take me of this lsit"). Only a short list of words the rules
 * look for is corrected, each within an edit distance that grows with its length (optimal string
 * alignment: an adjacent swap counts as one edit). Four-letter words only take a swapped or doubled
 * letter, because one substitution away from "stop" or "list" are everyday words ("step", "shop",
 * "lost"). Real words next to a keyword ("contract", "remote") are never corrected.
 */

const KEYWORDS = [
  'unsubscribe', 'unsubscribed', 'remove', 'removed', 'stop', 'list', 'email', 'emails', 'emailing', 'message',
  'messages', 'messaging', 'contact', 'contacting', 'mailing', 'again', 'please', 'address', 'texting', 'spam',
] as const;

/** Words a keyword's edit distance would otherwise catch; they are real and mean something else. */
const REAL_WORDS = new Set([
  'contract', 'contracts', 'contracted', 'contracting', 'remote', 'removal', 'step', 'shop', 'stops', 'stoop', 'lost',
  'last', 'lust', 'mist', 'emailed', 'messaged', 'contacts', 'contacted', 'gain', 'plea', 'pleased', 'pleases',
  'lease', 'mailings', 'massage', 'massages', 'addresses', 'addressed', 'spain', 'span', 'spa', 'testing',
  'tasting', 'listen', 'lists', 'listed',
]);

/** Optimal string alignment distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length][b.length];
}

/** A swapped pair of neighbours, or one letter doubled: "stpo", "sotp", "stopp", "lsit". */
function swapOrDouble(word: string, keyword: string): boolean {
  if (word.length === keyword.length) {
    const diff = [...word].map((c, i) => (c === keyword[i] ? -1 : i)).filter((i) => i >= 0);
    return diff.length === 2 && diff[1] === diff[0] + 1 && word[diff[0]] === keyword[diff[1]] && word[diff[1]] === keyword[diff[0]];
  }
  return word.length === keyword.length + 1 && [...word].some((c, i) => i > 0 && c === word[i - 1] && word.slice(0, i) + word.slice(i + 1) === keyword);
}

/** Words already looked at (replies repeat their words); cleared when it grows past MEMO_LIMIT. */
const memo = new Map<string, string | null>();
const MEMO_LIMIT = 50_000;

/** The keyword `word` is a misspelling of, or null (also for the keywords themselves). */
export function correctKeyword(word: string): string | null {
  const w = word.toLowerCase();
  const known = memo.get(w);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const found = closestKeyword(w);
  memo.set(w, found);
  return found;
}

function closestKeyword(w: string): string | null {
  if (w.length < 4 || REAL_WORDS.has(w) || (KEYWORDS as readonly string[]).includes(w)) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of KEYWORDS) {
    if (k.length <= 4) {
      if (swapOrDouble(w, k)) return k;
      continue;
    }
    const max = k.length >= 8 ? 2 : 1;
    // The first letter is rarely the one mistyped; requiring it keeps "gmail" from becoming "email".
    if (w[0] !== k[0]) continue;
    const d = editDistance(w, k, max);
    if (d <= max && d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** `text` with every misspelled keyword replaced by the keyword (other characters unchanged). */
export function correctKeywords(text: string): string {
  return text.replace(/\p{L}+/gu, (w) => correctKeyword(w) ?? w);
}
