import { describe, expect, it } from 'vitest';
import * as docs from '../../../../test/fixtures/python-docs-passages.js';
import { analyze } from '../../../lib/text-analysis/analyzer.js';
import { answerTypes } from '../search/answer-types.js';
import { extractiveAnswer } from './extractive.js';
import type { Passage } from '../search/passage.js';

/** Passages in retrieval order, scored against `question`'s terms (every term weighing the same). */
function asked(question: string, ...passages: Passage[]): Passage[] {
  const terms = [...new Set(analyze(question, 'en', { query: true }))].map((term) => ({
    term,
    df: 1,
    idf: 1,
    variants: [],
    guessed: false,
  }));
  return passages.map((passage, i) => ({ ...passage, terms, answerTypes: answerTypes(question), score: 10 - i }));
}

/** Every quoted line appears verbatim in the passage it cites. */
function expectVerbatim(answer: string, passages: Passage[]): void {
  for (const part of answer.split(/\n\n/)) {
    const n = Number(/\[(\d+)\]$/.exec(part)?.[1]);
    const source = passages[n - 1]!.text;
    for (const line of part.replace(/\s*\[\d+\]$/, '').split('\n')) {
      if (line === '```') continue;
      for (const piece of line.split(/(?<=[.!?:]) /))
        expect(source.replace(/\s+/g, ' ')).toContain(piece.replace(/\s+/g, ' '));
    }
  }
}

describe('extractiveAnswer', () => {
  it('quotes code verbatim in a fence, never re-spaced, with the sentence that introduces it', () => {
    const passages = asked('How do I define a function?', docs.DEFINING_FUNCTIONS, docs.LAMBDA);
    const { answer, cited } = extractiveAnswer(passages);
    expect(answer).toContain(
      '```\n>>> def fib(n):    # write Fibonacci series less than n\n...     """Print a Fibonacci series less than n."""',
    );
    expect(answer).toContain(
      'We can create a function that writes the Fibonacci series to an arbitrary boundary:\n```',
    );
    expect(answer).not.toMatch(/fib \( n \)|print \( a/);
    expect(cited[0]).toBe(0);
    expectVerbatim(answer, passages);
  });

  it('starts at the section’s opening sentence when its signature or heading names the question', () => {
    const passages = asked('what does str.split do', docs.STR_SPLIT, docs.STR_STRIP);
    const { answer } = extractiveAnswer(passages);
    expect(answer.startsWith('Return a list of the words in the string, using sep as the delimiter string.')).toBe(
      true,
    );
    expect(answer).not.toContain('str.split(sep=None');
    expectVerbatim(answer, passages);
  });

  it('quotes what a short heading inside the section introduces', () => {
    // A small page's sections are merged into one chunk; their headings stay as label lines.
    const contact: Passage = {
      ...docs.STR_STRIP,
      headingPath: ['Contact us'],
      text: 'You can phone us on 0113 496 0123 on weekdays. We usually reply within one working day.\n\nOur address\nUnit 4, Kirkstall Road, Leeds LS3 1JL.\n\nParking\nThere is free parking behind the building.',
    };
    expect(extractiveAnswer(asked("What's your address?", contact)).answer).toBe(
      'Unit 4, Kirkstall Road, Leeds LS3 1JL. [1]',
    );
    // The sentence holding the kind of answer asked for, though the heading names the other word.
    expect(
      extractiveAnswer(asked('email address?', { ...contact, text: `${contact.text} Or write to hi@shop.example.` }))
        .answer,
    ).toBe('Or write to hi@shop.example. [1]');
    expect(extractiveAnswer(asked('where can I park?', contact)).answer).toBe(
      'There is free parking behind the building. [1]',
    );
  });

  it('keeps the sentences of a section in page order and ends its quote with its marker', () => {
    const passages = asked('How do I remove whitespace from a string?', docs.STR_STRIP);
    const { answer, cited } = extractiveAnswer(passages);
    const quote = answer.replace(/ \[1\]$/, '');
    const positions = quote.split(/(?<=\.) /).map((sentence) => docs.STR_STRIP.text.indexOf(sentence));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(answer).toContain('defaults to removing whitespace. [1]');
    expect(cited).toEqual([0]);
  });

  it('adds the best sentence of the next section when it holds a term the first quote lacks', () => {
    const passages = asked('lambda functions and default argument values', docs.LAMBDA, docs.DEFAULT_ARGUMENTS);
    const { answer, cited } = extractiveAnswer(passages);
    expect(cited).toEqual([0, 1]);
    expect(answer).toMatch(/lambda keyword\..*\[1\]\n\n.*default.*\[2\]$/s);
    expectVerbatim(answer, passages);
  });

  it('adds neither a question nor an introduction without what it introduces from the next section', () => {
    const prices: Passage = { ...docs.LAMBDA, text: 'A puncture repair costs €15 plus the inner tube.' };
    const question = 'how much is the labour rate for a puncture';
    for (const asks of ['What is our labour rate?', 'Our labour rate is set out below:']) {
      const rates: Passage = { ...docs.STR_STRIP, text: `${asks}\n- €60 an hour\n\nWe charge labour by the hour.` };
      const { answer, cited } = extractiveAnswer(asked(question, prices, rates));
      expect(cited).toEqual([0, 1]);
      expect(answer).toBe('A puncture repair costs €15 plus the inner tube. [1]\n\nWe charge labour by the hour. [2]');
    }
  });

  it('adds nothing from the next section for a number alone', () => {
    const delivery: Passage = {
      ...docs.LAMBDA,
      text: 'We bring a new bike to your door. Delivery is free within 10 km and costs €25 up to 25 km.',
    };
    const repairs: Passage = { ...docs.STR_STRIP, text: 'A puncture repair costs €15 plus €7 for a new inner tube.' };
    const question = 'I live 15 km away, can you deliver the new bike? how much would that cost?';
    expect(extractiveAnswer(asked(question, delivery, repairs)).cited).toEqual([0]);
    // The same sentence with a word the quote lacks is added.
    const tyres: Passage = { ...repairs, text: 'A puncture repair costs €15, and a tyre €20.' };
    expect(extractiveAnswer(asked(`${question} and a tyre?`, delivery, tyres)).cited).toEqual([0, 1]);
  });

  it('never ends a quote on a sentence whose list or code did not fit', () => {
    const section: Passage = {
      ...docs.STR_STRIP,
      text: `Strip removes whitespace from both ends. Use it like this:\n\n\`\`\`\n${'x = s.strip()\n'.repeat(80)}\`\`\``,
    };
    const { answer } = extractiveAnswer(asked('how do I strip whitespace', section));
    expect(answer).toBe('Strip removes whitespace from both ends. [1]');
  });

  it('keeps a list as a list, and never glues a label line into a sentence', () => {
    const section: Passage = {
      ...docs.STR_STRIP,
      text: 'Note\nReturns are free within 30 days.\n\nTo return a bike:\n- Pack it in its box.\n- Print the label from your account.\n- Drop it at any post office.',
    };
    const { answer } = extractiveAnswer(asked('how do I return a bike', section));
    expect(answer).toContain(
      'To return a bike:\n- Pack it in its box.\n- Print the label from your account.\n- Drop it at any post office. [1]',
    );
    expect(answer).not.toContain('Note Returns');
  });

  it('stays within the length limit, cutting one long sentence at a word', () => {
    const long: Passage = { ...docs.LAMBDA, text: `Lambda functions are ${'very '.repeat(200)}small.` };
    const { answer } = extractiveAnswer(asked('what are lambda functions', long), { maxChars: 300 });
    expect(answer.length).toBeLessThan(310);
    expect(answer).toMatch(/… \[1\]$/);
    const usual = extractiveAnswer(
      asked('what does str.split do', docs.STR_SPLIT, docs.STR_STRIP, docs.DEFINING_FUNCTIONS),
    );
    expect(usual.answer.replace(/ \[\d\]/g, '').length).toBeLessThanOrEqual(650);
  });

  it('quotes sentences of other languages whole, by their own punctuation', () => {
    const zh: Passage = {
      ...docs.STR_STRIP,
      language: 'zh',
      text: '我们周一至周五营业。周六上午十点到下午两点营业。周日休息。',
    };
    const terms = analyze('周六营业吗', 'zh', { query: true }).map((term) => ({
      term,
      df: 1,
      idf: 1,
      variants: [],
      guessed: false,
    }));
    const { answer } = extractiveAnswer([{ ...zh, terms }]);
    expect(answer).toMatch(/^我们周一至周五营业。周六上午十点到下午两点营业。/);
    expect(answer.endsWith(' [1]')).toBe(true);
  });

  it('gives nothing when there is nothing to quote', () => {
    expect(extractiveAnswer([])).toEqual({ answer: '', cited: [] });
  });
});
