// One lead's month: the campaign's steps in its own time zone, opens and clicks (people's and
// machines'), LinkedIn, SMS and calls, its reply in its own words, our answer, and what followed.
import type { CampaignConfig, ClientConfig, StepConfig, WorldConfig } from './config.ts';
import { bumpBody, introBody, linkedinMessage, linkedinNote, responseBody, smsBody, theme } from './copy.ts';
import type { Happening, Touch, TouchKind } from './happenings.ts';
import type { LeadModel } from './model.ts';
import { outcomes } from './outcomes.ts';
import type { Person } from './people.ts';
import type { Random } from './random.ts';
import { writeReply, type ReplyChannel } from './replies.ts';
import { addDays, DAY_MS, HOUR_MS, humanOpenTime, MINUTE_MS, replyDelayHours, sendTime } from './timing.ts';

const MPP_UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)';
const SCANNER_UAS = ['Mimecast URL Protect/2.1', 'Mozilla/5.0 (compatible; Barracuda Sentinel)', 'Proofpoint URL Defense/1.0'];
const HUMAN_UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; Microsoft Outlook 16.0)',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
];

export interface LeadStory {
  happenings: Happening[];
  touches: Touch[];
}

export interface StoryInput {
  world: WorldConfig;
  client: ClientConfig;
  campaign: CampaignConfig;
  person: Person;
  variant: string | null;
  model: LeadModel;
  start: Date;
  openWeights: number[];
  calendarUrl: string;
}

function linksOf(body: string): string[] {
  return [...body.matchAll(/https?:\/\/[^\s)]+/g)].map((m) => m[0].replace(/[.,]$/, ''));
}

function isWritten(kind: TouchKind): boolean {
  return kind !== 'call';
}

export function tellStory(rng: Random, s: StoryInput): LeadStory {
  const { world, client, campaign, person: p, model } = s;
  const d = { ...model.draw };
  const tz = p.place.timezone;
  const independent = world.behaviour.independent_outcomes;
  const th = theme(campaign.steps.find((x) => x.copy)?.copy);
  const out: Happening[] = [];
  const touches: Touch[] = [];
  const ids = () => rng.uuid();
  const startDay = addDays(s.start, rng.int(0, world.ramp_days - 1));
  const firstEmail = campaign.steps.find((x) => x.channel === 'email');
  const firstSubjectRaw = (s.variant && firstEmail?.variants?.[s.variant]?.subject) || firstEmail?.subject || th.subject;
  const firstSubject = firstSubjectRaw.replaceAll('{company}', p.company.name).replaceAll('{first_name}', p.firstName);

  // Which touch the lead answers: one it could read, email weighted as the main channel.
  const reachable = (step: StepConfig): boolean =>
    (step.channel === 'email' && !d.bounced) ||
    (step.channel === 'sms' && p.phone !== null && !d.smsUndelivered) ||
    // The null world never lets a reply change what else happens (an accepted connection included).
    ((step.channel === 'linkedin_connection' || step.channel === 'linkedin_message') && (!independent || d.linkedinAccepted));
  let intent = d.intent;
  let replyStep: number | null = null;
  if (d.replied && intent) {
    const needsEmail = intent === 'out_of_office';
    const candidates = campaign.steps.map((st, i) => ({ st, i })).filter(({ st }) => reachable(st) && (!needsEmail || st.channel === 'email'));
    const pool = candidates.length ? candidates : campaign.steps.map((st, i) => ({ st, i })).filter(({ st }) => reachable(st));
    if (!candidates.length && needsEmail) intent = 'not_interested';
    const weights = Object.fromEntries(pool.map(({ st, i }) => [String(i), st.channel === 'email' ? 3 : 1]));
    replyStep = pool.length ? Number(rng.weighted(weights)) : null;
    const ch = replyStep !== null ? campaign.steps[replyStep].channel : null;
    if (ch === 'linkedin_connection' || ch === 'linkedin_message') d.linkedinAccepted = true;
  }

  let stopAt = Number.POSITIVE_INFINITY;
  let emailDead = false;
  let acceptedAt: Date | null = null;
  let answered: { touch: Touch; at: Date; channel: ReplyChannel } | null = null;
  let emailCount = 0;

  campaign.steps.forEach((step, index) => {
    let at = sendTime(rng, addDays(startDay, step.day), tz);
    if (at.getTime() > stopAt) return;
    const base = {
      person: p, clientKey: client.key, campaignKey: campaign.key, step: index + 1,
      writtenBy: (rng.chance(world.rates.ai_written) ? 'ai' : 'human') as 'ai' | 'human',
    };
    let touch: Touch | null = null;
    if (step.channel === 'email') {
      if (emailDead) return;
      emailCount++;
      const variant = step.variants ? s.variant : null;
      const subject = emailCount === 1 ? firstSubject : (step.subject?.replaceAll('{company}', p.company.name) ?? `Re: ${firstSubject}`);
      const body = emailCount === 1 ? introBody(th, variant ?? 'A', p, s.calendarUrl) : bumpBody(th, p);
      touch = {
        ...base, id: `t_${rng.hex(16)}`, provider: campaign.sender, kind: 'email', at, variant, subject, body,
        templateKey: `${campaign.key}/${index + 1}${variant ?? ''}`, links: linksOf(body), vendorId: rng.uuid(),
      };
      out.push({ type: 'touch', at, touch });
      if (d.bounced) {
        emailDead = true;
        out.push({ type: 'bounce', at: new Date(at.getTime() + rng.int(20, 300) * 1000), touch, reason: '550 5.1.1 The email account that you tried to reach does not exist.' });
      } else {
        if (d.mpp) out.push({ type: 'open', at: new Date(at.getTime() + rng.int(1, 20) * 1000), touch, machine: true, ip: `17.58.${rng.int(0, 255)}.${rng.int(1, 254)}`, userAgent: MPP_UA });
        if (d.scanner) {
          let t = at.getTime() + rng.int(2, 15) * 1000;
          const ua = rng.pick(SCANNER_UAS);
          for (const url of touch.links) {
            out.push({ type: 'click', at: new Date(t), touch, url, machine: true, userAgent: ua });
            t += rng.int(80, 600);
          }
        }
        if (d.opener && (emailCount === 1 || rng.chance(0.5))) {
          const opens = emailCount === 1 ? 1 + rng.poisson(world.rates.reopen_mean) : 1;
          let first: Date | null = null;
          for (let k = 0; k < opens; k++) {
            const o = humanOpenTime(rng, at, tz, s.openWeights, world.effects.open_hours.flat);
            if (!first || o < first) first = o;
            out.push({ type: 'open', at: o, touch, machine: false, ip: null, userAgent: rng.pick(HUMAN_UAS) });
          }
          if (d.clicker && emailCount === 1 && first && touch.links.length) {
            out.push({ type: 'click', at: new Date(first.getTime() + rng.int(1, 40) * MINUTE_MS), touch, url: touch.links[0], machine: false, userAgent: rng.pick(HUMAN_UAS) });
          }
        }
        if (d.clicker && independent && !d.opener && emailCount === 1 && touch.links.length) {
          // The null world draws clicks apart from opens (an image-blocking reader still clicks).
          out.push({ type: 'click', at: new Date(at.getTime() + rng.uniform(1, 30) * HOUR_MS), touch, url: touch.links[0], machine: false, userAgent: rng.pick(HUMAN_UAS) });
        }
      }
    } else if (step.channel === 'sms') {
      if (!p.phone) return;
      const body = smsBody(th, p);
      touch = {
        ...base, id: `t_${rng.hex(16)}`, provider: step.sms_provider === 'cis' ? 'cis' : 'twilio', kind: 'sms', at, variant: null,
        subject: null, body, templateKey: `${campaign.key}/${index + 1}`, links: linksOf(body), vendorId: `SM${rng.hex(32)}`,
      };
      out.push({ type: 'touch', at, touch });
      const reported = new Date(at.getTime() + rng.int(3, 90) * 1000);
      out.push(d.smsUndelivered ? { type: 'undelivered', at: reported, touch } : { type: 'delivered', at: reported, touch });
      if (!d.smsUndelivered && rng.chance(world.rates.sms.click)) {
        out.push({ type: 'sms_click', at: new Date(at.getTime() + rng.uniform(0.1, 30) * HOUR_MS), touch, url: touch.links[0] });
      }
    } else if (step.channel === 'linkedin_connection') {
      const body = linkedinNote(th, p);
      touch = {
        ...base, id: `t_${rng.hex(16)}`, provider: 'cis', kind: 'linkedin_connection', at, variant: null, subject: null, body,
        templateKey: `${campaign.key}/${index + 1}`, links: [], vendorId: rng.uuid(),
      };
      out.push({ type: 'touch', at, touch });
      if (d.linkedinAccepted) {
        acceptedAt = new Date(at.getTime() + rng.uniform(0.1, 4) * DAY_MS);
        out.push({ type: 'linkedin', at: acceptedAt, touch, kind: 'connection_accepted' });
      }
      if (rng.chance(world.rates.linkedin.profile_view)) out.push({ type: 'linkedin', at: new Date(at.getTime() + rng.uniform(0.1, 3) * DAY_MS), touch, kind: 'profile_viewed' });
      if (rng.chance(world.rates.linkedin.post_engaged)) out.push({ type: 'linkedin', at: new Date(at.getTime() + rng.uniform(0.5, 10) * DAY_MS), touch, kind: 'post_engaged' });
    } else if (step.channel === 'linkedin_message') {
      if (!d.linkedinAccepted) return;
      if (acceptedAt && at < acceptedAt) at = new Date((acceptedAt as Date).getTime() + rng.uniform(1, 20) * HOUR_MS);
      if (at.getTime() > stopAt) return;
      const body = linkedinMessage(th, p);
      touch = {
        ...base, id: `t_${rng.hex(16)}`, provider: 'cis', kind: 'linkedin_message', at, variant: null, subject: null, body,
        templateKey: `${campaign.key}/${index + 1}`, links: [], vendorId: rng.uuid(),
      };
      out.push({ type: 'touch', at, touch });
    } else if (step.channel === 'call') {
      if (!p.phone) return;
      const connected = d.callConnected;
      touch = {
        ...base, id: `t_${rng.hex(16)}`, provider: 'cis', kind: 'call', at, variant: null, subject: null, body: null,
        templateKey: null, links: [], vendorId: rng.uuid(), writtenBy: 'human',
        callSeconds: connected ? rng.int(45, 900) : rng.int(18, 45), voicemail: !connected,
      };
      out.push({ type: 'touch', at, touch });
      if (!connected && rng.chance(world.rates.call.voicemail_listened)) {
        out.push({ type: 'voicemail_listened', at: new Date(at.getTime() + rng.uniform(0.5, 30) * HOUR_MS), touch });
      }
    }
    if (!touch) return;
    touches.push(touch);

    if (replyStep === index && intent && isWritten(touch.kind)) {
      const channel: ReplyChannel = touch.kind === 'email' ? 'email' : touch.kind === 'sms' ? 'sms' : 'linkedin';
      const delay = intent === 'out_of_office' ? rng.uniform(1, 10) / 60 : replyDelayHours(rng, channel);
      const replyAt = new Date(Math.max(touch.at.getTime(), acceptedAt && channel === 'linkedin' ? (acceptedAt as Date).getTime() : 0) + delay * HOUR_MS);
      const colleague = { first: rng.pick(['Dana', 'Marcus', 'Elena', 'Priya', 'Jonas', 'Claire']), last: rng.pick(['Reyes', 'Okafor', 'Lindqvist', 'Brandt', 'Moreau']), email: '' };
      colleague.email = `${colleague.first.toLowerCase()}.${colleague.last.toLowerCase()}@${p.company.domain}`;
      const w = writeReply(rng, {
        channel, intent, objection: d.objection ?? undefined, person: p, at: replyAt, sentAt: touch.at,
        subject: touch.subject, body: touch.body ?? '', colleague,
      });
      out.push({
        type: 'reply', at: replyAt, touch, id: `r_${rng.hex(20)}`, text: w.text, subject: w.subject, intent,
        objection: d.objection, autoReply: w.autoReply, fromAddress: p.email,
      });
      answered = { touch, at: replyAt, channel };
      if (world.behaviour.stop_on_reply || intent === 'unsubscribe') stopAt = replyAt.getTime();
    }
  });

  // Our answer to a reply that deserves one, on the channel it came from.
  let bookableFrom: Date | null = null;
  let converting: Touch | null = null;
  const a = answered as { touch: Touch; at: Date; channel: ReplyChannel } | null;
  // Our answer is a touch that only repliers get: the null world leaves it out, so the number and
  // mix of touches never depend on an outcome.
  if (a && intent && !independent && ['interested', 'meeting_request', 'question', 'objection', 'referral'].includes(intent)) {
    const ai = rng.chance(world.rates.ai_written);
    const at = new Date(a.at.getTime() + (ai ? rng.uniform(3, 40) * MINUTE_MS : rng.uniform(1, 20) * HOUR_MS));
    const body = responseBody(intent, p, s.calendarUrl, d.objection ?? undefined);
    const kind: TouchKind = a.channel === 'email' ? 'email' : a.channel === 'sms' ? 'sms' : 'linkedin_message';
    const touch: Touch = {
      person: p, clientKey: client.key, campaignKey: campaign.key, step: null, writtenBy: ai ? 'ai' : 'human',
      id: `t_${rng.hex(16)}`, provider: 'cis', kind, at, variant: null, subject: a.touch.subject ? `Re: ${a.touch.subject.replace(/^Re: /, '')}` : null,
      body, templateKey: null, links: linksOf(body), vendorId: `SM${rng.hex(32)}`, inReplyTo: a.touch.id,
    };
    out.push({ type: 'touch', at, touch });
    touches.push(touch);
    bookableFrom = at;
    converting = touch;
  }
  if (d.booked) {
    // The null world books through the link in the first email, whatever the lead said.
    if (!bookableFrom || independent) {
      const first = touches[0];
      bookableFrom = first ? new Date(first.at.getTime() + rng.uniform(1, 12) * DAY_MS) : new Date(startDay.getTime() + 5 * DAY_MS);
      converting = first ?? null;
    }
    out.push(...outcomes(rng, {
      world, client, campaignKey: campaign.key, person: p, draw: d, bookableFrom, touchId: converting?.provider === 'cis' ? converting.id : null, ids,
    }));
  } else if (d.deal) {
    // Null world: a deal without a meeting (the lead came back on its own).
    out.push(...outcomes(rng, {
      world, client, campaignKey: campaign.key, person: p, draw: { ...d, booked: true, canceled: false, held: true },
      bookableFrom: new Date(startDay.getTime() + rng.uniform(2, 20) * DAY_MS), touchId: null, ids,
    }).filter((h) => h.type === 'deal'));
  }
  return { happenings: out, touches };
}

