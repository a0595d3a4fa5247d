import { describe, expect, it } from 'vitest';
import { attributeCell, attributeValue, guardCell, unguardCell } from './cells.js';

const TEXTS = [
  '=HYPERLINK("http://evil")',
  '+44 113 496 0000',
  '-2+3',
  '@SUM(A1)',
  '\tcmd',
  '\rcmd',
  "'=already guarded",
  "''+1",
  "'plain apostrophe",
  "'",
  'plain',
  'a=b',
  '',
  '{"a":1}',
  '[1,2]',
  '\'{"a":1}',
  '{not json',
  '[draft] notes',
  'Zoë 🎉 東京',
];

describe('the formula guard', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+44 113 496 0000', `'+44 113 496 0000`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ["'=x", "''=x"],
    ["'plain", "'plain"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('guards %j as %j', (input, output) => expect(guardCell(input)).toBe(output));

  it('is taken off only where the export put it', () => {
    expect(unguardCell("'+44 113 496 0000")).toBe('+44 113 496 0000');
    expect(unguardCell("'=x")).toBe('=x');
    expect(unguardCell("''=x")).toBe("'=x");
    expect(unguardCell("'hello")).toBe("'hello");
    expect(unguardCell("'")).toBe("'");
    expect(unguardCell('=x')).toBe('=x');
  });

  it.each(TEXTS)('reads back %j exactly', (text) => {
    expect(unguardCell(guardCell(text))).toBe(text);
    expect(attributeValue(attributeCell(text))).toBe(text);
  });
});

describe('attribute cells', () => {
  it('write objects and arrays as JSON and read them back as JSON', () => {
    const nested = { plan: { name: 'pro', seats: [1, 2, { x: null }] }, 'a b': 'Zoë' };
    expect(attributeCell(nested)).toBe(JSON.stringify(nested));
    expect(attributeValue(attributeCell(nested))).toEqual(nested);
    expect(attributeValue(attributeCell([1, 'two']))).toEqual([1, 'two']);
  });

  it('keep text that looks like JSON as text', () => {
    expect(attributeCell('{"a":1}')).toBe(`'{"a":1}`);
    expect(attributeValue('{"a":1}')).toEqual({ a: 1 });
    expect(attributeValue(`'{"a":1}`)).toBe('{"a":1}');
    expect(attributeCell('[draft] notes')).toBe('[draft] notes');
  });

  it('write nothing for a missing value', () => {
    expect(attributeCell(undefined)).toBe('');
    expect(attributeCell(null)).toBe('');
  });
});
