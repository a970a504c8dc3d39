/**
 * The reply model: multinomial logistic regression heads over the hashed features of features.ts.
 * Weights arrive packed (base64, int8 per weight with one scale per head) in a generated module,
 * model-weights.ts, written by `npm run train:replies`; a plain TypeScript module rather than JSON
 * so the same import works in Node, vitest and Deno edge functions without import attributes.
 *
 * Heads: `intent` (the eight intents), `sentiment`, `objection` (the six objection reasons, whose
 * type follows from the reason) and `refusal` (the three not_interested reasons).
 */
import { FEATURE_VERSION, type SparseVector } from './features.ts';

export const HEADS = ['intent', 'sentiment', 'objection', 'refusal'] as const;
export type HeadName = (typeof HEADS)[number];

/** One head as stored: class names, intercepts, and int8 weights (bucket-major) times `scale`. */
export interface PackedHead {
  classes: string[];
  bias: number[];
  scale: number;
  /** base64 of Int8 [buckets × classes]. */
  weights: string;
}

/** The generated model module's shape. */
export interface PackedReplyModel {
  /** Recorded as the analysis's prompt_version; names the training data and the weights. */
  version: string;
  feature_version: number;
  /** base64 of the ascending bucket ids, delta-encoded as unsigned LEB128 varints. */
  buckets: string;
  heads: Record<HeadName, PackedHead>;
  /** Below this intent probability an analysis is marked uncertain. */
  uncertain_below: number;
  /** An unsubscribe probability at or above this files the reply as an opt-out (recall first). */
  unsubscribe_at: number;
  /** Training facts for the record (rows, folds, cross-validated figures); not used to decide. */
  meta: Record<string, unknown>;
}

export interface Head {
  classes: string[];
  bias: Float64Array;
  /** Dequantised weights, bucket-major: column c, class k at c * classes.length + k. */
  weights: Float32Array;
}

export interface ReplyModel {
  version: string;
  columns: Map<number, number>;
  heads: Record<HeadName, Head>;
  uncertainBelow: number;
  unsubscribeAt: number;
  meta: Record<string, unknown>;
}

function base64Bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Unsigned LEB128 varints, each a gap from the previous id. */
export function decodeBuckets(b64: string): number[] {
  const bytes = base64Bytes(b64);
  const ids: number[] = [];
  let prev = 0;
  let value = 0;
  let shift = 0;
  for (const byte of bytes) {
    value += (byte & 0x7f) * 2 ** shift;
    if (byte & 0x80) {
      shift += 7;
      continue;
    }
    prev += value;
    ids.push(prev);
    value = 0;
    shift = 0;
  }
  return ids;
}

export function encodeBuckets(ids: readonly number[]): Uint8Array {
  const out: number[] = [];
  let prev = 0;
  for (const id of ids) {
    let gap = id - prev;
    if (gap < 0 || (out.length > 0 && gap === 0)) throw new Error('bucket ids must be strictly ascending');
    prev = id;
    while (gap >= 0x80) {
      out.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 128);
    }
    out.push(gap);
  }
  return Uint8Array.from(out);
}

/** Unpacks a generated model; throws when it was trained on other features than this code makes. */
export function loadModel(packed: PackedReplyModel): ReplyModel {
  if (packed.feature_version !== FEATURE_VERSION) {
    throw new Error(`reply model ${packed.version} needs feature version ${packed.feature_version}, code has ${FEATURE_VERSION}: run npm run train:replies`);
  }
  const ids = decodeBuckets(packed.buckets);
  const columns = new Map<number, number>();
  ids.forEach((id, col) => columns.set(id, col));
  const heads = {} as Record<HeadName, Head>;
  for (const name of HEADS) {
    const h = packed.heads[name];
    const raw = base64Bytes(h.weights);
    if (raw.length !== ids.length * h.classes.length) throw new Error(`reply model head ${name}: ${raw.length} weights for ${ids.length} buckets`);
    const q = new Int8Array(raw.buffer, raw.byteOffset, raw.length);
    heads[name] = { classes: h.classes, bias: Float64Array.from(h.bias), weights: Float32Array.from(q, (x) => x * h.scale) };
  }
  return { version: packed.version, columns, heads, uncertainBelow: packed.uncertain_below, unsubscribeAt: packed.unsubscribe_at, meta: packed.meta };
}

/** A reply's features restricted to the model's buckets, as column numbers: looked up once, read by every head. */
export interface Projected {
  cols: Int32Array;
  vals: Float32Array;
}

export function project(model: ReplyModel, x: SparseVector): Projected {
  const cols = new Int32Array(x.index.length);
  const vals = new Float32Array(x.index.length);
  let n = 0;
  for (let i = 0; i < x.index.length; i++) {
    const col = model.columns.get(x.index[i]);
    if (col === undefined) continue;
    cols[n] = col;
    vals[n++] = x.value[i];
  }
  return { cols: cols.subarray(0, n), vals: vals.subarray(0, n) };
}

/** Class probabilities of one head (softmax of the linear scores), in the head's class order. */
export function predictProjected(model: ReplyModel, head: HeadName, px: Projected): number[] {
  const { classes, bias, weights } = model.heads[head];
  const k = classes.length;
  const scores = Array.from(bias);
  for (let i = 0; i < px.cols.length; i++) {
    const v = px.vals[i];
    const base = px.cols[i] * k;
    for (let c = 0; c < k; c++) scores[c] += v * weights[base + c];
  }
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** Class probabilities of one head for a feature vector. */
export function predictHead(model: ReplyModel, head: HeadName, x: SparseVector): number[] {
  return predictProjected(model, head, project(model, x));
}
