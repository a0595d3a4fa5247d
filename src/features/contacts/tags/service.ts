import { pageOf, type Page } from '../../../http/pagination.js';
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
  return pageOf(
    query,
    {
      rows: (window) => listTagCounts(db, engine, workspaceId, prefix, window),
      count: () => countTags(db, engine, workspaceId, prefix),
    },
    (r) => ({ tag: r.tag, contacts: r.contacts }),
  );
}
