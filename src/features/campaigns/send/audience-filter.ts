import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Db } from '../../../storage/database.js';
import type { SqlEngine } from '../../../storage/sql-engine.js';
import type { Tables } from '../../../storage/tables.js';
import type { Audience } from '../schema.js';

/**
 * The contacts a campaign goes to: the workspace's subscribed contacts with
 * any (or all) of the audience's tags. One definition, so the count the
 * dashboard shows and the snapshot a send takes never disagree.
 */
export function inAudience(engine: SqlEngine, workspaceId: string, audience: Audience) {
  return (eb: ExpressionBuilder<Tables, 'contacts'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [eb('workspace_id', '=', workspaceId), eb('status', '=', 'subscribed')];
    if (audience.tags.length > 0) {
      const each = audience.tags.map((tag) => engine.jsonArrayContains(eb.ref('tags'), tag));
      conditions.push(audience.match === 'all' ? eb.and(each) : eb.or(each));
    }
    return eb.and(conditions);
  };
}

/** How many contacts a send of this audience would snapshot now. */
export async function countAudience(
  db: Db,
  engine: SqlEngine,
  workspaceId: string,
  audience: Audience,
): Promise<number> {
  const row = await db
    .selectFrom('contacts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(inAudience(engine, workspaceId, audience))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
