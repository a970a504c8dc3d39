/**
 * A fingerprint of what the offline engine decides — the model and every rule around it (cleaning,
 * auto-reply and absence readings, opt-out rules, question extraction) — on the training replies:
 * each reply's analysis, and each rule's own verdict on it (the model knows its training replies
 * by heart, so a rule change seldom moves their final intent, but it moves the rule's verdict).
 * Training stores it in the model's meta and hashes it into the model's version; a unit test
 * recomputes it. So a change to the rules that alters any decision fails that test until the
 * model is retrained, and every engine that decides differently carries its own version: stored
 * analyses are redone (their `prompt_version` changes) and a final blind set is never scored
 * twice under one version for two different engines.
 */
import { createHash } from 'node:crypto';
import { senderText } from '../../shared/replies/clean.ts';
import { ruleSignals } from '../../shared/replies/features.ts';
import { analyzeWithModel } from '../../shared/replies/judge.ts';
import type { ReplyModel } from '../../shared/replies/model.ts';
import { optOutEvidence } from '../../shared/replies/opt-out.ts';
import type { ReplyChannel } from '../../shared/replies/schema.ts';

/** A fixed reference date, so relative return dates ("back Monday") resolve the same every run. */
const REFERENCE = new Date('2026-01-05T12:00:00Z');

export function engineFingerprint(model: ReplyModel, replies: ReadonlyArray<{ text: string; channel: ReplyChannel }>): string {
  const hash = createHash('sha256');
  for (const reply of replies) {
    // Everything the engine decides; not prompt_version, which is the version being made.
    const { prompt_version: _version, ...decision } = analyzeWithModel({ text: reply.text, channel: reply.channel }, model, REFERENCE);
    const cleaned = decision.cleaned_text;
    const verdicts = [ruleSignals(cleaned), optOutEvidence(cleaned, reply.channel), optOutEvidence(senderText(reply.text, reply.channel), reply.channel)];
    hash.update(JSON.stringify([decision, verdicts])).update('\n');
  }
  return hash.digest('hex').slice(0, 16);
}
