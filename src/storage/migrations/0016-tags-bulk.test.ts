import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, emptyDatabase, migrating } from '../../../test/helpers/engines.js';
import { openDatabase } from '../database.js';
import { migrateToLatest } from '../migrate.js';

const NOW = '2026-11-01T00:00:00.000Z';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe.each(DIALECTS)('migration 0016 on %s', (dialect) => {
  it('fills the lowercased tag keys of the contacts made before it, so their tags match whatever the case', async () => {
    const settings = await emptyDatabase(dialect);
    cleanups.push(() => settings.drop());
    const database = await openDatabase({ url: settings.url, dataDir: settings.dataDir, poolSize: 2 });
    cleanups.unshift(() => database.close());
    await migrating(dialect, () => migrateToLatest(database, '0015-segments'));
    const db = database.db as any;
    await db
      .insertInto('workspaces')
      .values({ id: 'ws_1', name: 'Shop', plan: 'free', created_at: NOW, updated_at: NOW })
      .execute();
    const contact = (id: string, tags: string[]) => ({
      workspace_id: 'ws_1',
      id,
      email: `${id}@example.com`,
      email_key: `${id}@example.com`,
      attributes: '{}',
      tags: JSON.stringify(tags),
      status: 'subscribed',
      source: 'api',
      created_at: NOW,
      updated_at: NOW,
    });
    await db
      .insertInto('contacts')
      .values([contact('ct_1', ['VIP', 'Straße']), contact('ct_2', [])])
      .execute();
    await migrating(dialect, () => migrateToLatest(database));
    const rows = await db.selectFrom('contacts').select(['id', 'tag_keys']).orderBy('id').execute();
    const keys = rows.map((r: { tag_keys: unknown }) =>
      typeof r.tag_keys === 'string' ? JSON.parse(r.tag_keys) : r.tag_keys,
    );
    expect(keys).toEqual([['vip', 'straße'], []]);
  });
});
