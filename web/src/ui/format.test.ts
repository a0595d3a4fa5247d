import { describe, expect, it } from 'vitest';
import { noun, plural } from './format';

describe('plural', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(plural(1, 'passage')).toBe('1 passage');
    expect(plural(0, 'page')).toBe('0 pages');
    expect(plural(2, 'contact')).toBe('2 contacts');
    expect(plural(1200, 'page')).toBe(`${(1200).toLocaleString()} pages`);
  });

  it('takes an irregular plural', () => {
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
    expect(plural(3, 'entry', 'entries')).toBe('3 entries');
  });

  it('treats fractions as plural, as English does', () => {
    expect(noun(1.5, 'hour')).toBe('hours');
    expect(noun(-1, 'day')).toBe('day');
  });
});
