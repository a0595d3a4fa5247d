import type { Executor } from '../../storage/database.js';
import type { SegmentsTable } from '../../storage/tables-segments.js';
import type { Condition } from './condition.js';

export type SegmentRow = SegmentsTable;

/** A segment as `segmentWhere` takes it. */
export interface Segment {
  id: string;
  name: string;
  match: 'all' | 'any';
  conditions: Condition[];
}

export function toSegment(row: SegmentRow): Segment {
  return {
    id: row.id,
    name: row.name,
    match: row.match === 'any' ? 'any' : 'all',
    conditions: JSON.parse(row.conditions) as Condition[],
  };
}

export async function findSegmentRow(db: Executor, workspaceId: string, id: string): Promise<SegmentRow | undefined> {
  return db
    .selectFrom('segments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The workspace's segment with this id, ready for `segmentWhere`; undefined when none (or another workspace's). */
export async function findSegment(db: Executor, workspaceId: string, id: string): Promise<Segment | undefined> {
  const row = await findSegmentRow(db, workspaceId, id);
  return row && toSegment(row);
}

/** Newest first. */
export async function listSegmentRows(
  db: Executor,
  workspaceId: string,
  window: { limit: number; offset: number },
): Promise<SegmentRow[]> {
  return db
    .selectFrom('segments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countSegments(db: Executor, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('segments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertSegment(db: Executor, row: SegmentRow): Promise<void> {
  await db.insertInto('segments').values(row).execute();
}

export async function updateSegmentRow(
  db: Executor,
  row: Pick<SegmentRow, 'workspace_id' | 'id'> & Partial<SegmentRow>,
): Promise<boolean> {
  const { workspace_id, id, ...changes } = row;
  const result = await db
    .updateTable('segments')
    .set(changes)
    .where('workspace_id', '=', workspace_id)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteSegmentRow(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('segments')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
