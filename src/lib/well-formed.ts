/**
 * The input rule every engine agrees on: no string may hold a NUL character
 * (PostgreSQL's text and jsonb cannot store one) or an unpaired UTF-16
 * surrogate (it has no UTF-8 form: jsonb refuses it, SQLite would store a
 * replacement character). Such input is refused rather than altered, so what
 * is stored is always exactly what was sent.
 */
export type StringProblem = 'nul' | 'surrogate';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function stringProblem(value: string): StringProblem | undefined {
  if (value.includes('\0')) return 'nul';
  if (LONE_SURROGATE.test(value)) return 'surrogate';
  return undefined;
}

/** What is wrong with a value found in a JSON-like tree: a bad string (or key), or nesting too deep. */
export interface TreeProblem {
  /** Dotted path of the value, as validation errors name it (`attributes.city`, `tags.0`); '' for the root. */
  path: string;
  problem: StringProblem | 'depth';
  /** The bad string is a key of the object at `path`, not a value. */
  inKey?: boolean;
}

/**
 * The first bad string (value or key) in a parsed JSON value, or a value
 * nested more than `maxDepth` levels deep. Iterative, so no input can
 * overflow the stack however deep it nests.
 */
export function findTreeProblem(root: unknown, maxDepth: number): TreeProblem | undefined {
  const stack: Array<[value: unknown, path: string, depth: number]> = [[root, '', 0]];
  while (stack.length > 0) {
    const [value, path, depth] = stack.pop()!;
    if (typeof value === 'string') {
      const problem = stringProblem(value);
      if (problem) return { path, problem };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return { path, problem: 'depth' };
    for (const [key, child] of Object.entries(value)) {
      const keyProblem = stringProblem(key);
      if (keyProblem) return { path, problem: keyProblem, inKey: true };
      stack.push([child, path === '' ? key : `${path}.${key}`, depth + 1]);
    }
  }
  return undefined;
}

/** How deep a parsed JSON value nests (a scalar is 0, `{}` and `[]` are 1). Iterative. */
export function jsonDepth(root: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The problem in words, for an error message about `what` ("first_name", "the query parameter 'search'"). */
export function describeStringProblem(what: string, problem: StringProblem): string {
  return problem === 'nul'
    ? `${what} contains a NUL character (U+0000), which is not accepted anywhere.`
    : `${what} contains an unpaired UTF-16 surrogate, which is not valid Unicode; send well-formed text.`;
}
