import { describe, expect, it } from 'vitest';
import { safeHrefs } from './safe-hrefs.js';
import { compileCampaign } from './template.js';

describe('safeHrefs', () => {
  it.each([
    ['https://acme.test/a?x=1&amp;y=2'],
    ['http://acme.test/'],
    ['mailto:ada@example.com'],
    ['tel:+15555550100'],
    ['/relative/path'],
    ['#top'],
    ['?page=2'],
  ])('keeps %j', (url) => {
    const html = `<a href="${url}">x</a>`;
    expect(safeHrefs(html)).toBe(html);
  });

  it.each([
    ['"javascript:alert(1)"'],
    ["'JavaScript:alert(1)'"],
    ['javascript:alert(1)'],
    ['"  javascript:alert(1)"'],
    ['"java\tscript:alert(1)"'],
    ['"&#106;avascript:alert(1)"'],
    ['"&#x6A;avascript&colon;alert(1)"'],
    ['"java&Tab;script:alert(1)"'],
    ['"data:text/html,<script>alert(1)</script>"'],
    ['"vbscript:msgbox(1)"'],
  ])('replaces the href %s by "#"', (value) => {
    expect(safeHrefs(`<p><a class="b" href=${value} title="t">x</a></p>`)).toBe(
      '<p><a class="b" href="#" title="t">x</a></p>',
    );
  });

  it('checks svg links too', () => {
    expect(safeHrefs('<svg><a xlink:href="javascript:alert(1)"></a></svg>')).toBe('<svg><a xlink:href="#"></a></svg>');
  });
});

describe('hrefs rendered from contact data', () => {
  const urls = {
    open: 'https://t.test/o',
    unsubscribe: 'https://t.test/u',
    click: (i: number) => `https://t.test/c/${i}`,
  };
  const recipient = (site: string) => ({
    email: 'a@example.com',
    first_name: null,
    last_name: null,
    phone: null,
    attributes: { site },
    tags: [],
  });
  const compiled = compileCampaign({
    subject: 'Hi',
    html: '<p><a href="{{ attributes.site }}">My site</a></p>',
    text: null,
  });

  it('allow only http, https, mailto and tel', () => {
    expect(compiled.render(recipient('javascript:alert(document.cookie)'), urls).html).toContain(
      '<a href="#">My site</a>',
    );
    expect(compiled.render(recipient('https://ada.example/'), urls).html).toContain(
      '<a href="https://ada.example/">My site</a>',
    );
    expect(compiled.render(recipient('mailto:ada@example.com'), urls).html).toContain(
      '<a href="mailto:ada@example.com">My site</a>',
    );
  });
});
