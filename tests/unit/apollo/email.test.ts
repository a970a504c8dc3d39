import { describe, expect, it } from 'vitest';
import { normalizeEmail, normalizeEmailStatus, rawEmailStatus } from '../../../shared/apollo/email.ts';

describe('normalizeEmail', () => {
  it('trims and lower-cases an address', () => {
    expect(normalizeEmail('  Ann.Lee@Example.COM ')).toBe('ann.lee@example.com');
  });

  it('returns null for missing, blank and malformed addresses', () => {
    for (const value of [null, undefined, '', '   ', 'ann', 'ann@', '@example.com', 'ann@example', 'a b@example.com', 'a@@example.com']) {
      expect(normalizeEmail(value)).toBeNull();
    }
  });

  it('returns null for Apollo’s locked-email placeholder', () => {
    expect(normalizeEmail('email_not_unlocked@domain.com')).toBeNull();
  });
});

describe('normalizeEmailStatus', () => {
  it.each([
    ['verified', 'verified'],
    ['Verified', 'verified'],
    ['likely to engage', 'likely_to_engage'],
    ['likely_to_engage', 'likely_to_engage'],
    ['Update required', 'unverified'],
    ['pending_manual_fulfillment', 'unverified'],
    ['extrapolated', 'guessed'],
    ['guessed', 'guessed'],
    ['No Email', 'unavailable'],
    ['bounced', 'bounced'],
    ['catch-all', 'catch_all'],
    ['something new', 'unknown'],
    [null, 'unknown'],
  ] as const)('maps %s to %s', (raw, expected) => {
    expect(normalizeEmailStatus(raw)).toBe(expected);
  });

  it('keeps the raw status trimmed and lower-cased, null when blank', () => {
    expect(rawEmailStatus(' Likely To Engage ')).toBe('likely to engage');
    expect(rawEmailStatus('  ')).toBeNull();
  });
});
