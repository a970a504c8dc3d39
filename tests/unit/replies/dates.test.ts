// Return dates drive when follow-ups resume, so relative and partial dates must resolve against
// the day the reply arrived, never against the wall clock.
import { describe, expect, it } from 'vitest';
import { extractReturnDate, parseDateExpression } from '../../../shared/replies/dates.ts';

const ref = new Date('2025-12-20T09:00:00Z'); // a Saturday in late December

describe('parseDateExpression', () => {
  it.each([
    ['2026-01-05', '2026-01-05'],
    ['January 5th', '2026-01-05'],
    ['5 January 2026', '2026-01-05'],
    ['Monday, January 5', '2026-01-05'],
    ['the 28th', '2025-12-28'],
    ['the 3rd', '2026-01-03'],
    ['tomorrow', '2025-12-21'],
    ['Monday', '2025-12-22'],
    ['next week', '2025-12-22'],
    ['the new year', '2026-01-01'],
    ['mid-January', '2026-01-15'],
    ['the end of January', '2026-01-31'],
    ['05.01.2026', '2026-01-05'],
    ['13/01/2026', '2026-01-13'],
  ])('resolves "%s" to %s', (expression, expected) => {
    expect(parseDateExpression(expression, ref)).toBe(expected);
  });

  it('reads ambiguous slashed dates month-first unless told day-first', () => {
    expect(parseDateExpression('05/01/2026', ref)).toBe('2026-05-01');
    expect(parseDateExpression('05/01/2026', ref, { dayFirst: true })).toBe('2026-01-05');
  });

  it('rejects impossible dates', () => {
    expect(parseDateExpression('February 30', ref)).toBeNull();
  });
});

describe('extractReturnDate', () => {
  it('takes the date after a return cue, not an earlier date of absence', () => {
    expect(extractReturnDate('I am out of the office on Friday, 26 December. I will respond on Monday.', ref)).toBe('2025-12-22');
  });

  it('takes the end of a "from ... through ..." absence', () => {
    expect(extractReturnDate('I will be out from January 2 through January 9.', ref)).toBe('2026-01-09');
  });

  it('returns null when no date is named', () => {
    expect(extractReturnDate('I am out of the office with limited access to email.', ref)).toBeNull();
  });
});
