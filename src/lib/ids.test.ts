import { describe, expect, it } from 'vitest';
import { newId, randomBase62 } from './ids.js';

describe('ids', () => {
  it('are prefixed, 16 base62 characters, unique, and sort in creation order (bytewise)', () => {
    const ids = Array.from({ length: 20_000 }, () => newId('bot'));
    for (const id of ids) expect(id).toMatch(/^bot_[0-9A-Za-z]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
    const bytewise = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(bytewise).toEqual(ids);
  });

  it('start with the creation time', () => {
    const before = Date.now();
    const id = newId('ws');
    const ms = [...id.slice(3, 11)].reduce(
      (n, c) => n * 62 + '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'.indexOf(c),
      0,
    );
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now());
  });

  it('draws random base62 evenly', () => {
    const counts = new Map<string, number>();
    for (const c of randomBase62(62_000)) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(62);
    for (const n of counts.values()) expect(n).toBeGreaterThan(700); // 1000 expected each; far from any bias
  });
});
