import { notFound } from '../../http/api-error.js';
import { nowIso } from '../../lib/time.js';
import type { Db } from '../../storage/database.js';
import type { SettingsResponse, UpdateSettingsBody } from './settings-schema.js';
import { findWorkspaceSettings, updateWorkspaceSettings } from './store.js';

export async function getSettings(db: Db, workspaceId: string): Promise<SettingsResponse> {
  const row = await findWorkspaceSettings(db, workspaceId);
  if (!row) throw notFound('workspace', workspaceId, '');
  return { default_from_name: row.default_from_name, default_from_email: row.default_from_email };
}

export async function updateSettings(db: Db, workspaceId: string, body: UpdateSettingsBody): Promise<SettingsResponse> {
  const values = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
  if (!(await updateWorkspaceSettings(db, workspaceId, values, nowIso()))) throw notFound('workspace', workspaceId, '');
  return getSettings(db, workspaceId);
}
