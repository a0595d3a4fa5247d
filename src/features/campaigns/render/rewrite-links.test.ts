import { describe, expect, it } from 'vitest';
import { checkCampaignTemplates, compileCampaign, type CampaignContent, type RenderedContent } from './template.js';

const RECIPIENT = {
  email: 'ada@example.com',
  first_name: 'Ada',
  last_name: null,
  phone: null,
  attributes: { id: '7' },
  tags: [],
};
const URLS = {
  open: 'https://t.example/o',
  unsubscribe: 'https://t.example/u',
  click: (index: number) => `https://t.example/c/${index}`,
};

function compile(html: string, text: string | null = 'Bye {{ unsubscribe_url }}') {
  const content: CampaignContent = { subject: 'Hi', html, text };
  const compiled = compileCampaign(content);
  expect(checkCampaignTemplates(content)).toEqual({ links: compiled.links });
  return { links: compiled.links, ...compiled.render(RECIPIENT, URLS) } as RenderedContent & { links: string[] };
}

/** The double-quoted href of every <a>, in order, but the footer's unsubscribe link. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/<a [^>]*?href="([^"]*)"/g)].map((m) => m[1]!).filter((href) => href !== URLS.unsubscribe);
}

describe('click tracking links', () => {
  it('lists each distinct link once and points every copy at its click URL, in html and text', () => {
    const out = compile(
      '<a href="https://a.example/">A</a> <a href="https://b.example/x">B</a> <a href="https://a.example/">A again</a> <a href="https://c.example/">C</a>',
      'B: https://b.example/x\nD: https://d.example/ {{ unsubscribe_url }}',
    );
    expect(out.links).toEqual([
      'https://a.example/',
      'https://b.example/x',
      'https://c.example/',
      'https://d.example/',
    ]);
    expect(hrefs(out.html)).toEqual([
      'https://t.example/c/0',
      'https://t.example/c/1',
      'https://t.example/c/0',
      'https://t.example/c/2',
    ]);
    expect(out.text).toBe('B: https://t.example/c/1\nD: https://t.example/c/3 https://t.example/u');
  });

  it('leaves mailto:, tel:, #anchors, relative links and hrefs built with Liquid alone', () => {
    const html = [
      '<a href="mailto:help@example.com">m</a>',
      '<a href="tel:+15555550100">t</a>',
      '<a href="#top">#</a>',
      '<a href="/relative">r</a>',
      '<a href="{{ unsubscribe_url }}">u</a>',
      '<a href="https://a.example/?id={{ attributes.id }}">l</a>',
      '<a href="{% if tags contains "x" %}https://a.example/x{% else %}https://a.example/y{% endif %}">i</a>',
    ].join('\n');
    const out = compile(html);
    expect(out.links).toEqual([]);
    expect(hrefs(out.html)).toEqual([
      'mailto:help@example.com',
      'tel:+15555550100',
      '#top',
      '/relative',
      'https://a.example/?id=7',
      'https://a.example/y',
    ]);
    expect(out.html).toContain('<a href="https://t.example/u">u</a>');
    expect(out.html).not.toContain('>Unsubscribe<');
  });

  it('stores the URL a browser would follow: references decoded, whitespace dropped', () => {
    const out = compile('<a href=" https://a.example/?x=1&amp;y=2&#38;z=3&#x26;w=&quot;4&quot;\n">a</a>');
    expect(out.links).toEqual(['https://a.example/?x=1&y=2&z=3&w="4"']);
  });

  it('reads hrefs in any case and quoting, among other attributes', () => {
    const html = [
      "<A class=\"btn\" data-note='a > b' HREF='https://a.example/single'>a</A>",
      '<a href=https://a.example/unquoted>b</a>',
      '<a\n  target="_blank"\n  href = "https://a.example/spaced">c</a>',
      '<map><area shape="rect" coords="0,0,1,1" href="https://a.example/area"></map>',
      '<abbr href="https://a.example/not-a-link">x</abbr>',
    ].join('\n');
    const out = compile(html);
    expect(out.links).toEqual([
      'https://a.example/single',
      'https://a.example/unquoted',
      'https://a.example/spaced',
      'https://a.example/area',
    ]);
    expect(out.html).toContain(`<A class="btn" data-note='a > b' HREF="https://t.example/c/0">a</A>`);
    expect(out.html).toContain('<a href="https://t.example/c/1">b</a>');
    expect(out.html).toContain('<a\n  target="_blank"\n  href = "https://t.example/c/2">c</a>');
    expect(out.html).toContain('<area shape="rect" coords="0,0,1,1" href="https://t.example/c/3">');
    expect(out.html).toContain('<abbr href="https://a.example/not-a-link">');
  });

  it('reads tags holding Liquid, but not links inside {% comment %} or {% raw %}', () => {
    const html = [
      '<a class="{{ attributes.id }}" href="https://a.example/1">1</a>',
      '<a {% if 2 > 1 %}class="big"{% endif %} href="https://a.example/2">2</a>',
      '{% comment %}<a href="https://a.example/hidden">h</a>{% endcomment %}',
      '{% raw %}<a href="https://a.example/raw">{{ literally }}</a>{% endraw %}',
    ].join('\n');
    const out = compile(html);
    expect(out.links).toEqual(['https://a.example/1', 'https://a.example/2']);
    expect(out.html).toContain('<a class="7" href="https://t.example/c/0">1</a>');
    expect(out.html).toContain('<a class="big" href="https://t.example/c/1">2</a>');
    expect(out.html).toContain('<a href="https://a.example/raw">{{ literally }}</a>');
  });

  it('finds bare URLs in text without sentence punctuation, and leaves URLs built with Liquid alone', () => {
    const text = [
      'See https://a.example/x. Or (https://a.example/wiki/Foo_(bar)), <https://a.example/angle>.',
      'Yours: https://a.example/u/{{ attributes.id }} and {{ unsubscribe_url }}',
    ].join('\n');
    const out = compile('<p>No links</p>', text);
    expect(out.links).toEqual(['https://a.example/x', 'https://a.example/wiki/Foo_(bar)', 'https://a.example/angle']);
    expect(out.text).toBe(
      'See https://t.example/c/0. Or (https://t.example/c/1), <https://t.example/c/2>.\nYours: https://a.example/u/7 and https://t.example/u',
    );
  });
});
