// Canonical events from the vendor fixtures, through the real provider parsers.
import { readFileSync } from 'node:fs';
import { providers } from '../../shared/ingest/providers/index.ts';
import type { CanonicalEvent, Provider } from '../../shared/ingest/canonical.ts';

export function fixtureBody(provider: string, file: string): string {
  return readFileSync(new URL(`../fixtures/vendors/${provider}/${file}`, import.meta.url), 'utf8');
}

export function eventsFrom(provider: Provider, file: string, receivedAt = new Date('2026-01-01T00:00:00Z')): CanonicalEvent[] {
  const result = providers[provider].parse(fixtureBody(provider, file), {
    receivedAt,
    contentType: file.endsWith('.json') ? 'application/json' : 'application/x-www-form-urlencoded',
  });
  if (!result.ok) throw new Error(`${provider}/${file} did not parse: ${JSON.stringify(result.issues)}`);
  return result.events;
}
