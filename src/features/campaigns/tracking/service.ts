import { hourOfIso } from '../../../storage/hour.js';
import { nowIso } from '../../../lib/time.js';
import type { Database } from '../../../storage/database.js';
import { addToCampaignCounters, addToTimeline } from '../counters-store.js';
import { findContact, setContactStatusIf } from '../../contacts/store.js';
import { TEST_CONTACT, type TrackingTarget } from '../../../lib/tracking-tokens.js';
import { countLinkClick, findLinkUrl, findRecipient, markRecipientFirst } from './tracking-store.js';

// Each hit is one transaction: its counters move together, and concurrent
// hits add up exactly (row locks on PostgreSQL, one writer on SQLite).

/** Counts an open of a real recipient (test sends and unknown recipients count nothing). */
export async function recordOpen(database: Database, target: TrackingTarget): Promise<void> {
  if (target.contactId === TEST_CONTACT) return;
  const now = nowIso();
  await database.db.transaction().execute(async (trx) => {
    const recipient = await findRecipient(trx, target.campaignId, target.contactId);
    if (!recipient) return;
    const first = await markRecipientFirst(trx, target, 'opened_at', now);
    await addToCampaignCounters(trx, target.campaignId, { opens: 1, unique_opens: first ? 1 : 0 });
    await addToTimeline(trx, { id: target.campaignId, workspace_id: recipient.workspace_id }, hourOfIso(now), {
      opens: 1,
    });
  });
}

/**
 * Counts a click and returns where it goes: only ever one of the campaign's
 * own links. A click also proves the message was opened (images may be off).
 */
export async function recordClick(
  database: Database,
  target: TrackingTarget,
  idx: number,
): Promise<string | undefined> {
  const now = nowIso();
  return database.db.transaction().execute(async (trx) => {
    const url = await findLinkUrl(trx, target.campaignId, idx);
    if (url === undefined || target.contactId === TEST_CONTACT) return url;
    const recipient = await findRecipient(trx, target.campaignId, target.contactId);
    if (!recipient) return url;
    await countLinkClick(trx, { ...target, idx, workspaceId: recipient.workspace_id });
    const firstClick = await markRecipientFirst(trx, target, 'clicked_at', now);
    const firstOpen = await markRecipientFirst(trx, target, 'opened_at', now);
    await addToCampaignCounters(trx, target.campaignId, {
      clicks: 1,
      unique_clicks: firstClick ? 1 : 0,
      unique_opens: firstOpen ? 1 : 0,
    });
    await addToTimeline(trx, { id: target.campaignId, workspace_id: recipient.workspace_id }, hourOfIso(now), {
      clicks: 1,
    });
    return url;
  });
}

export type UnsubscribeResult = { found: false } | { found: true; email: string; test: boolean };

/** Unsubscribes the recipient's contact at once, and counts it once per campaign. */
export async function unsubscribe(database: Database, target: TrackingTarget): Promise<UnsubscribeResult> {
  if (target.contactId === TEST_CONTACT) return { found: true, email: '', test: true };
  const now = nowIso();
  return database.db.transaction().execute(async (trx) => {
    const recipient = await findRecipient(trx, target.campaignId, target.contactId);
    if (!recipient) return { found: false } as const;
    await setContactStatusIf(
      trx,
      { workspaceId: recipient.workspace_id, id: target.contactId, from: ['subscribed'] },
      'unsubscribed',
      now,
    );
    if (await markRecipientFirst(trx, target, 'unsubscribed_at', now)) {
      await addToCampaignCounters(trx, target.campaignId, { unsubscribes: 1 });
    }
    return { found: true, email: recipient.email, test: false } as const;
  });
}

/** What the confirmation page shows before the click. */
export async function describeUnsubscribe(database: Database, target: TrackingTarget) {
  if (target.contactId === TEST_CONTACT) return { found: true as const, email: '', test: true, done: false };
  const recipient = await findRecipient(database.db, target.campaignId, target.contactId);
  if (!recipient) return { found: false as const };
  const contact = await findContact(database.db, recipient.workspace_id, target.contactId);
  return { found: true as const, email: recipient.email, test: false, done: contact?.status !== 'subscribed' };
}
