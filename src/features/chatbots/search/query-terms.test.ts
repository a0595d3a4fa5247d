import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/text-analysis/analyzer.js';
import { namedTerms } from './query-terms.js';

describe('namedTerms', () => {
  it('reads the words a question capitalizes mid-sentence as names', () => {
    expect(namedTerms('what is IKEA’s return policy?', 'en')).toEqual(new Set(['ikea']));
    expect(namedTerms('How much is a flight to Tokyo? And Ryanair?', 'en')).toEqual(new Set(['tokyo', 'ryanair']));
    // As the analyzer reads them in the question's language (French stems IKEA as ike).
    expect(namedTerms('quelle est la politique de retour chez IKEA ?', 'fr')).toEqual(
      new Set(analyze('IKEA', 'fr', { query: true })),
    );
  });

  it('finds none where a capital says nothing of a name', () => {
    expect(namedTerms('Where is the shop? Is it open?', 'en')).toEqual(new Set()); // sentences’ first words
    expect(namedTerms('WHERE IS THE SHOP', 'en')).toEqual(new Set()); // all capitals
    expect(namedTerms('How Do I Return An Item', 'en')).toEqual(new Set()); // Title Case
    expect(namedTerms('Wie lange dauert der Versand nach Wien?', 'de')).toEqual(new Set()); // German capitalizes every noun
    expect(namedTerms('多少钱', 'zh')).toEqual(new Set()); // a script without capitals
  });
});
