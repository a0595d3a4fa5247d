import { describe, expect, it } from 'vitest';
import { mentionsAny, redactMentions } from './mentions.js';

describe('mentions of an address or id', () => {
  it('finds the whole address, whatever its case, between delimiters', () => {
    for (const text of ['ob@x.com', '{"email":"OB@X.com"}', 'Invalid email address "Ob <ob@x.com>".', 'to ob@x.com.'])
      expect([text, mentionsAny(text, ['ob@x.com'])]).toEqual([text, true]);
  });

  it('never matches a part of another address or id', () => {
    for (const text of ['bob@x.com', 'ob@x.com.au', 'ob@x.comet', 'j.ob@x.com', 'ob@x.com-b'])
      expect([text, mentionsAny(text, ['ob@x.com'])]).toEqual([text, false]);
    expect(mentionsAny('{"ids":["ct_12"]}', ['ct_1'])).toBe(false);
    expect(mentionsAny('{"ids":["ct_1","ct_12"]}', ['ct_1'])).toBe(true);
  });

  it('replaces only the whole mentions, keeping JSON valid', () => {
    const json = JSON.stringify({ ids: ['ct_1', 'ct_12'], search: 'OB@x.com', other: 'bob@x.com' });
    expect(JSON.parse(redactMentions(json, ['ct_1', 'ob@x.com']))).toEqual({
      ids: ['[erased]', 'ct_12'],
      search: '[erased]',
      other: 'bob@x.com',
    });
  });
});
