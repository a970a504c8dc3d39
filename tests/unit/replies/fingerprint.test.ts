// The shipped model's version names the engine's decisions, rules included (scripts/replies/
// fingerprint.ts): a rule change that alters any decision on the training replies must come with
// a retrain, so that analyses are redone and a final set is never scored twice under one version.
import { describe, expect, it } from 'vitest';
import { engineFingerprint } from '../../../scripts/replies/fingerprint.ts';
import { loadTrainingSet } from '../../../scripts/replies/training-data.ts';
import { shippedModel } from '../../../shared/replies/offline.ts';
import { repoRoot } from './fixtures.ts';

describe('engine fingerprint', () => {
  it('is the one the shipped model was trained with: the rules have not changed since (else run npm run train:replies)', () => {
    const { rows } = loadTrainingSet(repoRoot);
    expect(engineFingerprint(shippedModel(), rows)).toBe(shippedModel().meta.engine_fingerprint);
  });

  it('changes when one decision changes', () => {
    const rows = [{ text: 'Sounds good, send the deck.', channel: 'email' as const }];
    const stop = [{ text: 'STOP', channel: 'sms' as const }];
    expect(engineFingerprint(shippedModel(), rows)).not.toBe(engineFingerprint(shippedModel(), stop));
    expect(engineFingerprint(shippedModel(), rows)).toBe(engineFingerprint(shippedModel(), rows));
  });
});
