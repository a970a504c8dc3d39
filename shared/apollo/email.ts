// Email identity and Apollo's email_status, normalised for dedupe and for the WHO detector.
import type { EmailStatus } from './record.ts';

// Apollo returns this placeholder instead of an address the account has not unlocked; treating it
// as an address would merge every locked lead into one pool row.
const LOCKED_PLACEHOLDER = /^email_not_unlocked@/;

// Deliberately simple: one @, no whitespace, a dotted domain of letter/digit/hyphen labels.
const EMAIL_SHAPE = /^[^\s@]+@([a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}$/;

/** Trimmed, lower-cased address used as the second dedupe key; null when absent or invalid. */
export function normalizeEmail(email: string | null | undefined): string | null {
  if (typeof email !== 'string') return null;
  const candidate = email.trim().replace(/^mailto:/i, '').toLowerCase();
  if (candidate.length > 254 || !EMAIL_SHAPE.test(candidate)) return null;
  if (LOCKED_PLACEHOLDER.test(candidate)) return null;
  return candidate;
}

// Apollo's exact raw strings are only confirmed for "verified" (REFERENCE.md §5), so the UI labels,
// the filter spellings and the older labels are all mapped here.
const STATUS_MAP: Record<string, EmailStatus> = {
  verified: 'verified',
  unverified: 'unverified',
  update_required: 'unverified',
  needs_verification: 'unverified',
  pending_manual_fulfillment: 'unverified',
  pending_manual_verification: 'unverified',
  user_managed: 'unverified',
  likely_to_engage: 'likely_to_engage',
  guessed: 'guessed',
  extrapolated: 'guessed',
  unavailable: 'unavailable',
  no_email: 'unavailable',
  bounced: 'bounced',
  catch_all: 'catch_all',
  catchall: 'catch_all',
  accept_all: 'catch_all',
};

/** Apollo's raw status trimmed and lower-cased, as stored in lead_pool.email_status. */
export function rawEmailStatus(status: string | null | undefined): string | null {
  const trimmed = typeof status === 'string' ? status.trim().toLowerCase() : '';
  return trimmed === '' ? null : trimmed;
}

/** Maps any spelling ("Likely to engage", "likely-to-engage", …) to one of the eight statuses. */
export function normalizeEmailStatus(status: string | null | undefined): EmailStatus {
  const raw = rawEmailStatus(status);
  if (raw === null) return 'unknown';
  return STATUS_MAP[raw.replace(/[\s-]+/g, '_')] ?? 'unknown';
}
