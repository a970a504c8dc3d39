// The quote/signature trimmer measured on the Discourse email_reply_trimmer corpus (MIT, 64 cases
// in 13 languages): each raw email must split into the gold "trimmed" reply and the gold "elided"
// remainder. Comparison ignores whitespace runs; for the elided part it also ignores quote markers,
// because the gold files rewrite "C>" and "|" quote prefixes as ">".
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trimEmail } from '../../../shared/replies/clean.ts';
import { fixture } from './fixtures.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const squashQuoted = (s: string) =>
  s
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[A-Za-z]{0,12}>|\|)+/, '').replace(/>/g, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Measured 64/64 when written; the floor leaves room for deliberate convention changes only. */
const PASS_RATE_FLOOR = 0.95;

describe('trimEmail on the Discourse trimmer corpus', () => {
  const names = readdirSync(fixture('discourse', 'emails')).filter((f) => f.endsWith('.txt')).sort();
  const results = names.map((name) => {
    const read = (dir: string) => readFileSync(fixture('discourse', dir, name), 'utf8');
    const got = trimEmail(read('emails'));
    const trimmedOk = squash(got.text) === squash(read('trimmed'));
    const elidedOk = squashQuoted(got.elided) === squashQuoted(read('elided'));
    return { name, pass: trimmedOk && elidedOk };
  });

  it('reads all 64 corpus cases', () => {
    expect(names).toHaveLength(64);
  });

  it(`reproduces both the trimmed reply and the elided part in at least ${PASS_RATE_FLOOR * 100}% of cases`, () => {
    const failed = results.filter((r) => !r.pass).map((r) => r.name);
    expect(1 - failed.length / results.length, `failing cases: ${failed.join(', ')}`).toBeGreaterThanOrEqual(PASS_RATE_FLOOR);
  });

  it('handles every Outlook, Gmail and forwarded-message case of the corpus', () => {
    const structural = results.filter((r) => /^(?:email_headers|forwarded|dual_embedded|embedded_ception)/.test(r.name));
    expect(structural.length).toBeGreaterThanOrEqual(9);
    expect(structural.filter((r) => !r.pass).map((r) => r.name)).toEqual([]);
  });
});
