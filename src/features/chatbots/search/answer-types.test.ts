import { describe, expect, it } from 'vitest';
import { answerTypes, answerTypeTerms, kindWords, namesTopic, holdsAnswerType } from './answer-types.js';

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
    // "At" or "until what time" asks for a time of day without naming the opening.
    expect(names('bis wann habt ihr samstags auf?')).toEqual(['time']);
    expect(names('a che ora chiudete il sabato?')).toEqual(['time']);
    expect(names('hoe laat gaan jullie zaterdag dicht?')).toEqual(['time']);
    expect(names('¿Hasta qué hora atienden?')).toEqual(['time']);
    expect(names('When was this function added?')).toEqual([]);
    expect(names('do you sell decaf')).toEqual([]);
    expect(names('How do I get in touch?')).toEqual(['contact']);
    expect(names('Wie kann ich euch kontaktieren?')).toEqual(['contact']);
    expect(names('Where are you located?')).toEqual(['address']);
    expect(names('Wo finde ich euch?')).toEqual(['address']);
    expect(names('¿Dónde están?')).toEqual(['address']);
    expect(names('你们的地址是什么')).toEqual(['address']);
    // An email address is an email; a file's location is no shop's.
    expect(names("What's your email address?")).toEqual(['email']);
    expect(names('Where is the config file located?')).toEqual([]);
  });

  it('names the words an address stands under, in the reading’s language only', () => {
    const types = answerTypes('Where are you located?');
    expect(answerTypeTerms(types, 'en')).toEqual(['address', 'street', 'road']);
    expect(answerTypeTerms(types, 'de')).toEqual(['adress', 'strass', 'anfahrt']);
    expect(answerTypeTerms(types, 'xx')).toEqual([]);
    // A phone number stands on the contact page, which need not say "phone".
    expect(answerTypeTerms(answerTypes('phone?'), 'en')).toEqual(['contact', 'phone', 'email']);
    expect(answerTypeTerms(answerTypes('How much is it?'), 'en')).toEqual([]);
  });

  it('tells the words that only name the kind of answer asked for', () => {
    expect(kindWords(answerTypes("What's your phone number?"), "What's your phone number?")).toEqual([
      'phone',
      'number',
    ]);
    expect(kindWords(answerTypes('How much is delivery?'), 'How much is delivery?')).toEqual([]);
    expect(kindWords([], 'number of rooms')).toEqual([]);
    // WhatsApp asks for a number, and is also what a page may be about.
    expect(namesTopic('whatsapp')).toBe(true);
    expect(namesTopic('phone')).toBe(false);
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
    const [address] = answerTypes('where are you?');
    for (const text of [
      'You will find us at 42 Canal Street, Millbrook.',
      'Unit 4, Kirkstall Road, Leeds LS3 1JL.',
      'Radhaus, Hauptstraße 5, Köln.',
      'Nous sommes au 12 rue de la Paix.',
      'Estamos en la Calle Mayor 5.',
      'Ci trovate in Via Roma 10.',
      'Мы находимся по адресу: ул. Ленина, 5.',
      'Atatürk Caddesi No: 12, Kadıköy.',
      '東京都渋谷区神南1-2-3',
      '北京市朝阳区建国路88号',
    ])
      expect(holdsAnswerType([address!], text), text).toBe(true);
    for (const text of ['The number 33 bus stops outside.', 'Open from 9:00 to 17:30.', 'Python 3.11 changed the way.'])
      expect(holdsAnswerType([address!], text), text).toBe(false);
  });
});
