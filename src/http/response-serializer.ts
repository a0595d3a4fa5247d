import fastJson from 'fast-json-stringify';
import { z } from 'zod';

type JsonSchema = { [keyword: string]: unknown };

// The keywords that hold schemas: by name, or one or a list.
const SCHEMA_MAPS = ['properties', 'definitions', 'patternProperties'];
const SCHEMA_LISTS = ['items', 'additionalProperties', 'anyOf', 'oneOf', 'allOf', 'not'];

/**
 * Fastify's serializer compiler for the routes' zod response schemas: each is turned into
 * JSON Schema and compiled by fast-json-stringify once, when first used.
 * Only the schema's fields are written, in its order (a field a service adds by mistake
 * never leaks), so a response has the bytes zod's encode and JSON.stringify gave it, in a
 * fraction of the time: that walk was a tenth of a list request's time. It checks nothing
 * (the contract test checks every response against the document).
 */
export function responseSerializer({ schema }: { schema: unknown }): (data: unknown) => string {
  // Compiled on first use: the app has hundreds of response schemas, most never used by a given process.
  let stringify: ((data: unknown) => string) | undefined;
  return function serialize(data) {
    stringify ??= compiled(schema as z.ZodType);
    return stringify(data);
  };
}

// The schemas are the route modules' own objects, so every app built in a process (the CLI's, a
// test's many) shares one compilation of each.
const compilations = new WeakMap<z.ZodType, (data: unknown) => string>();

function compiled(schema: z.ZodType): (data: unknown) => string {
  let stringify = compilations.get(schema);
  if (!stringify) {
    stringify = compile(schema);
    compilations.set(schema, stringify);
  }
  return stringify;
}

function compile(schema: z.ZodType): (data: unknown) => string {
  const json = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any' });
  keepFieldOrder(json);
  return fastJson(json as Parameters<typeof fastJson>[0]);
}

/**
 * fast-json-stringify writes an object's required fields before its optional ones; zod
 * keeps the schema's order. Where an optional field comes before a required one, the
 * object's `required` list is dropped (fast-json-stringify checks nothing else with it,
 * bar telling a union's branches apart), so every field is written in the schema's order,
 * when present.
 */
function keepFieldOrder(node: unknown): void {
  if (node === null || typeof node !== 'object') return; // `true`/`false` schemas
  const schema = node as JsonSchema;
  const { required, properties } = schema;
  if (Array.isArray(required) && properties && typeof properties === 'object') {
    const keys = Object.keys(properties);
    const firstOptional = keys.findIndex((key) => !required.includes(key));
    if (firstOptional !== -1 && keys.slice(firstOptional).some((key) => required.includes(key))) delete schema.required;
  }
  for (const keyword of SCHEMA_MAPS) for (const inner of Object.values(schema[keyword] ?? {})) keepFieldOrder(inner);
  for (const keyword of SCHEMA_LISTS) for (const inner of [schema[keyword] ?? []].flat()) keepFieldOrder(inner);
}
