import type { Principal } from '../../http/principal.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Executor } from '../../storage/database.js';
import type { AuditActorType } from '../../storage/tables-audit.js';
import type { AuditAction, AuditResourceType } from './actions.js';
import { apiKeyLabel, insertEntry, userLabel } from './store.js';

/**
 * Who acted, whatever the workspace: a request's principal (its user, else its API key),
 * or an actor named outright (`{ type: 'system', id: null, label: 'Command line' }`).
 */
export type AuditBy = Pick<Principal, 'keyId' | 'userId'> | { type: AuditActorType; id: string | null; label: string };

/** Who acted, in which workspace: a request's `Principal` is one. */
export type AuditActor = AuditBy & { workspaceId: string };

/** Grivo itself, when no person or key asked (a scheduled send, a timer). */
export const GRIVO: AuditBy = { type: 'system', id: null, label: 'Grivo' };

/** A detail's value: ids, names of the workspace's own things, settings. */
type DetailValue = string | number | boolean | null | readonly string[];

/** What was done to what. */
export interface AuditEntry {
  action: AuditAction;
  resourceType: AuditResourceType;
  resourceId: string | null;
  /**
   * Ids and the workspace's own names and settings only: never a contact's email,
   * name or other personal data (an erased contact must leave nothing behind).
   */
  details?: Record<string, DetailValue>;
}

/**
 * Adds an entry to the workspace's audit log. Pass the transaction the action runs
 * in, so the entry is written if and only if the action is.
 */
export async function recordAudit(db: Executor, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const who = await resolveActor(db, actor);
  await insertEntry(db, {
    id: newId('aud'),
    workspace_id: actor.workspaceId,
    actor_type: who.type,
    actor_id: who.id,
    actor_label: who.label,
    action: entry.action,
    resource_type: entry.resourceType,
    resource_id: entry.resourceId,
    details: JSON.stringify(entry.details ?? {}),
    created_at: nowIso(),
  });
}

async function resolveActor(
  db: Executor,
  actor: AuditBy,
): Promise<{ type: AuditActorType; id: string | null; label: string }> {
  if ('type' in actor) return { type: actor.type, id: actor.id, label: actor.label };
  if (actor.userId) return { type: 'user', id: actor.userId, label: (await userLabel(db, actor.userId)) ?? 'A user' };
  if (actor.keyId)
    return { type: 'api_key', id: actor.keyId, label: (await apiKeyLabel(db, actor.keyId)) ?? 'An API key' };
  return { type: 'system', id: null, label: 'Grivo' };
}
