// Who reports what: each happening goes to the provider that would really send it — the
// campaign's email tool, Twilio, our engines (cis), the client's calendar and CRM — encoded in
// that provider's format.
import type { CampaignConfig, ClientConfig, WorldConfig } from '../config.ts';
import type { DealPlan, Happening, MeetingPlan } from '../happenings.ts';
import { calendarOut } from './calendars.ts';
import { cisOut } from './cis.ts';
import { idFrom, type Out } from './common.ts';
import { crmOut } from './crms.ts';
import { emailSenderOut } from './email-senders.ts';
import { twilioOut } from './twilio.ts';

export type { Out } from './common.ts';

export interface Encoded {
  outs: Out[];
  /** Meetings the account manager marks held in CIS (no calendar says so). */
  heldByHand: MeetingPlan[];
  /** CRM deals and people the client's CRM sync links to leads (crm_links). */
  deals: DealPlan[];
}

function eventId(h: Happening, n: number): string {
  const subject = 'touch' in h ? h.touch.id : h.type === 'meeting' ? h.meeting.id : h.deal.id;
  const kind = 'kind' in h ? h.kind : '';
  return `ev-${idFrom(`${h.type}|${subject}|${kind}|${h.at.getTime()}|${'url' in h ? h.url : ''}|${n}`, 20)}`;
}

export function encodeMonth(world: WorldConfig, happenings: Happening[], opts: { smartleadSecrets: Record<string, string | null> }): Encoded {
  const clients = new Map<string, ClientConfig>(world.clients.map((c) => [c.key, c]));
  const campaigns = new Map<string, CampaignConfig>(world.clients.flatMap((c) => c.campaigns.map((k) => [k.key, k] as const)));
  const outs: Out[] = [];
  const heldByHand: MeetingPlan[] = [];
  const deals = new Map<string, DealPlan>();
  happenings.forEach((h, n) => {
    if (h.type === 'meeting') {
      const client = clients.get(h.meeting.clientKey)!;
      const sender = campaigns.get(h.meeting.campaignKey)!.sender;
      if (client.meetings === 'cis') outs.push(...cisOut(h, client.key, eventId(h, n), true));
      else {
        outs.push(...calendarOut(h, client, sender));
        if (h.kind === 'held') heldByHand.push(h.meeting);
      }
      return;
    }
    if (h.type === 'deal') {
      const client = clients.get(h.deal.clientKey)!;
      deals.set(h.deal.id, h.deal);
      outs.push(...(client.crm === 'cis' ? cisOut(h, client.key, eventId(h, n), true) : crmOut(h, client)));
      return;
    }
    const t = h.touch;
    const client = clients.get(t.clientKey)!;
    const campaign = campaigns.get(t.campaignKey)!;
    if (t.provider === 'twilio') {
      outs.push(...twilioOut(h, client));
      return;
    }
    if (t.kind === 'email' && t.provider !== 'cis' && h.type !== 'linkedin' && h.type !== 'voicemail_listened' && h.type !== 'sms_click'
        && h.type !== 'delivered' && h.type !== 'undelivered') {
      outs.push(...emailSenderOut(h, { client, campaign, smartleadSecret: opts.smartleadSecrets[client.key] ?? null }));
      return;
    }
    outs.push(...cisOut(h, client.key, eventId(h, n), campaign.sender === 'cis'));
  });
  return { outs, heldByHand, deals: [...deals.values()] };
}
