import { notFound } from '../../http/api-error.js';
import type { Queue } from '../../jobs/queue.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Database, Executor } from '../../storage/database.js';
import { toContactResponse } from '../contacts/contact-row.js';
import { findContact, setContactStatusIf, type ContactRow } from '../contacts/store.js';
import { emitEvent } from '../events/emit.js';
import { isSuppressed } from '../suppressions/store.js';
import { findWorkspaceSettings } from '../workspaces/store.js';
import { sendConfirmationJob } from './send-confirmation.job.js';
import { insertConsent, latestRequest, type ConsentSource } from './store.js';

/** What asking for consent needs: the confirmation email is sent by a job. */
export interface ConsentDeps {
  database: Database;
  queue: Queue;
  /** Its secret keys the hashes erased addresses are kept as (suppression checks). */
  signer: { secret: Uint8Array };
}

export interface ConsentRequest {
  workspaceId: string;
  contactId: string;
  source: 'form' | 'lead';
  formId?: string;
  ip?: string;
}

/**
 * A confirmation email is sent at most this often to one contact: a form
 * submitted again and again mails the address once, not each time.
 */
export const CONFIRMATION_INTERVAL_MS = 5 * 60 * 1000;

/**
 * A person asked to subscribe (a form, a chatbot lead with consent ticked).
 * With double opt-in on (the default), the contact becomes `pending`, a
 * `requested` consent event is recorded and the confirmation email is queued;
 * off, the contact becomes `subscribed` with a `given` event. A contact
 * already subscribed stays so. A suppressed address is never mailed nor
 * subscribed: nothing changes, and the answer is `pending` like any other, so
 * a form does not tell strangers which addresses are suppressed.
 */
export async function requestConsent(deps: ConsentDeps, input: ConsentRequest): Promise<'pending' | 'subscribed'> {
  const { db } = deps.database;
  const settings = await findWorkspaceSettings(db, input.workspaceId);
  if (!settings) throw notFound('workspace', input.workspaceId, '');
  const now = nowIso();
  const outcome = await db.transaction().execute(async (trx) => {
    const contact = await findContact(trx, input.workspaceId, input.contactId);
    if (!contact) throw notFound('contact', input.contactId);
    if (contact.status === 'subscribed') return { status: 'subscribed' as const };
    if (await isSuppressed(trx, deps.signer.secret, input.workspaceId, contact.email))
      return { status: 'pending' as const };
    const base = {
      workspace_id: input.workspaceId,
      contact_id: contact.id,
      source: input.source as ConsentSource,
      form_id: input.formId ?? null,
      ip: input.ip ?? null,
      at: now,
    };
    if (!settings.double_opt_in) {
      await changeStatus(trx, contact, 'subscribed', now);
      await insertConsent(trx, { id: newId('cns'), type: 'given', ...base });
      return { status: 'subscribed' as const };
    }
    if (contact.status === 'pending') {
      const last = await latestRequest(trx, input.workspaceId, contact.id);
      if (last && Date.parse(now) - Date.parse(last.at) < CONFIRMATION_INTERVAL_MS)
        return { status: 'pending' as const };
    }
    await changeStatus(trx, contact, 'pending', now);
    const consentId = newId('cns');
    await insertConsent(trx, { id: consentId, type: 'requested', ...base });
    return { status: 'pending' as const, consentId };
  });
  if (outcome.consentId)
    await deps.queue.enqueue(
      sendConfirmationJob,
      { consentId: outcome.consentId },
      { key: `consent.${outcome.consentId}` },
    );
  return outcome.status;
}

/** Moves the contact to `status` (if nothing else moved it meanwhile) and emits contact.updated. */
export async function changeStatus(trx: Executor, contact: ContactRow, status: string, now: string): Promise<boolean> {
  if (contact.status === status) return false;
  const changed = await setContactStatusIf(
    trx,
    { workspaceId: contact.workspace_id, id: contact.id, from: [contact.status] },
    status,
    now,
  );
  if (changed)
    await emitEvent(
      trx,
      contact.workspace_id,
      'contact.updated',
      toContactResponse({ ...contact, status, updated_at: now }),
    );
  return changed;
}
