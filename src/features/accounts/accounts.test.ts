import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { ENGINES_AND_QUEUES } from '../../../test/helpers/engines.js';
import { sha256Hex } from '../../lib/ids.js';
import { SESSION_COOKIE } from './cookie.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A browser's view of the dashboard: its cookie jar and the CSRF token it was given. */
interface Browser {
  cookie: string | undefined;
  csrf: string | undefined;
}

const cookieOf = (setCookie: string | string[] | undefined): string | undefined => {
  const header = ([] as string[]).concat(setCookie ?? []).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return header?.split(';')[0];
};

describe.each(ENGINES_AND_QUEUES)('dashboard accounts on $name', ({ dialect, env }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { ...env, GRIVO_AUTH_FAILURES_PER_WINDOW: '5' });
  });
  afterAll(() => t.close());

  const call = async (
    browser: Browser | undefined,
    method: Method,
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) => {
    const res = await t.app.inject({
      method,
      url,
      headers: {
        ...(browser?.cookie ? { cookie: browser.cookie } : {}),
        ...(browser?.csrf && method !== 'GET' ? { 'x-csrf-token': browser.csrf } : {}),
        ...headers,
      },
      ...(payload ? { payload } : {}),
    });
    const cookie = cookieOf(res.headers['set-cookie']);
    if (browser && cookie !== undefined) browser.cookie = cookie.endsWith('=') ? undefined : cookie;
    return res;
  };

  let n = 0;
  const signUp = async (extra: object = {}) => {
    const browser: Browser = { cookie: undefined, csrf: undefined };
    const email = `Owner${++n}@Example.com`;
    const res = await call(browser, 'POST', '/dashboard/signup', {
      email,
      password: 'correct horse battery',
      ...extra,
    });
    expect(res.statusCode).toBe(201);
    browser.csrf = res.json().csrf_token;
    return { browser, email, body: res.json() };
  };

  it('signs up into a new Free workspace, with an HttpOnly, SameSite cookie holding a token stored only as a hash', async () => {
    const { body, email } = await signUp({ name: 'Ada', workspace_name: 'Acme' });
    expect(body).toMatchObject({ user: { email, name: 'Ada' }, workspace: { name: 'Acme', plan: 'free' } });
    expect(body.user.id).toMatch(/^usr_/);
    expect(body.workspace.id).toMatch(/^ws_/);

    const res = await call(undefined, 'POST', '/dashboard/login', { email, password: 'correct horse battery' });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    const token = cookieOf(res.headers['set-cookie'])!.split('=')[1]!;
    const sessions = await t.database.db.selectFrom('sessions').select('token_hash').execute();
    expect(sessions.map((s) => s.token_hash)).toContain(sha256Hex(token));
    expect(sessions.map((s) => s.token_hash)).not.toContain(token);

    const user = await t.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', body.user.id)
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(user.password_hash).not.toContain('correct horse');
  });

  it.each([
    [{ email: 'not-an-address', password: 'correct horse battery' }, 'email', /not a valid email/],
    [{ email: 'x@example.com', password: 'short' }, 'password', /at least 10/],
    [{ email: 'x@example.com', password: 'x'.repeat(201) }, 'password', /at most 200/],
    [{ email: 'x@example.com', password: 'x@example.com' }, 'password', /not be your email/],
    [{ email: 'x@example.com' }, 'password', /password/],
    [{ email: 'x@example.com', password: 'correct horse battery', admin: true }, 'admin', /admin/],
  ])('refuses sign-up %j in plain words', async (payload, param, message) => {
    const res = await call(undefined, 'POST', '/dashboard/signup', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ status: 400, param });
    expect(res.json().error.message).toMatch(message);
  });

  it('documents the password rule it enforces (the contract test found 1–9 and 201–1000 characters documented valid)', async () => {
    const doc = (await call(undefined, 'GET', '/v1/openapi.json')).json();
    const body = doc.paths['/dashboard/signup'].post.requestBody.content['application/json'].schema;
    const schema = body.$ref ? doc.components.schemas[body.$ref.split('/').at(-1)] : body;
    expect(schema.properties.password).toMatchObject({ minLength: 10, maxLength: 200 });
  });

  it('refuses a second account for the same address, whatever its case', async () => {
    const { email } = await signUp();
    const res = await call(undefined, 'POST', '/dashboard/signup', {
      email: email.toUpperCase(),
      password: 'another password here',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'account_exists', param: 'email' });
  });

  it('logs in, answers the session, logs out, and the cookie no longer works', async () => {
    const { email } = await signUp();
    const browser: Browser = { cookie: undefined, csrf: undefined };
    const login = await call(browser, 'POST', '/dashboard/login', {
      email: email.toLowerCase(),
      password: 'correct horse battery',
    });
    expect(login.statusCode).toBe(200);
    browser.csrf = login.json().csrf_token;
    const session = await call(browser, 'GET', '/dashboard/session');
    expect(session.json()).toMatchObject({ user: { email }, csrf_token: browser.csrf });

    const stale = { ...browser };
    expect((await call(browser, 'POST', '/dashboard/logout')).statusCode).toBe(204);
    expect(browser.cookie).toBeUndefined();
    for (const url of ['/dashboard/session', '/v1/chatbots']) {
      const res = await call({ ...stale }, 'GET', url);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('not_signed_in');
    }
  });

  it('gives the same answer for an unknown address and a wrong password', async () => {
    const { email } = await signUp();
    const wrongPassword = await call(undefined, 'POST', '/dashboard/login', { email, password: 'not the password' });
    const unknown = await call(undefined, 'POST', '/dashboard/login', {
      email: 'nobody@example.com',
      password: 'not the password',
    });
    for (const res of [wrongPassword, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatchObject({
        code: 'invalid_credentials',
        message: 'The email address or password is incorrect.',
      });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it("cannot be signed in by another site's form (login CSRF): only JSON is taken", async () => {
    const { email } = await signUp();
    const body = JSON.stringify({ email, password: 'correct horse battery' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/dashboard/login',
        headers: { 'content-type': type },
        payload: body,
      });
      expect(res.statusCode, type).toBe(415);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('locks an account out after repeated wrong passwords, even from other addresses, then lets it in after the window', async () => {
    const { email } = await signUp();
    for (let i = 0; i < 5; i++) {
      const ip = `198.51.100.${i}`;
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: '/dashboard/login',
            remoteAddress: ip,
            payload: { email, password: 'wrong password!' },
          })
        ).statusCode,
      ).toBe(401);
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/dashboard/login',
      remoteAddress: '203.0.113.9',
      payload: { email, password: 'correct horse battery' },
    });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.json().error.message).toMatch(/Too many failed sign-in attempts/);
  });

  it('accepts the session on /v1 in place of a Bearer key, with the same rules, and demands the CSRF token to change anything', async () => {
    const { browser } = await signUp();
    expect((await call(browser, 'GET', '/v1/chatbots')).json()).toMatchObject({ data: [], total: 0, page: 1 });

    const noToken = await call({ ...browser, csrf: undefined }, 'POST', '/v1/chatbots', { name: 'Bot' });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('invalid_csrf_token');
    const wrongToken = await call({ ...browser, csrf: 'x'.repeat(43) }, 'POST', '/v1/chatbots', { name: 'Bot' });
    expect(wrongToken.json().error.code).toBe('invalid_csrf_token');
    expect((await call(browser, 'GET', '/v1/chatbots')).json().total).toBe(0);

    const created = await call(browser, 'POST', '/v1/chatbots', { name: 'Bot' });
    expect(created.statusCode).toBe(201);
    // The same validation as for a key.
    const bad = await call(browser, 'POST', '/v1/chatbots', { name: '' });
    expect(bad.json().error).toMatchObject({ code: 'invalid_request', param: 'name' });
    expect(created.headers['x-ratelimit-limit']).toBe('60');
  });

  it('creates API keys shown once, lists them without secrets, and revokes them for good', async () => {
    const { browser } = await signUp();
    const created = await call(browser, 'POST', '/dashboard/api-keys', { name: 'Production' });
    expect(created.statusCode).toBe(201);
    const key = created.json();
    expect(key.secret).toMatch(/^grv_live_[0-9A-Za-z]{40}$/);
    expect(key.prefix).toBe(key.secret.slice(0, 13));

    const used = await t.app.inject({
      method: 'GET',
      url: '/v1/chatbots',
      headers: { authorization: `Bearer ${key.secret}` },
    });
    expect(used.statusCode).toBe(200);
    const list = (await call(browser, 'GET', '/dashboard/api-keys')).json();
    expect(list).toMatchObject({
      total: 1,
      page: 1,
      data: [{ id: key.id, name: 'Production', prefix: key.prefix, revoked_at: null }],
    });
    expect(list.data[0].last_used_at).toMatch(/Z$/);
    expect(JSON.stringify(list)).not.toContain(key.secret);

    const revoked = await call(browser, 'DELETE', `/dashboard/api-keys/${key.id}`);
    expect(revoked.json()).toMatchObject({ id: key.id });
    expect(revoked.json().revoked_at).toMatch(/Z$/);
    expect(
      (await t.app.inject({ method: 'GET', url: '/v1/chatbots', headers: { authorization: `Bearer ${key.secret}` } }))
        .statusCode,
    ).toBe(401);
  });

  it("never shows or revokes another workspace's keys", async () => {
    const a = await signUp();
    const b = await signUp();
    const key = (await call(a.browser, 'POST', '/dashboard/api-keys', {})).json();
    expect((await call(b.browser, 'GET', '/dashboard/api-keys')).json().total).toBe(0);
    const res = await call(b.browser, 'DELETE', `/dashboard/api-keys/${key.id}`);
    expect(res.statusCode).toBe(404);
    expect((await call(a.browser, 'GET', '/dashboard/api-keys')).json().data[0].revoked_at).toBeNull();
    // Nor sees its chatbots through /v1.
    const bot = (await call(a.browser, 'POST', '/v1/chatbots', { name: 'A' })).json();
    expect((await call(b.browser, 'GET', `/v1/chatbots/${bot.id}`)).statusCode).toBe(404);
  });

  it('takes only a session on dashboard routes: an API key cannot mint keys', async () => {
    const tenant = await t.tenant();
    for (const [method, url] of [
      ['GET', '/dashboard/session'],
      ['GET', '/dashboard/api-keys'],
      ['POST', '/dashboard/api-keys'],
      ['DELETE', '/dashboard/api-keys/key_x'],
      ['GET', '/dashboard/usage'],
      ['POST', '/dashboard/logout'],
    ] as const) {
      for (const headers of [{}, tenant.auth]) {
        const res = await t.app.inject({ method, url, headers, ...(method === 'POST' ? { payload: {} } : {}) });
        expect(res.statusCode, `${method} ${url}`).toBe(401);
        expect(res.json().error.code).toBe('not_signed_in');
      }
    }
  });

  it('reports the plan, its limits and the usage against them', async () => {
    const { browser } = await signUp();
    await call(browser, 'POST', '/v1/chatbots', { name: 'One' });
    await call(browser, 'POST', '/v1/contacts', { email: 'c1@example.com' });
    await call(browser, 'POST', '/v1/contacts', { email: 'c2@example.com' });
    const contacts = (await call(browser, 'GET', '/v1/contacts')).json();
    expect(contacts.data.map((c: { source: string }) => c.source)).toEqual(['dashboard', 'dashboard']);
    const usage = (await call(browser, 'GET', '/dashboard/usage')).json();
    expect(usage).toMatchObject({
      plan: 'free',
      limits: { chatbots: 3, contacts: 1000, pages_per_chatbot: 100, requests_per_window: 60, window_seconds: 60 },
      usage: { chatbots: 1, contacts: 2, pages_trained: 0, emails_this_month: 0 },
      rate_limit: { limit: 60, remaining: 60 },
    });
  });
});
