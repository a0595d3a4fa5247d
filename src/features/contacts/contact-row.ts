import { newId } from '../../lib/ids.js';
import { apiTime } from '../../lib/time.js';
import { emailKey } from '../../lib/email.js';
import type { ContactValues } from './merge.js';
import type { ContactResponse, ContactSource, ContactStatus } from './schema.js';
import type { ContactRow } from './store.js';
import { tagKeys } from './tags/keys.js';

export function valuesOf(
  row: Pick<ContactRow, 'email' | 'first_name' | 'last_name' | 'phone' | 'attributes' | 'tags' | 'status'>,
): ContactValues {
  return {
    email: row.email,
    first_name: row.first_name,
    last_name: row.last_name,
    phone: row.phone,
    attributes: JSON.parse(row.attributes) as Record<string, unknown>,
    tags: JSON.parse(row.tags) as string[],
    status: row.status as ContactStatus,
  };
}

/** Which import created and last changed a contact (set only by an import's own statements). */
type ImportMarks = 'created_by_import' | 'updated_by_import' | 'updated_by_import_at';

/** The columns that change with the values (for an update). */
export function columnsOf(
  values: ContactValues,
  now: string,
): Omit<ContactRow, 'workspace_id' | 'id' | 'source' | 'created_at' | ImportMarks> {
  return {
    email: values.email,
    email_key: emailKey(values.email),
    first_name: values.first_name,
    last_name: values.last_name,
    phone: values.phone,
    attributes: JSON.stringify(values.attributes),
    tags: JSON.stringify(values.tags),
    tag_keys: JSON.stringify(tagKeys(values.tags)),
    status: values.status,
    updated_at: now,
  };
}

export function newContactRow(
  workspaceId: string,
  values: ContactValues,
  source: ContactSource,
  now: string,
  importId: string | null = null,
): ContactRow {
  return {
    workspace_id: workspaceId,
    id: newId('ct'),
    ...columnsOf(values, now),
    source,
    created_at: now,
    created_by_import: importId,
    updated_by_import: null,
    updated_by_import_at: null,
  };
}

export function toContactResponse(row: ContactRow): ContactResponse {
  const values = valuesOf(row);
  return {
    id: row.id,
    ...values,
    attributes: values.attributes as ContactResponse['attributes'],
    source: row.source as ContactSource,
    created_at: apiTime(row.created_at),
    updated_at: apiTime(row.updated_at),
  };
}
