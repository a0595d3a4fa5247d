import { z } from 'zod';
import { PLANS, type Plan } from '../../config.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Db } from '../../storage/database.js';
import { findWorkspace, insertWorkspace, updateWorkspacePlan, type WorkspaceRow } from './store.js';

const PlanName = z.enum(PLANS as [Plan, ...Plan[]]);
const WorkspaceName = z
  .string()
  .trim()
  .min(1, 'Name must not be empty.')
  .max(100, 'Name must be at most 100 characters.');

function parsePlan(value: string): Plan {
  const plan = PlanName.safeParse(value);
  if (!plan.success)
    throw new ApiError('invalid_request', `Unknown plan '${value}'. Plans: ${PLANS.join(', ')}.`, 'plan');
  return plan.data;
}

export async function createWorkspace(db: Db, input: { name: string; plan?: string }): Promise<WorkspaceRow> {
  const name = WorkspaceName.safeParse(input.name);
  if (!name.success) throw new ApiError('invalid_request', name.error.issues[0]!.message, 'name');
  const now = nowIso();
  const row: WorkspaceRow = {
    id: newId('ws'),
    name: name.data,
    plan: parsePlan(input.plan ?? 'free'),
    created_at: now,
    updated_at: now,
  };
  await insertWorkspace(db, row);
  return row;
}

export async function setWorkspacePlan(db: Db, workspaceId: string, plan: string): Promise<void> {
  const updated = await updateWorkspacePlan(db, workspaceId, parsePlan(plan), nowIso());
  if (!updated) throw notFound('workspace', workspaceId, '');
}

export async function getWorkspace(db: Db, workspaceId: string): Promise<WorkspaceRow> {
  const row = await findWorkspace(db, workspaceId);
  if (!row) throw notFound('workspace', workspaceId, '');
  return row;
}
