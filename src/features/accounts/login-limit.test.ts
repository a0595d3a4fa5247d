import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { ENGINES_AND_QUEUES } from '../../../test/helpers/engines.js';

// Issue 12: the failure budget used to be checked before the password hash
// and counted after it, so concurrent guesses all got through. Now each
// attempt reserves its failure first (memory or Redis), atomically.
describe.each(ENGINES_AND_QUEUES)('the sign-in failure budget under concurrency, $name', ({ dialect, env }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { ...env, GRIVO_AUTH_FAILURES_PER_WINDOW: '5' });
  });
  afterAll(() => t.close());

  let ip = 0;
  const login = (email: string, password: string, remoteAddress: string) =>
    t.app.inject({ method: 'POST', url: '/dashboard/login', remoteAddress, payload: { email, password } });
  const signUp = (email: string, remoteAddress: string) =>
    t.app.inject({
      method: 'POST',
      url: '/dashboard/signup',
      remoteAddress,
      payload: { email, password: 'correct horse battery' },
    });

  it('admits exactly the budget of 60 concurrent wrong passwords from one address; the rest get 429', async () => {
    const address = `10.60.0.${++ip}`;
    const statuses = (
      await Promise.all(Array.from({ length: 60 }, (_, i) => login(`who${i}@example.com`, 'wrong password!', address)))
    ).map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(55);
  });

  it('admits exactly the budget of concurrent guesses at one account from many addresses', async () => {
    const statuses = (
      await Promise.all(
        Array.from({ length: 30 }, () => login('target@example.com', 'wrong password!', `10.61.0.${++ip}`)),
      )
    ).map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
  });

  it('gives the reservation back when the password is right, so signing in never uses the budget', async () => {
    const address = `10.62.0.${++ip}`;
    expect((await signUp('owner@example.com', address)).statusCode).toBe(201);
    for (let i = 0; i < 8; i++)
      expect((await login('owner@example.com', 'correct horse battery', address)).statusCode).toBe(200);
    expect((await login('owner@example.com', 'wrong password!', address)).statusCode).toBe(401);
  });

  it('counts a sign-up that finds the address taken as a failed sign-in, so accounts cannot be probed in bulk', async () => {
    const address = `10.63.0.${++ip}`;
    expect((await signUp('taken@example.com', `10.63.1.${ip}`)).statusCode).toBe(201);
    const statuses = (await Promise.all(Array.from({ length: 12 }, () => signUp('taken@example.com', address)))).map(
      (r) => r.statusCode,
    );
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    // New accounts from that address are refused too until the window moves on.
    expect((await signUp('new@example.com', address)).statusCode).toBe(429);
  });
});
