import type { Executor } from '../../../storage/database.js';

/** Sets a first-time timestamp of a recipient (opened_at, machine_opened_at, clicked_at, unsubscribed_at); true only for the call that set it. */
export async function markRecipientFirst(
  db: Executor,
  where: { campaignId: string; contactId: string },
  column: 'opened_at' | 'machine_opened_at' | 'clicked_at' | 'unsubscribed_at',
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('campaign_recipients')
    .set({ [column]: now })
    .where('campaign_id', '=', where.campaignId)
    .where('contact_id', '=', where.contactId)
    .where(column, 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Adds a human open to a recipient's own count (the campaign's `opens`, person by person). */
export async function addRecipientOpen(db: Executor, where: { campaignId: string; contactId: string }): Promise<void> {
  await db
    .updateTable('campaign_recipients')
    .set((eb) => ({ opens: eb('opens', '+', 1) }))
    .where('campaign_id', '=', where.campaignId)
    .where('contact_id', '=', where.contactId)
    .execute();
}

/** A campaign's recipient: the workspace, the address the message went to, and when it was sent. */
export async function findRecipient(db: Executor, campaignId: string, contactId: string) {
  return db
    .selectFrom('campaign_recipients')
    .select(['workspace_id', 'email', 'sent_at'])
    .where('campaign_id', '=', campaignId)
    .where('contact_id', '=', contactId)
    .executeTakeFirst();
}

export async function findLinkUrl(db: Executor, campaignId: string, idx: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('campaign_links')
    .select('url')
    .where('campaign_id', '=', campaignId)
    .where('idx', '=', idx)
    .executeTakeFirst();
  return row?.url;
}

/** Counts a click on one link by one recipient; true when it is their first on that link. */
export async function countLinkClick(
  db: Executor,
  row: { campaignId: string; contactId: string; idx: number; workspaceId: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto('campaign_clicks')
    .values({
      campaign_id: row.campaignId,
      contact_id: row.contactId,
      idx: row.idx,
      workspace_id: row.workspaceId,
      clicks: 1,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  const first = Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
  if (!first) {
    await db
      .updateTable('campaign_clicks')
      .set((eb) => ({ clicks: eb('clicks', '+', 1) }))
      .where('campaign_id', '=', row.campaignId)
      .where('contact_id', '=', row.contactId)
      .where('idx', '=', row.idx)
      .execute();
  }
  await db
    .updateTable('campaign_links')
    .set((eb) => ({ clicks: eb('clicks', '+', 1), unique_clicks: eb('unique_clicks', '+', first ? 1 : 0) }))
    .where('campaign_id', '=', row.campaignId)
    .where('idx', '=', row.idx)
    .execute();
  return first;
}
