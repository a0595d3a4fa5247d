import { findCampaign } from '../../campaigns/store.js';
import { findContact } from '../../contacts/store.js';
import type { Config } from '../../../config.js';
import type { VerpTarget } from '../../../lib/verp.js';
import { applyDeliveryEvents, type DeliveryDeps, type DeliveryEvent } from '../apply.js';
import type { MailboxReport } from './read-report.js';

/** What the bounce mailbox needs: the delivery pipeline's deps, and the bounce settings. */
export interface MailboxDeps extends DeliveryDeps {
  config: Pick<Config, 'deliverability' | 'bounces' | 'secret' | 'dataDir'>;
}

/** What became of one report: applied to a message, matched nothing, or ignored (and why). */
export type MailboxOutcome =
  | { result: 'applied' | 'unmatched'; workspaceId: string }
  | { result: 'ignored'; reason: string };

/**
 * Applies a report sent to a VERP address to the message that address
 * names. The address decides the workspace and the message, whatever the
 * report's body claims; the body only says what happened and to which
 * address, falling back to the message's own recipient.
 */
export async function applyMailboxReport(
  deps: MailboxDeps,
  target: VerpTarget,
  report: MailboxReport,
): Promise<MailboxOutcome> {
  if (report.kind === 'ignored') return { result: 'ignored', reason: report.reason };
  const { db } = deps.database;
  let workspaceId: string;
  let contactEmail: string | undefined;
  if (target.kind === 'campaign') {
    const campaign = await findCampaign(db, undefined, target.campaignId);
    if (!campaign) return { result: 'ignored', reason: `campaign ${target.campaignId} no longer exists` };
    workspaceId = campaign.workspace_id;
    contactEmail = report.email ? undefined : (await findContact(db, workspaceId, target.contactId))?.email;
  } else workspaceId = target.workspaceId;
  const email = report.email ?? contactEmail ?? report.original.to;
  if (!email) return { result: 'ignored', reason: 'the report names no recipient address' };
  const event: DeliveryEvent = {
    type: report.kind,
    email,
    messageId: messageIdOf(target, report.original.messageId, deps.config.bounces.domain),
    source: 'mailbox',
    ...(report.kind === 'bounce'
      ? { bounceType: report.bounceType, ...(report.diagnostic ? { diagnostic: report.diagnostic } : {}) }
      : {}),
    ...(report.kind === 'complaint' ? { diagnostic: `feedback type ${report.feedbackType}` } : {}),
  };
  const { applied } = await applyDeliveryEvents(deps, workspaceId, [event]);
  return { result: applied > 0 ? 'applied' : 'unmatched', workspaceId };
}

// The message's own Message-ID when the report quotes it, else one made of
// the key the address names: Grivo's Message-IDs are `<key@sender domain>`.
function messageIdOf(target: VerpTarget, quoted: string | undefined, bounceDomain: string | undefined): string {
  const local = quoted?.replace(/^<|>$/g, '').split('@')[0];
  return local === target.messageKey ? quoted! : `<${target.messageKey}@${bounceDomain ?? 'localhost'}>`;
}
