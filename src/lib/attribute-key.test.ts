import { describe, expect, it } from 'vitest';
import { normalizeAttributeKey } from './attribute-key.js';

describe('normalizeAttributeKey', () => {
  it('keeps the key as written, trimmed', () => {
    expect(normalizeAttributeKey('favourite coffee')).toBe('favourite coffee');
    expect(normalizeAttributeKey('  Favourite Coffee \t')).toBe('Favourite Coffee');
    expect(normalizeAttributeKey('\u00a0Straße\u00a0')).toBe('Straße');
    expect(normalizeAttributeKey('a  b')).toBe('a  b');
    expect(normalizeAttributeKey('   ')).toBe('');
  });
});
