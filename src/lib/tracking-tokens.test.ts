import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSecret } from './secret.js';
import { TokenSigner } from './tracking-tokens.js';

const signer = new TokenSigner(Buffer.from('x'.repeat(40)));
const target = { campaignId: 'cmp_0VbuxE52Hd1kqwQq', contactId: 'ct_0VbuxE52Hd1kqwQr' };

describe('TokenSigner', () => {
  it('reads back what it signed, for each kind', () => {
    expect(signer.verify('open', signer.sign('open', target))).toEqual(target);
    expect(signer.verify('unsubscribe', signer.sign('unsubscribe', target))).toEqual(target);
    expect(signer.verify('click', signer.sign('click', target, 7))).toEqual({ ...target, link: 7 });
    expect(signer.sign('open', target)).toMatch(/^[\w.-]+$/);
  });

  it('refuses a token of another kind, another secret, or any altered part', () => {
    const open = signer.sign('open', target);
    expect(signer.verify('unsubscribe', open)).toBeUndefined();
    expect(signer.verify('click', open)).toBeUndefined();
    expect(new TokenSigner(Buffer.from('y'.repeat(40))).verify('open', open)).toBeUndefined();
    const click = signer.sign('click', target, 1);
    for (const bad of [
      click.replace('.1.', '.2.'),
      click.replace('.1.', '.01.'),
      click.replace('.1.', '.-1.'),
      click.replace('cmp_0', 'cmp_1'),
      `${click}A`,
      // The same MAC bytes spelled differently (the last character's spare bits).
      click.slice(0, -1) + String.fromCharCode(click.charCodeAt(click.length - 1) ^ 1),
      click.slice(0, -2),
      '',
      '....',
      'a.b.c.d.e',
    ]) {
      expect(signer.verify('click', bad), bad).toBeUndefined();
    }
  });
});

describe('loadSecret', () => {
  it('uses GRIVO_SECRET when given, else generates one once and keeps it in the data dir', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grivo-secret-'));
    try {
      expect(loadSecret('s'.repeat(32), dir).toString()).toBe('s'.repeat(32));
      expect(fs.existsSync(path.join(dir, 'secret.key'))).toBe(false);
      const first = loadSecret(undefined, dir);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(loadSecret(undefined, dir)).toEqual(first);
      expect(fs.statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
      expect(fs.readdirSync(dir)).toEqual(['secret.key']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
