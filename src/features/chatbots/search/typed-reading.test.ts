import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/text-analysis/analyzer.js';
import { answerTypes } from './answer-types.js';
import { typedTerms } from './typed-reading.js';

/** The terms `question` is searched by on a site whose index holds `indexed`. */
function searchedBy(question: string, indexed: string): string[] {
  const held = new Set(analyze(indexed, 'en'));
  const terms = [...new Set(analyze(question, 'en', { query: true }))];
  return typedTerms({ language: 'en', terms }, answerTypes(question), question, (t) => held.has(t));
}

describe('typedTerms', () => {
  it('looks under the contact words for a phone number the site never calls a phone number', () => {
    const site = 'Contact us. Ring reception on 01632 960 123 or email us.';
    expect(searchedBy('What is your phone number?', site)).toEqual(['contact', 'email']);
    expect(searchedBy('What is the phone number of the bakery?', site)).toEqual(['bakeri', 'contact', 'email']);
  });

  it('keeps the question’s own words when the site uses them, less those only naming the kind it lacks', () => {
    expect(searchedBy('What is your phone number?', 'Contact: phone number 0161 496 0000, or email.')).toEqual([
      'phone',
      'number',
    ]);
    // A footer's "Phone 0161 496 0000": "number" only says a number is wanted, no evidence against the site.
    expect(searchedBy('What is your phone number?', 'Contact: phone 0161 496 0000, or email.')).toEqual(['phone']);
    // A manual's "number" is its own word: a phone, which it never names, still counts against it.
    expect(searchedBy('What is your phone number?', 'The number of rows, and email modules.')).toEqual([
      'phone',
      'number',
    ]);
    // "call" asks for a phone number on a shop's site, not in a programming manual.
    expect(
      searchedBy('How do I call a function?', 'To call a function, write its name. Contact and email modules.'),
    ).toEqual(['call', 'function']);
  });

  it('leaves a question naming WhatsApp as asked: it may be what the question is about', () => {
    const site = 'Contact us. Ring reception on 01632 960 123 or email us.';
    expect(searchedBy('how do I back up my whatsapp chats to google drive', site)).toEqual([
      'back',
      'whatsapp',
      'chat',
      'googl',
      'drive',
    ]);
  });

  it('adds the words an address stands under to a question that asks by a phrase alone', () => {
    expect(searchedBy('Where are you located?', 'Our address: 42 Canal Street.')).toEqual([
      'locat',
      'address',
      'street',
    ]);
  });
});
