import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type Tenant } from '../helpers/app.js';
import { DIALECTS } from '../helpers/engines.js';
import {
  encodePart,
  hostileCsv,
  hostileHeaders,
  hostileJson,
  hostileQuery,
  hostileSegment,
  mutatedBody,
  rawBody,
  type HostileHeaders,
} from './hostile.js';
import { FUZZ_ROUTES, fuzzRouteKey, type FuzzRoute } from './fuzz-routes.js';
import { setUpFuzzTargets, type FuzzTargets } from './fuzz-targets.js';

// Issue 12's attack suite: generated hostile bodies, query strings, headers
// and path ids against every /v1, /public and /dashboard route, over real
// HTTP, on every engine. Nothing may answer 5xx, and every error must be the
// one envelope. FUZZ_SEED fixes another seed (the default one is fixed, so CI
// is repeatable); FUZZ_RUNS sets the runs per route.

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_261_201;
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const COUNTS_FILE = 'test-artifacts/fuzz-counts.json';

type Auth = 'key' | 'session' | 'none' | 'garbage';
interface Attempt {
  segments: Array<string | null>;
  query: string | null;
  auth: Auth;
  validCsrf: boolean;
  headers: HostileHeaders;
  body: { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'raw' | 'csv'; text: string };
}

function attemptsFor(route: FuzzRoute): fc.Arbitrary<Attempt> {
  const params = route.url.match(/:\w+|\*/g) ?? [];
  const withBody = route.method === 'POST' || route.method === 'PATCH';
  // Mostly what a real caller sends, with one or two parts hostile, so most
  // requests get past authentication and routing to the code behind them.
  const often = <T, U>(usual: fc.Arbitrary<T>, hostile: fc.Arbitrary<U>) =>
    fc.oneof({ weight: 3, arbitrary: usual }, { weight: 1, arbitrary: hostile });
  return fc.record({
    // null: the valid id.
    segments: fc.tuple(...params.map(() => often(fc.constant(null), hostileSegment))) as fc.Arbitrary<
      Array<string | null>
    >,
    query: often(fc.constant(null), hostileQuery),
    auth: fc.oneof(
      { weight: 6, arbitrary: fc.constant<Auth>('key') },
      { weight: 2, arbitrary: fc.constant<Auth>('session') },
      { weight: 1, arbitrary: fc.constantFrom<Auth>('none', 'garbage') },
    ),
    validCsrf: often(fc.constant(true), fc.constant(false)),
    headers: hostileHeaders,
    body: route.csv
      ? fc.oneof(
          { weight: 4, arbitrary: hostileCsv.map((text) => ({ kind: 'csv' as const, text })) },
          { weight: 1, arbitrary: rawBody.map((text) => ({ kind: 'raw' as const, text })) },
        )
      : withBody
        ? fc.oneof(
            { weight: 4, arbitrary: mutatedBody(route.body).map((value) => ({ kind: 'json' as const, value })) },
            { weight: 2, arbitrary: hostileJson.map((value) => ({ kind: 'json' as const, value })) },
            { weight: 1, arbitrary: rawBody.map((text) => ({ kind: 'raw' as const, text })) },
            { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
          )
        : fc.oneof(
            { weight: 5, arbitrary: fc.constant({ kind: 'none' as const }) },
            { weight: 1, arbitrary: rawBody.map((text) => ({ kind: 'raw' as const, text })) },
          ),
  });
}

const counts: Record<string, { requests: number; statuses: Record<string, number> }> = {};

describe.each(DIALECTS)('fuzzing every route on %s', (dialect) => {
  let t: TestApp;
  let origin: string;
  let targets: FuzzTargets;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestApp(dialect, {
      GRIVO_RATE_LIMIT_PRO: '1000000',
      GRIVO_RATE_LIMIT_FREE: '1000000',
      GRIVO_PUBLIC_RATE_LIMIT: '1000000',
      GRIVO_WIDGET_RATE_LIMIT: '1000000',
      GRIVO_AUTH_FAILURES_PER_WINDOW: '1000000',
      GRIVO_PLAN_PRO_CHATBOTS: '100000',
      GRIVO_TEMPLATE_TIMEOUT_MS: '200',
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    tenant = await t.tenant('pro');
    targets = await setUpFuzzTargets(t, tenant);
  }, 60_000);
  afterAll(() => t.close());

  it('fuzzes every /v1, /public and /dashboard route (a new route must join test/security/fuzz-routes.ts)', () => {
    const registered = t.app.grivoRoutes
      .urls()
      .filter(({ url }) => /^\/(v1|public|dashboard)\//.test(url))
      .flatMap(({ url, methods }) => methods.filter((m) => m !== 'HEAD').map((m) => `${m} ${url}`));
    expect(registered.sort()).toEqual(FUZZ_ROUTES.map(fuzzRouteKey).sort());
  });

  it.each(FUZZ_ROUTES.map((r) => [fuzzRouteKey(r), r] as const))(
    '%s: no 5xx, every error in the envelope',
    async (name, route) => {
      const tally = (counts[`${dialect} ${name}`] ??= { requests: 0, statuses: {} });
      await fc.assert(
        fc.asyncProperty(attemptsFor(route), async (attempt) => {
          const { path, headers, body } = requestOf(route, attempt, targets, tenant);
          let res: Awaited<ReturnType<typeof request>>;
          try {
            res = await request(`${origin}${path}`, { method: route.method, headers, body });
          } catch (error) {
            throw new Error(`the request could not be sent (${(error as Error).message}): ${route.method} ${path}`);
          }
          const text = await res.body.text();
          tally.requests++;
          tally.statuses[res.statusCode] = (tally.statuses[res.statusCode] ?? 0) + 1;
          const context = `${route.method} ${path} → ${res.statusCode} ${text.slice(0, 300)}`;
          expect(res.statusCode, context).toBeLessThan(500);
          expect(res.headers['x-request-id'], context).toMatch(/^req_/);
          // A subscribe form posted by a browser is answered with a page a person can read, errors included.
          const page =
            route.html === true && /^application\/x-www-form-urlencoded/i.test(headers['content-type'] ?? '');
          if (res.statusCode >= 400 && page) {
            expect(String(res.headers['content-type']), context).toMatch(/^text\/html/);
          } else if (res.statusCode >= 400) {
            expect(String(res.headers['content-type']), context).toMatch(/^application\/json/);
            const parsed = JSON.parse(text) as { error: { code: unknown; message: unknown; status: unknown } };
            expect(Object.keys(parsed), context).toEqual(['error']);
            expect(parsed.error.status, context).toBe(res.statusCode);
            expect(typeof parsed.error.code, context).toBe('string');
            expect(typeof parsed.error.message, context).toBe('string');
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
  );
});

afterAll(() => {
  const requests = Object.values(counts).reduce((sum, c) => sum + c.requests, 0);
  const byClass: Record<string, number> = {};
  for (const c of Object.values(counts))
    for (const [status, n] of Object.entries(c.statuses))
      byClass[`${status[0]}xx`] = (byClass[`${status[0]}xx`] ?? 0) + n;
  fs.mkdirSync('test-artifacts', { recursive: true });
  fs.writeFileSync(
    COUNTS_FILE,
    `${JSON.stringify({ seed: SEED, runsPerRoute: RUNS, routes: Object.keys(counts).length, requests, byClass, counts }, null, 2)}\n`,
  );
  console.log(
    `fuzz: seed ${SEED}, ${RUNS} runs per route, ${Object.keys(counts).length} route×engine pairs, ${requests} requests: ${JSON.stringify(byClass)} (details in ${COUNTS_FILE})`,
  );
});

function requestOf(route: FuzzRoute, attempt: Attempt, targets: FuzzTargets, tenant: Tenant) {
  const ids = targets.idsFor(route.url);
  let index = 0;
  const filled = route.url.replace(/:(\w+)|\*/g, (_whole, name: string | undefined) => {
    const hostile = attempt.segments[index++];
    if (hostile !== null && hostile !== undefined) return hostile;
    return name ? encodePart(ids[name] ?? '') : `${encodePart(ids.id ?? '')}/chat`;
  });
  const path = filled + (attempt.query !== null ? `?${attempt.query}` : '');
  const headers: Record<string, string> = {};
  // Dashboard routes take a session, never a key: "key" there means the session.
  const session = attempt.auth === 'session' || (route.kind === 'dashboard' && attempt.auth === 'key');
  if (session) {
    headers.cookie = targets.session.cookie;
    headers['x-csrf-token'] = attempt.validCsrf ? targets.session.csrf : (attempt.headers.csrf ?? '');
  } else if (attempt.auth === 'key') headers.authorization = tenant.auth.authorization;
  else if (attempt.auth === 'garbage') headers.authorization = 'Bearer grv_live_not-a-real-key';
  if (attempt.headers.idempotencyKey !== undefined) headers['idempotency-key'] = attempt.headers.idempotencyKey;
  if (attempt.headers.origin !== undefined) headers.origin = attempt.headers.origin;
  let body: string | undefined;
  if (attempt.body.kind !== 'none') {
    body = attempt.body.kind === 'json' ? (JSON.stringify(attempt.body.value) ?? 'null') : attempt.body.text;
    headers['content-type'] =
      attempt.headers.contentType ?? (attempt.body.kind === 'csv' ? 'text/csv' : 'application/json');
  } else if (attempt.headers.contentType !== undefined) headers['content-type'] = attempt.headers.contentType;
  return { path, headers, body };
}
