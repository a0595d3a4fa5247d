import type { Executor } from '../../storage/database.js';

/**
 * Blanks an erased person's address in the campaigns they were sent: the rows (and so
 * every campaign's totals and who-did-what counts) stay. Answers the campaigns' ids.
 */
export async function eraseRecipientEmails(db: Executor, workspaceId: string, contactId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('campaign_recipients')
    .select('campaign_id')
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', '=', contactId)
    .execute();
  await db
    .updateTable('campaign_recipients')
    .set({ email: '', error: null })
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', '=', contactId)
    .execute();
  return rows.map((r) => r.campaign_id);
}
