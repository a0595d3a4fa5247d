import { normalizeEmail } from '../../../lib/email.js';
import { mergeTags } from '../tags/keys.js';
import { CONTACT_STATUSES, type ContactStatus } from '../schema.js';
import { attributeValue, unguardCell } from './cells.js';
import { truncate, type ColumnMap } from './map-header.js';
import type { CsvRecord } from './read-records.js';
import type { CsvRow } from './types.js';

/** Length limits of a contact's fields, in characters. */
export const CONTACT_LIMITS = {
  name: 100,
  phone: 50,
  tag: 100,
  attributeValue: 2_000,
  attributes: 100,
} as const;

const TAG_SEPARATOR = /[,;]/;
const WHITESPACE = /\s/;

/** Turns one data record into a contact, or into the error that keeps it out, or a blank row. */
export function toCsvRow(record: CsvRecord, columns: ColumnMap): CsvRow {
  const { line, fields, error } = record;
  if (error !== undefined) return rowError(line, error);
  // The input rule of the API (lib/well-formed.ts): PostgreSQL could not store it, so neither engine does.
  if (fields.some((f) => f.includes('\0')))
    return rowError(line, 'Row contains a NUL character (U+0000); remove it and import the row again.');

  const width = columns.headers.length;
  // Trailing empty fields past the header (`a,b,c,,`) are harmless; anything else is misaligned.
  if (fields.length > width && !isBlank(fields, width)) {
    return rowError(
      line,
      `Row has ${fields.length} fields but the header has ${width}; check for an unquoted delimiter.`,
    );
  }
  const rawEmail = value(fields, columns.email);
  if (rawEmail === null) return isBlank(fields, 0) ? { kind: 'blank', line } : rowError(line, 'Missing email address.');
  const email = normalizeEmail(rawEmail);
  if (email === undefined) return rowError(line, `Invalid email address ${JSON.stringify(truncate(rawEmail, 100))}.`);

  let firstName = value(fields, columns.first_name);
  let lastName = value(fields, columns.last_name);
  let firstColumn = columns.first_name;
  let lastColumn = columns.last_name;
  const name = value(fields, columns.name);
  let nameIsAttribute = false;
  if (name !== null) {
    if (firstName === null && lastName === null) {
      const space = name.search(WHITESPACE);
      firstName = space === -1 ? name : name.slice(0, space);
      lastName = space === -1 ? null : name.slice(space + 1).trim();
      firstColumn = lastColumn = columns.name;
    } else {
      nameIsAttribute =
        name !== (firstName !== null && lastName !== null ? `${firstName} ${lastName}` : (firstName ?? lastName));
    }
  }
  if (firstName !== null && firstName.length > CONTACT_LIMITS.name)
    return tooLong(line, columns, firstColumn, CONTACT_LIMITS.name);
  if (lastName !== null && lastName.length > CONTACT_LIMITS.name)
    return tooLong(line, columns, lastColumn, CONTACT_LIMITS.name);
  const phone = value(fields, columns.phone);
  if (phone !== null && phone.length > CONTACT_LIMITS.phone)
    return tooLong(line, columns, columns.phone, CONTACT_LIMITS.phone);

  const tagText = value(fields, columns.tags);
  const tags = tagText === null ? [] : splitTags(tagText);
  for (const tag of tags) {
    if (tag.length > CONTACT_LIMITS.tag) {
      const header = JSON.stringify(columns.headers[columns.tags]);
      return rowError(
        line,
        `Tag ${JSON.stringify(truncate(tag, 40))} in column ${header} is longer than ${CONTACT_LIMITS.tag} characters.`,
      );
    }
  }

  let status: ContactStatus | null = null;
  const statusText = value(fields, columns.status);
  if (statusText !== null) {
    status = CONTACT_STATUSES.find((s) => s === statusText.toLowerCase()) ?? null;
    if (status === null) {
      return rowError(
        line,
        `Status ${JSON.stringify(truncate(statusText, 40))} in column ${JSON.stringify(columns.headers[columns.status])} is not one of: ${CONTACT_STATUSES.join(', ')}.`,
      );
    }
  }

  const attributes: Record<string, unknown> = {};
  let count = 0;
  // The name column first (when it says more than first and last name), then the others in file order.
  for (let a = nameIsAttribute ? -1 : 0; a < columns.attributes.length; a++) {
    const column = a === -1 ? columns.name : columns.attributes[a]!.index;
    const text = a === -1 ? name : value(fields, column, true);
    if (text === null) continue;
    if (text.length > CONTACT_LIMITS.attributeValue)
      return tooLong(line, columns, column, CONTACT_LIMITS.attributeValue);
    if (++count > CONTACT_LIMITS.attributes) {
      const header = JSON.stringify(columns.headers[column]);
      return rowError(
        line,
        `Row has more than ${CONTACT_LIMITS.attributes} other columns filled in; column ${header} is one too many.`,
      );
    }
    if (a === -1) attributes[columns.nameKey] = text;
    else attributes[columns.attributes[a]!.key] = attributeValue(text);
  }

  return {
    kind: 'contact',
    line,
    contact: { email, first_name: firstName, last_name: lastName, phone, tags, status, attributes },
  };
}

/** Tags from one cell: split on `,` or `;`, trimmed, Mailchimp's `"a","b"` quotes removed, empty and repeated ones dropped. */
export function splitTags(text: string): string[] {
  // Most cells hold one plain tag.
  if (text.indexOf(',') === -1 && text.indexOf(';') === -1 && text.indexOf('"') === -1) {
    const tag = text.trim();
    return tag === '' ? [] : [tag];
  }
  const tags: string[] = [];
  for (const part of text.split(TAG_SEPARATOR)) {
    let tag = part.trim();
    if (tag.length >= 2 && tag.startsWith('"') && tag.endsWith('"')) tag = tag.slice(1, -1).trim();
    if (tag !== '') tags.push(tag);
  }
  // `VIP, vip` is one tag, as first written (contacts/tag-match.ts).
  return mergeTags(tags);
}

/**
 * The trimmed field at `index`, or null when the column is absent, the row is
 * short or the field is empty. The export's formula guard is taken off every
 * field but attributes, which `attributeValue` reads.
 */
function value(fields: string[], index: number, raw = false): string | null {
  if (index < 0 || index >= fields.length) return null;
  const trimmed = fields[index]!.trim();
  const text = raw ? trimmed : unguardCell(trimmed).trim();
  return text === '' ? null : text;
}

function isBlank(fields: string[], from: number): boolean {
  for (let i = from; i < fields.length; i++) if (fields[i]!.trim() !== '') return false;
  return true;
}

function rowError(line: number, message: string): CsvRow {
  return { kind: 'error', line, message };
}

function tooLong(line: number, columns: ColumnMap, column: number, max: number): CsvRow {
  return rowError(
    line,
    `Column ${JSON.stringify(columns.headers[column])} is longer than ${max.toLocaleString('en')} characters.`,
  );
}
