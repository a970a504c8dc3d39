// remembering (remember.ts): the engine's rules ask the same question of the same text more than
// once per reply; the memory must give the answer the function would, and forget when full.
import { describe, expect, it } from 'vitest';
import { remembering } from '../../../shared/replies/remember.ts';

describe('remembering', () => {
  it('answers as the function does, asking it once per text while the text is remembered', () => {
    const asked: string[] = [];
    const length = remembering(2, (text) => (asked.push(text), text.length));
    expect([length('stop'), length('stop'), length('remove me'), length('stop')]).toEqual([4, 4, 9, 4]);
    expect(asked).toEqual(['stop', 'remove me']);
  });

  it('remembers a null answer too', () => {
    let calls = 0;
    const none = remembering(4, () => (calls++, null));
    none('a');
    none('a');
    expect(calls).toBe(1);
  });

  it('forgets everything once full, then asks again', () => {
    const asked: string[] = [];
    const echo = remembering(2, (text) => (asked.push(text), text));
    for (const text of ['a', 'b', 'c', 'a']) echo(text);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
