import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/helpers/engines.js';
import { compiledQuery } from './compiled-query.js';
import type { Db } from './database.js';

const now = new Date().toISOString();

describe.each(DIALECTS)('compiledQuery on %s', (dialect) => {
  let a: TestDatabase;
  let b: TestDatabase;
  beforeAll(async () => {
    [a, b] = [await createTestDatabase(dialect), await createTestDatabase(dialect)];
    for (const [database, names] of [
      [a, ['alpha', 'beta', 'gamma']],
      [b, ['delta']],
    ] as const) {
      for (const name of names) {
        await database.db
          .insertInto('workspaces')
          .values({ id: `ws_${name}`, name, plan: 'free', created_at: now, updated_at: now })
          .execute();
      }
    }
  });
  afterAll(async () => {
    await a.drop();
    await b.drop();
  });

  const byPlanAfter = compiledQuery((db: Db, plan: string, after: string, limit: number) =>
    db
      .selectFrom('workspaces')
      .select('name')
      .where('plan', '=', plan)
      .where('name', '>', after)
      .orderBy('name')
      .limit(limit),
  );

  it('runs the once-compiled query with each call’s own values, per database', async () => {
    expect(await byPlanAfter(a.db, 'free', 'a', 10)).toEqual([{ name: 'alpha' }, { name: 'beta' }, { name: 'gamma' }]);
    expect(await byPlanAfter(a.db, 'free', 'alpha', 1)).toEqual([{ name: 'beta' }]);
    expect(await byPlanAfter(a.db, 'pro', 'a', 10)).toEqual([]);
    expect(await byPlanAfter(b.db, 'free', 'a', 10)).toEqual([{ name: 'delta' }]);
  });

  it('refuses a query whose parameters are not each used once, in order', async () => {
    const swapped = compiledQuery((db: Db, limit: number, plan: string) =>
      db.selectFrom('workspaces').select('name').where('plan', '=', plan).limit(limit),
    );
    const twice = compiledQuery((db: Db, plan: string) =>
      db.selectFrom('workspaces').select('name').where('plan', '=', plan).where('name', '<>', plan),
    );
    const withLiteral = compiledQuery((db: Db, plan: string) =>
      db.selectFrom('workspaces').select('name').where('plan', '=', plan).where('name', '<>', 'x'),
    );
    await expect(swapped(a.db, 10, 'free')).rejects.toThrow(/in order/);
    await expect(twice(a.db, 'free')).rejects.toThrow(/in order/);
    await expect(withLiteral(a.db, 'free')).rejects.toThrow(/in order/);
  });
});
