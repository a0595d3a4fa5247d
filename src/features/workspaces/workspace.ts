import { recordAudit } from '../audit/record.js';
import { notFound } from '../../http/api-error.js';
import type { Principal } from '../../http/principal.js';
import { nowIso } from '../../lib/time.js';
import type { Db } from '../../storage/database.js';
import { findWorkspaceProfile, updateWorkspaceProfile } from './store.js';
import type { UpdateWorkspaceBody, WorkspaceResponse } from './workspace-schema.js';

/** The workspace as its dashboard settings page shows it. */
export async function getWorkspaceProfile(db: Db, workspaceId: string): Promise<WorkspaceResponse> {
  const row = await findWorkspaceProfile(db, workspaceId);
  if (!row) throw notFound('workspace', workspaceId, '');
  return row;
}

/**
 * Renames the workspace, or changes its postal address, default sender or time
 * zone. The audit log records which fields changed (`workspace.updated`); a
 * save that changes nothing records nothing.
 */
export async function changeWorkspaceProfile(
  db: Db,
  actor: Principal,
  body: UpdateWorkspaceBody,
): Promise<WorkspaceResponse> {
  const found = await db.transaction().execute(async (trx) => {
    const before = await findWorkspaceProfile(trx, actor.workspaceId);
    if (!before) return false;
    const values = Object.fromEntries(
      Object.entries(body).filter(([field, v]) => v !== undefined && v !== before[field as keyof typeof before]),
    );
    if (Object.keys(values).length === 0) return true;
    await updateWorkspaceProfile(trx, actor.workspaceId, values, nowIso());
    await recordAudit(trx, actor, {
      action: 'workspace.updated',
      resourceType: 'workspace',
      resourceId: actor.workspaceId,
      details: { fields: Object.keys(values).sort() },
    });
    return true;
  });
  if (!found) throw notFound('workspace', actor.workspaceId, '');
  return getWorkspaceProfile(db, actor.workspaceId);
}
