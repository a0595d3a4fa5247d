import { describe, expect, it } from 'vitest';
import { measureText, normaliseInline, parseHtml } from './dom.js';

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

describe('normaliseInline', () => {
  it('collapses every run of whitespace, and any one whitespace character, to a space', () => {
    expect(normaliseInline(' a  b\tc\n\nd\u00a0e \u00a0 f\u2028g\u3000h i ')).toBe('a b c d e f g h i');
    expect(normaliseInline('soft\u00adhy\u200bphen \ufeff x')).toBe('softhyphen x');
  });
});
