import type { Executor } from '../../storage/database.js';

/**
 * Blanks an erased person's address in the campaigns they were sent: the rows (and so
 * every campaign's totals and who-did-what counts) stay. Returns how many rows.
 */
export async function eraseRecipientEmails(db: Executor, workspaceId: string, contactId: string): Promise<number> {
  const result = await db
    .updateTable('campaign_recipients')
    .set({ email: '', error: null })
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', '=', contactId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
