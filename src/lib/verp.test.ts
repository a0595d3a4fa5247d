import { describe, expect, it } from 'vitest';
import { readVerpAddress, returnPathFor, verpAddress } from './verp.js';

const key = { secret: Buffer.from('s'.repeat(40)), domain: 'bounces.example.com' };
const campaign = { workspaceId: 'ws_0VbuxE52Hd1kqwQa', messageKey: 'cmp_0VbuxE52Hd1kqwQq.ct_0VbuxE52Hd1kqwQr' };
const email = { workspaceId: 'ws_0VbuxE52Hd1kqwQa', messageKey: 'em_zzzzzzzzzzzzzzzz' };

describe('VERP return paths', () => {
  it('reads back the message it names, within the 64 characters of a local part', () => {
    const address = verpAddress(key, campaign)!;
    expect(address).toMatch(/^bounces\+[a-z2-7]+@bounces\.example\.com$/);
    expect(address.split('@')[0]!.length).toBeLessThanOrEqual(64);
    expect(readVerpAddress(key, address)).toEqual({
      kind: 'campaign',
      campaignId: 'cmp_0VbuxE52Hd1kqwQq',
      contactId: 'ct_0VbuxE52Hd1kqwQr',
      messageKey: campaign.messageKey,
    });
    expect(readVerpAddress(key, verpAddress(key, email)!)).toEqual({
      kind: 'email',
      workspaceId: email.workspaceId,
      emailId: email.messageKey,
      messageKey: email.messageKey,
    });
    expect(readVerpAddress(key, verpAddress(key, { ...email, messageKey: 'em_0000000000000000' })!)).toMatchObject({
      emailId: 'em_0000000000000000',
    });
  });

  it('survives a mail server that changes the case of the address', () => {
    const address = verpAddress(key, campaign)!;
    expect(readVerpAddress(key, address.toUpperCase())).toMatchObject({ messageKey: campaign.messageKey });
  });

  it('refuses a forged, altered or misplaced address', () => {
    const address = verpAddress(key, campaign)!;
    const [local, domain] = address.split('@') as [string, string];
    const flip = (i: number) => local.slice(0, i) + (local[i] === 'a' ? 'b' : 'a') + local.slice(i + 1);
    for (const i of [8, 20, local.length - 1]) expect(readVerpAddress(key, `${flip(i)}@${domain}`)).toBeUndefined();
    for (const bad of [
      `${local}@other.example.com`,
      `${local}a@${domain}`,
      `${local.slice(0, -1)}@${domain}`,
      `bounces+${'a'.repeat(56)}@${domain}`,
      `bounces+${local.slice(8, -1)}1@${domain}`,
      `postmaster@${domain}`,
      'bounces',
    ])
      expect(readVerpAddress(key, bad)).toBeUndefined();
    expect(readVerpAddress({ ...key, secret: Buffer.from('t'.repeat(40)) }, address)).toBeUndefined();
    expect(readVerpAddress({ ...key, domain: undefined }, address)).toBeUndefined();
  });

  it('gives none without a bounce domain, or for a key that names no single message (test sends)', () => {
    expect(verpAddress({ ...key, domain: undefined }, campaign)).toBeUndefined();
    expect(verpAddress(key, { ...campaign, messageKey: 'cmp_0VbuxE52Hd1kqwQq.test-m3x-0' })).toBeUndefined();
    expect(verpAddress(key, { workspaceId: 'nope', messageKey: email.messageKey })).toBeUndefined();
    const config = { bounces: { domain: undefined, smtpHost: '0.0.0.0', smtpPort: 2525, maxBytes: 1024 } };
    expect(returnPathFor({ ...config, secret: 's'.repeat(40), dataDir: '/nonexistent' }, campaign)).toBeUndefined();
  });

  it('signs with the configured secret, the one tracking links use', () => {
    const config = {
      bounces: { domain: 'Bounces.Example.com', smtpHost: '0.0.0.0', smtpPort: 2525, maxBytes: 1024 },
      secret: 's'.repeat(40),
      dataDir: '/nonexistent',
    };
    expect(returnPathFor(config, campaign)).toBe(verpAddress(key, campaign));
  });
});
