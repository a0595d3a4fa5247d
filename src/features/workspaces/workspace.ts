import { notFound } from '../../http/api-error.js';
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

/** Renames the workspace, or changes its postal address, default sender or time zone. */
export async function changeWorkspaceProfile(
  db: Db,
  workspaceId: string,
  body: UpdateWorkspaceBody,
): Promise<WorkspaceResponse> {
  const values = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
  if (!(await updateWorkspaceProfile(db, workspaceId, values, nowIso()))) throw notFound('workspace', workspaceId, '');
  return getWorkspaceProfile(db, workspaceId);
}
