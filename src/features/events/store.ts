import type { Executor } from '../../storage/database.js';
import type { EventsTable } from '../../storage/tables-webhooks.js';

export type EventRow = EventsTable;

export async function insertEvent(db: Executor, row: EventRow): Promise<void> {
  await db.insertInto('events').values(row).execute();
}

export async function findEvent(db: Executor, workspaceId: string, id: string): Promise<EventRow | undefined> {
  return db
    .selectFrom('events')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface EventFilter {
  type?: string | undefined;
  since: string;
}

export async function listEvents(
  db: Executor,
  workspaceId: string,
  filter: EventFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: EventRow[]; total: number }> {
  let query = db.selectFrom('events').where('workspace_id', '=', workspaceId).where('created_at', '>=', filter.since);
  if (filter.type) query = query.where('type', '=', filter.type);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Deletes events older than `before` (their deliveries go with them); returns how many. */
export async function pruneEvents(db: Executor, before: string): Promise<number> {
  const result = await db.deleteFrom('events').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
