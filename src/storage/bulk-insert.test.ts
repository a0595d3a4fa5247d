import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/helpers/engines.js';

// insertManyIgnoringConflicts on each engine: rows that hit a unique index are
// skipped and counted out; on PostgreSQL a column with one value in every row
// goes as a single parameter, which must store exactly what arrays would, and
// the others as array literals written by Grivo, which must store every text as it was.

describe.each(DIALECTS)('inserting many rows on %s', (dialect) => {
  let database: TestDatabase;
  const now = '2026-12-07T05:00:00.000Z';
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await database.db
      .insertInto('workspaces')
      .values({ id: 'ws_a', name: 'A', plan: 'pro', created_at: now, updated_at: now })
      .execute();
  });
  afterAll(() => database.drop());

  const contact = (n: number, changes: Record<string, unknown> = {}) => ({
    workspace_id: 'ws_a',
    id: `ct_${n}`,
    email: `p${n}@example.com`,
    email_key: `p${n}@example.com`,
    first_name: n % 2 ? `First ${n}` : null,
    last_name: null,
    phone: null,
    attributes: JSON.stringify({ n, quote: 'a "b", {c}' }),
    tags: '["x"]',
    tag_keys: '["x"]',
    status: 'subscribed',
    source: 'import',
    created_at: now,
    updated_at: now,
    created_by_import: 'imp_1',
    updated_by_import: null,
    updated_by_import_at: null,
    ...changes,
  });
  const stored = () =>
    database.db
      .selectFrom('contacts')
      .select(['id', 'email_key', 'first_name', 'last_name', 'attributes', 'tags', 'status', 'created_by_import'])
      .orderBy('id')
      .execute();

  it('stores varying and constant columns alike, and skips the rows an index refuses', async () => {
    const { db, engine } = database;
    expect(await engine.insertManyIgnoringConflicts(db, 'contacts', [contact(1)])).toBe(1);
    const rows = [contact(2), contact(1, { id: 'ct_9' }), contact(3, { status: 'unsubscribed', last_name: 'Last' })];
    expect(await engine.insertManyIgnoringConflicts(db, 'contacts', rows)).toBe(2);
    const all = await stored();
    expect(all.map((r) => r.id)).toEqual(['ct_1', 'ct_2', 'ct_3']);
    expect(all[2]).toMatchObject({ status: 'unsubscribed', last_name: 'Last', first_name: 'First 3' });
    expect(all[0]).toMatchObject({ first_name: 'First 1', last_name: null, created_by_import: 'imp_1' });
    const attributes = all.map((r) => (typeof r.attributes === 'string' ? JSON.parse(r.attributes) : r.attributes));
    expect(attributes).toEqual([1, 2, 3].map((n) => ({ n, quote: 'a "b", {c}' })));
  });

  it('stores every text as it was: quotes, backslashes, braces, commas, the word NULL, an empty text and a null', async () => {
    const { db, engine } = database;
    const odd = ['a"b\\c', '{x,y}', 'NULL', '', ' spaced ', 'Zürich 東京 😀', '\\"', null];
    const rows = odd.map((value, i) => contact(100 + i, { first_name: value, last_name: odd[odd.length - 1 - i] }));
    expect(await engine.insertManyIgnoringConflicts(db, 'contacts', rows)).toBe(odd.length);
    const stored = await db
      .selectFrom('contacts')
      .select(['first_name', 'last_name'])
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('email_key')
      .execute();
    expect(stored).toEqual(rows.map((r) => ({ first_name: r.first_name, last_name: r.last_name })));
  });

  it('refuses a column the table does not have', async () => {
    const { db, engine } = database;
    const bad = [contact(5, { nickname: 'x' }), contact(6, { nickname: 'x' })];
    await expect(engine.insertManyIgnoringConflicts(db, 'contacts', bad as never)).rejects.toThrow(/nickname/);
  });
});
