import type { Insertable } from 'kysely';
import type { ContactsTable } from '../../src/storage/tables-contacts.js';

/** A subscribed contact row as the API would store it, for tests that write contacts straight into the database. */
export function contactRow(
  workspaceId: string,
  id: string,
  email: string,
  fields: Partial<Insertable<ContactsTable>> = {},
): Insertable<ContactsTable> {
  const now = new Date().toISOString();
  return {
    workspace_id: workspaceId,
    id,
    email,
    email_key: email.toLowerCase(),
    first_name: null,
    last_name: null,
    phone: null,
    attributes: '{}',
    tags: '[]',
    status: 'subscribed',
    source: 'api',
    created_at: now,
    updated_at: now,
    ...fields,
    // Kept beside the tags by every write (src/features/contacts/tag-match.ts).
    tag_keys:
      fields.tag_keys ?? JSON.stringify((JSON.parse(fields.tags ?? '[]') as string[]).map((t) => t.toLowerCase())),
  };
}
