import { sql } from 'kysely';
import type { Executor } from '../../../storage/database.js';
import type { SqlEngine } from '../../../storage/sql-engine.js';

export interface TagCountRow {
  key: string;
  tag: string;
  contacts: number;
}

// Above every character a prefix can end with (see contacts/store.ts).
const MAX_CHAR = '\u{10FFFF}';

/**
 * The workspace's tags, most used first, each counted once per contact and
 * shown as written on the oldest contact that has it. `tag_keys` is `tags`
 * lowercased in the same order, so element i of one is element i of the other.
 */
export async function listTagCounts(
  db: Executor,
  engine: SqlEngine,
  workspaceId: string,
  prefix: string | undefined,
  window: { limit: number; offset: number },
): Promise<TagCountRow[]> {
  const query = engine.pick({
    // SQLite: a bare column beside min() comes from the row holding the minimum.
    sqlite: sql<TagCountRow>`
      select k.value as key, t.value as tag, count(distinct c.id) as contacts, min(c.id) as first_id
      from contacts c, json_each(c.tag_keys) k, json_each(c.tags) t
      where c.workspace_id = ${workspaceId} and t.key = k.key
      ${prefix === undefined ? sql`` : sql`and k.value >= ${prefix} and k.value < ${prefix + MAX_CHAR}`}
      group by k.value
      order by contacts desc, key
      limit ${window.limit} offset ${window.offset}`,
    postgres: sql<TagCountRow>`
      select k.value as key, (array_agg(t.value order by c.id))[1] as tag, count(distinct c.id)::int as contacts
      from contacts c
      cross join lateral jsonb_array_elements_text(c.tag_keys) with ordinality as k(value, i)
      join lateral jsonb_array_elements_text(c.tags) with ordinality as t(value, i) on t.i = k.i
      where c.workspace_id = ${workspaceId}
      ${prefix === undefined ? sql`` : sql`and starts_with(k.value, ${prefix})`}
      group by k.value
      order by contacts desc, k.value collate "C"
      limit ${window.limit} offset ${window.offset}`,
  });
  const { rows } = await query.execute(db);
  return rows.map((r) => ({ key: r.key, tag: r.tag, contacts: Number(r.contacts) }));
}

/** How many distinct tags (case-insensitively) the workspace's contacts carry. */
export async function countTags(
  db: Executor,
  engine: SqlEngine,
  workspaceId: string,
  prefix: string | undefined,
): Promise<number> {
  const query = engine.pick({
    sqlite: sql<{ n: number }>`
      select count(distinct k.value) as n from contacts c, json_each(c.tag_keys) k
      where c.workspace_id = ${workspaceId}
      ${prefix === undefined ? sql`` : sql`and k.value >= ${prefix} and k.value < ${prefix + MAX_CHAR}`}`,
    postgres: sql<{ n: number }>`
      select count(distinct k.value)::int as n
      from contacts c cross join lateral jsonb_array_elements_text(c.tag_keys) as k(value)
      where c.workspace_id = ${workspaceId}
      ${prefix === undefined ? sql`` : sql`and starts_with(k.value, ${prefix})`}`,
  });
  const { rows } = await query.execute(db);
  return Number(rows[0]?.n ?? 0);
}
