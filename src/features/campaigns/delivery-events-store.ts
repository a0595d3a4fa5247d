import type { Executor } from '../../storage/database.js';
import { addToCampaignCounters } from './counters-store.js';

// What a bounce, complaint or delivery reported after sending does to a campaign's recipient and counters.

/** The recipient a campaign message went to, in this workspace. */
export async function findCampaignRecipient(
  db: Executor,
  workspaceId: string,
  campaignId: string,
  contactId: string,
): Promise<{ email: string; status: string } | undefined> {
  return db
    .selectFrom('campaign_recipients')
    .select(['email', 'status'])
    .where('workspace_id', '=', workspaceId)
    .where('campaign_id', '=', campaignId)
    .where('contact_id', '=', contactId)
    .executeTakeFirst();
}

/**
 * A message reported bounced after the server took it: the recipient moves
 * from sent to bounced and the counters with it (as a recount would count
 * them). True only for the call that moved it.
 */
export async function markRecipientBouncedAfterSend(
  db: Executor,
  where: { campaignId: string; contactId: string },
  error: string,
): Promise<boolean> {
  const result = await db
    .updateTable('campaign_recipients')
    .set({ status: 'bounced', error })
    .where('campaign_id', '=', where.campaignId)
    .where('contact_id', '=', where.contactId)
    .where('status', '=', 'sent')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await addToCampaignCounters(db, where.campaignId, { sent: -1, bounced: 1 });
  return true;
}

/** A complaint counts as the recipient unsubscribing from the campaign (once). */
export async function markRecipientComplained(
  db: Executor,
  where: { campaignId: string; contactId: string },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('campaign_recipients')
    .set({ unsubscribed_at: now })
    .where('campaign_id', '=', where.campaignId)
    .where('contact_id', '=', where.contactId)
    .where('unsubscribed_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await addToCampaignCounters(db, where.campaignId, { unsubscribes: 1 });
  return true;
}
