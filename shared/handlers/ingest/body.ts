// The raw request body, read once with a size cap, as the text the verifiers and parsers see and,
// when that text cannot stand for the bytes, the bytes themselves (stored so nothing is lost).

export interface RawBody {
  /** UTF-8 text; invalid sequences become U+FFFD and NUL bytes are dropped (Postgres text holds neither). */
  text: string;
  /** The exact bytes, only when `text` is not a faithful copy of them. */
  bytes: Uint8Array | null;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Reads at most `limit` bytes; null when the body is larger (declared or actual). */
export async function readRawBody(request: Request, limit: number): Promise<RawBody | null> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return null;
  const bytes = await readBytes(request, limit);
  return bytes === null ? null : decodeBody(bytes);
}

async function readBytes(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
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
  return { text, bytes: faithful ? null : bytes };
}
