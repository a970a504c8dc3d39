/**
 * The training replies: every `data/replies/train/*.jsonl` file, in file-name order, parsed with
 * the gold-set schema. The evaluation sets (`data/replies/blind/`, `gold.jsonl`,
 * `fresh-holdout.jsonl`) are never read here, so they stay evaluation sets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGoldJsonl, type GoldRow } from '../../shared/replies/gold.ts';
import type { TrainRow } from './augment.ts';

export const TRAIN_DIR = 'data/replies/train';

export interface TrainingSet {
  files: Array<{ file: string; rows: number }>;
  rows: GoldRow[];
}

export function loadTrainingSet(root: string): TrainingSet {
  const dir = join(root, TRAIN_DIR);
  const names = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const rows: GoldRow[] = [];
  const files: TrainingSet['files'] = [];
  const ids = new Set<string>();
  for (const name of names) {
    const parsed = parseGoldJsonl(readFileSync(join(dir, name), 'utf8'));
    for (const row of parsed) {
      if (ids.has(row.id)) throw new Error(`${TRAIN_DIR}/${name}: id ${row.id} also in an earlier file`);
      ids.add(row.id);
    }
    rows.push(...parsed);
    files.push({ file: `${TRAIN_DIR}/${name}`, rows: parsed.length });
  }
  return { files, rows };
}

export function asTrainRow(row: GoldRow): TrainRow {
  return {
    id: row.id,
    sources: [row.id],
    channel: row.channel,
    text: row.text,
    intent: row.intent,
    sentiment: row.sentiment,
    objection_type: row.objection_type,
    rejection_reason: row.rejection_reason,
    weight: 1,
  };
}

/** The fold (0..k-1) of a hand-written row: a hash of its id, so adding rows moves no other row. */
export function foldOf(id: string, k: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % k;
}
