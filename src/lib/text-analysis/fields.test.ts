import { describe, expect, it } from 'vitest';
import { forEachTerm, splitTerms } from './fields.js';

describe('forEachTerm', () => {
  it('visits the terms splitTerms gives, in order, empty ones included', () => {
    for (const field of ['', 'a', 'str.split open', 'a  b', ' a', 'a ', ' ']) {
      const seen: string[] = [];
      forEachTerm(field, (term) => seen.push(term));
      expect(seen).toEqual(splitTerms(field));
    }
  });
});
