import { knownTotal, offsetOf, toPage, type Page } from '../../../http/pagination.js';
import type { Database } from '../../../storage/database.js';
import type { ListTagsQuery, TagResponse } from './schema.js';
import { tagKey } from './keys.js';
import { countTags, listTagCounts } from './store.js';

export async function listTags(
  deps: { database: Database },
  workspaceId: string,
  query: ListTagsQuery,
): Promise<Page<TagResponse>> {
  const { db, engine } = deps.database;
  const prefix = query.search === undefined ? undefined : tagKey(query.search);
  const offset = offsetOf(query);
  const rows = await listTagCounts(db, engine, workspaceId, prefix, { limit: query.per_page, offset });
  const total = knownTotal(rows.length, offset, query.per_page) ?? (await countTags(db, engine, workspaceId, prefix));
  return toPage(
    rows.map((r) => ({ tag: r.tag, contacts: r.contacts })),
    total,
    query,
  );
}
