import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Db, Executor } from '../../../storage/database.js';
import type { SqlEngine } from '../../../storage/sql-engine.js';
import type { Tables } from '../../../storage/tables.js';
import { tagCondition } from '../../contacts/tag-match.js';
import { findSegment, segmentWhere, type Segment } from '../../segments/compile.js';
import type { Audience } from '../schema.js';

/** An audience with the segment it names read from the database (once per count or send). */
export type ResolvedAudience = Audience & { resolved?: Segment };

/** The audience names a segment that no longer exists. */
export class SegmentGoneError extends Error {
  constructor(readonly segmentId: string) {
    super(`The audience's segment ${segmentId} was deleted: choose another audience.`);
  }
}

/** Reads the segment the audience names, if it names one; throws SegmentGoneError when it was deleted. */
export async function resolveAudience(
  db: Executor,
  workspaceId: string,
  audience: Audience,
): Promise<ResolvedAudience> {
  if (audience.segment === undefined) return audience;
  const resolved = await findSegment(db, workspaceId, audience.segment);
  if (!resolved) throw new SegmentGoneError(audience.segment);
  return { ...audience, resolved };
}

/**
 * The contacts a campaign goes to: the workspace's subscribed contacts with
 * any (or all) of the audience's tags, or of its segment. One definition, so
 * the count the dashboard shows and the snapshot a send takes never disagree.
 */
export function inAudience(engine: SqlEngine, workspaceId: string, audience: ResolvedAudience) {
  return (eb: ExpressionBuilder<Tables, 'contacts'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [eb('workspace_id', '=', workspaceId), eb('status', '=', 'subscribed')];
    if (audience.tags.length > 0) conditions.push(tagCondition(engine, audience.tags, audience.match));
    if (audience.segment !== undefined) {
      if (!audience.resolved) throw new SegmentGoneError(audience.segment);
      conditions.push(segmentWhere(engine, workspaceId, audience.resolved));
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
  const resolved = await resolveAudience(db, workspaceId, audience);
  const row = await db
    .selectFrom('contacts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(inAudience(engine, workspaceId, resolved))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
