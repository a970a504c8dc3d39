// What every suite returns, and how it is printed. The JSON written by --json is exactly these
// objects, so the printed table and the file cannot disagree.
import { formatRate, formatSeconds, median, round } from './stats.ts';

export type Unit = 'events/s' | 's' | 'ms' | 'req/s' | 'count';

export interface Figure {
  id: string;
  label: string;
  unit: Unit;
  /** Median of `samples`. */
  median: number;
  samples: number[];
  note?: string;
}

export interface Ratio {
  id: string;
  label: string;
  value: number;
}

export interface Target {
  id: string;
  label: string;
  met: boolean;
}

/** A small table printed under the figures (e.g. time per database function). */
export interface Table {
  title: string;
  columns: string[];
  rows: Array<Array<string | number>>;
}

export interface SuiteResult {
  suite: string;
  title: string;
  runs: number;
  figures: Figure[];
  ratios: Ratio[];
  targets: Target[];
  notes: string[];
  tables?: Table[];
}

export function figure(id: string, label: string, unit: Unit, samples: number[], note?: string): Figure {
  return { id, label, unit, median: round(median(samples)), samples: samples.map((s) => round(s)), ...(note ? { note } : {}) };
}

function show(f: Figure): string {
  switch (f.unit) {
    case 'events/s': return formatRate(f.median);
    case 's': return formatSeconds(f.median);
    case 'ms': return `${f.median.toFixed(1)} ms`;
    case 'req/s': return `${Math.round(f.median).toLocaleString('en')} req/s`;
    case 'count': return String(f.median);
  }
}

export function printSuite(result: SuiteResult, out: (line: string) => void = console.log): void {
  out(`\n== ${result.suite}: ${result.title} (median of ${result.runs} run${result.runs === 1 ? '' : 's'}) ==`);
  const width = Math.max(...result.figures.map((f) => f.label.length), ...result.ratios.map((r) => r.label.length), 10);
  for (const f of result.figures) {
    const spread = f.samples.length > 1 ? `  [${f.samples.map((s) => (f.unit === 's' ? formatSeconds(s) : f.unit === 'events/s' ? formatRate(s) : String(s))).join(', ')}]` : '';
    out(`  ${f.label.padEnd(width)}  ${show(f).padStart(12)}${spread}${f.note ? `  (${f.note})` : ''}`);
  }
  for (const r of result.ratios) out(`  ${r.label.padEnd(width)}  ${`${r.value.toFixed(2)}×`.padStart(12)}`);
  for (const t of result.targets) out(`  target: ${t.label} — ${t.met ? 'MET' : 'MISSED'}`);
  for (const n of result.notes) out(`  note: ${n}`);
  for (const table of result.tables ?? []) printTable(table, out);
}

function printTable(table: Table, out: (line: string) => void): void {
  const cells = [table.columns, ...table.rows.map((r) => r.map(String))];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  out(`  ${table.title}`);
  for (const [n, row] of cells.entries()) {
    out(`    ${row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`);
    if (n === 0) out(`    ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  }
}
