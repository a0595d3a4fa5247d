import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { createCrawlAgent } from './crawl-agent.js';
import { fetchResource } from './fetch-resource.js';
import { BLOCKED_ADDRESS_CODE, createSafeLookup, type ResolveHost } from './safe-lookup.js';
import { checkUrl, isPublicAddress } from './ssrf.js';
import { useCleanup } from '../../../test/helpers/crawler-site.js';

const { site, defer } = useCleanup();

function agentFor(allowPrivate: boolean, resolveHost?: ResolveHost) {
  const agent = createCrawlAgent({ allowPrivate, resolveHost });
  defer(() => agent.close());
  return agent;
}

function lookupWith(allowPrivate: boolean, hostname: string, resolveHost?: ResolveHost, all = true) {
  return new Promise<{ error: NodeJS.ErrnoException | null; address: string | LookupAddress[] }>((resolve) => {
    createSafeLookup({ allowPrivate }, resolveHost)(hostname, { all }, (error, address) => resolve({ error, address }));
  });
}

const answer =
  (...addresses: string[]): ResolveHost =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('isPublicAddress', () => {
  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '93.184.216.34',
    '2606:4700::1111',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('accepts the public address %s', (ip) => expect(isPublicAddress(ip)).toBe(true));

  it.each([
    ['loopback', '127.0.0.1'],
    ['loopback', '127.255.255.254'],
    ['private', '10.0.0.1'],
    ['private', '172.16.5.4'],
    ['private', '172.31.255.255'],
    ['private', '192.168.1.1'],
    ['link-local', '169.254.1.1'],
    ['metadata', '169.254.169.254'],
    ['CGNAT', '100.64.0.1'],
    ['metadata (Alibaba)', '100.100.100.200'],
    ['multicast', '224.0.0.1'],
    ['broadcast', '255.255.255.255'],
    ['unspecified', '0.0.0.0'],
    ['this network', '0.1.2.3'],
    ['documentation', '192.0.2.1'],
    ['documentation', '198.51.100.7'],
    ['documentation', '203.0.113.9'],
    ['benchmark', '198.18.0.1'],
    ['reserved', '240.0.0.1'],
    ['IETF', '192.0.0.8'],
    ['IPv6 loopback', '::1'],
    ['IPv6 unspecified', '::'],
    ['IPv6 link-local', 'fe80::1'],
    ['IPv6 unique-local', 'fc00::1'],
    ['IPv6 unique-local', 'fd12:3456::1'],
    ['metadata (AWS IPv6)', 'fd00:ec2::254'],
    ['IPv6 multicast', 'ff02::1'],
    ['IPv6 site-local', 'fec0::1'],
    ['IPv6 documentation', '2001:db8::1'],
    ['IPv4-mapped loopback', '::ffff:127.0.0.1'],
    ['IPv4-mapped private', '::ffff:10.0.0.1'],
    ['IPv4-mapped metadata', '::ffff:169.254.169.254'],
    ['IPv4-compatible loopback', '::127.0.0.1'],
    ['IPv4-compatible public', '::8.8.8.8'],
    ['SIIT loopback', '::ffff:0:127.0.0.1'],
    ['NAT64 loopback', '64:ff9b::127.0.0.1'],
    ['NAT64 private', '64:ff9b::10.1.1.1'],
    ['local-use NAT64', '64:ff9b:1::808:808'],
    ['6to4 of loopback', '2002:7f00:1::1'],
    ['6to4 of private', '2002:c0a8:101::1'],
    ['Teredo', '2001::1'],
    ['not an address', 'localhost'],
    ['not an address', ''],
  ])('refuses %s %s', (_kind, ip) => expect(isPublicAddress(ip)).toBe(false));
});

describe('checkUrl', () => {
  const strict = { allowPrivate: false };
  it.each([
    'http://127.0.0.1/',
    'http://2130706433/',
    'http://0x7f.0.0.1/',
    'http://0x7f.1/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://017700000001/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://10.0.0.1/',
    'http://172.16.5.4/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://224.0.0.1/',
    'http://0.0.0.0/',
    'http://[fd00:ec2::254]/',
    'http://[fe80::1]/',
    'http://[::]/',
    'https://127.0.0.1:8443/',
    'http://user:pass@example.com/',
    'file:///etc/passwd',
    'ftp://example.com/file',
    'gopher://example.com/_x',
    'data:text/html,hi',
    'javascript:alert(1)',
  ])('refuses %s without allowPrivate', (href) => {
    const reason = /^(http|https):/.test(href) && !href.includes('@') ? 'blocked_address' : 'invalid_url';
    expect(checkUrl(new URL(href), strict)).toEqual({ reason, detail: expect.any(String) });
  });

  it('accepts ordinary public URLs, and IP literals that are public', () => {
    for (const href of [
      'https://example.com/a?b=c',
      'http://example.com:8080/',
      'http://8.8.8.8/',
      'http://[2606:4700::1111]/',
    ]) {
      expect(checkUrl(new URL(href), strict)).toBeNull();
    }
  });

  it('with allowPrivate accepts private addresses but still refuses other schemes', () => {
    expect(checkUrl(new URL('http://127.0.0.1:3000/'), { allowPrivate: true })).toBeNull();
    expect(checkUrl(new URL('http://[::1]/'), { allowPrivate: true })).toBeNull();
    for (const href of ['file:///etc/passwd', 'ftp://example.com/', 'gopher://example.com/']) {
      expect(checkUrl(new URL(href), { allowPrivate: true })).toEqual({
        reason: 'invalid_url',
        detail: expect.stringMatching(/scheme/),
      });
    }
  });
});

describe('createSafeLookup', () => {
  it('refuses localhost: the system resolver answers loopback', async () => {
    const { error } = await lookupWith(false, 'localhost');
    expect(error?.code).toBe(BLOCKED_ADDRESS_CODE);
  });

  it('refuses a public-looking name when ANY of its addresses is private (DNS rebinding)', async () => {
    const { error } = await lookupWith(false, 'rebind.example', answer('93.184.216.34', '127.0.0.1'));
    expect(error?.code).toBe(BLOCKED_ADDRESS_CODE);
    expect(error?.message).toContain('127.0.0.1');
    const mapped = await lookupWith(false, 'rebind.example', answer('::ffff:169.254.169.254'));
    expect(mapped.error?.code).toBe(BLOCKED_ADDRESS_CODE);
  });

  it('hands net.connect exactly the addresses it checked, in either callback form', async () => {
    const resolve = answer('93.184.216.34', '2606:2800:220:1::1');
    expect(await lookupWith(false, 'example.com', resolve)).toEqual({
      error: null,
      address: [
        { address: '93.184.216.34', family: 4 },
        { address: '2606:2800:220:1::1', family: 6 },
      ],
    });
    expect(await lookupWith(false, 'example.com', resolve, false)).toEqual({ error: null, address: '93.184.216.34' });
  });

  it('with allowPrivate lets loopback through', async () => {
    const { error, address } = await lookupWith(true, 'localhost');
    expect(error).toBeNull();
    expect(address).not.toHaveLength(0);
  });
});

describe('fetchResource address checks', () => {
  it('refuses localhost before any request reaches the server', async () => {
    const target = await site({ '/': 'hello' });
    const result = await fetchResource(`http://localhost:${target.port}/`, {
      agent: agentFor(false),
      policy: { allowPrivate: false },
    });
    expect(result).toMatchObject({ kind: 'skipped', reason: 'blocked_address' });
    expect(target.requests).toHaveLength(0);
  });

  it('refuses a public-looking host that resolves to loopback, at connect time', async () => {
    const target = await site({ '/': 'hello' });
    const agent = agentFor(false, answer('127.0.0.1'));
    const result = await fetchResource(`http://www.public-site.example:${target.port}/`, {
      agent,
      policy: { allowPrivate: false },
    });
    expect(result).toMatchObject({
      kind: 'skipped',
      reason: 'blocked_address',
      detail: expect.stringContaining('127.0.0.1'),
    });
    expect(target.requests).toHaveLength(0);
  });

  it.each(['127.0.0.1', '[::ffff:7f00:1]', '2130706433', '0x7f.1'])(
    'refuses the literal %s with zero requests',
    async (host) => {
      const target = await site({ '/': 'hello' });
      const result = await fetchResource(`http://${host}:${target.port}/`, {
        agent: agentFor(false),
        policy: { allowPrivate: false },
      });
      expect(result).toMatchObject({ kind: 'skipped', reason: 'blocked_address' });
      expect(target.requests).toHaveLength(0);
    },
  );

  it('re-checks every redirect target: a redirect to file: or ftp: is refused even with allowPrivate, as a URL rather than an address', async () => {
    const target = await site({
      '/to-file': { status: 302, headers: { location: 'file:///etc/passwd' } },
      '/to-ftp': { status: 301, headers: { location: 'ftp://127.0.0.1/x' } },
    });
    const options = { agent: agentFor(true), policy: { allowPrivate: true } };
    expect(await fetchResource(target.url('/to-file'), options)).toMatchObject({
      kind: 'skipped',
      reason: 'invalid_url',
      url: 'file:///etc/passwd',
    });
    expect(await fetchResource(target.url('/to-ftp'), options)).toMatchObject({
      kind: 'skipped',
      reason: 'invalid_url',
      detail: 'scheme ftp: is not allowed',
    });
  });

  it('refuses credentials in the URL as a URL problem, not a private address', async () => {
    const target = await site({ '/': 'hello' });
    const result = await fetchResource(`http://user:pass@example.com:${target.port}/`, {
      agent: agentFor(false),
      policy: { allowPrivate: false },
    });
    expect(result).toMatchObject({
      kind: 'skipped',
      reason: 'invalid_url',
      detail: 'credentials in the URL are not allowed',
    });
    expect(target.requests).toHaveLength(0);
  });
});
