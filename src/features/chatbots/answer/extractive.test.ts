import { describe, expect, it } from 'vitest';
import * as docs from '../../../../test/fixtures/python-docs-passages.js';
import { extractiveAnswer, NOT_FOUND_ANSWER } from './extractive.js';
import type { Passage } from './passage.js';
import { splitSentences } from './sentences.js';

/** Passages in retrieval order, scores descending. */
function ranked(...passages: Passage[]): Passage[] {
  return passages.map((passage, i) => ({ ...passage, score: 10 - i }));
}

/** The answer cut at its [n] markers: each quote and the source it cites. */
function quotes(answer: string): { text: string; n: number }[] {
  return [...answer.matchAll(/\s*(.+?) \[(\d+)\]/g)].map(([, text, n]) => ({ text: text!, n: Number(n) }));
}

/** Every quoted sentence appears verbatim in the passage it cites, and every source is cited in order. */
function expectFaithful(answer: string, sources: Passage[]): void {
  const cited = quotes(answer);
  expect(cited.map((q) => q.n)).toEqual(sources.map((_, i) => i + 1));
  for (const { text, n } of cited) {
    const source = sources[n - 1]!.text.replace(/\s+/g, ' ');
    for (const sentence of splitSentences(text)) expect(source).toContain(sentence);
  }
}

describe('extractiveAnswer', () => {
  it('quotes the defining sentence of the right section for "how do I define a function"', () => {
    const { answer, sources } = extractiveAnswer('How do I define a function?', ranked(docs.DEFINING_FUNCTIONS, docs.DEFAULT_ARGUMENTS, docs.LAMBDA, docs.STR_SPLIT));
    expect(answer.startsWith('The keyword def introduces a function definition. ')).toBe(true);
    expect(sources[0]).toMatchObject({ anchor: 'defining-functions' });
    expect(answer).not.toContain('>>>');
    expect(answer).not.toContain('fib(');
    expectFaithful(answer, sources);
  });

  it('explains str.split from the sentence after its signature, citing only its section', () => {
    const { answer, sources } = extractiveAnswer('what does str.split do', ranked(docs.STR_SPLIT, docs.STR_STRIP, docs.STR_CAPITALIZE, docs.TEXT_INTRO));
    expect(answer.startsWith('Return a list of the words in the string, using sep as the delimiter string.')).toBe(true);
    expect(answer.endsWith(' [1]')).toBe(true);
    expect(sources).toEqual([expect.objectContaining({ anchor: 'str.split' })]);
    expectFaithful(answer, sources);
  });

  it('keeps the sentences of a section in their order', () => {
    const { answer } = extractiveAnswer('How do I remove whitespace from a string?', ranked(docs.STR_STRIP, docs.STR_SPLIT, docs.TEXT_INTRO));
    const text = docs.STR_STRIP.text;
    const positions = quotes(answer)[0]!.text.split(/(?<=\.) /).map((sentence) => text.indexOf(sentence));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(answer).toContain('defaults to removing whitespace.');
  });

  it('numbers each cited section once, in citation order, merging chunks of the same url and anchor', () => {
    const split2: Passage = { ...docs.STR_SPLIT, chunkId: 40, text: 'Runs of consecutive whitespace are regarded as a single separator when sep is not given.' };
    const passages = ranked(docs.DEFINING_FUNCTIONS, docs.DEFAULT_ARGUMENTS, split2);
    const { answer, sources } = extractiveAnswer('how do I define a function with default argument values', passages, { maxSentences: 4 });
    expect(sources.map((s) => s.anchor)).toEqual(['default-argument-values', 'defining-functions']);
    expectFaithful(answer, sources);

    const merged = extractiveAnswer('what does str.split do with whitespace', ranked(docs.STR_SPLIT, split2, docs.STR_STRIP));
    expect(merged.sources.filter((s) => s.anchor === 'str.split')).toHaveLength(1);
    expect(new Set(quotes(merged.answer).map((q) => q.n)).size).toBe(merged.sources.length);
  });

  it('never repeats a sentence that overlapping chunks share', () => {
    const overlap: Passage = { ...docs.STR_STRIP, chunkId: 60, anchor: 'str.strip-2', text: docs.STR_STRIP.text.split('\n')[1]! };
    const { answer } = extractiveAnswer('How do I remove whitespace from a string?', ranked(docs.STR_STRIP, overlap), { maxSentences: 4 });
    expect(answer.split('defaults to removing whitespace').length).toBe(2);
  });

  it('respects maxSentences and the length limit', () => {
    const passages = ranked(docs.STR_SPLIT, docs.STR_STRIP);
    const one = extractiveAnswer('what does str.split do', passages, { maxSentences: 1 });
    expect(splitSentences(quotes(one.answer)[0]!.text)).toHaveLength(1);
    const long: Passage = { ...docs.LAMBDA, text: `Lambda functions are ${'very '.repeat(200)}small.` };
    const cut = extractiveAnswer('what are lambda functions', [long], { maxChars: 300 });
    expect(cut.answer.length).toBeLessThan(310);
    expect(cut.answer).toMatch(/… \[1\]$/);
    expect(extractiveAnswer('what does str.split do', ranked(docs.STR_SPLIT, docs.STR_STRIP, docs.DEFINING_FUNCTIONS)).answer.length).toBeLessThan(650);
  });

  it.each(['What is the capital of France?', 'Who won the football world cup?', 'how do I bake bread', 'hello'])('answers %j with NOT_FOUND_ANSWER and no sources', (question) => {
    expect(extractiveAnswer(question, docs.PYTHON_DOCS)).toEqual({ answer: NOT_FOUND_ANSWER, sources: [] });
  });

  it('answers NOT_FOUND_ANSWER when nothing was retrieved', () => {
    expect(extractiveAnswer('How do I define a function?', [])).toEqual({ answer: NOT_FOUND_ANSWER, sources: [] });
    expect(NOT_FOUND_ANSWER).toMatch(/couldn't find that on this website/);
  });
});

describe('splitSentences', () => {
  it('does not split at abbreviations, method calls, versions, identifiers or initials', () => {
    const text = 'Use a separator, e.g. a comma. Call str.split() on it, i.e. the method. New in version 3.11. See os.path.join for paths. Written by J. Smith et al. in 2024. Done!';
    expect(splitSentences(text)).toEqual([
      'Use a separator, e.g. a comma.',
      'Call str.split() on it, i.e. the method.',
      'New in version 3.11.',
      'See os.path.join for paths.',
      'Written by J. Smith et al. in 2024.',
      'Done!',
    ]);
  });

  it('splits at ? and !, after closing quotes and brackets, and before digits', () => {
    expect(splitSentences('Is it a list? Yes! It returns "a list." (The list is new.) 3 items follow.')).toEqual([
      'Is it a list?',
      'Yes!',
      'It returns "a list."',
      '(The list is new.)',
      '3 items follow.',
    ]);
  });

  it('keeps going when the next word is lowercase: "etc. and", "a ? b"', () => {
    expect(splitSentences('Lists, tuples, etc. are sequences. Use x if c ? a : b style.')).toEqual(['Lists, tuples, etc. are sequences.', 'Use x if c ? a : b style.']);
  });

  it('joins wrapped lines, separates paragraphs, list items and title lines, and leaves out examples', () => {
    const text = `Defining Functions
The keyword def introduces
a function definition. It is followed by a name.

>>> def f(x):
...     return x
>>> f(1)
1

Rules:
- Names are case-sensitive.
- Bodies are indented`;
    expect(splitSentences(text)).toEqual([
      'Defining Functions',
      'The keyword def introduces a function definition.',
      'It is followed by a name.',
      'Rules:',
      '- Names are case-sensitive.',
      '- Bodies are indented',
    ]);
  });
});
