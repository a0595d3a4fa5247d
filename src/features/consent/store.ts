import type { Db, Executor } from '../../storage/database.js';
import type { ContactConsentsTable } from '../../storage/tables-consent.js';

export type ConsentType = 'requested' | 'confirmed' | 'expired' | 'given' | 'withdrawn';
export type ConsentSource = 'form' | 'lead' | 'api' | 'import' | 'unsubscribe';
export type ConsentRow = ContactConsentsTable;

export async function insertConsent(db: Executor, row: ConsentRow): Promise<void> {
  await db.insertInto('contact_consents').values(row).execute();
}

/** A contact's consent events, newest first (the contact page, the activity feed, data exports). */
export async function listConsentEvents(db: Executor, workspaceId: string, contactId: string): Promise<ConsentRow[]> {
  return db
    .selectFrom('contact_consents')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', '=', contactId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** One consent event by id; a confirmation link names its `requested` event. */
export async function findConsent(db: Executor, id: string): Promise<ConsentRow | undefined> {
  return db.selectFrom('contact_consents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The newest `requested` event of a contact, if any. */
export async function latestRequest(
  db: Executor,
  workspaceId: string,
  contactId: string,
): Promise<ConsentRow | undefined> {
  return db
    .selectFrom('contact_consents')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', '=', contactId)
    .where('type', '=', 'requested')
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The workspaces that have pending contacts, with how many days a confirmation link lasts in each. */
export async function workspacesWithPending(db: Db): Promise<{ id: string; days: number }[]> {
  return db
    .selectFrom('workspaces')
    .select(['workspaces.id as id', 'workspaces.confirmation_expiry_days as days'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('contacts')
          .select('contacts.id')
          .whereRef('contacts.workspace_id', '=', 'workspaces.id')
          .where('contacts.status', '=', 'pending'),
      ),
    )
    .execute();
}

/**
 * The pending contacts of a workspace that were asked to confirm, last before
 * `cutoff` (a pending contact never asked, say one the API created so, stays).
 */
export async function expiredPendingContactIds(
  db: Db,
  workspaceId: string,
  cutoff: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('contacts')
    .select('contacts.id')
    .where('contacts.workspace_id', '=', workspaceId)
    .where('contacts.status', '=', 'pending')
    .where((eb) =>
      eb.and([
        eb.exists(
          eb
            .selectFrom('contact_consents')
            .select('contact_consents.id')
            .where('contact_consents.workspace_id', '=', workspaceId)
            .whereRef('contact_consents.contact_id', '=', 'contacts.id')
            .where('contact_consents.type', '=', 'requested'),
        ),
        eb.not(
          eb.exists(
            eb
              .selectFrom('contact_consents')
              .select('contact_consents.id')
              .where('contact_consents.workspace_id', '=', workspaceId)
              .whereRef('contact_consents.contact_id', '=', 'contacts.id')
              .where('contact_consents.type', '=', 'requested')
              .where('contact_consents.at', '>=', cutoff),
          ),
        ),
      ]),
    )
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Removes a contact's consent record (the contact itself is gone). */
/** Deletes a contact's consent records; answers their ids (the confirmation emails' keys). */
export async function deleteConsentsOf(db: Executor, workspaceId: string, contactId: string): Promise<string[]> {
  const rows = await db
    .deleteFrom('contact_consents')
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', '=', contactId)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
