import type { ContactFields, CsvRow } from '../csv/read-contact-csv.js';
import { emailKey } from '../../../lib/email.js';
import { tagKeys } from '../tags/keys.js';
import type { ContactStatus } from '../schema.js';

/**
 * A CSV row made ready to store: the email's unique key computed and tags,
 * their keys and attributes already JSON, as the contacts table keeps them. Rows cross from
 * the parsing thread as flat tuples of strings, which copy between threads
 * several times faster than objects.
 */
export type PreparedRow =
  | {
      kind: 'contact';
      line: number;
      email: string;
      key: string;
      first_name: string | null;
      last_name: string | null;
      phone: string | null;
      /** JSON array. */
      tags: string;
      /** JSON array: the tags' keys (the contacts table's `tag_keys`). */
      tag_keys: string;
      /** From the file's status column, when it has one. */
      status: ContactStatus | null;
      /** JSON object. */
      attributes: string;
    }
  | { kind: 'error'; line: number; message: string }
  | { kind: 'blank'; line: number };

export type ContactPreparedRow = Extract<PreparedRow, { kind: 'contact' }>;

export type RowTuple =
  | [
      line: number,
      email: string,
      key: string,
      first: string | null,
      last: string | null,
      phone: string | null,
      tags: string,
      tagKeys: string,
      status: ContactStatus | null,
      attributes: string,
    ]
  | [line: number, message: string]
  | [line: number];

export function toTuple(row: CsvRow): RowTuple {
  if (row.kind === 'blank') return [row.line];
  if (row.kind === 'error') return [row.line, row.message];
  const c = row.contact;
  return [
    row.line,
    c.email,
    emailKey(c.email),
    c.first_name,
    c.last_name,
    c.phone,
    JSON.stringify(c.tags),
    JSON.stringify(tagKeys(c.tags)),
    c.status,
    JSON.stringify(c.attributes),
  ];
}

export function fromTuple(t: RowTuple): PreparedRow {
  if (t.length === 1) return { kind: 'blank', line: t[0] };
  if (t.length === 2) return { kind: 'error', line: t[0], message: t[1] };
  const [line, email, key, first_name, last_name, phone, tags, tag_keys, status, attributes] = t;
  return { kind: 'contact', line, email, key, first_name, last_name, phone, tags, tag_keys, status, attributes };
}

export function prepareRow(row: CsvRow): PreparedRow {
  return fromTuple(toTuple(row));
}

/** The row's fields as values, for merging into an existing contact. */
export function fieldsOf(row: ContactPreparedRow): ContactFields {
  return {
    email: row.email,
    first_name: row.first_name,
    last_name: row.last_name,
    phone: row.phone,
    tags: JSON.parse(row.tags) as string[],
    status: row.status,
    attributes: JSON.parse(row.attributes) as Record<string, unknown>,
  };
}
