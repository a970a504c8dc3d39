// Misspelled opt-out words are put right before the opt-out rules read them, and only those:
// everyday words one letter away from a keyword stay as written.
import { describe, expect, it } from 'vitest';
import { correctKeyword, correctKeywords, editDistance } from '../../../shared/replies/fuzzy.ts';

describe('editDistance', () => {
  it('counts an adjacent swap as one edit (optimal string alignment)', () => {
    expect(editDistance('stpo', 'stop')).toBe(1);
    expect(editDistance('unsubcribe', 'unsubscribe')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('gives up past the limit with limit + 1', () => {
    expect(editDistance('unsubscribe', 'remove', 2)).toBe(3);
  });
});

describe('correctKeyword', () => {
  it.each([
    ['unsubcribe', 'unsubscribe'],
    ['UNSUSCRIBE', 'unsubscribe'],
    ['usubscribe', 'unsubscribe'],
    ['remvoe', 'remove'],
    ['stpo', 'stop'],
    ['stopp', 'stop'],
    ['lsit', 'list'],
    ['contcat', 'contact'],
    ['agian', 'again'],
  ])('reads "%s" as "%s"', (word, keyword) => {
    expect(correctKeyword(word)).toBe(keyword);
  });

  it.each(['contract', 'remote', 'step', 'shop', 'lost', 'spot', 'gmail', 'stop', 'top'])('leaves "%s" alone', (word) => {
    expect(correctKeyword(word)).toBeNull();
  });
});

describe('correctKeywords', () => {
  it('corrects inside a sentence and keeps everything else as written', () => {
    expect(correctKeywords('Pls remvoe me, Jane! Stpo emailing.')).toBe('Pls remove me, Jane! stop emailing.');
  });
});
