import type { Executor } from '../../storage/database.js';
import type { SegmentsTable } from '../../storage/tables-segments.js';
import { workspaceTable } from '../../storage/workspace-table.js';
import type { Condition } from './condition.js';

export type SegmentRow = SegmentsTable;

export const segments = workspaceTable('segments');

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

/** The workspace's segment with this id, ready for `segmentWhere`; undefined when none (or another workspace's). */
export async function findSegment(db: Executor, workspaceId: string, id: string): Promise<Segment | undefined> {
  const row = await segments.find(db, workspaceId, id);
  return row && toSegment(row);
}
