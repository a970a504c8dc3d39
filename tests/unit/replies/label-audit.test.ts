// The blind audit of a labelled set (shared/replies/label-audit.ts): a writer's intent is overturned
// only when two blind readers, both sure, agree on the same other intent; the readings file is
// checked as it is parsed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGoldJsonl, type GoldRow } from '../../../shared/replies/gold.ts';
import { intentAgreement, overturnedIntents, parseAuditReadings, type AuditReading } from '../../../shared/replies/label-audit.ts';
import type { Intent } from '../../../shared/replies/schema.ts';
import { repoRoot } from './fixtures.ts';

const row = (id: string, intent: Intent): GoldRow => ({
  id, channel: 'email', text: `reply ${id}`, intent, sentiment: 'neutral',
  objection_type: null, rejection_reason: null, question: null, has_quoted_text: false,
});
const read = (id: string, pass: 'a' | 'b', intent: Intent, confident = true, set = 'final'): AuditReading => ({
  set, id, pass, intent, sentiment: 'neutral', confident,
});

describe('overturnedIntents', () => {
  const rows = [row('r1', 'unsubscribe'), row('r2', 'unsubscribe'), row('r3', 'objection'), row('r4', 'interested'), row('r5', 'referral')];

  it('overturns a writer only when both readers are sure of the same other intent', () => {
    const readings = [
      read('r1', 'a', 'referral'), read('r1', 'b', 'referral'), // overturned
      read('r2', 'a', 'referral'), read('r2', 'b', 'unsubscribe'), // b sides with the writer
      read('r3', 'a', 'not_interested'), read('r3', 'b', 'interested'), // readers disagree
      read('r4', 'a', 'meeting_request'), read('r4', 'b', 'meeting_request', false), // b unsure
      read('r5', 'a', 'unsubscribe'), // no second reading
    ];
    expect(overturnedIntents('final', rows, readings)).toEqual([{ id: 'r1', written: 'unsubscribe', read: 'referral' }]);
  });

  it('reads only the named set', () => {
    const readings = [read('r1', 'a', 'referral', true, 'final_2'), read('r1', 'b', 'referral', true, 'final_2')];
    expect(overturnedIntents('final', rows, readings)).toEqual([]);
    expect(overturnedIntents('final_2', rows, readings)).toHaveLength(1);
  });

  it('counts pass a agreement with the writers', () => {
    const readings = [read('r1', 'a', 'unsubscribe'), read('r2', 'a', 'referral'), read('r3', 'b', 'objection')];
    expect(intentAgreement('final', rows, readings)).toEqual({ read: 2, agreed: 1 });
  });
});

describe('parseAuditReadings', () => {
  it('parses JSON Lines and skips blank lines', () => {
    const text = `${JSON.stringify(read('r1', 'a', 'referral'))}\n\n${JSON.stringify(read('r1', 'b', 'referral'))}\n`;
    expect(parseAuditReadings(text)).toHaveLength(2);
  });

  it('names the line of an unknown label', () => {
    const text = `${JSON.stringify(read('r1', 'a', 'referral'))}\n${JSON.stringify({ ...read('r2', 'a', 'referral'), intent: 'maybe' })}`;
    expect(() => parseAuditReadings(text)).toThrow(/audit line 2: intent/);
  });

  it('refuses a reply read twice in one pass', () => {
    const text = [read('r1', 'a', 'referral'), read('r1', 'a', 'unsubscribe')].map((r) => JSON.stringify(r)).join('\n');
    expect(() => parseAuditReadings(text)).toThrow(/read twice in pass a/);
  });
});

describe('the committed audit (data/replies/blind/audit.jsonl)', () => {
  const readings = parseAuditReadings(readFileSync(resolve(repoRoot, 'data/replies/blind/audit.jsonl'), 'utf8'));
  const files = ['final', ...[2, 3, 4, 5, 6, 7, 8].map((n) => `final-${n}`)];

  it.each(files)('reads every reply of %s once in pass a, and only replies the set holds', (file) => {
    const set = file.replace('-', '_');
    const rows = parseGoldJsonl(readFileSync(resolve(repoRoot, `data/replies/blind/${file}.jsonl`), 'utf8'));
    const ids = new Set(rows.map((r) => r.id));
    const mine = readings.filter((r) => r.set === set);
    expect(mine.every((r) => ids.has(r.id))).toBe(true);
    expect(intentAgreement(set, rows, readings).read).toBe(rows.length);
  });
});
