import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { CanonicalEvent, DealEvent, EngagementEvent, MeetingEvent, ParseResult, Provider } from '../../../shared/ingest/canonical.ts';
import { providers } from '../../../shared/ingest/providers/index.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/vendors/', import.meta.url));
export const RECEIVED_AT = new Date('2025-09-24T11:05:00.123Z');

const cache = new Map<string, string>();

/** The exact bytes of a fixture file, as a vendor would post them. */
export function raw(path: string): string {
  let text = cache.get(path);
  if (text === undefined) cache.set(path, (text = readFileSync(`${FIXTURES}${path}`, 'utf8')));
  return text;
}

export function fixtureNames(provider: string): string[] {
  return readdirSync(`${FIXTURES}${provider}`).filter((f) => f.endsWith('.json')).sort();
}

export function parse(provider: Provider, body: string, contentType = 'application/json'): ParseResult {
  return providers[provider].parse(body, { receivedAt: RECEIVED_AT, contentType });
}

export function events(provider: Provider, body: string, contentType?: string): CanonicalEvent[] {
  const r = parse(provider, body, contentType);
  if (!r.ok) throw new Error(`expected ok, got issues ${JSON.stringify(r.issues)}`);
  return r.events;
}

export function one<T extends CanonicalEvent = EngagementEvent>(provider: Provider, path: string): T {
  const list = events(provider, raw(path));
  expect(list).toHaveLength(1);
  return list[0] as T;
}

export function issues(provider: Provider, body: string, contentType?: string) {
  const r = parse(provider, body, contentType);
  if (r.ok) throw new Error(`expected issues, got ${JSON.stringify(r.events).slice(0, 300)}`);
  return r.issues;
}

export function withJson(path: string, edit: (json: any) => void): string {
  const json = JSON.parse(raw(path));
  edit(json);
  return JSON.stringify(json);
}

/** Twilio posts form-encoded params; the fixtures render them as JSON. */
export function asForm(path: string): string {
  return new URLSearchParams(JSON.parse(raw(path)) as Record<string, string>).toString();
}

export type { DealEvent, EngagementEvent, MeetingEvent };
