/**
 * The bridge to scikit-learn (scripts/replies/fit.py): writes the hashed feature matrix the
 * TypeScript feature code produced, runs the fit, reads the coefficients back. Python only fits;
 * it never sees text. It runs on one BLAS thread so the same matrix always gives the same weights.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SparseVector } from '../../shared/replies/features.ts';

/** Debian's scikit-learn lives under the system interpreter; CIS_PYTHON overrides it. */
export const PYTHON = process.env.CIS_PYTHON ?? '/usr/bin/python3';

export const SKLEARN_MISSING = [
  `scikit-learn is not importable by ${PYTHON}; npm run train:replies installs nothing by itself.`,
  'Install it once, then run again:',
  '  Debian/Ubuntu: sudo apt-get install -y python3-sklearn',
  '  elsewhere:     python3 -m pip install scikit-learn   (and set CIS_PYTHON to that python3)',
].join('\n');

/** The scikit-learn version, or null when it cannot be imported. */
export function sklearnVersion(): string | null {
  const r = spawnSync(PYTHON, ['-c', 'import sklearn; print(sklearn.__version__)'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

export interface HeadSpec {
  classes: string[];
  /** Class index per matrix row, -1 where the row is not in this head. */
  y: number[];
  /** Inverse L2 strength (scikit-learn's C). */
  C: number;
}

export interface FitJob {
  name: string;
  /** Matrix rows this job trains on. */
  rows: number[];
}

export interface FitResult {
  /** Per head: weights [classes × columns] row-major, and the intercepts. */
  heads: Record<string, { coef: Float64Array; bias: number[] }>;
}

/** Fits every head for every job; `x` rows use column ids 0..nCols-1. */
export function fit(x: SparseVector[], nCols: number, weight: number[], heads: Record<string, HeadSpec>, jobs: FitJob[]): Map<string, FitResult> {
  const work = mkdtempSync(join(tmpdir(), 'cis-replies-fit-'));
  try {
    const indptr = new Int32Array(x.length + 1);
    let nnz = 0;
    x.forEach((v, i) => {
      nnz += v.index.length;
      indptr[i + 1] = nnz;
    });
    const indices = new Int32Array(nnz);
    const data = new Float32Array(nnz);
    x.forEach((v, i) => {
      indices.set(v.index, indptr[i]);
      data.set(v.value, indptr[i]);
    });
    writeFileSync(join(work, 'X.indptr'), indptr);
    writeFileSync(join(work, 'X.indices'), indices);
    writeFileSync(join(work, 'X.data'), data);
    writeFileSync(join(work, 'spec.json'), JSON.stringify({ n_cols: nCols, weight, heads, jobs }));
    const script = join(import.meta.dirname, 'fit.py');
    const env = { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1', PYTHONHASHSEED: '0' };
    const r = spawnSync(PYTHON, [script, work], { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (r.status !== 0) throw new Error(`fit.py failed (exit ${r.status ?? r.signal})`);
    const out = new Map<string, FitResult>();
    for (const job of jobs) {
      const result: FitResult = { heads: {} };
      for (const name of Object.keys(heads)) {
        const buf = readFileSync(join(work, `${job.name}.${name}.coef`));
        const coef = new Float64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
        const { bias } = JSON.parse(readFileSync(join(work, `${job.name}.${name}.json`), 'utf8')) as { bias: number[] };
        result.heads[name] = { coef, bias };
      }
      out.set(job.name, result);
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
