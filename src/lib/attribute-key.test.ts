import { describe, expect, it } from 'vitest';
import { normalizeAttributeKey as dashboardKey } from '../../web/src/pages/contacts/attribute-key.js';
import { normalizeAttributeKey } from './attribute-key.js';

const KEYS = [
  'plan',
  'favourite coffee',
  '  favourite coffee  ',
  'Favourite Coffee',
  '\tcity\n',
  '\u00a0Straße\u00a0',
  'a.b',
  'attribute.email',
  '=SUM(A1)',
  '年龄',
  '   ',
  '',
];

describe('normalizeAttributeKey', () => {
  it('keeps the key as written, trimmed', () => {
    expect(normalizeAttributeKey('favourite coffee')).toBe('favourite coffee');
    expect(normalizeAttributeKey('  Favourite Coffee \t')).toBe('Favourite Coffee');
    expect(normalizeAttributeKey('\u00a0Straße\u00a0')).toBe('Straße');
    expect(normalizeAttributeKey('a  b')).toBe('a  b');
    expect(normalizeAttributeKey('   ')).toBe('');
  });

  it('is the rule the dashboard applies too', () => {
    for (const key of KEYS) expect(dashboardKey(key), JSON.stringify(key)).toBe(normalizeAttributeKey(key));
  });
});
