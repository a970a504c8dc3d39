/**
 * The hand-labelled gold set format (data/replies/gold.jsonl, issue 5 section 3): one JSON object
 * per line. Parsing is pure so the eval script and the tests share it.
 */
import { z } from 'zod';
import { REPLY_CHANNELS, INTENTS, OBJECTION_TYPES, REJECTION_REASONS, SENTIMENTS } from './schema.ts';

export const GoldRow = z
  .object({
    id: z.string().min(1),
    channel: z.enum(REPLY_CHANNELS),
    text: z.string(),
    intent: z.enum(INTENTS),
    sentiment: z.enum(SENTIMENTS),
    objection_type: z.enum(OBJECTION_TYPES).nullable(),
    rejection_reason: z.enum(REJECTION_REASONS).nullable(),
    question: z.string().nullable(),
    has_quoted_text: z.boolean(),
  })
  .refine((r) => r.question === null || r.text.includes(r.question), { message: 'question must be verbatim from text' });
export type GoldRow = z.infer<typeof GoldRow>;

/** Parse JSON Lines; throws with the line number on the first invalid row or duplicate id. */
export function parseGoldJsonl(content: string): GoldRow[] {
  const rows: GoldRow[] = [];
  const ids = new Set<string>();
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const parsed = GoldRow.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`gold line ${i + 1}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
    if (ids.has(parsed.data.id)) throw new Error(`gold line ${i + 1}: duplicate id ${parsed.data.id}`);
    ids.add(parsed.data.id);
    rows.push(parsed.data);
  });
  return rows;
}
