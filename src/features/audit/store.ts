import type { Selectable } from 'kysely';
import type { Executor } from '../../storage/database.js';
import type { Window } from '../../storage/workspace-table.js';
import type { AuditLogTable } from '../../storage/tables-audit.js';

export type AuditRow = Selectable<AuditLogTable>;

/** Narrows a workspace's entries; every field optional. */
export interface AuditFilter {
  action?: string | undefined;
  actorType?: string | undefined;
  resourceType?: string | undefined;
  /** ISO timestamps, inclusive. */
  since?: string | undefined;
  until?: string | undefined;
}

export async function insertEntry(db: Executor, row: AuditRow): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

function filtered(db: Executor, workspaceId: string, filter: AuditFilter) {
  let query = db.selectFrom('audit_log').where('workspace_id', '=', workspaceId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.actorType) query = query.where('actor_type', '=', filter.actorType as AuditRow['actor_type']);
  if (filter.resourceType) query = query.where('resource_type', '=', filter.resourceType);
  if (filter.since) query = query.where('created_at', '>=', filter.since);
  if (filter.until) query = query.where('created_at', '<=', filter.until);
  return query;
}

/** A workspace's entries as the list reads them: newest first, a window at a time, and their count. */
export function entriesOf(db: Executor, workspaceId: string, filter: AuditFilter) {
  return {
    rows: (window: Window): Promise<AuditRow[]> =>
      filtered(db, workspaceId, filter)
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(window.limit)
        .offset(window.offset)
        .execute(),
    count: async (): Promise<number> => {
      const row = await filtered(db, workspaceId, filter)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

/** Deletes every workspace's entries older than `before` (ISO); returns how many. */
export async function pruneAuditLog(db: Executor, before: string): Promise<number> {
  const result = await db.deleteFrom('audit_log').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** What an entry calls a user as it is now: the name, else the email. */
export async function userLabel(db: Executor, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom('users').select(['name', 'email']).where('id', '=', userId).executeTakeFirst();
  return row ? row.name?.trim() || row.email : undefined;
}

/** What an entry calls an API key as it is now: its name. */
export async function apiKeyLabel(db: Executor, keyId: string): Promise<string | undefined> {
  const row = await db.selectFrom('api_keys').select('name').where('id', '=', keyId).executeTakeFirst();
  return row?.name;
}
