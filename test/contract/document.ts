import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import type { Schema } from './schema-arbitrary.js';

// The OpenAPI document as the contract test reads it: every operation, its
// parameters and bodies, and a validator for each documented response.

// ajv-formats is CommonJS with a `default` export: NodeNext sees the module object.
const formats = ((formatsModule as unknown as { default?: unknown }).default ?? formatsModule) as (
  ajv: Ajv2020,
) => void;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Schema;
}

/** One operation of the document. */
export interface Operation {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** As the document spells it: /v1/chatbots/{id}. */
  path: string;
  key: string;
  parameters: Parameter[];
  /** The body's media type and schema; JSON preferred when the operation takes several. */
  body?: { mediaType: string; schema: Schema; required: boolean };
  /** The `multipart/form-data` schema, when the operation takes a form (a file upload), with or besides `body`. */
  form?: Schema;
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  /** Served to anyone (`security: []`): sign-up, sign-in, password reset, the widget's routes. */
  open: boolean;
}

const METHODS = ['get', 'post', 'patch', 'put', 'delete'];

export function operationsOf(doc: Schema): Operation[] {
  const resolve = resolver(doc);
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Schema>(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method] as Schema | undefined;
      if (!op) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolve(p) as Parameter);
      const content: Record<string, { schema: Schema }> = resolve(op.requestBody ?? {}).content ?? {};
      const mediaType = Object.keys(content).find((m) => m.includes('json')) ?? Object.keys(content)[0];
      const upper = method.toUpperCase() as Operation['method'];
      operations.push({
        method: upper,
        path,
        key: `${upper} ${path}`,
        parameters,
        body: mediaType
          ? { mediaType, schema: content[mediaType]!.schema, required: Boolean(resolve(op.requestBody).required) }
          : undefined,
        form: content['multipart/form-data']?.schema,
        responses: Object.fromEntries(Object.entries<Schema>(op.responses ?? {}).map(([s, r]) => [s, resolve(r)])),
        open: Array.isArray(op.security) && op.security.length === 0,
      });
    }
  }
  return operations;
}

/** Follows local `$ref`s (`#/components/...`) until the schema is not one. */
export function resolver(doc: Schema): (schema: Schema) => Schema {
  return function resolve(schema) {
    let current = schema;
    for (let hops = 0; current && typeof current.$ref === 'string'; hops++) {
      if (hops > 20) throw new Error(`$ref cycle at ${schema.$ref}`);
      const ref: string = current.$ref;
      if (!ref.startsWith('#/')) throw new Error(`external $ref ${ref}`);
      current = ref
        .slice(2)
        .split('/')
        .reduce<any>((node, part) => node?.[part.replaceAll('~1', '/').replaceAll('~0', '~')], doc);
      if (!current) throw new Error(`unresolved $ref ${ref}`);
    }
    return current;
  };
}

/** Validators of the document's schemas, `$ref`s resolved into the document itself. */
export class SchemaValidator {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  private readonly cache = new Map<Schema, ValidateFunction>();

  constructor(doc: Schema) {
    formats(this.ajv);
    // OpenAPI's own keywords, which are annotations only.
    this.ajv.addKeyword('example');
    this.ajv.addKeyword('discriminator');
    this.ajv.addKeyword('xml');
    this.ajv.addKeyword('externalDocs');
    this.ajv.addSchema({ ...doc, $id: 'urn:grivo:openapi' });
  }

  /** Errors of `value` against `schema` (a schema of the document), or undefined when it is valid. */
  errors(schema: Schema, value: unknown): string | undefined {
    let validate = this.cache.get(schema);
    if (!validate) {
      validate = this.ajv.compile(rebase(schema));
      this.cache.set(schema, validate);
    }
    return validate(value) ? undefined : this.ajv.errorsText(validate.errors, { separator: '; ' });
  }
}

/** Points the schema's local `$ref`s at the document registered under its $id. */
function rebase(schema: unknown): any {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' && v.startsWith('#') ? `urn:grivo:openapi${v}` : rebase(v),
    ]),
  );
}

/** The documented response for a status: exact, then `4XX`-style, then `default`. */
export function documentedResponse(op: Operation, status: number) {
  return op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default;
}
