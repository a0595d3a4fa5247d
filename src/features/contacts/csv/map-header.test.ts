import { describe, expect, it } from 'vitest';
import { attributeKey, headerAlias, mapHeader } from './map-header.js';
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
    expect(map.attributes).toEqual([{ index: 3, key: 'address', header: 'Address' }]);
  });

  it('lets the first column of a kind win and keeps the others as attributes', () => {
    const map = mapHeader(['Work Phone', 'E-mail', 'Email', 'Mobile', 'Phone', 'Display Name', 'Name']);
    expect(map).toMatchObject({ email: 1, phone: 3, name: 5, nameKey: 'display_name' });
    expect(map.attributes.map((a) => [a.index, a.key])).toEqual([
      [0, 'work_phone'],
      [2, 'email'],
      [4, 'phone'],
      [6, 'name'],
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
      'company',
      'company_2',
      'company_3',
      'column_5',
      'column_6',
      'ünïcødé_straße',
      'a_b_c',
      'column_9',
      'company_2_2',
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

  it('turn a header into a snake_case key', () => {
    expect(attributeKey('IP Address', 1)).toBe('ip_address');
    expect(attributeKey('  __Job Title (current)__ ', 2)).toBe('job_title_current');
    expect(attributeKey('Город', 3)).toBe('город');
    expect(attributeKey('年龄', 4)).toBe('年龄');
    expect(attributeKey('---', 5)).toBe('column_5');
  });
});
