/**
 * The deterministic offline engine (the default): the shipped reply model (model-weights.ts,
 * trained by `npm run train:replies`) with the compliance rules on top (judge.ts).
 */
import { analyzeWithModel, referenceDate } from './judge.ts';
import { loadModel, type ReplyModel } from './model.ts';
import { REPLY_MODEL } from './model-weights.ts';
import type { ReplyAnalysis, ReplyInput } from './schema.ts';

/** Recorded as `prompt_version` for offline results: the shipped model's version. */
export const OFFLINE_RULES_VERSION = REPLY_MODEL.version;

let shipped: ReplyModel | null = null;

/** The shipped model, unpacked on first use (about 20 ms), then kept. */
export function shippedModel(): ReplyModel {
  shipped ??= loadModel(REPLY_MODEL);
  return shipped;
}

export interface OfflineOptions {
  /** Reference for relative return dates when the input has no `received_at`. */
  now?: Date;
  /** Another model than the shipped one (cross-validation folds, tests). */
  model?: ReplyModel;
}

export function analyzeOffline(input: ReplyInput, opts: OfflineOptions = {}): ReplyAnalysis {
  return analyzeWithModel(input, opts.model ?? shippedModel(), opts.now);
}

export { referenceDate };
