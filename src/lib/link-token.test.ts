import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { linkToken, linkTokenId, verifyLinkToken } from './link-token.js';

const secret = Buffer.from('a server secret of some length, for the test');
const ID = /^inv_[A-Za-z0-9]{1,60}$/;

describe('link tokens', () => {
  it('are the id and 16 bytes of HMAC-SHA256 of purpose and id, as links already mailed were made', () => {
    const mac = createHmac('sha256', secret).update('confirm:cns_abc').digest().subarray(0, 16).toString('base64url');
    expect(linkToken(secret, 'confirm', 'cns_abc')).toBe(`cns_abc.${mac}`);
    const bound = createHmac('sha256', secret).update('password-reset:prs_1:hash').digest().subarray(0, 16);
    expect(linkToken(secret, 'password-reset', 'prs_1', 'hash')).toBe(`prs_1.${bound.toString('base64url')}`);
  });

  it('verify only for the same secret, purpose, id and bound value', () => {
    const token = linkToken(secret, 'invitation', 'inv_1', 'v1');
    expect(verifyLinkToken(secret, 'invitation', token, ID, 'v1')).toBe('inv_1');
    expect(verifyLinkToken(secret, 'confirm', token, ID, 'v1')).toBeUndefined();
    expect(verifyLinkToken(secret, 'invitation', token, ID, 'v2')).toBeUndefined();
    expect(verifyLinkToken(secret, 'invitation', token, ID)).toBeUndefined();
    expect(verifyLinkToken(Buffer.from('another secret'), 'invitation', token, ID, 'v1')).toBeUndefined();
    const other = linkToken(secret, 'invitation', 'inv_2', 'v1');
    expect(verifyLinkToken(secret, 'invitation', `inv_1.${other.split('.')[1]}`, ID, 'v1')).toBeUndefined();
  });

  it('refuse malformed tokens before any MAC is computed', () => {
    for (const bad of ['', 'inv_1', 'inv_1.', 'inv_1.a.b', 'cns_1.abc', '.abc', 'inv_1!.abc'])
      expect(linkTokenId(bad, ID), bad).toBeUndefined();
    expect(linkTokenId('inv_1.abc', ID)).toBe('inv_1');
  });
});
