import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../lib/html/dom.js';
import { extractLinks as extractFromDocument } from './extract-links.js';

const PAGE = 'https://example.com/docs/intro';
const extractLinks = (html: string, pageUrl: string) => extractFromDocument(parseHtml(html), pageUrl);

describe('extractLinks', () => {
  it('resolves links against the page, drops fragments and non-web schemes, keeps order and uniqueness', () => {
    const html = `<body>
      <a href="/a">A</a> <a href="b#part">B</a> <A HREF="../c?x=1&amp;y=2">C</A> <a href="/a#again">A again</a>
      <a href="#top">top</a> <a href="javascript:void(0)">js</a> <a href="mailto:x@example.com">mail</a>
      <a href="tel:+1">tel</a> <a href="data:text/html,x">data</a> <a>no href</a> <a href="  https://other.example/z  ">other</a>
      <map><area href="/area"></map></body>`;
    expect(extractLinks(html, PAGE).links).toEqual([
      'https://example.com/a',
      'https://example.com/docs/b',
      'https://example.com/c?x=1&y=2',
      'https://other.example/z',
      'https://example.com/area',
    ]);
  });

  it('respects the first <base href>', () => {
    const html = '<head><base href="https://cdn.example.com/root/"><base href="/ignored/"></head><a href="page">p</a>';
    expect(extractLinks(html, PAGE).links).toEqual(['https://cdn.example.com/root/page']);
  });

  it('reads the canonical link, resolved', () => {
    const html = '<head><link rel="alternate" href="/fr"><link rel="Canonical" href="/docs/intro/"></head>';
    expect(extractLinks(html, PAGE).canonical).toBe('https://example.com/docs/intro/');
    expect(extractLinks('<p>none</p>', PAGE).canonical).toBeNull();
  });

  it('reads meta robots noindex / nofollow, for robots and for GrivoBot', () => {
    expect(extractLinks('<meta name="robots" content="noindex, follow">', PAGE)).toMatchObject({
      noindex: true,
      nofollow: false,
    });
    expect(extractLinks('<meta name="ROBOTS" content="NOFOLLOW">', PAGE)).toMatchObject({
      noindex: false,
      nofollow: true,
    });
    expect(extractLinks('<meta name="grivobot" content="none">', PAGE)).toMatchObject({
      noindex: true,
      nofollow: true,
    });
    expect(extractLinks('<meta name="googlebot" content="noindex">', PAGE)).toMatchObject({
      noindex: false,
      nofollow: false,
    });
  });

  it('follows a meta refresh and ignores links inside scripts', () => {
    const html = '<meta http-equiv="refresh" content="0; url=/moved"><script>document.write("<a href=/fake>")</script>';
    expect(extractLinks(html, PAGE).links).toEqual(['https://example.com/moved']);
  });
});
