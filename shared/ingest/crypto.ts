// The cryptography webhook authentication needs, on Web Crypto only (Node and Deno alike). Every
// secret comparison goes through timingSafeEqual. MACs are computed over bytes: a vendor signs the
// body it sent, byte for byte, not the text CIS decodes from it.

const enc = new TextEncoder();

/** A string is its UTF-8 bytes. */
export const bytesOf = (data: Uint8Array | string): Uint8Array => (typeof data === 'string' ? enc.encode(data) : data);

/** The parts one after the other, as one byte string (strings as UTF-8). */
export function concatBytes(...parts: Array<Uint8Array | string>): Uint8Array {
  const chunks = parts.map(bytesOf);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Byte-wise comparison that always walks the longer input: no early exit on the first mismatch. */
export function timingSafeEqual(a: Uint8Array | string, b: Uint8Array | string): boolean {
  const x = bytesOf(a);
  const y = bytesOf(b);
  const len = Math.max(x.length, y.length);
  let diff = x.length ^ y.length;
  for (let i = 0; i < len; i++) diff |= (i < x.length ? x[i] : 0) ^ (i < y.length ? y[i] : 0);
  return diff === 0;
}

export async function hmac(hash: 'SHA-1' | 'SHA-256', secret: string, data: Uint8Array | string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, bytesOf(data) as Uint8Array<ArrayBuffer>));
}

export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytesOf(data) as Uint8Array<ArrayBuffer>)));
}

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}
