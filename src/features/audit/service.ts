import { pageOf, type Page } from '../../http/pagination.js';
import { apiTime } from '../../lib/time.js';
import type { Executor } from '../../storage/database.js';
import type { AuditEntryResponse, ListAuditLogQuery } from './schema.js';
import { entriesOf, pruneAuditLog, type AuditRow } from './store.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A page of the workspace's audit log, newest first, filtered as the query asks. */
export function listAuditLog(
  db: Executor,
  workspaceId: string,
  query: ListAuditLogQuery,
): Promise<Page<AuditEntryResponse>> {
  const filter = {
    action: query.action,
    actorType: query.actor_type,
    resourceType: query.resource_type,
    since: query.since,
    until: query.until,
  };
  return pageOf(query, entriesOf(db, workspaceId, filter), toAuditEntry);
}

export function toAuditEntry(row: AuditRow): AuditEntryResponse {
  return {
    id: row.id,
    action: row.action,
    actor: { type: row.actor_type, id: row.actor_id, label: row.actor_label },
    resource: { type: row.resource_type as AuditEntryResponse['resource']['type'], id: row.resource_id },
    details: parseDetails(row.details),
    created_at: apiTime(row.created_at),
  };
}

function parseDetails(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** Deletes entries older than `days` days, in every workspace (the hourly prune); returns how many. */
export function pruneOldAuditEntries(db: Executor, days: number, now = Date.now()): Promise<number> {
  return pruneAuditLog(db, new Date(now - days * DAY_MS).toISOString());
}
