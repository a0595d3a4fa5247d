import { describe, expect, it } from 'vitest';
import { measureText, parseHtml, walkTree, walkTreeTogether, type TreeVisitor } from './dom.js';

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

describe('walkTreeTogether', () => {
  const page = parseHtml('<div><nav><a>x</a></nav><p>one<b>two</b></p><br><ul><li>three</li></ul></div>tail');

  /** A visitor that logs what it sees, skipping the elements named in `skip`. */
  const logger = (skip: string[]) => {
    const seen: string[] = [];
    const visitor: TreeVisitor = {
      enter: (el) => (seen.push(`<${el.name}>`), !skip.includes(el.name)),
      exit: (el) => seen.push(`</${el.name}>`),
      text: (data) => seen.push(data),
    };
    return { visitor, seen };
  };

  it('shows each visitor what its own walk would, in the same order, skipped subtrees hidden from it alone', () => {
    const skips = [[], ['nav'], ['p', 'ul'], ['div']];
    const alone = skips.map((skip) => {
      const { visitor, seen } = logger(skip);
      walkTree(page, visitor);
      return seen;
    });
    const together = skips.map(logger);
    walkTreeTogether(
      page,
      together.map((t) => t.visitor),
    );
    expect(together.map((t) => t.seen)).toEqual(alone);
    expect(alone[1]).toEqual([
      '<div>',
      '<nav>',
      '<p>',
      'one',
      '<b>',
      'two',
      '</b>',
      '</p>',
      '<br>',
      '</br>',
      '<ul>',
      '<li>',
      'three',
      '</li>',
      '</ul>',
      '</div>',
      'tail',
    ]);
    expect(alone[3]).toEqual(['<div>', 'tail']);
  });
});
