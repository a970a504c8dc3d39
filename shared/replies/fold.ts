/**
 * Text folded for patterns written once for every spelling: lower case, straight apostrophes,
 * accents removed, and the letters NFD keeps whole (ø, æ, ß, ł) spelled in ASCII — so one pattern
 * reads "désabonner" and "desabonner", "Büro" and "Buro".
 *
 * The marks of the Indic scripts (Devanagari to Sinhala, U+0900–U+0DFF) stay: there they are not
 * accents but the vowels and the virama, and without them opposite words fold alike (Tamil
 * வேண்டாம் "don't" and வேண்டும் "must").
 */
const ACCENT = /[^\P{M}\u0900-\u0DFF]/gu;

export function foldAccents(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .normalize('NFD')
    .replace(ACCENT, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l');
}
