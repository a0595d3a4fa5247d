import fc from 'fast-check';
import { encodePart } from '../security/hostile.js';
import type { Operation, Parameter, SchemaValidator } from './document.js';
import { FIXTURES, ORIGIN, paramsOf, type OperationFixture, type Owned, type World } from './fixtures.js';
import { mutationsOf } from './mutations.js';
import { valid, email, type Generator, type Schema } from './schema-arbitrary.js';

// Requests to one operation, generated from its parameters and body schema:
// valid ones, and invalid ones that each break one rule.

/** A request as sent, but for path parameters made afresh (fixtures' `fresh`) when it runs. */
export interface Planned {
  label: string;
  params: 'owner' | 'fresh' | Record<string, string>;
  query: Array<[string, string]>;
  /** Credentials: the caller's own, none, wrong ones, or a session without its CSRF token. */
  auth: 'owner' | 'none' | 'wrong' | 'no-csrf';
  /** Text, or the bytes of a multipart form. */
  body?: { contentType: string; payload: string | Buffer };
}

export const hint: Generator['hint'] = (name) => (/(^|_)email$|^emails$|^reply_to$/.test(name) ? email : undefined);

/** Everything the generators need about one operation. */
export interface Target {
  op: Operation;
  fixture: OperationFixture;
  gen: Generator;
  validator: SchemaValidator;
  world: World;
}

const queryParams = (op: Operation) => op.parameters.filter((p) => p.in === 'query');

function queryValue(p: Parameter, gen: Generator): fc.Arbitrary<string[]> {
  return valid(p.schema, gen, 0, p.name).map((v) => (Array.isArray(v) ? v.map(String) : [String(v)]));
}

function validQuery(target: Target): fc.Arbitrary<Array<[string, string]>> {
  const { op, gen, fixture, world } = target;
  const fields = Object.fromEntries(queryParams(op).map((p) => [p.name, queryValue(p, gen)]));
  const required = queryParams(op)
    .filter((p) => p.required)
    .map((p) => p.name);
  return fc
    .tuple(fc.record(fields, { requiredKeys: required }), fixture.query?.(world) ?? fc.constant({}))
    .map(([generated, fixed]) => {
      const merged: Record<string, string[] | undefined> = { ...generated };
      for (const [k, v] of Object.entries(fixed)) merged[k] = v === undefined ? undefined : [String(v)];
      return Object.entries(merged).flatMap(([k, vs]) => (vs ?? []).map((v): [string, string] => [k, v]));
    });
}

const isJson = (op: Operation) => Boolean(op.body?.mediaType.includes('json'));

/** Valid JSON bodies (values), with the fixture's fields laid over them; undefined when the operation takes none. */
function validBody(target: Target): fc.Arbitrary<unknown> | undefined {
  const { op, gen, fixture, world, validator } = target;
  if (!op.body || !isJson(op)) return undefined;
  const schema = op.body.schema;
  return fc
    .tuple(valid(schema, gen), fixture.body?.(world) ?? fc.constant({}))
    .map(([generated, fixed]) => {
      if (!generated || typeof generated !== 'object' || Array.isArray(generated)) return generated;
      const merged: Record<string, unknown> = { ...generated, ...fixed };
      for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
      return merged;
    })
    .filter((body) => (fixture.keep?.(body) ?? true) && validator.errors(schema, body) === undefined);
}

const json = (value: unknown) => ({ contentType: 'application/json', payload: JSON.stringify(value) });

export function validRequests(target: Target): fc.Arbitrary<Planned> {
  const { fixture } = target;
  const body: fc.Arbitrary<Planned['body']> = fixture.raw ?? validBody(target)?.map(json) ?? fc.constant(undefined);
  return fc.tuple(validQuery(target), body).map(([query, sent]) => ({
    label: 'valid',
    params: fixture.fresh ? 'fresh' : 'owner',
    query,
    auth: 'owner',
    ...(sent ? { body: sent } : {}),
  }));
}

function invalidQueries(op: Operation): Array<{ label: string; entry: [string, string] }> {
  return queryParams(op).flatMap((p) => {
    const s = p.schema;
    const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
    const out: Array<[string, string]> = [];
    if (types.includes('integer') || types.includes('number')) {
      out.push([p.name, 'abc']);
      if (s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER) out.push([p.name, String(s.maximum + 1)]);
      if (s.minimum !== undefined && s.minimum > Number.MIN_SAFE_INTEGER) out.push([p.name, String(s.minimum - 1)]);
      if (types.includes('integer')) out.push([p.name, '1.5']);
    }
    if (Array.isArray(s.enum)) out.push([p.name, 'not-a-valid-choice']);
    if (s.maxLength !== undefined) out.push([p.name, 'x'.repeat(s.maxLength + 1)]);
    if (s.pattern) out.push([p.name, 'not valid ☃']);
    return out.map((entry) => ({ label: `query ${entry[0]}=${entry[1].slice(0, 12)}`, entry }));
  });
}

/** An id of the same kind as `real` that nothing has. */
const unknownId = (real: string) => `${real.split('_')[0]}_${'0'.repeat(20)}`;

/** Invalid requests: each breaks one rule (body, query, id, credentials). */
export function invalidRequests(target: Target): fc.Arbitrary<Planned | null> {
  const { op, validator, gen, world } = target;
  const base = { params: 'owner' as const, query: [] as Array<[string, string]>, auth: 'owner' as const };
  const attacks: Array<{ weight: number; arbitrary: fc.Arbitrary<Planned | null> }> = [];
  const bodies = validBody(target);
  const raw = target.fixture.raw ?? bodies?.map(json);
  if (op.body && bodies && isJson(op)) {
    const schema = op.body.schema;
    const branchOf = (branches: Schema[], value: unknown) =>
      branches.find((b) => validator.errors(b, value) === undefined);
    attacks.push({
      weight: 6,
      arbitrary: fc.tuple(bodies, fc.nat()).map(([body, n]) => {
        const broken = mutationsOf(body, schema, gen.resolve, branchOf).filter(
          (m) => validator.errors(schema, m.value) !== undefined,
        );
        const m = broken[n % Math.max(1, broken.length)];
        return m ? { ...base, label: m.label, body: json(m.value) } : null;
      }),
    });
    // An empty JSON body counts as none: malformed only where a body is required.
    const malformed = ['{"a":', '[1,', 'nul', ...(op.body.required ? [''] : [])];
    attacks.push({
      weight: 1,
      arbitrary: fc.constantFrom(...malformed).map((payload) => ({
        ...base,
        label: 'malformed JSON',
        body: { contentType: 'application/json', payload },
      })),
    });
  }
  if (op.body && raw)
    attacks.push({
      weight: 1,
      arbitrary: raw.map((body) => ({
        ...base,
        label: 'wrong content type',
        // JSON where a file is expected; else a type nothing parses.
        body: isJson(op)
          ? { contentType: 'application/x-www-form-urlencoded', payload: body.payload }
          : { contentType: 'application/json', payload: JSON.stringify({ file: body.payload }) },
      })),
    });
  const badQueries = invalidQueries(op);
  if (badQueries.length > 0)
    attacks.push({
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...badQueries), raw ?? fc.constant(undefined))
        .map(([{ label, entry }, body]) => ({ ...base, label, query: [entry], ...(body ? { body } : {}) })),
    });
  const pathNames = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
  const ownerParams = paramsOf(op.path, world.owner);
  const withBody = (arbitrary: fc.Arbitrary<Omit<Planned, 'body'>>) =>
    fc.tuple(arbitrary, raw ?? fc.constant(undefined)).map(([planned, body]) => ({
      ...planned,
      ...(body ? { body } : {}),
    }));
  if (pathNames.length > 0) {
    attacks.push({
      weight: 2,
      arbitrary: withBody(
        fc.constantFrom(...pathNames).map((name) => ({
          ...base,
          label: `unknown ${name}`,
          params: { ...ownerParams, [name]: unknownId(ownerParams[name] ?? 'x_') },
        })),
      ),
    });
    attacks.push({
      weight: 2,
      arbitrary: withBody(
        fc.constant({ ...base, label: "another workspace's ids", params: paramsOf(op.path, world.stranger) }),
      ),
    });
  }
  const wrongAuth: Array<Planned['auth']> = ['none', 'wrong'];
  if (op.path.startsWith('/dashboard/') && op.method !== 'GET') wrongAuth.push('no-csrf');
  if (!isOpen(op))
    attacks.push({
      weight: 1,
      arbitrary: withBody(
        fc.constantFrom(...wrongAuth).map((auth) => ({ ...base, label: `credentials: ${auth}`, auth })),
      ),
    });
  return fc.oneof(...attacks);
}

/** Signing up and in, and asking for a new password, need no credentials. */
export const isOpen = (op: Operation) => op.open && op.path.startsWith('/dashboard/');

/** The URL and headers of a planned request. */
export function materialize(
  op: Operation,
  planned: Planned,
  params: Record<string, string>,
  owner: Owned,
  session: { cookie: string; csrf: string },
) {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodePart(params[name] ?? ''));
  const query = planned.query.map(([k, v]) => `${encodePart(k)}=${encodePart(v)}`).join('&');
  const headers: Record<string, string> = {};
  if (op.path.startsWith('/public/')) {
    if (planned.auth === 'owner') headers.origin = ORIGIN;
    else if (planned.auth === 'wrong') headers.origin = 'https://evil.example';
    headers['x-conversation-token'] = owner.widgetToken;
  } else if (op.path.startsWith('/dashboard/')) {
    if (planned.auth === 'owner' || planned.auth === 'no-csrf') headers.cookie = session.cookie;
    if (planned.auth === 'wrong') headers.cookie = 'grivo_session=not-a-session';
    if (planned.auth === 'owner') headers['x-csrf-token'] = session.csrf;
  } else if (planned.auth === 'owner') headers.authorization = owner.tenant.auth.authorization;
  else if (planned.auth === 'wrong') headers.authorization = 'Bearer grv_live_not-a-real-key';
  if (planned.body) headers['content-type'] = planned.body.contentType;
  return { url: query ? `${path}?${query}` : path, headers };
}

export const fixtureOf = (op: Operation): OperationFixture => FIXTURES[op.key] ?? {};
