/**
 * Pure classification metrics for the reply-analyser evaluation: confusion matrices, per-label
 * precision / recall / F1, macro-F1, accuracy and Pearson correlation. No I/O, so the eval script
 * and the test suite compute the same figures.
 */

export interface LabelScores {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  /** How many gold items carry this label. */
  support: number;
}

export interface ClassificationReport {
  labels: string[];
  /** matrix[gold][predicted] = count. */
  matrix: Record<string, Record<string, number>>;
  perLabel: LabelScores[];
  macroF1: number;
  accuracy: number;
  n: number;
}

/** The string used for a null label in matrices and reports. */
export const NONE = '(none)';

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/**
 * Per-label scores over paired gold/predicted labels. Macro-F1 averages over the labels that occur
 * in the gold set (`labels`, if given, fixes the order and may add labels with no support; those
 * are reported but left out of the macro average).
 */
export function classificationReport(gold: Array<string | null>, predicted: Array<string | null>, labels?: readonly string[]): ClassificationReport {
  if (gold.length !== predicted.length) throw new Error('gold and predicted differ in length');
  const g = gold.map((x) => x ?? NONE);
  const p = predicted.map((x) => x ?? NONE);
  const all = [...new Set([...(labels ?? []), ...g, ...p])];
  const matrix: Record<string, Record<string, number>> = {};
  for (const a of all) matrix[a] = Object.fromEntries(all.map((b) => [b, 0]));
  for (let i = 0; i < g.length; i++) matrix[g[i]][p[i]]++;
  const perLabel = all.map((label) => {
    const tp = matrix[label][label];
    const predictedCount = all.reduce((s, a) => s + matrix[a][label], 0);
    const support = all.reduce((s, b) => s + matrix[label][b], 0);
    const precision = ratio(tp, predictedCount);
    const recall = ratio(tp, support);
    return { label, precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
  });
  const supported = perLabel.filter((s) => s.support > 0);
  const correct = g.filter((x, i) => x === p[i]).length;
  return {
    labels: all,
    matrix,
    perLabel,
    macroF1: ratio(supported.reduce((s, x) => s + x.f1, 0), supported.length),
    accuracy: ratio(correct, g.length),
    n: g.length,
  };
}

/** Recall of one label (share of gold items with that label that were predicted as it). */
export function recallOf(gold: Array<string | null>, predicted: Array<string | null>, label: string): number {
  const idx = gold.map((x, i) => (x === label ? i : -1)).filter((i) => i >= 0);
  return ratio(idx.filter((i) => predicted[i] === label).length, idx.length);
}

/** Precision of one label (share of items predicted as it that carry it in gold). */
export function precisionOf(gold: Array<string | null>, predicted: Array<string | null>, label: string): number {
  const idx = predicted.map((x, i) => (x === label ? i : -1)).filter((i) => i >= 0);
  return ratio(idx.filter((i) => gold[i] === label).length, idx.length);
}

/** Pearson correlation coefficient; NaN when either series is constant or shorter than 2. */
export function pearson(xs: number[], ys: number[]): number {
  if (xs.length !== ys.length) throw new Error('series differ in length');
  const n = xs.length;
  if (n < 2) return Number.NaN;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

/** Plain-text confusion matrix, gold labels as rows, predictions as columns. */
export function formatMatrix(report: ClassificationReport): string {
  const labels = report.labels;
  const width = Math.max(8, ...labels.map((l) => l.length)) + 1;
  const short = labels.map((l) => l.slice(0, 6).padStart(7));
  const lines = [`${'gold \\ predicted'.padEnd(width)}${short.join('')}`];
  for (const g of labels) lines.push(`${g.padEnd(width)}${labels.map((p) => String(report.matrix[g][p]).padStart(7)).join('')}`);
  return lines.join('\n');
}
