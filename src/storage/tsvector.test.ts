import { describe, expect, it } from 'vitest';
import { fieldsVector, tsqueryLiteral, tsvectorLiteral } from './tsvector.js';

describe('tsvector and tsquery literals', () => {
  it('writes lexemes verbatim, weighted by field, positions counted across fields', () => {
    expect(
      tsvectorLiteral([
        ['A', 'install apt'],
        ['D', 'apt str.split'],
      ]),
    ).toBe("'install':1A 'apt':2A,3 'str.split':4");
    expect(fieldsVector({ title: 'doc', heading: 'open hour', path: '', text: 'open' })).toBe(
      "'doc':1A 'open':2B,4 'hour':3B",
    );
  });

  it('escapes quotes and backslashes, so no term is read as syntax', () => {
    expect(tsvectorLiteral([['D', "o'reilly a\\b"]])).toBe("'o''reilly':1 'a\\\\b':2");
    expect(tsqueryLiteral(["o'reilly", 'max_tokens'], '|')).toBe("'o''reilly' | 'max_tokens'");
    expect(tsqueryLiteral(['a', 'b'], '&')).toBe("'a' & 'b'");
  });
});
