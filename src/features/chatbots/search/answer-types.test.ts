import { describe, expect, it } from 'vitest';
import { answerTypes, holdsAnswerType } from './answer-types.js';

const names = (question: string) => answerTypes(question).map((t) => t.name);

describe('answerTypes', () => {
  it('reads what kind of answer a question wants from its cue words, in several languages', () => {
    expect(names("What's your phone number?")).toEqual(['phone']);
    expect(names('Wie ist eure Telefonnummer?')).toEqual(['phone']);
    expect(names('email address?')).toEqual(['email']);
    expect(names('how much is delivery')).toEqual(['price']);
    expect(names('¿Cuánto cuesta el envío?')).toEqual(['price']);
    expect(names('送货要多少钱')).toEqual(['price']);
    expect(names('When are you open on Saturday?')).toEqual(['time']);
    expect(names('do you sell decaf')).toEqual([]);
  });

  it('recognizes such an answer in a text', () => {
    const [phone] = answerTypes('phone?');
    expect(holdsAnswerType([phone!], 'Call us on 0113 496 0123.')).toBe(true);
    expect(holdsAnswerType([phone!], 'The number 33 bus stops outside.')).toBe(false);
    const [price] = answerTypes('price?');
    expect(holdsAnswerType([price!], 'Delivery costs £3.95.')).toBe(true);
    expect(holdsAnswerType([price!], 'Livraison : 4,90 € par commande.')).toBe(true);
    expect(holdsAnswerType([price!], 'We deliver in 3 days.')).toBe(false);
    expect(holdsAnswerType([], 'Delivery costs £3.95.')).toBe(false);
  });
});
