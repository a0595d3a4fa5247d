import { describe, expect, it } from 'vitest';
import { normalizeUrl, siteHostsOf } from './normalize-url.js';
import { createUrlFilter } from './url-patterns.js';

describe('normalizeUrl', () => {
  it.each([
    ['HTTP://Example.COM:80/Docs/', 'http://example.com/Docs'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['https://example.com:8443/a', 'https://example.com:8443/a'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/', 'https://example.com/'],
    ['https://example.com/a/b/#section', 'https://example.com/a/b'],
    ['https://example.com//a///b', 'https://example.com/a/b'],
    ['https://example.com/a/../b/./c', 'https://example.com/b/c'],
    ['https://example.com./a', 'https://example.com/a'],
    [
      'https://example.com/a?utm_source=x&b=2&UTM_Medium=y&a=1&gclid=1&fbclid=2&ref=hn',
      'https://example.com/a?a=1&b=2',
    ],
    ['https://example.com/a?mc_cid=1&mc_eid=2&_hsenc=3&_hsmi=4&msclkid=5&yclid=6', 'https://example.com/a'],
    ['https://example.com/a?b=1&a=2&b=0', 'https://example.com/a?a=2&b=1&b=0'],
    ['https://example.com/a?', 'https://example.com/a'],
    ['https://example.com/%7euser/%2f%41', 'https://example.com/~user/%2FA'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['https://example.com/index.html', 'https://example.com/index.html'],
  ])('%s → %s', (href, expected) => expect(normalizeUrl(href)).toBe(expected));

  it('resolves against a base', () => {
    expect(normalizeUrl('../c/', 'https://example.com/a/b/page')).toBe('https://example.com/a/c');
    expect(normalizeUrl('?q=1', 'https://example.com/a')).toBe('https://example.com/a?q=1');
  });

  it('gives one spelling for every variant of a page', () => {
    const variants = [
      'https://example.com/docs',
      'https://example.com/docs/',
      'https://EXAMPLE.com/docs#top',
      'https://example.com:443//docs/?utm_campaign=x',
    ];
    expect(new Set(variants.map((href) => normalizeUrl(href))).size).toBe(1);
  });

  it.each([
    'mailto:a@example.com',
    'javascript:void(0)',
    'tel:+123',
    'ftp://example.com/',
    'file:///etc/passwd',
    'not a url',
    '',
  ])('refuses %s', (href) => {
    expect(normalizeUrl(href)).toBeNull();
  });
});

describe('siteHostsOf', () => {
  it('pairs a host with its www twin, keeping the port', () => {
    expect(siteHostsOf('https://example.com/x')).toEqual(new Set(['example.com', 'www.example.com']));
    expect(siteHostsOf('https://www.example.com:8080/')).toEqual(new Set(['www.example.com:8080', 'example.com:8080']));
  });

  it('gives an IP address or a bare name no twin', () => {
    expect(siteHostsOf('http://127.0.0.1:3000/')).toEqual(new Set(['127.0.0.1:3000']));
    expect(siteHostsOf('http://intranet/')).toEqual(new Set(['intranet']));
  });
});

describe('createUrlFilter', () => {
  const at = (path: string) => `https://example.com${path}`;

  it('includes everything without patterns', () => {
    expect(createUrlFilter()(at('/anything'))).toBe(true);
  });

  it('matches include patterns against the path, a trailing /* covering the directory itself', () => {
    const filter = createUrlFilter(['/docs/*', 'guide']);
    expect(['/docs', '/docs/a', '/docs/a/b?x=1', '/guide'].map((path) => filter(at(path)))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['/', '/docsearch', '/blog/docs/a', '/guide/more'].map((path) => filter(at(path)))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('lets exclude win, with wildcards anywhere and queries matched too', () => {
    const filter = createUrlFilter(['/docs/*'], ['*/tag/*', '/docs/private*', '*?print=1']);
    expect(filter(at('/docs/a'))).toBe(true);
    expect(filter(at('/docs/tag/x'))).toBe(false);
    expect(filter(at('/docs/private-notes'))).toBe(false);
    expect(filter(at('/docs/a?print=1'))).toBe(false);
  });
});
