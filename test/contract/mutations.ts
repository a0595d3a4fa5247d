import type { Schema } from './schema-arbitrary.js';

// Invalid variants of a valid value, each a small change its schema forbids:
// a wrong type, a required field missing, an unknown field, a string too
// long, a number out of range, too many items, a value outside the enum.

/** One change to a value: what it breaks, and the value after it. */
export interface Mutation {
  label: string;
  value: unknown;
}

type Path = Array<string | number>;

function setAt(root: unknown, path: Path, change: (parent: any, key: string | number) => void): unknown {
  const copy = structuredClone(root);
  if (path.length === 0) throw new Error('setAt needs a path');
  let parent: any = copy;
  for (const part of path.slice(0, -1)) parent = parent[part];
  change(parent, path.at(-1)!);
  return copy;
}

const WRONG_TYPE: Record<string, unknown[]> = {
  string: [12345, true, ['x']],
  integer: ['12', 1.5, true],
  number: ['1', false],
  boolean: ['true', 1],
  array: ['x', { a: 1 }],
  object: ['x', [1], 7],
  null: ['null'],
};

/** Every mutation of `value` the walk finds; `branchOf` picks the anyOf/oneOf branch `value` is valid against. */
export function mutationsOf(
  value: unknown,
  schema: Schema,
  resolve: (s: Schema) => Schema,
  branchOf: (branches: Schema[], value: unknown) => Schema | undefined,
): Mutation[] {
  const out: Mutation[] = [];
  const replace = (path: Path, label: string, next: unknown) =>
    out.push({
      label: `${label} at ${path.join('.') || '(body)'}`,
      value:
        path.length === 0
          ? next
          : setAt(value, path, (p, k) => {
              p[k] = next;
            }),
    });

  function walk(node: unknown, input: Schema, path: Path, depth: number): void {
    let s = resolve(input);
    const branches: Schema[] | undefined = s.anyOf ?? s.oneOf;
    if (branches) {
      const branch = branchOf(branches, node);
      if (!branch) return;
      s = resolve(branch);
    }
    if (depth > 6) return;
    const types: string[] = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
    for (const type of types)
      for (const wrong of WRONG_TYPE[type] ?? []) replace(path, `${typeof wrong} for ${type}`, wrong);
    if (Array.isArray(s.enum)) replace(path, 'value outside the enum', 'not-a-valid-choice');
    if (typeof node === 'string') {
      if (s.maxLength !== undefined && s.maxLength < 300_000)
        replace(path, 'string too long', 'x'.repeat(s.maxLength + 1));
      if (s.minLength) replace(path, 'string too short', '');
      if (s.pattern || s.format) replace(path, 'string of the wrong form', 'not valid ☃ at all');
    }
    if (typeof node === 'number') {
      if (s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER)
        replace(path, 'number too large', s.maximum + 1);
      if (s.minimum !== undefined && s.minimum > Number.MIN_SAFE_INTEGER)
        replace(path, 'number too small', s.minimum - 1);
      if (s.type === 'integer') replace(path, 'fraction for an integer', node + 0.5);
    }
    if (Array.isArray(node)) {
      if (s.maxItems !== undefined && s.maxItems <= 1000 && node.length > 0)
        replace(
          path,
          'too many items',
          Array.from({ length: s.maxItems + 1 }, (_, i) => node[i % node.length]),
        );
      if (s.minItems) replace(path, 'too few items', []);
      if (node.length > 0 && s.items) walk(node[0], s.items, [...path, 0], depth + 1);
    }
    if (node && typeof node === 'object' && !Array.isArray(node)) {
      const record = node as Record<string, unknown>;
      for (const key of s.required ?? [])
        if (key in record)
          out.push({
            label: `${key} missing at ${path.join('.') || '(body)'}`,
            value:
              path.length === 0
                ? Object.fromEntries(Object.entries(record).filter(([k]) => k !== key))
                : setAt(value, [...path, key], (p, k) => delete p[k]),
          });
      if (s.additionalProperties === false) replace(path, 'unknown property', { ...record, zz_unknown: 1 });
      for (const [key, child] of Object.entries(record)) {
        const sub =
          s.properties?.[key] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
        if (sub) walk(child, sub, [...path, key], depth + 1);
      }
    }
  }

  walk(value, schema, [], 0);
  return out;
}
