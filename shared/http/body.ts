// The one request-body reader: read once, with a size cap checked before and while reading. The
// ingest function needs the exact bytes (signatures, lossless storage) and the text the parsers see;
// the admin functions need JSON.

export interface RawBody {
  /** UTF-8 text; invalid sequences become U+FFFD and NUL bytes are dropped (Postgres text holds neither). */
  text: string;
  /** The exact bytes received: what signatures are checked over. */
  bytes: Uint8Array;
  /** Whether `text` is a faithful copy of `bytes` (else the bytes must be kept too). */
  faithful: boolean;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Reads at most `limit` bytes; null when the body is larger (declared or actual). */
export async function readRawBody(request: Request, limit: number): Promise<RawBody | null> {
  const bytes = await readBytes(request, limit);
  return bytes === null ? null : decodeBody(bytes);
}

/** The exact bytes, at most `limit` of them; null when the body is larger (declared or actual). */
export async function readBytes(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return new Uint8Array(0);
  // A declared length within the limit is what the server reads (it refuses a body longer than
  // it said): one read. Only a body of unknown length is read chunk by chunk, counting.
  if (Number.isFinite(declared)) {
    const bytes = new Uint8Array(await request.arrayBuffer());
    return bytes.byteLength > limit ? null : bytes;
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export function decodeBody(bytes: Uint8Array): RawBody {
  let text: string;
  let faithful = true;
  try {
    text = strict.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    faithful = false;
  }
  if (text.includes('\u0000')) {
    text = text.replaceAll('\u0000', '');
    faithful = false;
  }
  return { text, bytes, faithful };
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; reason: 'too_large' | 'invalid_json' };

/** The body parsed as JSON (an empty body is `empty`); invalid UTF-8 is read as U+FFFD first. */
export async function readJsonBody(request: Request, limit: number, empty: unknown = {}): Promise<JsonBody> {
  const bytes = await readBytes(request, limit);
  if (bytes === null) return { ok: false, reason: 'too_large' };
  const text = lenient.decode(bytes);
  if (text.trim() === '') return { ok: true, value: empty };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, reason: 'invalid_json' };
  }
}
