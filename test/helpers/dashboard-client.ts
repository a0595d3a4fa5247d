import type { TestApp } from './app.js';
import { SESSION_COOKIE } from '../../src/features/accounts/cookie.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A browser's view of the dashboard routes: its cookie jar and the CSRF token it was given. */
export interface Browser {
  cookie: string | undefined;
  csrf: string | undefined;
}

export const newBrowser = (): Browser => ({ cookie: undefined, csrf: undefined });

const cookieOf = (setCookie: string | string[] | undefined): string | undefined => {
  const header = ([] as string[]).concat(setCookie ?? []).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return header?.split(';')[0];
};

/**
 * Calls a route as that browser would: its cookie, its CSRF token on changes;
 * keeps the cookie the answer sets (or clears), and the CSRF token of a session it opens.
 */
export async function browse(
  t: TestApp,
  browser: Browser | undefined,
  method: Method,
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
) {
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
  const csrf = res.statusCode < 300 && res.body.startsWith('{') ? res.json().csrf_token : undefined;
  if (browser && typeof csrf === 'string') browser.csrf = csrf;
  return res;
}

let accounts = 0;

/** Signs up a new account in a browser of its own. */
export async function signUpBrowser(t: TestApp, password = 'correct horse battery') {
  const browser = newBrowser();
  const email = `person${++accounts}.${Date.now()}@example.com`;
  const res = await browse(t, browser, 'POST', '/dashboard/signup', { email, password, name: 'Ada' });
  if (res.statusCode !== 201) throw new Error(`sign-up failed: ${res.body}`);
  return { browser, email, password, session: res.json() };
}
