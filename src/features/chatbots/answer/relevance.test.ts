import { describe, expect, it } from 'vitest';
import { DEFINING_FUNCTIONS, PYTHON_DOCS, STR_CAPITALIZE, STR_SPLIT, STR_STRIP } from '../../../../test/fixtures/python-docs-passages.js';
import { bestCoverage, coverage, isRelevant, RELEVANCE_THRESHOLD } from './relevance.js';
import { contentTerms } from './terms.js';

describe('coverage', () => {
  it('is the weighted share of the question terms found in the text', () => {
    expect(coverage(contentTerms('define a function'), 'Defining functions is easy.')).toBe(1);
    expect(coverage(contentTerms('define a football'), 'Defining functions is easy.')).toBeCloseTo(5 / 12);
    expect(coverage([], 'anything')).toBe(0);
    expect(coverage(contentTerms('bake bread'), '')).toBe(0);
  });

  it('weighs longer terms more', () => {
    const terms = contentTerms('list comprehension');
    expect(coverage(terms, 'A comprehension is concise.')).toBeGreaterThan(coverage(terms, 'A list is mutable.'));
  });

  it('finds a compound identifier whole, or when all its parts are there', () => {
    const terms = contentTerms('what does str.split do');
    expect(coverage(terms, 'str.split(sep=None) returns a list')).toBe(1);
    expect(coverage(terms, 'The split method of str objects')).toBe(1);
    expect(coverage(terms, 'Use re.split for patterns')).toBeCloseTo(5 / 17);
  });
});

describe('isRelevant', () => {
  // Retrieval always returns its nearest passages; here, the whole small index.
  const onTopic = [
    'How do I define a function?',
    'what does str.split do',
    'How can I split a string on commas in Python?',
    'How do I remove whitespace from a string?',
    'What is a docstring?',
    'how to write a lambda function',
    'Default argument values',
    'What is the keyword def for?',
  ];
  const offTopic = [
    'What is the capital of France?',
    'Who won the football world cup?',
    'how do I bake bread',
    'What is the weather in Paris tomorrow?',
    'Recommend a good pizza restaurant',
    'Hello!',
    'What is it?',
  ];

  it.each(onTopic)('answers %j from the Python docs', (question) => {
    expect(isRelevant(question, PYTHON_DOCS)).toBe(true);
  });

  it.each(offTopic)('does not answer %j from the Python docs', (question) => {
    expect(isRelevant(question, PYTHON_DOCS)).toBe(false);
  });

  it('judges by the best passage, read with its title and headings', () => {
    // "define" is only in the heading path of this passage.
    expect(isRelevant('How do I define a function?', [{ ...DEFINING_FUNCTIONS, text: 'We can create a function.' }])).toBe(true);
    expect(isRelevant('what does str.split do', [STR_STRIP, STR_SPLIT])).toBe(true);
    expect(isRelevant('what does str.split do', [STR_STRIP])).toBe(false);
    expect(isRelevant('How do I define a function?', [])).toBe(false);
  });

  it('"capital" stems like "capitalize": half the terms, kept below the threshold', () => {
    expect(bestCoverage('What is the capital of France?', [STR_CAPITALIZE])).toBe(0.5);
    expect(RELEVANCE_THRESHOLD).toBeGreaterThan(0.5);
    expect(isRelevant('What is the capital of France?', [STR_CAPITALIZE], 0.5)).toBe(true);
  });
});
