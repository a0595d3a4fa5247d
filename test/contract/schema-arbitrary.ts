import fc from 'fast-check';

// JSON Schema (the 2020-12 subset the OpenAPI document uses) → fast-check
// arbitraries of VALID values. Strings are plain text (letters, digits, some
// punctuation and non-ASCII) so that what the schema cannot say — "this is a
// template", "this is an email" — does not turn most valid requests into
// rejected ones; hostile text is the fuzz suite's job (test/security/).

/** A JSON Schema object, as the document has it. */
export type Schema = Record<string, any>;

/** Hands out what the schema alone cannot: a string by the name of the property it is in (an email). */
export type Hint = (name: string) => fc.Arbitrary<string> | undefined;

export interface Generator {
  /** Resolves `{"$ref": "#/..."}` against the document. */
  resolve(schema: Schema): Schema;
  hint?: Hint;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,!?-éøü日本';
const char = fc.constantFrom(...ALPHABET);

/** Text that starts with a letter, of length within [min, max]. */
export function text(min = 0, max = 40): fc.Arbitrary<string> {
  const hi = Math.max(min, Math.min(max, min + 40));
  if (hi === 0) return fc.constant('');
  return fc
    .tuple(
      fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
      fc.string({ unit: char, minLength: Math.max(0, min - 1), maxLength: hi - 1 }),
    )
    .map(([first, rest]) => `${first}${rest}`.trimEnd().padEnd(Math.max(min, 1), 'x'));
}

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/);

export const email: fc.Arbitrary<string> = fc
  .tuple(label, label, fc.constantFrom('com', 'org', 'example', 'io'))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

export const uri: fc.Arbitrary<string> = fc
  .tuple(label, fc.array(label, { maxLength: 3 }))
  .map(([host, path]) => `https://${host}.example.com/${path.join('/')}`);

export const dateTime: fc.Arbitrary<string> = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

function typesOf(schema: Schema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  if (schema.properties || schema.additionalProperties !== undefined) return ['object'];
  if (schema.items) return ['array'];
  return [];
}

function stringOf(schema: Schema, gen: Generator, name?: string): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 10_000;
  const fits = (s: string) => s.length >= min && s.length <= max;
  const hinted = name === undefined ? undefined : gen.hint?.(name);
  if (hinted) return hinted.filter(fits);
  if (schema.format === 'email') return email.filter(fits);
  if (schema.format === 'uri' || schema.format === 'url') return uri.filter(fits);
  if (schema.format === 'date-time') return dateTime;
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    // A date-time the schema spells out as a regex: a real date-time is the valid one.
    const known = [dateTime, dateTime.map((d) => d.slice(0, 10)), text(min, max)].find((a) =>
      fc.sample(a, { numRuns: 5, seed: 1 }).every((s) => pattern.test(s)),
    );
    return (known ?? fc.stringMatching(pattern)).filter(fits);
  }
  return text(min, max);
}

function numberOf(schema: Schema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1_000_000);
  if (!integer) return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  // Mostly small values near the minimum, sometimes the bounds themselves.
  return fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min, max: Math.min(max, min + 100) }) },
    { weight: 1, arbitrary: fc.constantFrom(min, max) },
  );
}

function objectOf(schema: Schema, gen: Generator, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties: Record<string, Schema> = schema.properties ?? {};
  const required: string[] = schema.required ?? [];
  const fields = Object.fromEntries(
    Object.entries(properties).map(([name, sub]) => [name, valid(sub, gen, depth + 1, name)]),
  );
  const known = fc.record(fields, { requiredKeys: required });
  const extra = schema.additionalProperties;
  if (!extra || typeof extra !== 'object') return known;
  const names = schema.propertyNames ? stringOf(gen.resolve(schema.propertyNames), gen) : label;
  const values = Object.keys(extra).length === 0 ? anyJson : valid(extra, gen, depth + 1);
  return fc
    .tuple(
      known,
      fc.dictionary(
        names.filter((n) => !(n in properties)),
        values,
        { maxKeys: 3 },
      ),
    )
    .map(([a, b]) => ({ ...b, ...a }));
}

const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text(0, 20),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('value'), { maxLength: 3 }),
  object: fc.dictionary(label, tie('value'), { maxKeys: 3 }),
})).value;

/** Values the schema accepts. */
export function valid(input: Schema, gen: Generator, depth = 0, name?: string): fc.Arbitrary<unknown> {
  const schema = gen.resolve(input);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const branches: Schema[] | undefined = schema.anyOf ?? schema.oneOf;
  if (branches) return fc.oneof(...branches.map((b) => valid(b, gen, depth + 1, name)));
  if (schema.allOf) {
    // Every part at once: their properties and required fields together.
    const merged: Schema = { properties: {}, required: [] };
    for (const part of schema.allOf.map((s: Schema) => gen.resolve(s))) {
      const { properties, required, ...rest } = part;
      Object.assign(merged, rest);
      Object.assign(merged.properties, properties);
      merged.required.push(...(required ?? []));
    }
    return valid(merged, gen, depth + 1, name);
  }
  const types = typesOf(schema);
  if (types.length === 0) return anyJson;
  return fc.oneof(
    ...types.map((type): fc.Arbitrary<unknown> => {
      switch (type) {
        case 'string':
          return stringOf(schema, gen, name);
        case 'integer':
        case 'number':
          return numberOf(schema, type === 'integer');
        case 'boolean':
          return fc.boolean();
        case 'null':
          return fc.constant(null);
        case 'array': {
          const min = schema.minItems ?? 0;
          const max = Math.min(schema.maxItems ?? 5, min + 3, depth > 3 ? min : Number.POSITIVE_INFINITY);
          const items = schema.items ? valid(schema.items, gen, depth + 1, name) : anyJson;
          return schema.uniqueItems
            ? fc.uniqueArray(items, { minLength: min, maxLength: max, selector: (v) => JSON.stringify(v) })
            : fc.array(items, { minLength: min, maxLength: max });
        }
        case 'object':
          return objectOf(schema, gen, depth);
        default:
          throw new Error(`no arbitrary for type ${type}`);
      }
    }),
  );
}
