import { mentionsAny } from '../../lib/mentions.js';
import type { Executor } from '../../storage/database.js';
import { containsAny } from '../../storage/text-match.js';
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

/**
 * Blanks the data of the events that name any of these strings (an erased person's contact
 * id and address) as a whole, so neither the event list nor a retried delivery carries them;
 * deliveries hold no body of their own. An event about `bob@x.com` stays when `ob@x.com` goes.
 */
export async function eraseEventsMentioning(db: Executor, workspaceId: string, needles: string[]): Promise<number> {
  const candidates = await db
    .selectFrom('events')
    .select(['id', 'data'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) => containsAny(eb.ref('data'), needles))
    .execute();
  const ids = candidates.filter((e) => mentionsAny(e.data, needles)).map((e) => e.id);
  for (let i = 0; i < ids.length; i += 500)
    await db
      .updateTable('events')
      .set({ data: JSON.stringify({ erased: true }) })
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
  return ids.length;
}
