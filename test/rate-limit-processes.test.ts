import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBase62 } from '../src/lib/ids.js';
import { createTenant, deleteRedisPrefix } from './helpers/app.js';
import { createTestDatabase, DIALECTS, TEST_REDIS_URL, type TestDatabase } from './helpers/engines.js';
import { startGrivo, type GrivoProcess } from './helpers/processes.js';

// Two API processes behind one "load balancer" (requests alternate between
// them) share the Redis limiter: together they admit exactly the plan limit.
describe.skipIf(!TEST_REDIS_URL).each(DIALECTS)(
  'rate limits across two API processes sharing Redis, on %s',
  (dialect) => {
    let database: TestDatabase;
    let servers: GrivoProcess[] = [];
    const prefix = `test-${randomBase62(10)}`;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      const env = {
        ...database.env,
        REDIS_URL: TEST_REDIS_URL!,
        GRIVO_REDIS_PREFIX: prefix,
      };
      servers = await Promise.all([startGrivo(env, 'api'), startGrivo(env, 'api')]);
    }, 60_000);
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.stop()));
      await deleteRedisPrefix(TEST_REDIS_URL!, prefix);
      await database.drop();
    });

    it('admits exactly 60 of 200 requests split over both processes, 160 of them racing for the last 20', async () => {
      // A first request warms each process up (JIT, statement caches), so a cold
      // one does not arrive after the other has used up the whole limit.
      const warm = await createTenant({ database }, 'free');
      await Promise.all(servers.map((s) => fetch(`${s.url}/v1/chatbots`, { headers: warm.auth })));
      const tenant = await createTenant({ database }, 'free');
      // Two waves, so that which process is quicker cannot decide who admits:
      // 40 at once fit the limit on both processes; then 160 at once race, over
      // both processes, for the 20 that are left.
      const wave = (from: number, count: number) =>
        Promise.all(
          Array.from({ length: count }, (_, k) =>
            fetch(`${servers[(from + k) % 2]!.url}/v1/chatbots`, { headers: tenant.auth }),
          ),
        );
      const responses = [...(await wave(0, 40)), ...(await wave(40, 160))];
      const statuses = responses.map((r) => r.status);
      expect(statuses.slice(0, 40).every((s) => s === 200)).toBe(true);
      expect(statuses.filter((s) => s === 200)).toHaveLength(60);
      expect(statuses.filter((s) => s === 429)).toHaveLength(140);
      // Both processes took part in admitting and in refusing.
      for (const parity of [0, 1]) {
        const mine = statuses.filter((_, i) => i % 2 === parity);
        expect(mine).toContain(200);
        expect(mine).toContain(429);
      }
      for (const r of responses.filter((r) => r.status === 429))
        expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    });

    it('admits exactly the sign-in failure budget of 60 concurrent wrong passwords split over both processes', async () => {
      // Each attempt reserves its failure before hashing, in Redis: the budget
      // (GRIVO_AUTH_FAILURES_PER_WINDOW, 20) holds however many arrive at once.
      const attempt = (i: number) =>
        fetch(`${servers[i % 2]!.url}/dashboard/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'victim@example.com', password: `guess number ${i}` }),
        });
      const statuses = (await Promise.all(Array.from({ length: 60 }, (_, i) => attempt(i)))).map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(20);
      expect(statuses.filter((s) => s === 429)).toHaveLength(40);
    });
  },
);
