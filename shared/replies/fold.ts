/**
 * Text folded for patterns written once for every spelling: lower case, straight apostrophes,
 * accents removed, and the letters NFD keeps whole (ø, æ, ß, ł) spelled in ASCII — so one pattern
 * reads "désabonner" and "desabonner", "Büro" and "Buro".
 */
export function foldAccents(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l');
}
