import type { Selectable } from 'kysely';
import type { Executor } from '../../storage/database.js';
import type { FormsTable } from '../../storage/tables-forms.js';
import { workspaceTable } from '../../storage/workspace-table.js';

export type FormRow = Selectable<FormsTable>;

export const forms = workspaceTable('forms');

/** A form by its public id alone (the hosted page and submissions carry no workspace), with its workspace's plan. */
export async function findPublicForm(db: Executor, id: string): Promise<{ row: FormRow; plan: string } | undefined> {
  const found = await db
    .selectFrom('forms')
    .innerJoin('workspaces', 'workspaces.id', 'forms.workspace_id')
    .selectAll('forms')
    .select('workspaces.plan')
    .where('forms.id', '=', id)
    .executeTakeFirst();
  if (!found) return undefined;
  const { plan, ...row } = found;
  return { row, plan };
}
