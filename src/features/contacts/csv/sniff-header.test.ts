import { describe, expect, it } from 'vitest';
import { MAX_HEADER_CHARS, sniffHeader } from './sniff-header.js';

const delimiter = (text: string) => {
  const sniff = sniffHeader(text, true);
  return sniff?.kind === 'header' ? sniff.delimiter : sniff?.kind;
};

describe('sniffHeader', () => {
  it('picks the most frequent delimiter of the header line, comma when there is none', () => {
    expect(delimiter('email,first,last')).toBe(',');
    expect(delimiter('email;first;last\na,b,c,d,e,f')).toBe(';');
    expect(delimiter('email\tfirst name\tcity, country')).toBe('\t');
    expect(delimiter('email|name')).toBe('|');
    expect(delimiter('email')).toBe(',');
    expect(delimiter('a,b;c')).toBe(','); // a tie goes to the comma
  });

  it('ignores delimiters inside quotes, escaped quotes included', () => {
    expect(delimiter('"a;b;c";"x,y"\n')).toBe(';');
    expect(delimiter('"say ""a,b,c""";d;e\n')).toBe(';');
    expect(delimiter('"multi\nline,,,";x;y\r\n')).toBe(';');
    expect(delimiter('a"b,c;d;e')).toBe(';'); // a quote inside a field opens nothing
  });

  it('skips whitespace-only lines before the header and counts them', () => {
    expect(sniffHeader('\n \r\n\t\r  email;a\n', true)).toEqual({
      kind: 'header',
      start: 6,
      lineBreaks: 3,
      delimiter: ';',
    });
    expect(sniffHeader('email\n', true)).toEqual({ kind: 'header', start: 0, lineBreaks: 0, delimiter: ',' });
  });

  it('asks for more text until the header line is complete', () => {
    expect(sniffHeader('', false)).toBeUndefined();
    expect(sniffHeader(' \n ', false)).toBeUndefined();
    expect(sniffHeader('email;na', false)).toBeUndefined();
    expect(sniffHeader('"email\n', false)).toBeUndefined();
    expect(sniffHeader('"email"', false)).toBeUndefined(); // `""` or a closing quote?
    expect(sniffHeader('email;name\n', false)).toMatchObject({ kind: 'header', delimiter: ';' });
  });

  it('tells an empty text and a text without a header line apart', () => {
    expect(sniffHeader('', true)).toEqual({ kind: 'empty' });
    expect(sniffHeader(' \r\n\t ', true)).toEqual({ kind: 'empty' });
    expect(sniffHeader(`"${'x'.repeat(MAX_HEADER_CHARS + 1)}`, false)).toEqual({ kind: 'too-long' });
    expect(sniffHeader('\n'.repeat(MAX_HEADER_CHARS + 1), false)).toEqual({ kind: 'too-long' });
  });
});
