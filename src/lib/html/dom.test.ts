import { describe, expect, it } from 'vitest';
import { measureText, parseHtml } from './dom.js';

describe('measureText', () => {
  const page = parseHtml('<div><p> one </p><p>two<b> three </b></p><p>four</p></div>');

  it('counts the trimmed text of every text node', () => {
    expect(measureText(page)).toBe('one'.length + 'two'.length + 'three'.length + 'four'.length);
  });

  it('stops once the count reaches atLeast, and counts it whole below', () => {
    // Stops after the node that reaches it ("two"), never reading "three" or "four".
    expect(measureText(page, 4)).toBe(6);
    expect(measureText(page, 3)).toBe(3);
    expect(measureText(page, 100)).toBe(15);
    expect(measureText(parseHtml('<p> </p>'), 1)).toBe(0);
  });
});
