import { ApiError, notFound } from '../../http/api-error.js';
import type { Queue } from '../../jobs/queue.js';
import { newId } from '../../lib/ids.js';
import { apiTime, nowIso } from '../../lib/time.js';
import type { Database } from '../../storage/database.js';
import { deleteContactRow, findContact } from '../contacts/store.js';
import { toContactResponse } from '../contacts/contact-row.js';
import { emitEvent } from '../events/emit.js';
import { isSuppressed } from '../suppressions/store.js';
import { addToContactsCount, findWorkspace, findWorkspaceSettings } from '../workspaces/store.js';
import { CONFIRMATION_INTERVAL_MS, changeStatus } from './double-opt-in.js';
import { sendConfirmationJob } from './send-confirmation.job.js';
import {
  deleteConsentsOf,
  expiredPendingContactIds,
  findConsent,
  insertConsent,
  latestRequest,
  workspacesWithPending,
  type ConsentRow,
} from './store.js';
import { verifyConfirmationToken } from './token.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a confirmation link leads to. */
export type ConfirmationState =
  | { state: 'invalid' }
  | { state: 'expired' }
  | { state: 'confirmed'; email: string; workspaceName: string }
  | { state: 'ask'; email: string; workspaceName: string };

interface Found {
  consent: ConsentRow;
  state: ConfirmationState;
}

async function look(database: Database, secret: Uint8Array, token: string, now: string): Promise<Found | undefined> {
  const consentId = verifyConfirmationToken(secret, token);
  if (!consentId) return undefined;
  const { db } = database;
  const consent = await findConsent(db, consentId);
  if (consent?.type !== 'requested') return undefined;
  const [contact, workspace, settings] = await Promise.all([
    findContact(db, consent.workspace_id, consent.contact_id),
    findWorkspace(db, consent.workspace_id),
    findWorkspaceSettings(db, consent.workspace_id),
  ]);
  if (!contact || !workspace || !settings) return undefined;
  const who = { email: contact.email, workspaceName: workspace.name };
  if (contact.status === 'subscribed') return { consent, state: { state: 'confirmed', ...who } };
  // Unsubscribed since, or any status but pending: an old link subscribes nobody.
  if (contact.status !== 'pending') return { consent, state: { state: 'expired' } };
  if (Date.parse(consent.at) + settings.confirmation_expiry_days * DAY_MS < Date.parse(now))
    return { consent, state: { state: 'expired' } };
  if (await isSuppressed(db, secret, contact.workspace_id, contact.email))
    return { consent, state: { state: 'expired' } };
  return { consent, state: { state: 'ask', ...who } };
}

/** What `GET /confirm/:token` shows; it changes nothing (link scanners fetch every link). */
export async function describeConfirmation(
  deps: { database: Database; signer: { secret: Uint8Array } },
  token: string,
  now = nowIso(),
): Promise<ConfirmationState> {
  return (await look(deps.database, deps.signer.secret, token, now))?.state ?? { state: 'invalid' };
}

/**
 * `POST /confirm/:token`: the person pressed the button. A pending contact
 * whose link has not expired becomes `subscribed`, recording `confirmed` with
 * the time and the IP address; anything else changes nothing.
 */
export async function confirmSubscription(
  deps: { database: Database; signer: { secret: Uint8Array } },
  token: string,
  ip: string | undefined,
  now = nowIso(),
): Promise<ConfirmationState> {
  const found = await look(deps.database, deps.signer.secret, token, now);
  if (!found) return { state: 'invalid' };
  if (found.state.state !== 'ask') return found.state;
  const { consent, state } = found;
  await deps.database.db.transaction().execute(async (trx) => {
    const contact = await findContact(trx, consent.workspace_id, consent.contact_id);
    // Two presses at once: the other one confirmed it.
    if (contact?.status !== 'pending' || !(await changeStatus(trx, contact, 'subscribed', now))) return;
    await insertConsent(trx, {
      id: newId('cns'),
      workspace_id: consent.workspace_id,
      contact_id: consent.contact_id,
      type: 'confirmed',
      source: consent.source,
      form_id: consent.form_id,
      ip: ip ?? null,
      at: now,
    });
  });
  return { ...state, state: 'confirmed' };
}

/** `POST /v1/contacts/:id/resend-confirmation`: a new link to a pending contact, at most once every few minutes. */
export async function resendConfirmation(
  deps: { database: Database; queue: Queue; signer: { secret: Uint8Array } },
  workspaceId: string,
  contactId: string,
  now = nowIso(),
): Promise<{ contact_id: string; status: 'pending'; requested_at: string }> {
  const { db } = deps.database;
  const contact = await findContact(db, workspaceId, contactId);
  if (!contact) throw notFound('contact', contactId);
  if (contact.status !== 'pending')
    throw new ApiError(
      'invalid_request',
      `Only a pending contact is sent a confirmation email; this contact is ${contact.status}.`,
      'status',
    );
  if (await isSuppressed(db, deps.signer.secret, workspaceId, contact.email))
    throw new ApiError('suppressed', `${contact.email} is on the suppression list, so no confirmation email is sent.`);
  const last = await latestRequest(db, workspaceId, contactId);
  if (last && Date.parse(now) - Date.parse(last.at) < CONFIRMATION_INTERVAL_MS)
    throw new ApiError(
      'rate_limit_exceeded',
      `A confirmation email was sent to this contact at ${last.at}; another can be sent ${CONFIRMATION_INTERVAL_MS / 60_000} minutes after it.`,
    );
  const consentId = newId('cns');
  await insertConsent(db, {
    id: consentId,
    workspace_id: workspaceId,
    contact_id: contactId,
    type: 'requested',
    source: last?.source ?? 'api',
    form_id: last?.form_id ?? null,
    ip: null,
    at: now,
  });
  await deps.queue.enqueue(sendConfirmationJob, { consentId }, { key: `consent.${consentId}` });
  return { contact_id: contactId, status: 'pending', requested_at: apiTime(now) };
}

/**
 * Deletes the pending contacts that did not confirm in time: asked last more
 * than `confirmation_expiry_days` ago. Nothing else is kept of them (their
 * consent record goes too): they never agreed to be mailed. A pending contact
 * that was never asked (created so through the API or an import) stays.
 * Returns how many were deleted.
 */
export async function deleteUnconfirmedContacts(deps: { database: Database }, now = nowIso()): Promise<number> {
  const { db } = deps.database;
  let deleted = 0;
  for (const workspace of await workspacesWithPending(db)) {
    const cutoff = new Date(Date.parse(now) - workspace.days * DAY_MS).toISOString();
    for (;;) {
      const ids = await expiredPendingContactIds(db, workspace.id, cutoff, 500);
      if (ids.length === 0) break;
      for (const id of ids) {
        await db.transaction().execute(async (trx) => {
          const contact = await findContact(trx, workspace.id, id);
          if (contact?.status !== 'pending' || !(await deleteContactRow(trx, workspace.id, id))) return;
          await addToContactsCount(trx, workspace.id, -1);
          await deleteConsentsOf(trx, workspace.id, id);
          await emitEvent(trx, workspace.id, 'contact.deleted', toContactResponse(contact));
          deleted++;
        });
      }
      if (ids.length < 500) break;
    }
  }
  return deleted;
}
