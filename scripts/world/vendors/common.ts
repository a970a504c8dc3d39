// Shared by the vendor encoders: stable ids derived from names, each vendor's timestamp style,
// and the shape every encoded webhook takes before it is sent.
import type { Provider } from '../../../shared/ingest/canonical.ts';

export interface Out {
  provider: Provider;
  clientKey: string;
  /** When the vendor would send it (delivery order). */
  at: Date;
  /** Batching providers (cis, hubspot): one element of the batch body. */
  item?: unknown;
  /** Everyone else: the body exactly as sent. */
  body?: string;
  contentType: 'application/json' | 'application/x-www-form-urlencoded';
}

/** A stable hex id from a label (FNV-1a, stretched): the same campaign always gets the same vendor id. */
export function idFrom(label: string, length = 24): string {
  let out = '';
  for (let round = 0; out.length < length; round++) {
    let h = 2166136261 ^ round;
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 16777619);
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

export function numberFrom(label: string, digits: number): number {
  return 10 ** (digits - 1) + (parseInt(idFrom(label, 12), 16) % (9 * 10 ** (digits - 1)));
}

export function uuidFrom(label: string): string {
  const h = idFrom(label, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** `2025-09-16T15:47:03.218331+00:00` (Smartlead). */
export function isoMicros(d: Date): string {
  return `${d.toISOString().slice(0, 23)}${String((d.getTime() * 7) % 1000).padStart(3, '0')}+00:00`;
}

/** `2025-09-16T15:03:31+02:00`: the time as a workspace clock in `tz` shows it (Salesforge). */
export function isoWithOffset(d: Date, offsetMinutes: number): string {
  const local = new Date(d.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `2025-09-17T08:40:13.000000Z` (Calendly). */
export function isoSixDigits(d: Date): string {
  return `${d.toISOString().slice(0, 23)}000Z`;
}

export function html(text: string): string {
  const esc = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return esc.split('\n\n').map((p) => `<div>${p.replaceAll('\n', '<br>')}</div>`).join('');
}

export const OUR_DOMAIN = 'outreach.example';
export function senderAddress(clientKey: string): string {
  return `tom@${clientKey}.${OUR_DOMAIN}`;
}

/** The campaign id each sending tool uses for a world campaign (what CIS stores as provider_campaign_id). */
export function providerCampaignId(sender: string, key: string): string {
  switch (sender) {
    case 'smartlead': return String(numberFrom(key, 7));
    case 'instantly': return uuidFrom(key);
    case 'lemlist': return `cam_${idFrom(key, 16)}`;
    case 'salesforge': return `seq_${idFrom(key, 21)}`;
    default: return key;
  }
}
