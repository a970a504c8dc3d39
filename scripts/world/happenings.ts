// What happened in the world, before any vendor format: touches we sent and everything that came
// back. The vendor encoders (vendors/*.ts) turn each happening into the payload its provider
// would really send.
import type { Objection, Sender } from './config.ts';
import type { Person } from './people.ts';
import type { ReplyIntent } from './replies.ts';

export type TouchKind = 'email' | 'sms' | 'linkedin_connection' | 'linkedin_message' | 'call';

export interface Touch {
  id: string;
  person: Person;
  clientKey: string;
  campaignKey: string;
  /** Who sent it: the email sender of the campaign, twilio for SMS, cis for LinkedIn/calls/our replies. */
  provider: Sender | 'twilio';
  kind: TouchKind;
  at: Date;
  step: number | null;
  variant: string | null;
  subject: string | null;
  body: string | null;
  templateKey: string | null;
  writtenBy: 'ai' | 'human';
  /** Links in the body (scanners click them all). */
  links: string[];
  /** Vendor ids: Smartlead stats_id, Salesforge emailId, lemlist emailId, Twilio MessageSid… */
  vendorId: string;
  /** Calls: seconds on the phone; voicemail when not connected. */
  callSeconds?: number;
  voicemail?: boolean;
  /** Our answer to a reply (not a sequence step). */
  inReplyTo?: string;
}

export interface MeetingPlan {
  id: string;
  person: Person;
  clientKey: string;
  campaignKey: string;
  provider: 'calendly' | 'calcom' | 'cis';
  bookedAt: Date;
  start: Date;
  end: Date;
  touchId: string | null;
}

export interface DealPlan {
  id: string;
  person: Person;
  clientKey: string;
  provider: 'hubspot' | 'pipedrive' | 'cis';
  name: string;
  currency: string;
  value: number;
  personId: string;
}

export type Happening =
  | { type: 'touch'; at: Date; touch: Touch }
  | { type: 'delivered'; at: Date; touch: Touch }
  | { type: 'undelivered'; at: Date; touch: Touch }
  | { type: 'bounce'; at: Date; touch: Touch; reason: string }
  | { type: 'open'; at: Date; touch: Touch; machine: boolean; ip: string | null; userAgent: string | null }
  | { type: 'click'; at: Date; touch: Touch; url: string; machine: boolean; userAgent: string | null }
  | {
      type: 'reply'; at: Date; touch: Touch; id: string; text: string; subject: string | null; intent: ReplyIntent;
      objection: Objection | null; autoReply: boolean; fromAddress: string;
    }
  | { type: 'unsubscribe'; at: Date; touch: Touch; channel: 'email' | 'sms' }
  | { type: 'linkedin'; at: Date; touch: Touch; kind: 'connection_accepted' | 'profile_viewed' | 'post_engaged' }
  | { type: 'voicemail_listened'; at: Date; touch: Touch }
  | { type: 'sms_click'; at: Date; touch: Touch; url: string }
  | { type: 'meeting'; at: Date; meeting: MeetingPlan; kind: 'created' | 'canceled' | 'no_show' | 'held'; replacedBy?: MeetingPlan; replaces?: MeetingPlan; outcome?: 'good' | 'bad' }
  | { type: 'deal'; at: Date; deal: DealPlan; kind: 'created' | 'stage' | 'won' | 'lost'; stage?: string; previousStage?: string; lostReason?: string };
