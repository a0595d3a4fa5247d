import { CsvFormatError } from './types.js';

/** The contact fields a column can fill; `name` is split into first and last name. */
export type ContactColumn = 'email' | 'first_name' | 'last_name' | 'name' | 'phone' | 'tags';

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
};

const COLUMN_BY_ALIAS = new Map<string, ContactColumn>(
  Object.entries(ALIASES).flatMap(([column, aliases]) => aliases.map((alias) => [alias, column as ContactColumn])),
);

const LISTED_HEADERS = 20;

/** The comparable form of a header: lowercase, without spaces, `_`, `-` and `.`. */
export function headerAlias(header: string): string {
  return header.toLowerCase().replace(/[\s_.-]+/g, '');
}

/** A header as an attribute key: lowercase snake_case, letters of any script kept; `column_<n>` when nothing is left. */
export function attributeKey(header: string, position: number): string {
  const key = header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
  return key === '' ? `column_${position}` : key;
}

/**
 * Maps a header row to the contact fields. The first column of each kind
 * wins; every other column becomes an attribute with a unique key. Throws
 * CsvFormatError when no column holds the email address.
 */
export function mapHeader(header: string[]): ColumnMap {
  const headers = header.map((name) => name.trim());
  const map: ColumnMap = {
    headers,
    email: -1,
    first_name: -1,
    last_name: -1,
    name: -1,
    phone: -1,
    tags: -1,
    nameKey: '',
    attributes: [],
  };
  const keys = new Set<string>();
  const uniqueKey = (index: number): string => {
    const base = attributeKey(headers[index]!, index + 1);
    let key = base;
    for (let n = 2; keys.has(key); n++) key = `${base}_${n}`;
    keys.add(key);
    return key;
  };
  for (let index = 0; index < headers.length; index++) {
    const column = COLUMN_BY_ALIAS.get(headerAlias(headers[index]!));
    if (column !== undefined && map[column] === -1) {
      map[column] = index;
      if (column === 'name') map.nameKey = uniqueKey(index);
    } else {
      map.attributes.push({ index, key: uniqueKey(index), header: headers[index]! });
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
