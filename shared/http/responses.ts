// JSON responses with the statuses every CIS function shares. Nothing internal ever reaches a
// body: a 5xx says only what the caller can act on.

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

export interface FieldIssue {
  path: string;
  message: string;
}

export const methodNotAllowed = (allow = 'POST') =>
  json(405, { error: 'method_not_allowed', message: `use ${allow}` }, { allow });
export const unauthorized = (message = 'missing or invalid credentials') => json(401, { error: 'unauthorized', message });
export const payloadTooLarge = (limit: number) =>
  json(413, { error: 'payload_too_large', message: `body over ${limit} bytes` });
export const badRequest = (message: string, issues: FieldIssue[] = []) =>
  json(400, { error: 'bad_request', message, issues });
export const unavailable = () =>
  json(503, { error: 'unavailable', message: 'database unavailable, retry later' }, { 'retry-after': '30' });
export const internalError = () => json(500, { error: 'internal_error', message: 'unexpected error; it has been logged' });
