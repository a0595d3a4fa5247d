import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { browse, newBrowser, signUpBrowser } from '../../../../test/helpers/dashboard-client.js';
import { ENGINES_AND_QUEUES } from '../../../../test/helpers/engines.js';
import { readOutbox } from '../../../../test/helpers/mail.js';
import { jobHandlers } from '../../../worker.js';

describe.each(ENGINES_AND_QUEUES)('password reset and account settings on $name', ({ dialect, env }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { ...env, GRIVO_PUBLIC_URL: 'https://grivo.example.com' });
    t.services.queue.work(jobHandlers(t.services));
  });
  afterAll(() => t.close());

  const resetsOf = (userId: string) =>
    t.database.db.selectFrom('password_resets').selectAll().where('user_id', '=', userId).execute();

  /** The reset links mailed to `email`, oldest first, once `count` have arrived. */
  const linksTo = async (email: string, count: number) => {
    for (let i = 0; i < 400; i++) {
      const mails = (await readOutbox(t.database.dataDir)).filter((m) => m.text?.includes(email));
      if (mails.length >= count) {
        // The outbox names each file after the reset's id, and ids grow with time: file order is mail order.
        return mails.map((m) => {
          expect(m.subject).toBe('Reset your Grivo password');
          expect(m.from?.value[0]?.address).toBe('no-reply@grivo.example.com');
          return decodeURIComponent(/reset-password\?token=([^\s"<]+)/.exec(m.text!)![1]!);
        });
      }
      await sleep(25);
    }
    throw new Error(`no reset email to ${email}`);
  };
  const request = (email: string, ip = '203.0.113.9') =>
    t.app.inject({ method: 'POST', url: '/dashboard/password-reset', payload: { email }, remoteAddress: ip });

  it('answers 202 alike for an unknown address and mails nothing', async () => {
    const unknown = await request('nobody-here@example.com');
    const { email } = await signUpBrowser(t);
    const known = await request(email.toUpperCase());
    expect(unknown.statusCode).toBe(202);
    expect(known.statusCode).toBe(202);
    expect(unknown.json()).toEqual(known.json());
    await linksTo(email, 1);
    const all = await readOutbox(t.database.dataDir);
    expect(all.some((m) => m.text?.includes('nobody-here@example.com'))).toBe(false);
  });

  it('sets a new password from the mailed link once, signs out every session and signs in', async () => {
    const { browser, email, password, session } = await signUpBrowser(t);
    const elsewhere = newBrowser();
    await browse(t, elsewhere, 'POST', '/dashboard/login', { email, password });
    expect((await request(email)).statusCode).toBe(202);
    const [token] = await linksTo(email, 1);

    const short = await browse(t, undefined, 'POST', '/dashboard/password-reset/confirm', { token, password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.param).toBe('password');
    const asEmail = await browse(t, undefined, 'POST', '/dashboard/password-reset/confirm', { token, password: email });
    expect(asEmail.json().error).toMatchObject({ code: 'invalid_request', param: 'password' });

    const fresh = newBrowser();
    const done = await browse(t, fresh, 'POST', '/dashboard/password-reset/confirm', {
      token,
      password: 'a brand new passphrase',
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ user: { id: session.user.id }, workspace: { role: 'owner' } });
    expect((await browse(t, fresh, 'GET', '/dashboard/session')).statusCode).toBe(200);
    for (const old of [browser, elsewhere])
      expect((await browse(t, old, 'GET', '/dashboard/session')).json().error.code).toBe('not_signed_in');

    const again = await browse(t, undefined, 'POST', '/dashboard/password-reset/confirm', {
      token,
      password: 'yet another passphrase',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error).toMatchObject({ code: 'invalid_token', param: 'token' });
    expect((await browse(t, undefined, 'POST', '/dashboard/login', { email, password })).statusCode).toBe(401);
    const signIn = await browse(t, undefined, 'POST', '/dashboard/login', {
      email,
      password: 'a brand new passphrase',
    });
    expect(signIn.statusCode).toBe(200);
  });

  it('refuses a replaced, expired, altered or foreign link', async () => {
    const a = await signUpBrowser(t);
    const b = await signUpBrowser(t);
    await request(a.email);
    const [first] = await linksTo(a.email, 1);
    await request(a.email);
    const [, second] = await linksTo(a.email, 2);
    await request(b.email);
    const [foreign] = await linksTo(b.email, 1);

    const confirm = (token: string) =>
      browse(t, undefined, 'POST', '/dashboard/password-reset/confirm', { token, password: 'a brand new passphrase' });
    const [id, mac] = second!.split('.');
    const [foreignId] = foreign!.split('.');
    for (const token of [
      first!,
      `${id}.${mac!.slice(0, -2)}AA`,
      `${foreignId}.${mac}`,
      'prs_nothing.abc',
      'x'.repeat(150),
    ]) {
      const res = await confirm(token);
      expect(res.statusCode, token).toBe(400);
      expect(res.json().error.code, token).toBe('invalid_token');
    }
    await t.database.db
      .updateTable('password_resets')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', id!)
      .execute();
    expect((await confirm(second!)).json().error.code).toBe('invalid_token');
    expect((await confirm(foreign!)).statusCode).toBe(200);
  });

  it('mails an address at most three links a window, and limits requests per IP address', async () => {
    const { email, session } = await signUpBrowser(t);
    for (let i = 0; i < 3; i++) expect((await request(email, '198.51.100.20')).statusCode).toBe(202);
    const [third] = await resetsOf(session.user.id);
    expect((await request(email, '198.51.100.21')).statusCode).toBe(202);
    expect(await resetsOf(session.user.id)).toEqual([third]);

    const limit = t.services.config.rateLimit.authFailures;
    let refused: { statusCode: number; headers: Record<string, unknown> } | undefined;
    for (let i = 0; i <= limit && !refused; i++) {
      const res = await request(`someone${i}@example.com`, '198.51.100.99');
      if (res.statusCode === 429) refused = res;
    }
    expect(refused?.headers['retry-after']).toBeDefined();
  });

  it('changes the name, email and password of the signed-in account, the last two with the current password', async () => {
    const { browser, email, password } = await signUpBrowser(t);
    const other = await signUpBrowser(t);
    const elsewhere = newBrowser();
    await browse(t, elsewhere, 'POST', '/dashboard/login', { email, password });

    const named = await browse(t, browser, 'PATCH', '/dashboard/account', { name: '  Grace  ' });
    expect(named.json().user.name).toBe('Grace');
    const newEmail = `renamed.${Date.now()}@example.com`;
    const cases: [object, number, string][] = [
      [{ email: newEmail }, 400, 'current_password'],
      [{ email: newEmail, current_password: 'wrong password' }, 400, 'current_password'],
      [{ email: 'not an address', current_password: password }, 400, 'email'],
      [{ email: other.email, current_password: password }, 409, 'email'],
      [{ password: 'short', current_password: password }, 400, 'password'],
      [{ nickname: 'x' }, 400, 'nickname'],
    ];
    for (const [body, status, param] of cases) {
      const res = await browse(t, browser, 'PATCH', '/dashboard/account', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().error.param, JSON.stringify(body)).toBe(param);
    }
    const noCsrf = await t.app.inject({
      method: 'PATCH',
      url: '/dashboard/account',
      headers: { cookie: browser.cookie! },
      payload: { name: 'Mallory' },
    });
    expect(noCsrf.json().error.code).toBe('invalid_csrf_token');

    const moved = await browse(t, browser, 'PATCH', '/dashboard/account', {
      email: newEmail,
      password: 'another long passphrase',
      current_password: password,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().user).toMatchObject({ email: newEmail, name: 'Grace' });
    expect((await browse(t, browser, 'GET', '/dashboard/session')).statusCode).toBe(200);
    expect((await browse(t, elsewhere, 'GET', '/dashboard/session')).statusCode).toBe(401);
    const login = await browse(t, undefined, 'POST', '/dashboard/login', {
      email: newEmail,
      password: 'another long passphrase',
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().user.name).toBe('Grace');
  });

  it('renames the workspace and sets its address, sender and time zone (shared with /v1/settings); a member cannot', async () => {
    const { browser, session } = await signUpBrowser(t);
    const initial = await browse(t, browser, 'GET', '/dashboard/workspace');
    expect(initial.json()).toMatchObject({ id: session.workspace.id, time_zone: 'UTC', postal_address: null });

    const bad: [object, string][] = [
      [{ time_zone: 'Mars/Olympus' }, 'time_zone'],
      [{ time_zone: '' }, 'time_zone'],
      [{ time_zone: 7 }, 'time_zone'],
      [{ name: '   ' }, 'name'],
      [{ default_from_email: 'nope' }, 'default_from_email'],
      [{ double_opt_in: false }, 'double_opt_in'],
    ];
    for (const [body, param] of bad) {
      const res = await browse(t, browser, 'PATCH', '/dashboard/workspace', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.param, JSON.stringify(body)).toBe(param);
    }
    const changed = await browse(t, browser, 'PATCH', '/dashboard/workspace', {
      name: 'Acme Tools Ltd',
      time_zone: 'europe/paris',
      postal_address: '1 Market Street, Springfield',
      default_from_name: 'Acme',
    });
    expect(changed.json()).toMatchObject({
      name: 'Acme Tools Ltd',
      time_zone: 'Europe/Paris',
      default_from_name: 'Acme',
    });
    expect((await browse(t, browser, 'GET', '/dashboard/session')).json().workspace).toMatchObject({
      name: 'Acme Tools Ltd',
      time_zone: 'Europe/Paris',
    });
    // Saving the same values again changes nothing, and records nothing.
    const same = await browse(t, browser, 'PATCH', '/dashboard/workspace', {
      name: 'Acme Tools Ltd',
      time_zone: 'UTC',
    });
    expect(same.json()).toMatchObject({ name: 'Acme Tools Ltd', time_zone: 'UTC' });
    // The audit log says who changed which fields (not their values).
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'details'])
      .where('workspace_id', '=', session.workspace.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => ({ ...a, details: JSON.parse(a.details) }))).toEqual([
      {
        action: 'workspace.updated',
        actor_id: session.user.id,
        details: { fields: ['default_from_name', 'name', 'postal_address', 'time_zone'] },
      },
      { action: 'workspace.updated', actor_id: session.user.id, details: { fields: ['time_zone'] } },
    ]);
    // One place holds the sender and address: the API's settings read what the dashboard wrote.
    expect((await browse(t, browser, 'GET', '/v1/settings')).json()).toMatchObject({
      postal_address: '1 Market Street, Springfield',
      default_from_name: 'Acme',
    });

    // A member (no admin) may read it but not change it.
    await t.database.db
      .updateTable('memberships')
      .set({ role: 'member' })
      .where('workspace_id', '=', session.workspace.id)
      .execute();
    expect((await browse(t, browser, 'GET', '/dashboard/workspace')).statusCode).toBe(200);
    const refused = await browse(t, browser, 'PATCH', '/dashboard/workspace', { name: 'Mine now' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/owner or admin/) });
    expect((await browse(t, browser, 'GET', '/dashboard/workspace')).json().name).toBe('Acme Tools Ltd');
  });
});
