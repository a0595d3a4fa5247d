import { ApiError, notFound } from '../../http/api-error.js';
import { pageOf, type Page } from '../../http/pagination.js';
import { newId } from '../../lib/ids.js';
import { apiTime, nowIso } from '../../lib/time.js';
import type { Database } from '../../storage/database.js';
import type { Expression, SqlBool } from 'kysely';
import { segmentWhere } from './compile.js';
import type {
  CreateSegmentBody,
  ListSegmentsQuery,
  SegmentDefinition,
  SegmentResponse,
  UpdateSegmentBody,
} from './schema.js';
import { segments, toSegment, type SegmentRow } from './store.js';

export interface SegmentDeps {
  database: Database;
}

/** How many contacts of the workspace match, and how many of them are subscribed. */
export async function countMatching(
  deps: SegmentDeps,
  workspaceId: string,
  definition: SegmentDefinition,
): Promise<{ contacts: number; subscribed: number }> {
  const { db, engine } = deps.database;
  const row = await db
    .selectFrom('contacts')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'subscribed').then(1).else(0).end()).as('subscribed'),
    ])
    .where(segmentWhere(engine, workspaceId, definition))
    .executeTakeFirstOrThrow();
  return { contacts: Number(row.n), subscribed: Number(row.subscribed ?? 0) };
}

async function toResponse(deps: SegmentDeps, row: SegmentRow): Promise<SegmentResponse> {
  const segment = toSegment(row);
  const { contacts } = await countMatching(deps, row.workspace_id, segment);
  return {
    id: row.id,
    name: row.name,
    match: segment.match,
    conditions: segment.conditions,
    contacts,
    created_at: apiTime(row.created_at),
    updated_at: apiTime(row.updated_at),
  };
}

async function rowOf(deps: SegmentDeps, workspaceId: string, id: string): Promise<SegmentRow> {
  const row = await segments.find(deps.database.db, workspaceId, id);
  if (!row) throw notFound('segment', id);
  return row;
}

/** Newest first, each with its live count (one count per segment of the page). */
export async function listSegments(
  deps: SegmentDeps,
  workspaceId: string,
  query: ListSegmentsQuery,
): Promise<Page<SegmentResponse>> {
  const page = await pageOf(query, segments.of(deps.database.db, workspaceId), (row) => row);
  const data: SegmentResponse[] = [];
  for (const row of page.data) data.push(await toResponse(deps, row));
  return { ...page, data };
}

export async function getSegment(deps: SegmentDeps, workspaceId: string, id: string): Promise<SegmentResponse> {
  return toResponse(deps, await rowOf(deps, workspaceId, id));
}

export async function createSegment(
  deps: SegmentDeps,
  workspaceId: string,
  body: CreateSegmentBody,
): Promise<SegmentResponse> {
  const now = nowIso();
  const row: SegmentRow = {
    id: newId('seg'),
    workspace_id: workspaceId,
    name: body.name,
    match: body.match,
    conditions: JSON.stringify(body.conditions),
    created_at: now,
    updated_at: now,
  };
  await segments.insert(deps.database.db, row);
  return toResponse(deps, row);
}

export async function updateSegment(
  deps: SegmentDeps,
  workspaceId: string,
  id: string,
  body: UpdateSegmentBody,
): Promise<SegmentResponse> {
  await rowOf(deps, workspaceId, id);
  await segments.update(deps.database.db, workspaceId, id, {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.match !== undefined ? { match: body.match } : {}),
    ...(body.conditions !== undefined ? { conditions: JSON.stringify(body.conditions) } : {}),
    updated_at: nowIso(),
  });
  return getSegment(deps, workspaceId, id);
}

/** Campaigns that name it keep their audience; sending one answers that the segment is gone. */
export async function deleteSegment(deps: SegmentDeps, workspaceId: string, id: string): Promise<void> {
  if (!(await segments.remove(deps.database.db, workspaceId, id))) throw notFound('segment', id);
}

/**
 * The condition for "contacts of segment `id`", for lists and audiences
 * outside this feature; 404 naming `param` when the workspace has no such segment.
 */
export async function segmentFilter(
  deps: SegmentDeps,
  workspaceId: string,
  id: string,
  param = 'segment',
): Promise<Expression<SqlBool>> {
  const row = await segments.find(deps.database.db, workspaceId, id);
  if (!row) throw new ApiError('not_found', `No segment with id '${id}' exists in this workspace.`, param);
  return segmentWhere(deps.database.engine, workspaceId, toSegment(row));
}
