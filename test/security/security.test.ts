import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBase62 } from '../../src/lib/ids.js';
import { revokeApiKey } from '../../src/features/api-keys/service.js';
import { createTestApp, type TestApp, type Tenant } from '../helpers/app.js';
import { DIALECTS } from '../helpers/engines.js';
import { PUBLIC_ROUTES, SECURED_ROUTES, type SecuredRoute } from './routes.js';

let ipCounter = 0;
// Each call comes from its own address, so the per-IP throttle on failed
// authentication (tested on its own elsewhere) never masks what is tested here.
const freshIp = () => `10.${(++ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;

function expectError(
  res: { statusCode: number; headers: Record<string, unknown>; json(): any },
  status: number,
  code: string,
) {
  expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
  const body = res.json();
  expect(body.error).toMatchObject({ code, status });
  expect(typeof body.error.message).toBe('string');
  expect(Object.keys(body)).toEqual(['error']);
  expect(res.headers['x-request-id']).toMatch(/^req_/);
}

describe.each(DIALECTS)('security suite on %s', (dialect) => {
  let t: TestApp;
  let owner: Tenant;
  let stranger: Tenant;
  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_PRO: '100000', GRIVO_PLAN_PRO_CHATBOTS: '1000' });
    owner = await t.tenant('pro');
    stranger = await t.tenant('pro');
  });
  afterAll(() => t.close());

  async function urlFor(route: SecuredRoute, tenant: Tenant): Promise<string> {
    return (await target(route, tenant)).url;
  }
  async function target(route: SecuredRoute, tenant: Tenant): Promise<{ url: string; readBack?: string }> {
    if (!route.create) return { url: route.url };
    const created = await route.create(t, tenant);
    const params: Record<string, string> = typeof created === 'string' ? { id: created } : created;
    const fill = (pattern: string) => pattern.replace(/:(\w+)/g, (_, name: string) => params[name]!);
    return { url: fill(route.url), readBack: route.readBack && fill(route.readBack) };
  }
  const call = (route: SecuredRoute, url: string, headers: Record<string, string>, payload?: unknown) =>
    route.raw
      ? t.app.inject({
          method: route.method,
          url,
          headers: { ...headers, 'content-type': route.raw.contentType },
          remoteAddress: freshIp(),
          payload: route.raw.payload,
        })
      : t.app.inject({
          method: route.method,
          url,
          headers,
          remoteAddress: freshIp(),
          ...(payload !== undefined ? { payload: payload as object } : {}),
        });

  it('covers every registered /v1 route', () => {
    const registered = t.app.grivoRoutes
      .urls()
      .filter(({ url }) => url.startsWith('/v1/'))
      .flatMap(({ url, methods }) => methods.filter((m) => m !== 'HEAD').map((m) => `${m} ${url}`));
    const listed = [...SECURED_ROUTES.map((r) => `${r.method} ${r.url}`), ...PUBLIC_ROUTES];
    expect(registered.sort()).toEqual(listed.sort());
  });

  describe.each(SECURED_ROUTES.map((r) => [`${r.method} ${r.url}`, r] as const))('%s', (_name, route) => {
    it('refuses a request without a key', async () => {
      const res = await call(route, await urlFor(route, owner), {}, route.body);
      expectError(res, 401, 'missing_api_key');
      expect(res.headers['www-authenticate']).toBe('Bearer');
      expect(res.headers['x-ratelimit-limit']).toBeDefined();
    });

    it('never takes the key from the query string', async () => {
      const url = await urlFor(route, owner);
      const res = await call(route, `${url}?api_key=${owner.key}`, {}, route.body);
      expectError(res, 401, 'missing_api_key');
      expect(res.json().error.message).toMatch(/query string/);
    });

    it.each([['Basic dXNlcjpwYXNz'], ['Bearer'], ['Bearer '], ['Token KEY'], ['Bearer KEY extra'], ['KEY']])(
      'refuses the malformed header %j',
      async (header) => {
        const res = await call(
          route,
          await urlFor(route, owner),
          { authorization: header.replace('KEY', owner.key) },
          route.body,
        );
        expectError(res, 401, 'invalid_api_key');
      },
    );

    it('refuses an unknown key with the seed message', async () => {
      const res = await call(
        route,
        await urlFor(route, owner),
        { authorization: `Bearer grv_live_${randomBase62(40)}` },
        route.body,
      );
      expectError(res, 401, 'invalid_api_key');
      expect(res.json().error.message).toBe('The API key provided is invalid.');
    });

    it('refuses a revoked key on the very next request', async () => {
      const victim = await t.tenant('pro');
      const url = await urlFor(route, victim);
      await revokeApiKey(t.services.database.db, { keyId: victim.keyId });
      expectError(await call(route, url, victim.auth, route.body), 401, 'invalid_api_key');
    });

    if (route.create) {
      it("answers 404 for another workspace's id and leaves it untouched", async () => {
        const { url, readBack } = await target(route, owner);
        const read = () => t.app.inject({ method: 'GET', url: readBack!, headers: owner.auth });
        const before = await read();
        expect(before.statusCode).toBe(200);
        const res = await call(route, url, stranger.auth, route.body);
        expectError(res, 404, 'not_found');
        const after = await read();
        expect(after.statusCode).toBe(200);
        expect(after.json()).toEqual(before.json());
      });
    }

    if (route.body) {
      it('answers 400 invalid_json to a malformed body', async () => {
        const res = await t.app.inject({
          method: route.method,
          url: await urlFor(route, owner),
          headers: { ...owner.auth, 'content-type': 'application/json' },
          payload: '{"name": "x",',
        });
        expectError(res, 400, 'invalid_json');
      });

      it('answers 400 unknown_parameter to an unknown field', async () => {
        const res = await call(route, await urlFor(route, owner), owner.auth, { ...route.body, surprise: true });
        expectError(res, 400, 'unknown_parameter');
        expect(res.json().error.param).toBe('surprise');
      });
    } else if (route.method === 'GET' || route.raw) {
      it('answers 400 unknown_parameter to an unknown query parameter', async () => {
        const res = await call(route, `${await urlFor(route, owner)}?surprise=1`, owner.auth);
        expectError(res, 400, 'unknown_parameter');
      });
    }

    it('succeeds with the right key', async () => {
      const res = await call(route, await urlFor(route, owner), owner.auth, route.body);
      expect(res.statusCode, res.body).toBeLessThan(300);
      expect(res.headers['x-ratelimit-remaining']).toBeDefined();
    });
  });
});
