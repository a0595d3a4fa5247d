import { hourOfIso } from '../../../storage/hour.js';
import { nowIso } from '../../../lib/time.js';
import type { Database } from '../../../storage/database.js';
import { addToCampaignCounters, addToTimeline } from '../counters-store.js';
import { findContact, setContactStatusIf } from '../../contacts/store.js';
import { toContactResponse } from '../../contacts/contact-row.js';
import { emitEvent } from '../../events/emit.js';
import { findWorkspace, findWorkspaceSettings } from '../../workspaces/store.js';
import { TEST_CONTACT, type TrackingTarget } from '../../../lib/tracking-tokens.js';
import { isMachineOpen } from './machine-opens.js';
import { addRecipientOpen, countLinkClick, findLinkUrl, findRecipient, markRecipientFirst } from './tracking-store.js';

// Each hit is one transaction: its counters move together, and concurrent
// hits add up exactly (row locks on PostgreSQL, one writer on SQLite).

/**
 * Counts an open of a real recipient (test sends and unknown recipients count
 * nothing): a human one in opens and, once per recipient, unique_opens; a
 * machine one (see machine-opens.ts) in machine_opens only. The recipient's
 * own `opens` moves with the campaign's, so the recipients report adds up to it.
 */
export async function recordOpen(
  database: Database,
  target: TrackingTarget,
  hit: { userAgent?: string | undefined; now?: string } = {},
): Promise<void> {
  if (target.contactId === TEST_CONTACT) return;
  const now = hit.now ?? nowIso();
  await database.db.transaction().execute(async (trx) => {
    const recipient = await findRecipient(trx, target.campaignId, target.contactId);
    if (!recipient) return;
    const campaign = { id: target.campaignId, workspace_id: recipient.workspace_id };
    if (isMachineOpen({ userAgent: hit.userAgent, at: now, sentAt: recipient.sent_at })) {
      await markRecipientFirst(trx, target, 'machine_opened_at', now);
      await addToCampaignCounters(trx, target.campaignId, { machine_opens: 1 });
      await addToTimeline(trx, campaign, hourOfIso(now), { machine_opens: 1 });
      return;
    }
    const first = await markRecipientFirst(trx, target, 'opened_at', now);
    await addRecipientOpen(trx, target);
    if (first) await emitEvent(trx, recipient.workspace_id, 'email.opened', emailEventData(target, recipient.email));
    await addToCampaignCounters(trx, target.campaignId, { opens: 1, unique_opens: first ? 1 : 0 });
    await addToTimeline(trx, campaign, hourOfIso(now), { opens: 1 });
  });
}

/**
 * Counts a click and returns where it goes: only ever one of the campaign's
 * own links. A click also proves the message was opened (images may be off):
 * it sets the recipient's first open and unique_opens, but no open is counted
 * (in the campaign's opens or the recipient's), as no image was loaded.
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
    const clicked = { ...emailEventData(target, recipient.email), url };
    if (firstClick) await emitEvent(trx, recipient.workspace_id, 'email.clicked', clicked);
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

/** Who sent the message, as the preference page names them. */
export interface Sender {
  name: string;
  postalAddress: string | null;
}

export type UnsubscribeResult = { found: false } | { found: true; email: string; test: boolean; sender?: Sender };

async function senderOf(database: Database, workspaceId: string): Promise<Sender | undefined> {
  const [workspace, settings] = await Promise.all([
    findWorkspace(database.db, workspaceId),
    findWorkspaceSettings(database.db, workspaceId),
  ]);
  // Until the postal address setting exists everywhere, a workspace without one shows none.
  const postal = (settings as { postal_address?: string | null } | undefined)?.postal_address ?? null;
  return workspace && { name: workspace.name, postalAddress: postal };
}

/** Unsubscribes the recipient's contact at once, and counts it once per campaign. */
export async function unsubscribe(database: Database, target: TrackingTarget): Promise<UnsubscribeResult> {
  if (target.contactId === TEST_CONTACT) return { found: true, email: '', test: true };
  const now = nowIso();
  const result = await database.db.transaction().execute(async (trx) => {
    const recipient = await findRecipient(trx, target.campaignId, target.contactId);
    if (!recipient) return { found: false } as const;
    const where = { workspaceId: recipient.workspace_id, id: target.contactId, from: ['subscribed'] };
    if (await setContactStatusIf(trx, where, 'unsubscribed', now)) {
      const contact = await findContact(trx, recipient.workspace_id, target.contactId);
      if (contact) await emitEvent(trx, recipient.workspace_id, 'contact.unsubscribed', toContactResponse(contact));
    }
    if (await markRecipientFirst(trx, target, 'unsubscribed_at', now)) {
      await addToCampaignCounters(trx, target.campaignId, { unsubscribes: 1 });
    }
    return { found: true, email: recipient.email, test: false, workspaceId: recipient.workspace_id } as const;
  });
  if (!result.found) return result;
  const { workspaceId, ...found } = result;
  return { ...found, sender: await senderOf(database, workspaceId) };
}

/** What the confirmation page shows before the click. */
export async function describeUnsubscribe(database: Database, target: TrackingTarget) {
  if (target.contactId === TEST_CONTACT) return { found: true as const, email: '', test: true, done: false };
  const recipient = await findRecipient(database.db, target.campaignId, target.contactId);
  if (!recipient) return { found: false as const };
  const contact = await findContact(database.db, recipient.workspace_id, target.contactId);
  const sender = await senderOf(database, recipient.workspace_id);
  return { found: true as const, email: recipient.email, test: false, done: contact?.status !== 'subscribed', sender };
}

/** What email.* events say of a campaign message. */
function emailEventData(target: TrackingTarget, email: string) {
  return { email, campaign_id: target.campaignId, contact_id: target.contactId };
}
