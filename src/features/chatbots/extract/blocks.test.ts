import { describe, expect, it } from 'vitest';
import { blockKey, cutBlocks, pageBlockKeys, textBlocks } from './blocks.js';

const COOKIES = 'We use cookies to count visits.';
const FOOTER = 'Phone 0117 496 0321\nMonday to Friday 8:00–17:30';

describe('a chunk’s blocks', () => {
  it('are its paragraphs, a code block whole however many blank lines it holds', () => {
    const code = '```\nfirst()\n\nsecond()\n```';
    expect(textBlocks(`Intro.\n\n${code}\n\nAfter.`)).toEqual(['Intro.', code, 'After.']);
  });

  it('are keyed the same whatever their case and spacing, and labels not at all', () => {
    expect(blockKey('We use  cookies\nto count visits.')).toBe(blockKey('we use cookies to count visits.'));
    expect(blockKey(COOKIES)).not.toBe(blockKey(FOOTER));
    expect(blockKey('Learn more')).toBeNull();
    expect(pageBlockKeys([`${COOKIES}\n\nLearn more`, FOOTER, COOKIES])).toEqual(
      [blockKey(COOKIES), blockKey(FOOTER)].sort(),
    );
  });

  it('are cut by key, the rest kept as it was; a chunk left with labels alone is left empty', () => {
    const cut = new Set([blockKey(COOKIES)!, blockKey(FOOTER)!]);
    expect(cutBlocks(`${COOKIES}\n\nOur lawn programme covers four treatments a year.\n\n${FOOTER}`, cut)).toBe(
      'Our lawn programme covers four treatments a year.',
    );
    const untouched = 'Our lawn programme covers four treatments a year.\n\nNote';
    expect(cutBlocks(untouched, cut)).toBe(untouched);
    expect(cutBlocks(`${COOKIES}\n\nLearn more`, cut)).toBe('');
    expect(cutBlocks(FOOTER, new Set())).toBe(FOOTER);
  });
});
