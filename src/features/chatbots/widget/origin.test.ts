import { describe, expect, it } from 'vitest';
import { isOriginAllowed } from './origin.js';

describe('isOriginAllowed', () => {
  const allowed = ['example.com', '*.shop.test', 'localhost:5173'];
  it.each([
    ['https://example.com', true],
    ['http://example.com:8080', true],
    ['https://EXAMPLE.com', true],
    ['https://www.example.com', false],
    ['https://a.shop.test', true],
    ['https://a.b.shop.test', true],
    ['https://shop.test', false],
    ['https://evilshop.test', false],
    ['http://localhost:5173', true],
    ['http://localhost:3000', false],
    ['https://example.com.evil.net', false],
    ['null', false],
    ['file://', false],
    ['not a url', false],
    [undefined, false],
  ])('%s → %s', (origin, expected) => {
    expect(isOriginAllowed(origin, allowed)).toBe(expected);
  });
  it('allows nothing when the list is empty', () => {
    expect(isOriginAllowed('https://example.com', [])).toBe(false);
  });
});
