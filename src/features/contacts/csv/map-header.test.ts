import { describe, expect, it } from 'vitest';
import { attributeHeader, classifyHeader, headerAlias, mapHeader } from './map-header.js';
import { CsvFormatError } from './types.js';

describe('mapHeader', () => {
  it.each([
    [
      'email',
      [
        'email',
        'E-mail',
        'Email Address',
        'EmailAddress',
        'mail',
        'Primary Email',
        'email_address',
        'E-mail 1 - Value',
        ' EMAIL ',
      ],
    ],
    ['first_name', ['first name', 'FirstName', 'First', 'Given Name', 'forename', 'first_name']],
    ['last_name', ['Last Name', 'lastname', 'last', 'Family Name', 'Surname', 'last_name']],
    ['name', ['Name', 'Full Name', 'Display Name', 'Contact Name', 'full.name']],
    [
      'phone',
      [
        'Phone',
        'Phone Number',
        'mobile',
        'Mobile Number',
        'Mobile Phone',
        'cell',
        'Cell Phone',
        'telephone',
        'Tel',
        'phone_number',
      ],
    ],
    ['tags', ['Tags', 'TAG', 'labels']],
  ] as const)('maps the %s column from its usual headers', (field, headers) => {
    for (const header of headers) {
      const other = field === 'email' ? 'x' : 'email';
      expect(mapHeader([other, header])[field], header).toBe(1);
    }
  });

  it('reads the Mailchimp export header', () => {
    const map = mapHeader(['Email Address', 'First Name', 'Last Name', 'Address', 'Phone Number', 'TAGS']);
    expect(map).toMatchObject({ email: 0, first_name: 1, last_name: 2, phone: 4, tags: 5, name: -1 });
    expect(map.attributes).toEqual([{ index: 3, key: 'Address', header: 'Address' }]);
  });

  it('lets the first column of a kind win and keeps the others as attributes', () => {
    const map = mapHeader(['Work Phone', 'E-mail', 'Email', 'Mobile', 'Phone', 'Display Name', 'Name']);
    expect(map).toMatchObject({ email: 1, phone: 3, name: 5, nameKey: 'Display Name' });
    expect(map.attributes.map((a) => [a.index, a.key])).toEqual([
      [0, 'Work Phone'],
      [2, 'Email'],
      [4, 'Phone'],
      [6, 'Name'],
    ]);
  });

  it('makes attribute keys unique and names empty headers by position', () => {
    const map = mapHeader([
      'email',
      'Company',
      'company',
      'COMPANY ',
      '',
      '  ',
      'Ünïcødé Straße',
      'a--b..c',
      '#',
      'company_2',
    ]);
    expect(map.attributes.map((a) => a.key)).toEqual([
      'Company',
      'company',
      'COMPANY',
      'column_5',
      'column_6',
      'Ünïcødé Straße',
      'a--b..c',
      '#',
      'company_2',
    ]);
    expect(mapHeader(['email', 'Notes', 'Notes', ' Notes ']).attributes.map((a) => a.key)).toEqual([
      'Notes',
      'Notes_2',
      'Notes_3',
    ]);
  });

  it('refuses a header without an email column, listing what it has', () => {
    expect(() => mapHeader(['First Name', 'Phone'])).toThrow(
      new CsvFormatError('No email column found. The header has: "First Name", "Phone". Name one column "email".'),
    );
    const many = Array.from({ length: 25 }, (_, i) => `c${i}`);
    expect(() => mapHeader(many)).toThrow(/"c18", "c19" and 5 more\. Name one column "email"\.$/);
  });
});

describe('header helpers', () => {
  it('compare headers without case, spaces, _, - and .', () => {
    expect(headerAlias(' E-Mail_Address. ')).toBe('emailaddress');
  });

  it('keep a header as the attribute key as written', () => {
    expect(classifyHeader('favourite coffee')).toEqual({ kind: 'attribute', key: 'favourite coffee' });
    expect(classifyHeader('Город')).toEqual({ kind: 'attribute', key: 'Город' });
    expect(classifyHeader('attribute.email')).toEqual({ kind: 'attribute', key: 'email' });
    expect(classifyHeader('Attribute. Mobile ')).toEqual({ kind: 'attribute', key: 'Mobile' });
    expect(classifyHeader('E-mail')).toEqual({ kind: 'field', column: 'email' });
    expect(classifyHeader('Status')).toEqual({ kind: 'field', column: 'status' });
    for (const system of ['id', 'ID', 'source', 'created_at', 'Created At', 'updated_at', 'updatedAt'])
      expect(classifyHeader(system), system).toEqual({ kind: 'system' });
  });

  it('name attribute columns so that they import back under the same key', () => {
    for (const [key, header] of [
      ['city', 'city'],
      ['favourite coffee', 'favourite coffee'],
      ['email', 'attribute.email'],
      ['Mobile', 'attribute.Mobile'],
      ['First Name', 'attribute.First Name'],
      ['status', 'attribute.status'],
      ['id', 'attribute.id'],
      ['created_at', 'attribute.created_at'],
      ['attribute.x', 'attribute.attribute.x'],
    ]) {
      expect(attributeHeader(key!), key).toBe(header);
      expect(classifyHeader(header!), key).toEqual({ kind: 'attribute', key });
    }
  });
});
