// Shared-secret authentication for functions the agency's own tooling calls.
import { timingSafeEqual } from '../ingest/crypto.ts';

/** True when the request carries `Authorization: Bearer <secret>`; never true for an empty secret. */
export function hasBearerSecret(request: Request, secret: string | undefined): boolean {
  if (!secret) return false;
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  return match !== null && timingSafeEqual(match[1].trim(), secret);
}
