import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../test/helpers/engines.js';
import { preparedOnPostgres } from './postgres-prepared.js';

const MARKED = preparedOnPostgres('select count(*)::int as n from workspaces where plan = $1');
const UNMARKED = 'select count(*)::int as n from workspaces where plan <> $1';

describe.skipIf(!TEST_DATABASE_URL)('PostgreSQL statements', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const now = new Date().toISOString();
    await database.db
      .insertInto('workspaces')
      .values(
        Array.from({ length: 300 }, (_, i) => ({
          id: `ws_${i}`,
          name: `w${i}`,
          plan: i % 3 === 0 ? 'pro' : 'free',
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
  });
  afterAll(() => database.drop());

  it('runs a marked text as a named statement, prepared once per connection, and others as they come', async () => {
    await database.db.connection().execute(async (connection) => {
      const counts = [];
      for (const plan of ['pro', 'free', 'pro']) {
        counts.push((await connection.executeQuery<{ n: number }>(CompiledQuery.raw(MARKED, [plan]))).rows[0]!.n);
        await connection.executeQuery(CompiledQuery.raw(UNMARKED, [plan]));
      }
      expect(counts).toEqual([100, 200, 100]);
      const prepared = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(
        connection,
      );
      expect(prepared.rows.map((r) => r.statement)).toEqual([MARKED]);
    });
  });

  it('refreshes the planner’s statistics of a table on demand', async () => {
    const rows = () =>
      sql<{ n: number }>`select reltuples::int as n from pg_class where oid = 'workspaces'::regclass`.execute(
        database.db,
      );
    expect((await rows()).rows[0]!.n).not.toBe(300); // never analyzed yet: -1
    await database.engine.refreshStatistics(database.db, 'workspaces');
    expect((await rows()).rows[0]!.n).toBe(300);
  });
});
