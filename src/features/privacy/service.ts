import { notFound } from '../../http/api-error.js';
import { erasedEmailKey } from '../../lib/email-hash.js';
import { apiTime, nowIso } from '../../lib/time.js';
import type { Mailer } from '../../providers/mail/mailer.js';
import type { Database } from '../../storage/database.js';
import { GRIVO, recordAudit, type AuditBy } from '../audit/record.js';
import { forgetSoftBounces } from '../bounces/store.js';
import { eraseRecipientEmails } from '../campaigns/erasure-store.js';
import { campaignMessageKey } from '../campaigns/render/message.js';
import { blankQuestionsOf } from '../chatbots/analytics/stats-store.js';
import { eraseConversationsOf } from '../chatbots/chat/conversations-store.js';
import { deleteConsentsOf, listConsentEvents } from '../consent/store.js';
import { eraseEmailsTo } from '../emails/store.js';
import { emitEvent } from '../events/emit.js';
import { eraseEventsMentioning } from '../events/store.js';
import { forgetResponsesMentioning } from '../idempotency/store.js';
import { findSuppression, replaceWithHashedSuppression } from '../suppressions/store.js';
import { addToContactsCount } from '../workspaces/store.js';
import { toContactResponse } from '../contacts/contact-row.js';
import { eraseBulkSelectorsMentioning } from '../contacts/bulk/store.js';
import { eraseImportErrorsMentioning } from '../contacts/import/store.js';
import { deleteContactRow, findContact } from '../contacts/store.js';
import { clickRowsOf, conversationRowsOf, emailRowsTo, recipientRowsOf, userMessagesIn } from './export-store.js';
import type { ContactDataExport, ErasureResponse } from './schema.js';
import { findErasure, hashKeyOf, insertErasure } from './store.js';

export interface PrivacyDeps {
  database: Database;
  /** Its secret keys, with the workspace's stored key, the hash an erased address is kept as. */
  signer: { secret: Uint8Array };
  mailer: Pick<Mailer, 'forget'>;
}

const time = (value: string | null) => (value === null ? null : apiTime(value));

/** Everything Grivo holds about a contact's person (`GET /v1/contacts/{id}/export`). */
export async function exportContactData(
  deps: PrivacyDeps,
  workspaceId: string,
  id: string,
  by: AuditBy = GRIVO,
): Promise<ContactDataExport> {
  const { db } = deps.database;
  const contact = await findContact(db, workspaceId, id);
  if (!contact) throw notFound('contact', id);
  await recordAudit(
    db,
    { ...by, workspaceId },
    { action: 'contact.exported', resourceType: 'contact', resourceId: id },
  );
  const key = contact.email_key;
  const [consents, recipients, clicks, emails, conversations, suppression] = await Promise.all([
    listConsentEvents(db, workspaceId, id),
    recipientRowsOf(db, workspaceId, id),
    clickRowsOf(db, workspaceId, id),
    emailRowsTo(db, workspaceId, key),
    conversationRowsOf(db, workspaceId, id, key),
    findSuppression(db, workspaceId, key),
  ]);
  const messages = await userMessagesIn(
    db,
    workspaceId,
    conversations.map((c) => c.id),
  );
  return {
    exported_at: apiTime(nowIso()),
    contact: toContactResponse(contact),
    consent_events: consents.map((c) => ({
      type: c.type,
      source: c.source,
      form_id: c.form_id,
      ip: c.ip,
      at: apiTime(c.at),
    })),
    campaigns: recipients.map((r) => ({
      campaign_id: r.campaign_id,
      name: r.name,
      subject: r.subject,
      email: r.email,
      status: r.status,
      sent_at: time(r.sent_at),
      opened_at: time(r.opened_at),
      opens: r.opens,
      clicked_at: time(r.clicked_at),
      unsubscribed_at: time(r.unsubscribed_at),
      clicks: clicks.filter((k) => k.campaign_id === r.campaign_id).map((k) => ({ url: k.url, clicks: k.clicks })),
    })),
    emails: emails.map((e) => ({
      id: e.id,
      to: e.to_email,
      from: e.from_email,
      subject: e.subject,
      status: e.status,
      created_at: apiTime(e.created_at),
      sent_at: time(e.sent_at),
    })),
    conversations: conversations.map((c) => ({
      id: c.id,
      chatbot_id: c.chatbot_id,
      lead_name: c.lead_name,
      lead_email: c.lead_email,
      lead_at: time(c.lead_at),
      page_url: c.page_url,
      created_at: apiTime(c.created_at),
      messages: messages
        .filter((m) => m.conversation_id === c.id)
        .map((m) => ({ content: m.content, created_at: apiTime(m.created_at) })),
    })),
    suppression: suppression
      ? { reason: suppression.reason, source: suppression.source, created_at: apiTime(suppression.created_at) }
      : null,
  };
}

/**
 * Erases a contact's person everywhere (`POST /v1/contacts/{id}/erase`). Campaign totals
 * stay; the address is kept only as a keyed hash on the suppression list, so no import,
 * form or lead mails it again. A second call for the id answers what the first did.
 *
 * Text that names them (events, stored Idempotency-Key responses, import row errors, bulk
 * actions' selections) is matched on their whole address or id, never a part of another's.
 * Job payloads hold only ids of imports, bulk actions, campaigns, emails and consents (the
 * `*.job.ts` schemas): no payload in the SQL queue or BullMQ's Redis holds a person's data.
 */
export async function eraseContact(
  deps: PrivacyDeps,
  workspaceId: string,
  id: string,
  by: AuditBy = GRIVO,
): Promise<ErasureResponse> {
  return deps.database.db.transaction().execute(async (trx) => {
    await deps.database.engine.lockWorkspace(trx, workspaceId);
    const before = await findErasure(trx, workspaceId, id);
    if (before !== undefined) return JSON.parse(before) as ErasureResponse;
    const contact = await findContact(trx, workspaceId, id);
    if (!contact || !(await deleteContactRow(trx, workspaceId, id))) throw notFound('contact', id);
    const now = nowIso();
    const key = contact.email_key;
    await addToContactsCount(trx, workspaceId, -1);
    const consentIds = await deleteConsentsOf(trx, workspaceId, id);
    const campaignIds = await eraseRecipientEmails(trx, workspaceId, id);
    const chats = await eraseConversationsOf(trx, { workspaceId, contactId: id, emailKey: key });
    await blankQuestionsOf(trx, workspaceId, chats.conversationIds);
    const emailIds = await eraseEmailsTo(trx, workspaceId, key);
    await forgetSoftBounces(trx, workspaceId, key);
    const hashedKey = erasedEmailKey(deps.signer.secret, await hashKeyOf(trx, workspaceId, now), key);
    await replaceWithHashedSuppression(trx, { workspaceId, emailKey: key, hashedKey, now });
    const named = [id, key];
    const events = await eraseEventsMentioning(trx, workspaceId, named);
    await forgetResponsesMentioning(trx, workspaceId, named);
    await eraseImportErrorsMentioning(trx, workspaceId, named);
    await eraseBulkSelectorsMentioning(trx, workspaceId, named);
    const result: ErasureResponse = {
      id,
      erased: true,
      erased_at: apiTime(now),
      campaign_recipients: campaignIds.length,
      conversations: chats.conversationIds.length,
      messages: chats.messages,
      emails: emailIds.length,
      events,
    };
    await insertErasure(trx, { workspace_id: workspaceId, id, result: JSON.stringify(result), erased_at: now });
    // The id and counts only: the log must not remember whom it erased by name or address.
    await recordAudit(
      trx,
      { ...by, workspaceId },
      {
        action: 'contact.erased',
        resourceType: 'contact',
        resourceId: id,
        details: {
          campaign_recipients: result.campaign_recipients,
          conversations: result.conversations,
          emails: result.emails,
        },
      },
    );
    // The copies of the mail sent to them that the outbox keeps (by their keys: campaign
    // messages, transactional emails, confirmations). Before the commit: should it fail,
    // the erasure fails and can be asked again; a later failure to commit has only lost copies.
    await deps.mailer.forget([...campaignIds.map((c) => campaignMessageKey(c, id)), ...emailIds, ...consentIds]);
    // After the blanking above, so this event alone tells webhooks; it carries no personal data.
    await emitEvent(trx, workspaceId, 'contact.deleted', { id, object: 'contact', erased: true }, { now });
    return result;
  });
}
