import { describe, expect, it } from 'vitest';
import { addressOf, parseReportFields, statusClass } from './report-fields.js';

describe('report fields', () => {
  it('reads blocks of fields, unfolding continued lines, names lowercased, first value kept', () => {
    const text = [
      'Reporting-MTA: dns; mx.example.org',
      'X-Postfix-Queue-ID: 3F2A81C2A1B',
      '',
      '',
      'Final-Recipient: rfc822; ada@example.org',
      'ACTION: failed',
      'Status: 5.1.1',
      'Status: 2.0.0',
      'Diagnostic-Code: smtp; 550 5.1.1 <ada@example.org>: Recipient address rejected:',
      '    User unknown',
      'not a field line',
      '',
      'Final-Recipient: rfc822;bob@example.org',
      '\tstray continuation',
      'Action: delayed',
    ].join('\r\n');
    const blocks = parseReportFields(text);
    expect(blocks.map((b) => Object.fromEntries(b))).toEqual([
      { 'reporting-mta': 'dns; mx.example.org', 'x-postfix-queue-id': '3F2A81C2A1B' },
      {
        'final-recipient': 'rfc822; ada@example.org',
        action: 'failed',
        status: '5.1.1',
        'diagnostic-code': 'smtp; 550 5.1.1 <ada@example.org>: Recipient address rejected: User unknown',
      },
      { 'final-recipient': 'rfc822;bob@example.org stray continuation', action: 'delayed' },
    ]);
    expect(parseReportFields('')).toEqual([]);
    expect(parseReportFields('  leading continuation\n: no name\n')).toEqual([]);
  });

  it('reads the address of a typed or bare field', () => {
    expect(addressOf('rfc822; ada@example.org')).toBe('ada@example.org');
    expect(addressOf('RFC822;<ada@example.org>')).toBe('ada@example.org');
    expect(addressOf('<ada@example.org>')).toBe('ada@example.org');
    expect(addressOf('x400; /C=US/ADMD=/')).toBeUndefined();
    expect(addressOf('rfc822; not an address')).toBeUndefined();
    expect(addressOf(undefined)).toBeUndefined();
  });

  it('classes a status: 5 is hard, 4 soft, anything else none', () => {
    expect(statusClass('5.1.1')).toBe('hard');
    expect(statusClass('5.1.10 (RESOLVER.ADR.RecipientNotFound)')).toBe('hard');
    expect(statusClass(' 4.2.2')).toBe('soft');
    expect(statusClass('2.0.0')).toBeUndefined();
    expect(statusClass('550')).toBeUndefined();
    expect(statusClass(undefined)).toBeUndefined();
  });
});
