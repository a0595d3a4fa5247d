import { describe, expect, it } from 'vitest';
import { oneEditAway } from './term-variants.js';

describe('oneEditAway', () => {
  it('finds a typo’s word among deletions, swaps, changes and insertions', () => {
    const edits = oneEditAway('bandwith');
    expect(edits.has('bandwidth')).toBe(true); // a letter left out
    expect(oneEditAway('recieve').has('receive')).toBe(true); // two swapped
    expect(oneEditAway('shippping').has('shipping')).toBe(true); // one too many
    expect(oneEditAway('colour').has('color')).toBe(true);
    expect(edits.has('bandwith')).toBe(false);
  });

  it('edits words of other scripts over their own letters', () => {
    const edits = oneEditAway('доставка');
    expect(edits.has('доставк')).toBe(true);
    expect(edits.has('дотсавка')).toBe(true);
    expect([...edits].every((e) => /^[а-я]*$/.test(e))).toBe(true);
  });
});
