import { sql, type Expression, type SqlBool } from 'kysely';
import type { SqlEngine } from '../../storage/sql-engine.js';

import { tagKeys } from './tags/keys.js';

// Tags are matched case-insensitively everywhere: see tags/keys.ts.
export { mergeTags, removeTags, tagKey, tagKeys } from './tags/keys.js';

/**
 * True for the contacts (table `contacts`) carrying any (or all) of the tags,
 * whatever their case. No tags matches every contact.
 */
export function tagCondition(engine: SqlEngine, tags: readonly string[], match: 'any' | 'all'): Expression<SqlBool> {
  const keys = [...new Set(tagKeys(tags))];
  if (keys.length === 0) return sql<SqlBool>`1 = 1`;
  const each = keys.map((key) => engine.jsonArrayContains(sql.ref('contacts.tag_keys'), key));
  if (each.length === 1) return each[0]!;
  return sql<SqlBool>`(${sql.join(each, sql` ${sql.raw(match === 'all' ? 'and' : 'or')} `)})`;
}
