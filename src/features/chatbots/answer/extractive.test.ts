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
    const answer = extractiveAnswer(passages);
    expect(answer).toContain(
      '```\n>>> def fib(n):    # write Fibonacci series less than n\n...     """Print a Fibonacci series less than n."""',
    );
    expect(answer).toContain(
      'We can create a function that writes the Fibonacci series to an arbitrary boundary:\n```',
    );
    expect(answer).not.toMatch(/fib \( n \)|print \( a/);
    expect(answer).toMatch(/ \[1\]$/);
    expectVerbatim(answer, passages);
  });

  it('starts at the section’s opening sentence when its signature or heading names the question', () => {
    const passages = asked('what does str.split do', docs.STR_SPLIT, docs.STR_STRIP);
    const answer = extractiveAnswer(passages);
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
    expect(extractiveAnswer(asked("What's your address?", contact))).toBe('Unit 4, Kirkstall Road, Leeds LS3 1JL. [1]');
    // The sentence holding the kind of answer asked for, though the heading names the other word.
    expect(
      extractiveAnswer(asked('email address?', { ...contact, text: `${contact.text} Or write to hi@shop.example.` })),
    ).toBe('Or write to hi@shop.example. [1]');
    expect(extractiveAnswer(asked('where can I park?', contact))).toBe(
      'There is free parking behind the building. [1]',
    );
  });

  it('quotes short lines one after another (contact lines, an address, a list of hours), each on its own line', () => {
    // Lines of one paragraph (<br>), and paragraphs of a line each: none heads the others, all are text.
    const contact: Passage = {
      ...docs.STR_STRIP,
      headingPath: ['Contact us'],
      text: 'Sales: sales@taskly.example\nPhone: +1 (555) 010-2030\nMon–Fri, 9am–5pm ET\n\n12 Harbour Street\nBristol BS1 4QA',
    };
    expect(extractiveAnswer(asked('what is your phone number', contact))).toMatch(
      /^Phone: \+1 \(555\) 010-2030\nMon–Fri, 9am–5pm ET\n/,
    );
    expect(extractiveAnswer(asked('sales email', contact))).toMatch(/^Sales: sales@taskly\.example\n/);
    expect(extractiveAnswer(asked("what's your street address", contact))).toContain(
      '12 Harbour Street\nBristol BS1 4QA',
    );
    const hours: Passage = {
      ...contact,
      headingPath: ['Opening hours'],
      text: 'Monday\n\nClosed\n\nSunday\n\n12:00–21:00',
    };
    expect(extractiveAnswer(asked('are you open on sunday', hours))).toContain('Sunday\n12:00–21:00 [1]');
  });

  it('quotes a short line holding the price asked for, and no other time of day from under another heading', () => {
    const product: Passage = {
      ...docs.STR_STRIP,
      headingPath: ['Storm Shell Jacket'],
      text: 'Price €249.00\nTax included. Free returns within 30 days.',
    };
    expect(extractiveAnswer(asked('How much is the storm jacket?', product))).toMatch(/^Price €249\.00\n/);
    const stay: Passage = {
      ...docs.STR_STRIP,
      headingPath: ['Plans'],
      text: 'Rooms from €90 a night. Check-in is at 15:00 and check-out at 10:00.\n\nSpa\nThe sauna is open until 22:00.',
    };
    expect(extractiveAnswer(asked('Until when is the sauna open?', stay))).toBe('The sauna is open until 22:00. [1]');
    // "cost" only says a price is wanted: the price of what was asked about is the answer, not another that "costs".
    const fees: Passage = {
      ...docs.STR_STRIP,
      headingPath: ['Fees'],
      text: 'Check-up £55. Teeth whitening from £350.\nNHS charges\nA band 1 treatment costs £26.80.',
    };
    expect(extractiveAnswer(asked('how much does whitening cost', fees))).toBe('Teeth whitening from £350. [1]');
  });

  it('stops before the next question of a FAQ whose entries were merged into one chunk', () => {
    const faq: Passage = {
      ...docs.STR_STRIP,
      headingPath: ['FAQ', 'Do I need my own mat?'],
      text: 'No, we lend mats for free.\n\nIs there parking?\nYes, two minutes away.\n\nCan beginners join?\nAll classes welcome beginners.',
    };
    expect(extractiveAnswer(asked('do I need to bring a mat', faq))).toBe('No, we lend mats for free. [1]');
    expect(extractiveAnswer(asked('is there parking', faq))).toBe('Is there parking?\nYes, two minutes away. [1]');
  });

  it('keeps the sentences of a section in page order and ends its quote with its marker', () => {
    const passages = asked('How do I remove whitespace from a string?', docs.STR_STRIP);
    const answer = extractiveAnswer(passages);
    const quote = answer.replace(/ \[1\]$/, '');
    const positions = quote.split(/(?<=\.) /).map((sentence) => docs.STR_STRIP.text.indexOf(sentence));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(answer).toContain('defaults to removing whitespace. [1]');
  });

  it('quotes the best section only, even where the next holds a term its quote lacks', () => {
    const passages = asked('lambda functions and default argument values', docs.LAMBDA, docs.DEFAULT_ARGUMENTS);
    const answer = extractiveAnswer(passages);
    expect(answer).toMatch(/lambda keyword\..*\[1\]$/s);
    expect(answer).not.toContain('[2]');
    expectVerbatim(answer, [passages[0]!]);
  });

  it('never ends a quote on a sentence whose list or code did not fit', () => {
    const section: Passage = {
      ...docs.STR_STRIP,
      text: `Strip removes whitespace from both ends. Use it like this:\n\n\`\`\`\n${'x = s.strip()\n'.repeat(80)}\`\`\``,
    };
    const answer = extractiveAnswer(asked('how do I strip whitespace', section));
    expect(answer).toBe('Strip removes whitespace from both ends. [1]');
  });

  it('keeps a list as a list, and never glues a label line into a sentence', () => {
    const section: Passage = {
      ...docs.STR_STRIP,
      text: 'Note\nReturns are free within 30 days.\n\nTo return a bike:\n- Pack it in its box.\n- Print the label from your account.\n- Drop it at any post office.',
    };
    const answer = extractiveAnswer(asked('how do I return a bike', section));
    expect(answer).toContain(
      'To return a bike:\n- Pack it in its box.\n- Print the label from your account.\n- Drop it at any post office. [1]',
    );
    expect(answer).not.toContain('Note Returns');
  });

  it('stays within the length limit, cutting one long sentence at a word', () => {
    const long: Passage = { ...docs.LAMBDA, text: `Lambda functions are ${'very '.repeat(200)}small.` };
    const answer = extractiveAnswer(asked('what are lambda functions', long), { maxChars: 300 });
    expect(answer.length).toBeLessThan(310);
    expect(answer).toMatch(/… \[1\]$/);
    const usual = extractiveAnswer(
      asked('what does str.split do', docs.STR_SPLIT, docs.STR_STRIP, docs.DEFINING_FUNCTIONS),
    );
    expect(usual.replace(/ \[\d\]/g, '').length).toBeLessThanOrEqual(650);
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
    const answer = extractiveAnswer([{ ...zh, terms }]);
    expect(answer).toMatch(/^我们周一至周五营业。周六上午十点到下午两点营业。/);
    expect(answer.endsWith(' [1]')).toBe(true);
  });

  it('gives nothing when there is nothing to quote', () => {
    expect(extractiveAnswer([])).toBe('');
  });
});
