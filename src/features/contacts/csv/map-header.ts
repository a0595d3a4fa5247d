import { normalizeAttributeKey } from '../../../lib/attribute-key.js';
import { unguardCell } from './cells.js';
import { CsvFormatError } from './types.js';

/** The contact fields a column can fill; `name` is split into first and last name. */
export type ContactColumn = 'email' | 'first_name' | 'last_name' | 'name' | 'phone' | 'tags' | 'status';

/** Another column of the file, kept as an attribute under `key`. */
export interface AttributeColumn {
  index: number;
  key: string;
  header: string;
}

/** Which column holds what; -1 when the file has no such column. */
export interface ColumnMap {
  headers: string[];
  email: number;
  first_name: number;
  last_name: number;
  name: number;
  phone: number;
  tags: number;
  status: number;
  /** The attribute key the name column is kept under when its value is not just "first last". */
  nameKey: string;
  attributes: AttributeColumn[];
}

// Header spellings of the tools people export from (Mailchimp, Thunderbird,
// Outlook, Google Contacts, Chatwoot, …), compared case-insensitively without
// spaces, `_`, `-` and `.`.
const ALIASES: Record<ContactColumn, string[]> = {
  email: ['email', 'emailaddress', 'mail', 'primaryemail', 'email1value'],
  first_name: ['firstname', 'first', 'givenname', 'forename'],
  last_name: ['lastname', 'last', 'familyname', 'surname'],
  name: ['name', 'fullname', 'displayname', 'contactname'],
  phone: [
    'phone',
    'phonenumber',
    'mobile',
    'mobilenumber',
    'mobilephone',
    'cell',
    'cellphone',
    'telephone',
    'tel',
    'phone1value',
  ],
  tags: ['tags', 'tag', 'labels'],
  status: ['status'],
};

// Columns of Grivo's own export that are Grivo's to set: recognised, and
// ignored, so an export imports back without them turning into attributes.
const SYSTEM_COLUMNS = new Set(['id', 'source', 'createdat', 'updatedat']);

/** How the export names an attribute column whose key the import would take for one of its own columns. */
const ATTRIBUTE_PREFIX = 'attribute.';

const COLUMN_BY_ALIAS = new Map<string, ContactColumn>(
  Object.entries(ALIASES).flatMap(([column, aliases]) => aliases.map((alias) => [alias, column as ContactColumn])),
);

const LISTED_HEADERS = 20;

/** The comparable form of a header: lowercase, without spaces, `_`, `-` and `.`. */
export function headerAlias(header: string): string {
  return header.toLowerCase().replace(/[\s_.-]+/g, '');
}

/** What the import makes of a column with this header (already trimmed and unguarded). */
export function classifyHeader(
  header: string,
): { kind: 'field'; column: ContactColumn } | { kind: 'system' } | { kind: 'attribute'; key: string } {
  if (header.slice(0, ATTRIBUTE_PREFIX.length).toLowerCase() === ATTRIBUTE_PREFIX)
    return { kind: 'attribute', key: normalizeAttributeKey(header.slice(ATTRIBUTE_PREFIX.length)) };
  const alias = headerAlias(header);
  const column = COLUMN_BY_ALIAS.get(alias);
  if (column !== undefined) return { kind: 'field', column };
  if (SYSTEM_COLUMNS.has(alias)) return { kind: 'system' };
  return { kind: 'attribute', key: normalizeAttributeKey(header) };
}

/**
 * The export's header for an attribute key: the key itself, or
 * `attribute.<key>` when the import would read the key as one of its own
 * columns (`email`, `Mobile`, `id`, `attribute.x`…). Either imports back
 * under the same key.
 */
export function attributeHeader(key: string): string {
  const read = classifyHeader(key);
  return read.kind === 'attribute' && read.key === key ? key : `${ATTRIBUTE_PREFIX}${key}`;
}

/**
 * Maps a header row to the contact fields. The first column of each kind
 * wins; every other column becomes an attribute with a unique key. Throws
 * CsvFormatError when no column holds the email address.
 */
export function mapHeader(header: string[]): ColumnMap {
  // The export's formula guard is taken off names too: an attribute `=x` is exported as `'=x`.
  const headers = header.map((name) => unguardCell(name.trim()).trim());
  const map: ColumnMap = {
    headers,
    email: -1,
    first_name: -1,
    last_name: -1,
    name: -1,
    phone: -1,
    tags: -1,
    status: -1,
    nameKey: '',
    attributes: [],
  };
  const keys = new Set<string>();
  const uniqueKey = (index: number, wanted: string): string => {
    const base = wanted === '' ? `column_${index + 1}` : wanted;
    let key = base;
    for (let n = 2; keys.has(key); n++) key = `${base}_${n}`;
    keys.add(key);
    return key;
  };
  for (let index = 0; index < headers.length; index++) {
    const header = headers[index]!;
    const read = classifyHeader(header);
    if (read.kind === 'system') continue;
    if (read.kind === 'field' && map[read.column] === -1) {
      map[read.column] = index;
      if (read.column === 'name') map.nameKey = uniqueKey(index, normalizeAttributeKey(header));
    } else {
      const key = read.kind === 'attribute' ? read.key : normalizeAttributeKey(header);
      map.attributes.push({ index, key: uniqueKey(index, key), header });
    }
  }
  if (map.email === -1) throw new CsvFormatError(noEmailColumnMessage(headers));
  return map;
}

function noEmailColumnMessage(headers: string[]): string {
  const listed = headers.slice(0, LISTED_HEADERS).map((name) => JSON.stringify(truncate(name, 60)));
  const more = headers.length > LISTED_HEADERS ? ` and ${headers.length - LISTED_HEADERS} more` : '';
  return `No email column found. The header has: ${listed.join(', ')}${more}. Name one column "email".`;
}

/** `text`, cut to `max` characters with an ellipsis; for quoting user data in messages. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
