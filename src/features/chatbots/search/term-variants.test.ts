import { describe, expect, it } from 'vitest';
import { compoundSplits, oneEditAway } from './term-variants.js';

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

describe('compoundSplits', () => {
  it('splits a word into two of four letters or more, a head also without its linking element', () => {
    const splits = compoundSplits('fahrradslamp');
    expect(splits).toContainEqual({ heads: ['fahrrads', 'fahrrad'], tail: 'lamp' });
    expect(splits.every((s) => [...s.heads, s.tail].every((part) => part.length >= 4))).toBe(true);
  });

  it('does not read a word as two three-letter words (idefelé is not ide + fel, berlin not ber + lin)', () => {
    expect(compoundSplits('idefel')).toEqual([]);
    expect(compoundSplits('berlin')).toEqual([]);
    expect(compoundSplits('kundenpark').map((s) => s.tail)).toEqual(['enpark', 'npark', 'park']);
  });
});
