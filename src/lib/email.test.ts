import { describe, expect, it } from 'vitest';
import { EMAIL_MAX_LENGTH, emailKey, normalizeEmail } from './email.js';

const VALID = [
  'john@doe.invalid',
  'jane.doe@example.com',
  'first.middle.last@example.co.uk',
  'user+tag@example.org',
  "o'connor@example.ie",
  'x@example.io',
  'UPPER.Case@Example.COM',
  'a_b-c@sub-domain.example.com',
  "!#$%&'*+/=?^_`{|}~-@example.com",
  '1234567890@example.com',
  'user@123.example.com',
  'user@example.xn--p1ai',
  'jörg.müller@bücher.de',
  'иван@пример.рф',
  '用户@例子.广告',
  'राम@उदाहरण.भारत', // Devanagari needs its combining vowel signs (\p{M})
  'user@a-b.example',
  `${'a'.repeat(64)}@example.com`,
  `u@${'a'.repeat(63)}.com`,
  `u@${['a'.repeat(63), 'b'.repeat(63), 'c'.repeat(63), 'd'.repeat(57)].join('.')}.io`, // 254 characters
];

const INVALID = [
  '',
  '   ',
  'plainaddress',
  '@example.com',
  'user@',
  'foo@',
  'user@@example.com',
  'us@er@example.com',
  'user@example',
  'user@localhost',
  'user@example.c',
  'user@example.123',
  'user@1.2.3.4',
  'user@[127.0.0.1]',
  'user@.example.com',
  'user@example.com.',
  'user@example..com',
  'user@-example.com',
  'user@example-.com',
  'user@exa_mple.com',
  'user@exa mple.com',
  'user@example.com;other@example.com',
  '.user@example.com',
  'user.@example.com',
  'us..er@example.com',
  'us er@example.com',
  'us\ter@example.com',
  'us\u0000er@example.com',
  'us\u200ber@example.com',
  '"quoted"@example.com',
  'John Doe <john@example.com>',
  '<john@example.com>',
  'john@example.com>',
  '(comment)john@example.com',
  'john[1]@example.com',
  'a,b@example.com',
  'a;b@example.com',
  'a:b@example.com',
  'a\\b@example.com',
  `${'a'.repeat(65)}@example.com`,
  `u@${'a'.repeat(64)}.com`,
  `u@${['a'.repeat(63), 'b'.repeat(63), 'c'.repeat(63), 'd'.repeat(58)].join('.')}.io`, // 255 characters
  'user@exa\u00a0mple.com',
];

describe('normalizeEmail', () => {
  it.each(VALID)('accepts %s', (email) => {
    expect(normalizeEmail(email)).toBe(email);
  });

  it.each(INVALID)('refuses %j', (email) => {
    expect(normalizeEmail(email)).toBeUndefined();
  });

  it('trims and keeps the case', () => {
    expect(normalizeEmail('  John.Doe@Example.COM \t')).toBe('John.Doe@Example.COM');
    expect(normalizeEmail('\u00a0john@doe.invalid\n')).toBe('john@doe.invalid');
  });

  it('measures the limits the same way they are documented', () => {
    expect(VALID.at(-1)).toHaveLength(EMAIL_MAX_LENGTH);
    expect(INVALID.at(-2)).toHaveLength(EMAIL_MAX_LENGTH + 1);
  });
});

describe('emailKey', () => {
  it('is the same for addresses differing only in case', () => {
    expect(emailKey('John.Doe@Example.COM')).toBe(emailKey('john.doe@example.com'));
    expect(emailKey('Jörg@Bücher.DE')).toBe('jörg@bücher.de');
    expect(emailKey('a@example.com')).not.toBe(emailKey('b@example.com'));
  });
});
