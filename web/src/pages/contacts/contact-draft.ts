import { ApiFailure } from '../../api/client';
import type { CreateContactBody, UpdateContactBody } from './api';
import { normalizeAttributeKey } from '../../../../src/lib/attribute-key';
import type { Contact, ContactStatus } from './types';

/** One key/value row of the attributes editor. `json` rows hold a non-text value, edited as JSON. */
export interface AttributeRow {
  rowId: number;
  key: string;
  value: string;
  json: boolean;
}

/** The form's fields as typed, before they become a request body. */
export interface ContactDraft {
  email: string;
  first_name: string;
  last_name: string;
  phone: string;
  /** Comma-separated, as typed. */
  tags: string;
  status: ContactStatus;
  attributes: AttributeRow[];
}

let nextRowId = 1;
export const newAttributeRow = (key = '', value = '', json = false): AttributeRow => ({
  rowId: nextRowId++,
  key,
  value,
  json,
});

export const emptyDraft = (): ContactDraft => ({
  email: '',
  first_name: '',
  last_name: '',
  phone: '',
  tags: '',
  status: 'subscribed',
  attributes: [],
});

export function draftOf(c: Contact): ContactDraft {
  return {
    email: c.email,
    first_name: c.first_name ?? '',
    last_name: c.last_name ?? '',
    phone: c.phone ?? '',
    tags: c.tags.join(', '),
    status: c.status,
    attributes: Object.entries(c.attributes).map(([k, v]) =>
      typeof v === 'string' ? newAttributeRow(k, v) : newAttributeRow(k, JSON.stringify(v), true),
    ),
  };
}

export const parseTags = (text: string) => [
  ...new Set(
    text
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  ),
];

const text = (value: string) => value.trim() || null;

// A mistake caught before sending reads like the server's own, so the form shows both the same way.
const problem = (message: string, param: string) => ApiFailure.plain(message, param);

type Attributes = Contact['attributes'];

/** The attributes as the API takes them; throws an ApiFailure naming the row at fault. */
export function attributesOf(rows: AttributeRow[]): Attributes {
  const out: Attributes = {};
  for (const row of rows) {
    const key = normalizeAttributeKey(row.key);
    if (!key && !row.value.trim()) continue;
    if (!key) throw problem('Give every attribute a name, or remove the row.', 'attributes');
    if (key in out) throw problem(`The attribute name '${key}' is used twice.`, `attributes.${key}`);
    if (!row.json) {
      out[key] = row.value;
      continue;
    }
    try {
      out[key] = JSON.parse(row.value);
    } catch {
      throw problem(`The value of '${key}' is not valid JSON (text needs "quotes").`, `attributes.${key}`);
    }
  }
  return out;
}

/** The POST /v1/contacts body for a new contact. */
export function createBody(d: ContactDraft): CreateContactBody {
  if (!d.email.trim()) throw problem('Enter the email address of the contact.', 'email');
  return {
    email: d.email.trim(),
    first_name: text(d.first_name),
    last_name: text(d.last_name),
    phone: text(d.phone),
    tags: parseTags(d.tags),
    status: d.status,
    attributes: attributesOf(d.attributes),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The PATCH /v1/contacts/:id body: only what changed. Attributes merge on the
 * server, so a removed one is sent as null; tags are sent whole (they replace).
 */
export function patchBody(c: Contact, d: ContactDraft): UpdateContactBody {
  const body: UpdateContactBody = {};
  if (!d.email.trim()) throw problem('A contact needs an email address.', 'email');
  if (d.email.trim() !== c.email) body.email = d.email.trim();
  for (const field of ['first_name', 'last_name', 'phone'] as const) {
    if (text(d[field]) !== c[field]) body[field] = text(d[field]);
  }
  if (d.status !== c.status) body.status = d.status;
  const tags = parseTags(d.tags);
  if (!same(tags, c.tags)) body.tags = tags;
  const next = attributesOf(d.attributes);
  const changes: Attributes = {};
  for (const key of Object.keys(c.attributes)) if (!(key in next)) changes[key] = null;
  for (const [key, value] of Object.entries(next)) if (!same(value, c.attributes[key])) changes[key] = value;
  if (Object.keys(changes).length > 0) body.attributes = changes;
  return body;
}
