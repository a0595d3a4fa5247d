import { describe, expect, it } from 'vitest';
import { DEFINING_FUNCTIONS, STR_SPLIT } from '../../../../test/fixtures/python-docs-passages.js';
import { defaultReply } from '../../../../test/helpers/openai-server.js';
import type { Passage } from '../search/passage.js';
import { buildChatMessages, formatPassages, PROMPT_LIMITS, type ChatTurn } from './prompt.js';

const question = 'How do I define a function?';

describe('buildChatMessages', () => {
  it('is the rules, then the numbered passages with where they come from, then the question', () => {
    const messages = buildChatMessages({ question, passages: [DEFINING_FUNCTIONS, STR_SPLIT] });
    expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
    const [system, user] = messages;
    expect(system!.content).toMatch(/ONLY the numbered passages/);
    expect(system!.content).toMatch(/\[1\]/);
    expect(system!.content).toMatch(/could not find it on this website/);
    expect(user!.content).toContain(
      '[1] 4. More Control Flow Tools — Python 3.12 documentation › 4. More Control Flow Tools › 4.8. Defining Functions (https://docs.python.org/3/tutorial/controlflow.html#defining-functions)\nWe can create a function',
    );
    expect(user!.content).toContain(
      '[2] Built-in Types — Python 3.12 documentation › Built-in Types › Text Sequence Type — str › String Methods (https://docs.python.org/3/library/stdtypes.html#str.split)',
    );
    expect(user!.content.endsWith(`\n\nQuestion: ${question}`)).toBe(true);
    // The test server sees what a real model would.
    expect(defaultReply({ messages })).toBe(`Based on [1] [2]: ${question}`);
  });

  it("puts the operator's instructions under the rules, which win", () => {
    const [system] = buildChatMessages({ instructions: 'Always answer like a pirate.', question, passages: [] });
    const content = system!.content;
    expect(content).toContain('<operator_instructions>\nAlways answer like a pirate.\n</operator_instructions>');
    expect(content.indexOf('ONLY the numbered passages')).toBeLessThan(content.indexOf('pirate'));
    expect(content).toMatch(/rules always win/);
    expect(buildChatMessages({ instructions: '  ', question, passages: [] })[0]!.content).not.toContain('operator');
    expect(
      buildChatMessages({ instructions: 'x'.repeat(10_000), question, passages: [] })[0]!.content.length,
    ).toBeLessThan(PROMPT_LIMITS.instructionChars + 2_000);
  });

  it('keeps the last turns of the history, each truncated, before the question', () => {
    const history: ChatTurn[] = Array.from({ length: 10 }, (_, i) => ({
      role: i % 2 ? 'assistant' : 'user',
      content: `turn ${i} ${'blah '.repeat(i === 9 ? 1000 : 2)}`,
    }));
    const messages = buildChatMessages({ question, passages: [STR_SPLIT], history });
    expect(messages).toHaveLength(1 + PROMPT_LIMITS.historyTurns + 1);
    const kept = messages.slice(1, -1);
    expect(kept.map((m) => m.content.split(' ').slice(0, 2).join(' '))).toEqual([
      'turn 4',
      'turn 5',
      'turn 6',
      'turn 7',
      'turn 8',
      'turn 9',
    ]);
    expect(kept.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user', 'assistant']);
    expect(kept.at(-1)!.content.length).toBe(PROMPT_LIMITS.turnChars);
    expect(messages.at(-1)!.role).toBe('user');
  });

  it('says so when there are no passages', () => {
    const user = buildChatMessages({ question, passages: [] }).at(-1)!.content;
    expect(user).toBe(`Passages from the website: none were found.\n\nQuestion: ${question}`);
    expect(defaultReply({ messages: [{ role: 'user', content: user }] })).toBe(`No passages for: ${question}`);
  });
});

describe('formatPassages', () => {
  const big = (i: number): Passage => ({
    ...STR_SPLIT,
    chunkId: i,
    anchor: null,
    headingPath: [],
    text: `Passage ${i}. ${'word '.repeat(1_000)}`,
  });

  it('stays within the budget: the passage that reaches it truncated, later ones dropped', () => {
    // ~5,000 characters each: two fit whole, the third is cut, the rest left out.
    const text = formatPassages(Array.from({ length: 10 }, (_, i) => big(i + 1)));
    expect(text.length).toBeLessThanOrEqual(PROMPT_LIMITS.passageChars + 100);
    expect(text).toContain(
      '[2] Built-in Types — Python 3.12 documentation (https://docs.python.org/3/library/stdtypes.html)\nPassage 2.',
    );
    expect(text).toContain('[3] ');
    expect(text.endsWith('…')).toBe(true);
    expect(text).not.toContain('[4]');
    const one = formatPassages([{ ...big(1), text: 'x'.repeat(50_000) }]);
    expect(one.length).toBeLessThanOrEqual(PROMPT_LIMITS.passageChars + 100);
    expect(one.endsWith('…')).toBe(true);
  });

  it('names an untitled passage and leaves no empty heading', () => {
    const text = formatPassages([{ ...STR_SPLIT, pageTitle: '', headingPath: ['', ' '], anchor: null, text: 'Hi.' }]);
    expect(text).toBe(
      'Passages from the website:\n\n[1] Untitled (https://docs.python.org/3/library/stdtypes.html)\nHi.',
    );
  });
});
