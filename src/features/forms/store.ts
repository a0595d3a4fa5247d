import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db, Executor } from '../../storage/database.js';
import type { FormsTable } from '../../storage/tables-forms.js';

export type FormRow = Selectable<FormsTable>;

export async function insertForm(db: Executor, row: Insertable<FormsTable>): Promise<void> {
  await db.insertInto('forms').values(row).execute();
}

export async function findForm(db: Executor, workspaceId: string, id: string): Promise<FormRow | undefined> {
  return db
    .selectFrom('forms')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

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

export async function listFormRows(
  db: Db,
  workspaceId: string,
  window: { limit: number; offset: number },
): Promise<FormRow[]> {
  return db
    .selectFrom('forms')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countForms(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('forms')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateFormRow(
  db: Executor,
  workspaceId: string,
  id: string,
  values: Updateable<FormsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('forms')
    .set(values)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteFormRow(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('forms')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
