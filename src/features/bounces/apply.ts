import type { Config } from '../../config.js';
import { emailKey } from '../../lib/email.js';
import { nowIso } from '../../lib/time.js';
import type { Database, Executor } from '../../storage/database.js';
import {
  findCampaignRecipient,
  markRecipientBouncedAfterSend,
  markRecipientComplained,
} from '../campaigns/delivery-events-store.js';
import { toContactResponse } from '../contacts/contact-row.js';
import { findContact, findContactsByEmailKeys, setContactStatusIf, type ContactRow } from '../contacts/store.js';
import { recordEmailEvent } from '../emails/store.js';
import { emitEvent } from '../events/emit.js';
import { addSuppression, type SuppressionReason } from '../suppressions/store.js';
import { addSoftBounce, clearSoftBounces, markEventSeen } from './store.js';

/** What the pipeline needs: `Pick<Services, 'database' | 'config'>` (features cannot import the root). */
export interface DeliveryDeps {
  database: Database;
  config: Pick<Config, 'deliverability'>;
}

/** One bounce, complaint or delivery reported by a provider or the bounce mailbox. */
export interface DeliveryEvent {
  type: 'bounce' | 'complaint' | 'delivery';
  email: string;
  /** Grivo's Message-ID, with or without the angle brackets. */
  messageId?: string;
  bounceType?: 'hard' | 'soft';
  diagnostic?: string;
  occurredAt?: string;
  /** 'ses' | 'sendgrid' | 'postmark' | 'mailgun' | 'generic' | 'mailbox' */
  source: string;
  /** The provider's own id of the event, so a retried report is applied once. */
  eventId?: string;
}

/** Which message a Message-ID names: a campaign's to one contact, or a transactional email. */
type MessageRef = { campaignId: string; contactId: string } | { emailId: string } | undefined;

export function parseMessageId(messageId: string | undefined): MessageRef {
  const id = messageId?.trim().replace(/^<|>$/g, '');
  if (!id) return undefined;
  const campaign = /^(cmp_[0-9A-Za-z]+)\.(ct_[0-9A-Za-z]+)@/.exec(id);
  if (campaign) return { campaignId: campaign[1]!, contactId: campaign[2]! };
  const email = /^(em_[0-9A-Za-z]+)@/.exec(id);
  if (email) return { emailId: email[1]! };
  return undefined;
}

function dedupeKey(event: DeliveryEvent): string {
  if (event.eventId) return `${event.source}:id:${event.eventId}`;
  const message = event.messageId?.trim().replace(/^<|>$/g, '') ?? '';
  return `${event.source}:${event.type}:${message}:${emailKey(event.email.trim())}`;
}

/**
 * Applies what providers report after sending: a hard bounce (or too many
 * soft ones) and a complaint suppress the address and change the contact's
 * status; each updates the campaign recipient or transactional email the
 * Message-ID names, and emits `email.bounced` / `email.complained` /
 * `email.delivered`. Each event is applied in a transaction of its own, once:
 * the same report delivered again changes nothing.
 */
export async function applyDeliveryEvents(
  services: DeliveryDeps,
  workspaceId: string,
  events: DeliveryEvent[],
): Promise<{ applied: number; unmatched: number }> {
  let applied = 0;
  let unmatched = 0;
  for (const event of events) {
    const outcome = await services.database.db
      .transaction()
      .execute((trx) => applyOne(trx, services.config.deliverability.softBounceLimit, workspaceId, event));
    if (outcome === 'applied') applied++;
    else if (outcome === 'unmatched') unmatched++;
  }
  return { applied, unmatched };
}

async function applyOne(
  trx: Executor,
  softBounceLimit: number,
  workspaceId: string,
  event: DeliveryEvent,
): Promise<'applied' | 'unmatched' | 'duplicate'> {
  const now = nowIso();
  const at = event.occurredAt ?? now;
  if (!(await markEventSeen(trx, workspaceId, dedupeKey(event), now))) return 'duplicate';

  const ref = parseMessageId(event.messageId);
  const campaign = ref && 'campaignId' in ref ? ref : undefined;
  const emailId = ref && 'emailId' in ref ? ref.emailId : undefined;
  const recipient =
    campaign && (await findCampaignRecipient(trx, workspaceId, campaign.campaignId, campaign.contactId));
  const address = (recipient?.email ?? event.email).trim();
  const key = emailKey(address);
  const contact = recipient
    ? await findContact(trx, workspaceId, campaign!.contactId)
    : (await findContactsByEmailKeys(trx, workspaceId, [key]))[0];
  const emailFound =
    emailId !== undefined &&
    (await recordEmailEvent(trx, workspaceId, emailId, {
      type: event.type === 'bounce' ? 'bounced' : event.type === 'complaint' ? 'complained' : 'delivered',
      at,
      ...(event.diagnostic ? { detail: event.diagnostic } : {}),
    }));

  const data: Record<string, unknown> = {
    email: address,
    ...(recipient ? { campaign_id: campaign!.campaignId } : {}),
    ...(contact ? { contact_id: contact.id } : {}),
    ...(emailFound ? { email_id: emailId } : {}),
    source: event.source,
    occurred_at: at,
  };

  if (event.type === 'delivery') {
    await clearSoftBounces(trx, workspaceId, key);
    await emitEvent(trx, workspaceId, 'email.delivered', data);
  } else if (event.type === 'complaint') {
    await addSuppression(trx, { workspaceId, email: address, reason: 'complaint', source: event.source });
    if (contact) await changeStatus(trx, contact, ['subscribed', 'unsubscribed', 'bounced'], 'complained', now);
    if (recipient) await markRecipientComplained(trx, campaign!, now);
    await emitEvent(trx, workspaceId, 'email.complained', {
      ...data,
      ...(event.diagnostic ? { diagnostic: event.diagnostic } : {}),
    });
  } else {
    const bounceType = event.bounceType ?? 'hard';
    let suppressedFor: SuppressionReason | undefined = bounceType === 'hard' ? 'hard_bounce' : undefined;
    if (bounceType === 'soft' && (await addSoftBounce(trx, workspaceId, key, now)) >= softBounceLimit)
      suppressedFor = 'soft_bounces';
    if (suppressedFor) {
      await addSuppression(trx, { workspaceId, email: address, reason: suppressedFor, source: event.source });
      await clearSoftBounces(trx, workspaceId, key);
      if (contact) await changeStatus(trx, contact, ['subscribed'], 'bounced', now);
      if (recipient)
        await markRecipientBouncedAfterSend(trx, campaign!, event.diagnostic ?? `Bounced (${event.source}).`);
    }
    await emitEvent(trx, workspaceId, 'email.bounced', {
      ...data,
      bounce_type: bounceType,
      ...(event.diagnostic ? { diagnostic: event.diagnostic } : {}),
      suppressed: suppressedFor !== undefined,
    });
  }
  return recipient || contact || emailFound ? 'applied' : 'unmatched';
}

/** Moves the contact to `status` when it is in one of `from`, telling webhooks (contact.updated) when it moved. */
async function changeStatus(
  trx: Executor,
  contact: ContactRow,
  from: readonly string[],
  status: string,
  now: string,
): Promise<void> {
  const where = { workspaceId: contact.workspace_id, id: contact.id, from };
  if (await setContactStatusIf(trx, where, status, now))
    await emitEvent(
      trx,
      contact.workspace_id,
      'contact.updated',
      toContactResponse({ ...contact, status, updated_at: now }),
    );
}
