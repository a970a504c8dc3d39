// HTTP load with autocannon (programmatic): N connections for D seconds, each request's body
// made by the caller (so every webhook is a new event, never a cheap duplicate).
import { createRequire } from 'node:module';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  duration: number;
}
type Autocannon = (options: Record<string, unknown>, done: (error: Error | null, result: AutocannonResult) => void) => unknown;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  body: () => string;
  contentType?: string;
  /** Requests per second over all connections (a sustained load), instead of as fast as possible. */
  rate?: number;
}

export interface LoadResult {
  requests_per_second: number;
  ok: number;
  non_2xx: number;
  errors: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
}

export function runLoad(o: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: o.url,
        connections: o.connections,
        duration: o.seconds,
        ...(o.rate ? { overallRate: o.rate } : {}),
        method: 'POST',
        headers: { 'content-type': o.contentType ?? 'application/json' },
        requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, body: o.body() }) }],
      },
      (error, r) => {
        if (error) return reject(error);
        resolve({
          requests_per_second: r['2xx'] / r.duration,
          ok: r['2xx'],
          non_2xx: r.non2xx,
          errors: r.errors + r.timeouts,
          p50_ms: r.latency.p50,
          p99_ms: r.latency.p99,
          max_ms: r.latency.max,
        });
      },
    );
  });
}
