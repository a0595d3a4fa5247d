import { describe, expect, it } from 'vitest';
import { splitSentences, textUnits } from './units.js';

describe('textUnits', () => {
  it('cuts a section into labels, sentences, code, list items and table rows, in page order', () => {
    const text = [
      'Note',
      'This chapter assumes bullseye. See the docs.',
      '',
      'To install, run:',
      '',
      '```',
      '$ sudo apt-get install foo',
      '',
      '$ foo --help',
      '```',
      '',
      '- first item',
      '- second item',
      '',
      'Package | Popcon | Size',
      'dpkg | V:919 | 5989',
    ].join('\n');
    expect(textUnits(text, 'en').map((u) => [u.kind, u.text])).toEqual([
      ['label', 'Note'],
      ['sentence', 'This chapter assumes bullseye.'],
      ['sentence', 'See the docs.'],
      ['sentence', 'To install, run:'],
      ['code', '$ sudo apt-get install foo\n\n$ foo --help'],
      ['item', '- first item'],
      ['item', '- second item'],
      ['row', 'Package | Popcon | Size'],
      ['row', 'dpkg | V:919 | 5989'],
    ]);
  });

  it('reads a short line holding a datum (a price, a phone number) as text, not as the label of what follows', () => {
    const units = textUnits(
      'Price €249.00\nTax included.\n\nTel 01632 960 123\nWe answer on weekdays.\n\nDelivery\nTwo days.',
      'en',
    );
    expect(units.map((u) => [u.kind, u.text])).toEqual([
      ['sentence', 'Price €249.00'],
      ['sentence', 'Tax included.'],
      ['sentence', 'Tel 01632 960 123'],
      ['sentence', 'We answer on weekdays.'],
      ['label', 'Delivery'],
      ['sentence', 'Two days.'],
    ]);
  });

  it('tells a row’s cells by their separator, a cell’s own "|" escaped, and reads the "|" of prose plainly', () => {
    const units = textUnits('Name | Type\nid | string \\| null\n\nUse a \\| b to pipe.\n\n- left \\| right', 'en');
    expect(units.map((u) => [u.kind, u.text])).toEqual([
      ['row', 'Name | Type'],
      ['row', 'id | string \\| null'],
      ['sentence', 'Use a | b to pipe.'],
      ['item', '- left | right'],
    ]);
  });

  it('reads an interactive example without fences (text trained before code was fenced) as code', () => {
    const units = textUnits('Try it:\n>>> print(1)\n1\n\nThat prints one.', 'en');
    expect(units.map((u) => u.kind)).toEqual(['sentence', 'code', 'sentence']);
    expect(units[1]!.text).toBe('>>> print(1)\n1');
  });
});

describe('splitSentences', () => {
  it('does not end a sentence at abbreviations, initials, versions or method calls', () => {
    expect(
      splitSentences(
        'Use a separator, e.g. a comma. Call str.split() on it. New in version 3.11. Written by J. Smith. Tel. +41 27 966 00 00, Fax. +41 27 966 00 01. Done!',
        'en',
      ),
    ).toEqual([
      'Use a separator, e.g. a comma.',
      'Call str.split() on it.',
      'New in version 3.11.',
      'Written by J. Smith.',
      'Tel. +41 27 966 00 00, Fax. +41 27 966 00 01.',
      'Done!',
    ]);
  });

  it('splits by each language’s own punctuation', () => {
    expect(splitSentences('我们周一营业。周日休息！', 'zh')).toEqual(['我们周一营业。', '周日休息！']);
    expect(splitSentences('¿Abren hoy? Sí, hasta las 18:00.', 'es')).toEqual(['¿Abren hoy?', 'Sí, hasta las 18:00.']);
  });
});
