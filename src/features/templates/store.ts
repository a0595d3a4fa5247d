import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db, Executor } from '../../storage/database.js';
import type { TemplatesTable } from '../../storage/tables-emails.js';

export type TemplateRow = Selectable<TemplatesTable>;

export async function insertTemplate(db: Executor, row: Insertable<TemplatesTable>): Promise<void> {
  await db.insertInto('templates').values(row).execute();
}

export async function findTemplate(db: Executor, workspaceId: string, id: string): Promise<TemplateRow | undefined> {
  return db
    .selectFrom('templates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listTemplateRows(
  db: Db,
  workspaceId: string,
  window: { limit: number; offset: number },
): Promise<TemplateRow[]> {
  return db
    .selectFrom('templates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countTemplates(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('templates')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateTemplateRow(
  db: Executor,
  workspaceId: string,
  id: string,
  values: Updateable<TemplatesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('templates')
    .set(values)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteTemplateRow(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('templates')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
