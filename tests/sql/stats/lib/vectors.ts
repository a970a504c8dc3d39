// Reading the statistics reference vectors (../shared/reference/stats/vectors.json format) and comparing a
// computed result with a case's `expected` block field by field, under the case's own tolerance.
// Every expected field must be produced: a field the evaluator did not compute is a failure, never a skip.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Tolerance {
  abs?: number;
  rel?: number;
  /** Sample-size cases: absolute tolerance on the non-integer fields. */
  abs_raw?: number;
  /** 'exact': integer-valued expectations must match exactly. */
  integers?: string;
  note?: string;
}

export interface VectorCase {
  id: string;
  kind: string;
  title: string;
  inputs: Record<string, unknown>;
  expected: Record<string, unknown>;
  tolerance: Tolerance;
  notes?: string[];
}

export interface VectorFile {
  meta: Record<string, unknown>;
  cases: VectorCase[];
}

export const DEFAULT_VECTORS_PATH = 'tests/fixtures/stats/vectors.json';

/** The vectors named by CIS_STATS_VECTORS (any file of the same format), else the copy in the repo. */
export function vectorsPath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(process.cwd(), env.CIS_STATS_VECTORS || DEFAULT_VECTORS_PATH);
}

export function loadVectors(path = vectorsPath()): VectorFile {
  const file = JSON.parse(readFileSync(path, 'utf8')) as VectorFile;
  if (!Array.isArray(file.cases) || file.cases.length === 0) throw new Error(`${path}: no cases`);
  return file;
}

// Documentation inside `expected` (e.g. gbstats' "returns its default output" note) is not a result.
const NOT_RESULTS = new Set(['note']);

/** Flattens nested objects and arrays to `a.b[0]` paths; leaves are numbers, strings, booleans or null. */
export function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(prefix, '[]');
    value.forEach((item, i) => flatten(item, `${prefix}[${i}]`).forEach((v, k) => out.set(k, v)));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (NOT_RESULTS.has(key)) continue;
      flatten(item, prefix ? `${prefix}.${key}` : key).forEach((v, k) => out.set(k, v));
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  return undefined;
}

/** Whether `got` matches `expected` under the tolerance; integers are exact when the case says so. */
export function withinTolerance(got: number, expected: number, tolerance: Tolerance): boolean {
  if (!Number.isFinite(expected) || !Number.isFinite(got)) return got === expected;
  if (tolerance.integers === 'exact' && Number.isInteger(expected)) return got === expected;
  const error = Math.abs(got - expected);
  const abs = tolerance.abs ?? tolerance.abs_raw;
  if (abs !== undefined && error <= abs) return true;
  if (tolerance.rel !== undefined && error <= tolerance.rel * Math.abs(expected)) return true;
  if (abs === undefined && tolerance.rel === undefined) throw new Error('tolerance names neither abs nor rel');
  return false;
}

/** Every mismatch between expected and computed, as readable lines; empty when the case passes. */
export function compareCase(expected: unknown, computed: unknown, tolerance: Tolerance): string[] {
  const want = flatten(expected);
  const have = flatten(computed);
  const problems: string[] = [];
  for (const [path, value] of want) {
    if (!have.has(path)) {
      problems.push(`${path}: expected ${JSON.stringify(value)}, not computed`);
      continue;
    }
    const got = have.get(path);
    const wantNumber = asNumber(value);
    const gotNumber = asNumber(got);
    const ok =
      wantNumber !== undefined && gotNumber !== undefined
        ? withinTolerance(gotNumber, wantNumber, tolerance)
        : got === value;
    if (!ok) {
      const delta = wantNumber !== undefined && gotNumber !== undefined ? ` (|Δ| = ${Math.abs(gotNumber - wantNumber)})` : '';
      problems.push(`${path}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got)}${delta}`);
    }
  }
  return problems;
}
