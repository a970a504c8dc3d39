/**
 * The blind audit of a labelled set's intents (docs/REPLIES.md, "Audit of the final sets' labels"):
 * each reply's label, given by the helper who wrote it, is read again from the text and the label
 * guide alone by a second helper (pass a); every reply that reading disputes goes, mixed with as
 * many it did not, to a third (pass b). A writer's intent is overturned only when both readers
 * give the same other intent and both are sure of it. An overturned reply is open to two readings
 * by the guide, so it leaves the audited set; no label is invented for it.
 *
 * Which replies are overturned depends on the labels alone, never on what an engine reads, so the
 * audit can as well take a reply the engine reads right out of a set as one it reads wrong.
 */
import { z } from 'zod';
import type { GoldRow } from './gold.ts';
import { INTENTS, SENTIMENTS, type Intent } from './schema.ts';

export const AuditReading = z.object({
  /** The labelled set's name (as `npm run eval:replies` names it) and the reply's id in it. */
  set: z.string().min(1),
  id: z.string().min(1),
  pass: z.enum(['a', 'b']),
  intent: z.enum(INTENTS),
  sentiment: z.enum(SENTIMENTS),
  confident: z.boolean(),
});
export type AuditReading = z.infer<typeof AuditReading>;

export interface Overturned {
  id: string;
  written: Intent;
  read: Intent;
}

/** Parse the readings file (JSON Lines); throws with the line number on a bad row or a repeated reading. */
export function parseAuditReadings(content: string): AuditReading[] {
  const seen = new Set<string>();
  return content.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    const parsed = AuditReading.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`audit line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    const key = `${parsed.data.set}\u0000${parsed.data.id}\u0000${parsed.data.pass}`;
    if (seen.has(key)) throw new Error(`audit line ${i + 1}: ${parsed.data.set} ${parsed.data.id} read twice in pass ${parsed.data.pass}`);
    seen.add(key);
    return [parsed.data];
  });
}

/** The replies of `set` whose written intent both readers, sure of it, replace with the same other one. */
export function overturnedIntents(set: string, rows: readonly GoldRow[], readings: readonly AuditReading[]): Overturned[] {
  const byPass = { a: new Map<string, AuditReading>(), b: new Map<string, AuditReading>() };
  for (const r of readings) if (r.set === set) byPass[r.pass].set(r.id, r);
  return rows.flatMap((row) => {
    const a = byPass.a.get(row.id);
    const b = byPass.b.get(row.id);
    const overturned = a && b && a.confident && b.confident && a.intent === b.intent && a.intent !== row.intent;
    return overturned ? [{ id: row.id, written: row.intent, read: a.intent }] : [];
  });
}

/** How often pass a agreed with the writers on intent: the set's label agreement. */
export function intentAgreement(set: string, rows: readonly GoldRow[], readings: readonly AuditReading[]): { read: number; agreed: number } {
  const a = new Map(readings.filter((r) => r.set === set && r.pass === 'a').map((r) => [r.id, r.intent]));
  const read = rows.filter((row) => a.has(row.id));
  return { read: read.length, agreed: read.filter((row) => a.get(row.id) === row.intent).length };
}
