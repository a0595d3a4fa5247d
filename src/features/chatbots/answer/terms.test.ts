import { describe, expect, it } from 'vitest';
import { contentTerms, ftsQueryTerms, isContentWord } from './terms.js';

describe('contentTerms', () => {
  it('drops question words and stopwords, stems the rest, dedupes in order', () => {
    expect(contentTerms('How do I define a function?')).toEqual(['defin', 'function']);
    expect(contentTerms('Defining functions: the function is defined')).toEqual(['defin', 'function']);
    expect(contentTerms('What is the capital of France?')).toEqual(['capit', 'franc']);
    expect(contentTerms('Can you explain what does it mean?')).toEqual([]);
  });

  it('keeps dotted and snake_case identifiers whole and in parts', () => {
    expect(contentTerms('what does str.split do')).toEqual(['str.split', 'str', 'split']);
    expect(contentTerms('os.path.join and max_split_count')).toEqual(['os.path.join', 'os', 'path', 'join', 'max_split_count', 'max', 'split', 'count']);
    expect(contentTerms('__init__ and readFile')).toEqual(['__init__', 'init', 'readfile', 'read', 'file']);
  });

  it('keeps numbers and versions unstemmed, ignores e.g. and a sentence-ending dot', () => {
    expect(contentTerms('New in Python 3.11.')).toEqual(['new', 'python', '3.11', '3', '11']);
    expect(contentTerms('e.g. lists, i.e. sequences')).toEqual(['list', 'sequenc']);
  });

  it('is unicode-aware and treats apostrophes as part of the word', () => {
    expect(contentTerms("Les chaînes de caractères, don't 東京")).toEqual(['le', 'chaîn', 'de', 'caractèr', '東京']);
    expect(contentTerms('ÉCOLE Straße')).toEqual(['école', 'straße']);
  });
});

describe('ftsQueryTerms', () => {
  it('gives the unstemmed content words, split at dots and underscores', () => {
    expect(ftsQueryTerms('What does str.split do?')).toEqual(['str', 'split']);
    expect(ftsQueryTerms('How do I define a Function, a FUNCTION?')).toEqual(['define', 'function']);
    expect(ftsQueryTerms('max_split in 3.11 or "quotes" (and) OR *stars*')).toEqual(['max', 'split', '11', 'quotes', 'stars']);
  });

  it('only ever contains letters, digits and underscores, at most 12 terms', () => {
    const terms = ftsQueryTerms('alpha beta gamma delta epsilon zeta eta theta iota kappa lambda omicron sigma tau upsilon');
    expect(terms).toHaveLength(12);
    for (const term of ftsQueryTerms('NEAR("x" y) AND -z ^w col:v {a b} é-è "ça" 東京?')) expect(term).toMatch(/^[\p{L}\p{N}_]+$/u);
  });
});

describe('isContentWord', () => {
  it('rejects stopwords and lone letters, keeps digits', () => {
    expect(['the', 'how', 'x', '', 'does'].map(isContentWord)).toEqual([false, false, false, false, false]);
    expect(['python', '3', 'split'].map(isContentWord)).toEqual([true, true, true]);
  });
});
