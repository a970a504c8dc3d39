// Test helpers for the reply analyser: fixture paths and a minimal RFC 822 reader for the Sisimai
// auto-reply samples (headers unfolded, quoted-printable bodies decoded).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../../..');
export const fixture = (...parts: string[]) => resolve(here, 'fixtures', ...parts);

export interface Eml {
  headers: Record<string, string>;
  subject: string;
  body: string;
  date: Date;
}

export function readEml(path: string): Eml {
  const raw = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  const split = raw.indexOf('\n\n');
  const headerBlock = raw.slice(0, split).replace(/\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of headerBlock.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0 && !line.startsWith('From ')) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  let body = raw.slice(split + 2);
  const qp = Object.entries(headers).some(([k, v]) => k.toLowerCase() === 'content-transfer-encoding' && /quoted-printable/i.test(v));
  if (qp) {
    body = body.replace(/=\n/g, '');
    body = new TextDecoder().decode(
      Uint8Array.from(body.replace(/=([0-9A-F]{2})|[\s\S]/g, (m, hex?: string) => (hex ? String.fromCharCode(parseInt(hex, 16)) : m)), (c) => c.charCodeAt(0) & 0xff),
    );
  }
  return { headers, subject: headers.Subject ?? '', body, date: new Date(headers.Date) };
}
