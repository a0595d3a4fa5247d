import { describe, expect, it } from 'vitest';
import { mapHeader } from './map-header.js';
import { CONTACT_LIMITS, splitTags, toCsvRow } from './to-csv-row.js';
import type { CsvRow } from './types.js';

function row(header: string[], fields: string[], error?: string): CsvRow {
  return toCsvRow({ line: 7, fields, error }, mapHeader(header));
}

function contact(header: string[], fields: string[]) {
  const result = row(header, fields);
  if (result.kind !== 'contact') throw new Error(`not a contact: ${JSON.stringify(result)}`);
  return result.contact;
}

const MAILCHIMP = ['Email Address', 'First Name', 'Last Name', 'Address', 'Phone Number', 'TAGS'];

describe('toCsvRow', () => {
  it('reads a Mailchimp row, with its quoted tags', () => {
    expect(
      row(MAILCHIMP, [
        ' Ann@Example.com ',
        ' Ann ',
        'Lee',
        '1 Main St, Springfield',
        '+1 555 0100',
        '"Customer","VIP"',
      ]),
    ).toEqual({
      kind: 'contact',
      line: 7,
      contact: {
        email: 'Ann@Example.com',
        first_name: 'Ann',
        last_name: 'Lee',
        phone: '+1 555 0100',
        tags: ['Customer', 'VIP'],
        status: null,
        attributes: { Address: '1 Main St, Springfield' },
      },
    });
  });

  it('reads Given Name and Family Name', () => {
    expect(contact(['Given Name', 'Family Name', 'E-mail'], ['Ada', 'Lovelace', 'ada@example.org'])).toMatchObject({
      first_name: 'Ada',
      last_name: 'Lovelace',
    });
  });

  it('splits a name column when the row has no first and last name', () => {
    const header = ['email', 'name', 'first name', 'last name'];
    expect(contact(header, ['a@b.co', 'John Ronald  Tolkien'])).toMatchObject({
      first_name: 'John',
      last_name: 'Ronald  Tolkien',
      attributes: {},
    });
    expect(contact(header, ['a@b.co', 'Cher', '', ''])).toMatchObject({
      first_name: 'Cher',
      last_name: null,
      attributes: {},
    });
    expect(contact(['email', 'Full Name'], ['a@b.co', '山田\t太郎'])).toMatchObject({
      first_name: '山田',
      last_name: '太郎',
    });
  });

  it('keeps a name column as an attribute only when it says more than first and last name', () => {
    const header = ['email', 'Display Name', 'first name', 'last name'];
    expect(contact(header, ['a@b.co', 'John Doe', 'John', 'Doe']).attributes).toEqual({});
    expect(contact(header, ['a@b.co', 'John', 'John', '']).attributes).toEqual({});
    expect(contact(header, ['a@b.co', 'Dr. John Doe', 'John', 'Doe'])).toMatchObject({
      first_name: 'John',
      last_name: 'Doe',
      attributes: { 'Display Name': 'Dr. John Doe' },
    });
  });

  it('treats missing trailing fields as empty and ignores empty extra ones', () => {
    expect(contact(['email', 'phone', 'city'], ['a@b.co'])).toEqual({
      email: 'a@b.co',
      first_name: null,
      last_name: null,
      phone: null,
      tags: [],
      status: null,
      attributes: {},
    });
    expect(contact(['email', 'city'], ['a@b.co', 'Oslo', '', ' ']).attributes).toEqual({ city: 'Oslo' });
  });

  it("reads Grivo's export: system columns ignored, status read, the formula guard taken off", () => {
    const header = [
      'id',
      'email',
      'first_name',
      'last_name',
      'phone',
      'tags',
      'status',
      'source',
      'created_at',
      'updated_at',
      'favourite coffee',
      "'=formula",
      'attribute.email',
      'profile',
      'note',
    ];
    const fields = [
      'ct_0VbPq7Tn4GxD8hRc',
      'ada@example.com',
      "'=Ada",
      "'@home",
      "'+44 113 496 0000",
      "'-x, vip",
      'Unsubscribed',
      'api',
      '2026-03-15T10:30:00Z',
      '2026-03-15T10:30:00Z',
      'flat white',
      "'-1",
      'shadow',
      '{"a":{"b":[1,null]}}',
      `'{"a":1}`,
    ];
    expect(contact(header, fields)).toEqual({
      email: 'ada@example.com',
      first_name: '=Ada',
      last_name: '@home',
      phone: '+44 113 496 0000',
      tags: ['-x', 'vip'],
      status: 'unsubscribed',
      attributes: {
        'favourite coffee': 'flat white',
        '=formula': '-1',
        email: 'shadow',
        profile: { a: { b: [1, null] } },
        note: '{"a":1}',
      },
    });
    expect(row(['email', 'Status'], ['a@b.co', 'active'])).toEqual({
      kind: 'error',
      line: 7,
      message:
        'Status "active" in column "Status" is not one of: subscribed, unsubscribed, bounced, complained, pending, non_subscribed.',
    });
    expect(contact(['email', 'Status'], ['a@b.co', ' ']).status).toBeNull();
    // A cell the export never guarded keeps its apostrophe.
    expect(contact(['email', 'note'], ['a@b.co', "'hello"]).attributes).toEqual({ note: "'hello" });
  });

  it('reports invalid rows with a sentence naming the problem', () => {
    const header = ['email', 'First Name', 'Phone', 'Tags', 'Notes'];
    const cases: [string[], string][] = [
      [['foo@'], 'Invalid email address "foo@".'],
      [['', 'Ann'], 'Missing email address.'],
      [['a@b.co', 'A', '', '', '', 'extra'], 'Row has 6 fields but the header has 5; check for an unquoted delimiter.'],
      [['a@b.co', 'x'.repeat(101)], 'Column "First Name" is longer than 100 characters.'],
      [['a@b.co', '', '1'.repeat(51)], 'Column "Phone" is longer than 50 characters.'],
      [
        ['a@b.co', '', '', `ok, ${'t'.repeat(101)}`],
        `Tag "${'t'.repeat(39)}…" in column "Tags" is longer than 100 characters.`,
      ],
      [['a@b.co', '', '', '', 'n'.repeat(2001)], 'Column "Notes" is longer than 2,000 characters.'],
    ];
    for (const [fields, message] of cases) expect(row(header, fields)).toEqual({ kind: 'error', line: 7, message });
    expect(
      row(header, ['a@b.co'], 'Row has a quoted field that is never closed (a closing " is missing).'),
    ).toMatchObject({ kind: 'error' });
    expect(row(['email', 'name'], ['a@b.co', `${'x'.repeat(101)} y`])).toEqual({
      kind: 'error',
      line: 7,
      message: 'Column "name" is longer than 100 characters.',
    });
  });

  it('accepts values right at the limits', () => {
    const header = ['email', 'First Name', 'Phone', 'Tags', 'Notes'];
    const fields = ['a@b.co', 'x'.repeat(100), '1'.repeat(50), 't'.repeat(100), 'n'.repeat(2000)];
    expect(row(header, fields).kind).toBe('contact');
  });

  it('takes at most 100 attributes', () => {
    const header = ['email', ...Array.from({ length: 101 }, (_, i) => `a${i}`)];
    const full = ['a@b.co', ...Array.from({ length: 101 }, () => 'v')];
    expect(row(header, full)).toEqual({
      kind: 'error',
      line: 7,
      message: 'Row has more than 100 other columns filled in; column "a100" is one too many.',
    });
    expect(Object.keys(contact(header, [...full.slice(0, 50), '', ...full.slice(51)]).attributes)).toHaveLength(
      CONTACT_LIMITS.attributes,
    );
  });

  it('calls a row of empty fields blank, not an error', () => {
    expect(row(['email', 'name'], ['', ' '])).toEqual({ kind: 'blank', line: 7 });
    expect(row(['email', 'name'], ['\t'])).toEqual({ kind: 'blank', line: 7 });
    expect(row(['email', 'name'], ['', '', '', ''])).toEqual({ kind: 'blank', line: 7 });
  });
});

describe('splitTags', () => {
  it('splits on , and ;, trims, unquotes, drops empty and repeated tags', () => {
    expect(splitTags('vip')).toEqual(['vip']);
    expect(splitTags(' a; b,a ,"c",, ;"a"')).toEqual(['a', 'b', 'c']);
    expect(splitTags('"Customer","VIP"')).toEqual(['Customer', 'VIP']);
    // Tags compare case-insensitively: the first spelling is kept.
    expect(splitTags('A,a')).toEqual(['A']);
    expect(splitTags(' , ; ')).toEqual([]);
    expect(splitTags('  ')).toEqual([]);
  });
});
