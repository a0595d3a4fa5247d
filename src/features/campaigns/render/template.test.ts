import { describe, expect, it } from 'vitest';
import {
  compileCampaign,
  plainTextOf,
  type CampaignContent,
  type RecipientData,
  type RenderedContent,
  type TrackingUrls,
} from './template.js';

const ADA: RecipientData = {
  email: 'ada@example.com',
  first_name: 'Ada',
  last_name: 'Lovelace',
  phone: null,
  attributes: { city: 'London' },
  tags: ['vip'],
};

// `&` in every URL, to see that each is escaped exactly once in the HTML.
const URLS: TrackingUrls = {
  open: 'https://t.example/o?r=1&s=2',
  unsubscribe: 'https://t.example/u?r=1&s=2',
  click: (index) => `https://t.example/c/${index}?r=1&s=2`,
};

function render(content: Partial<CampaignContent>, recipient: Partial<RecipientData> = {}): RenderedContent {
  const full: CampaignContent = { subject: 'Hello', html: '<p>Hi</p>', text: null, ...content };
  return compileCampaign(full).render({ ...ADA, ...recipient }, URLS);
}

describe('compileCampaign personalization', () => {
  const content = {
    subject: 'Hi {{ first_name | default: "there" }} in {{ attributes.city }}',
    html: '<p>Hi {{ first_name | default: "there" }}, {{ email }} from {{ attributes.city }}{{ nope }}.</p><a href="{{ unsubscribe_url }}">Leave</a>',
    text: 'Hi {{ first_name | default: "there" }}, {{ email }} from {{ attributes.city }}.\nLeave: {{ unsubscribe_url }}',
  };

  it('fills in the contact in subject, html and text', () => {
    const out = render(content);
    expect(out.subject).toBe('Hi Ada in London');
    expect(out.html).toContain(
      '<p>Hi Ada, ada@example.com from London.</p><a href="https://t.example/u?r=1&amp;s=2">Leave</a>',
    );
    expect(out.text).toBe('Hi Ada, ada@example.com from London.\nLeave: https://t.example/u?r=1&s=2');
  });

  it('falls back to the default for a contact without a name, and renders a missing variable empty', () => {
    const out = render(content, { first_name: null, attributes: {} });
    expect(out.subject).toBe('Hi there in ');
    expect(out.html).toContain('<p>Hi there, ada@example.com from .</p>');
    expect(out.text).toContain('Hi there, ada@example.com from .');
  });
});

describe('compileCampaign attributes as variables', () => {
  const subject = (template: string, attributes: Record<string, unknown>, recipient: Partial<RecipientData> = {}) =>
    render({ subject: template }, { ...recipient, attributes }).subject;

  it('exposes an attribute as {{ key }} as well as {{ attributes.key }}', () => {
    const attributes = { company: 'Northwind', plan_2: 'pro', 'favourite-tea': 'oolong', nested: { a: 1 } };
    expect(subject('{{ company }}/{{ attributes.company }}/{{ plan_2 }}/{{ favourite-tea }}', attributes)).toBe(
      'Northwind/Northwind/pro/oolong',
    );
    expect(subject('{{ nested.a }} {{ company | upcase }} {{ missing | default: "none" }}', attributes)).toBe(
      '1 NORTHWIND none',
    );
    expect(render({ html: '<p>{{ company }}</p>' }, { attributes: { company: '<b>&</b>' } }).html).toContain(
      '<p>&lt;b&gt;&amp;&lt;/b&gt;</p>',
    );
  });

  it('never lets an attribute shadow a built-in variable, even an empty one', () => {
    const attributes = {
      email: 'evil@example.com',
      first_name: 'Mallory',
      last_name: 'X',
      phone: '1',
      tags: 'none',
      attributes: 'flat',
      unsubscribe_url: 'https://evil.example',
      __open: 'https://evil.example/o',
      __click: ['https://evil.example/c'],
    };
    expect(
      subject(
        '{{ email }}|{{ first_name | default: "there" }}|{{ last_name }}|{{ phone }}|{{ tags | join: "," }}|{{ attributes.email }}',
        attributes,
        { first_name: null },
      ),
    ).toBe('ada@example.com|there|Lovelace||vip|evil@example.com');
    const out = render(
      { html: '<a href="https://acme.test/a">A</a> <a href="{{ unsubscribe_url }}">U</a>' },
      { attributes },
    );
    expect(out.html).not.toContain('evil.example');
    expect(out.html).toContain('https://t.example/u?r=1&amp;s=2');
    expect(out.html).toContain('https://t.example/c/0?r=1&amp;s=2');
    expect(out.html).toContain('https://t.example/o?r=1&amp;s=2');
  });

  it('keeps keys that are not identifiers under attributes only', () => {
    const attributes = { 'favourite coffee': 'flat white', '2fa': 'on', é: 'x' };
    expect(subject('{{ attributes["favourite coffee"] }}|{{ attributes["2fa"] }}|{{ 2fa }}|{{ é }}', attributes)).toBe(
      'flat white|on||',
    );
  });

  it('makes no prototype name a variable', () => {
    const attributes = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "constructor": "c", "toString": "t", "hasOwnProperty": "h", "prototype": "p"}',
    ) as Record<string, unknown>;
    expect(
      subject(
        '[{{ constructor }}|{{ __proto__ }}|{{ __proto__.polluted }}|{{ polluted }}|{{ toString }}|{{ hasOwnProperty }}|{{ prototype }}]',
        attributes,
      ),
    ).toBe('[||||||]');
    // Without attributes, nothing inherited is reachable either.
    expect(subject('[{{ constructor }}|{{ constructor.name }}|{{ email.constructor }}|{{ valueOf }}]', {})).toBe(
      '[|||]',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('compileCampaign escaping', () => {
  const script = '<script>alert(1)</script>';

  it('escapes contact data in the html only', () => {
    const out = render(
      { subject: 'For {{ first_name }}', html: '<p>{{ first_name }}</p>', text: 'For {{ first_name }}' },
      { first_name: script },
    );
    expect(out.html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(out.html).not.toContain('<script>');
    expect(out.subject).toBe(`For ${script}`);
    expect(out.text.startsWith(`For ${script}\n`)).toBe(true);
  });

  it('escapes quotes inside an attribute, once even after | escape', () => {
    const html = '<img alt="{{ attributes.note }}" title="{{ attributes.note | escape }}">';
    const out = render({ html }, { attributes: { note: 'He said "hi" & left' } });
    expect(out.html).toContain('<img alt="He said &#34;hi&#34; &amp; left" title="He said &#34;hi&#34; &amp; left">');
  });

  it('lets `| raw` opt out, for markup the author wrote', () => {
    expect(render({ html: '{{ attributes.banner | raw }}' }, { attributes: { banner: '<b>Sale</b>' } }).html).toContain(
      '<b>Sale</b>',
    );
  });
});

describe('compileCampaign open pixel and unsubscribe footer', () => {
  const pixel =
    '<img src="https://t.example/o?r=1&amp;s=2" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px">';

  it('puts the pixel just before </body>, whatever its case', () => {
    const out = render({ html: '<html><body><p>Hi</p>{% comment %}</body>{% endcomment %}\n</BODY ></html>' });
    expect(out.html.startsWith('<html><body><p>Hi</p>\n<p ')).toBe(true);
    expect(out.html.endsWith(`Unsubscribe</a></p>${pixel}</BODY ></html>`)).toBe(true);
    expect(out.html.match(/<img/g)).toHaveLength(1);
  });

  it('appends the pixel when there is no </body>', () => {
    expect(render({ html: '<p>Hi</p>' }).html.endsWith(pixel)).toBe(true);
  });

  it('adds an unsubscribe footer to html and text only when they do not use unsubscribe_url', () => {
    const out = render({ html: '<body><p>Hi</p></body>', text: 'Hi' });
    expect(out.html).toMatch(
      /<p>Hi<\/p><p [^>]+><a href="https:\/\/t\.example\/u\?r=1&amp;s=2"[^>]*>Unsubscribe<\/a><\/p><img [^>]+><\/body>$/,
    );
    expect(out.text).toBe('Hi\n\nUnsubscribe: https://t.example/u?r=1&s=2\n');

    const own = render({
      html: '<p><a href="{{unsubscribe_url}}">Stop these</a></p>',
      text: 'Stop: {{ unsubscribe_url }}',
    });
    expect(own.html).not.toContain('>Unsubscribe<');
    expect(own.text).toBe('Stop: https://t.example/u?r=1&s=2');
  });

  it('keeps the blank line before the text footer after a whitespace-trimming tag', () => {
    const out = render({ text: 'Hi{% if first_name %} {{ first_name }}{% endif -%}\n\n' });
    expect(out.text).toBe('Hi Ada\n\nUnsubscribe: https://t.example/u?r=1&s=2\n');
  });
});

describe('compileCampaign text part', () => {
  const html = `<html><head><title>Ignored</title><style>p { color: red }</style></head><body>
<h1>Hello {{ first_name | default: "dear reader of this newsletter" }}</h1>
<p>Read <a href="https://example.com/blog">our blog</a>{% if tags contains "vip" %} and <b>enjoy</b> your perks{% endif %}.</p>
<a href="https://example.com/home"><img src="https://cdn.example.com/logo.png" alt="Logo"></a>
<p>Write to <a href="mailto:help@example.com">help</a>.</p>
</body></html>`;

  it('is made from the html when there is none, Liquid and links kept, images left out', () => {
    const out = render({ html, text: null });
    expect(out.text).toBe(
      'Hello Ada\n\n' +
        'Read our blog [https://t.example/c/0?r=1&s=2] and enjoy your perks.\n\n' +
        'Write to help [help@example.com].\n\n' +
        'Unsubscribe: https://t.example/u?r=1&s=2\n',
    );
    expect(render({ html, text: null }, { first_name: null, tags: [] }).text).toMatch(
      /^Hello dear reader of this newsletter\n\nRead our blog \[[^\]]+\]\.\n/,
    );
  });

  it('shows the text template it makes, for the API', () => {
    expect(plainTextOf(html)).toContain(
      'Hello {{ first_name | default: "dear reader of this newsletter" }}\n\nRead our blog [https://example.com/blog]{% if tags contains "vip" %} and enjoy',
    );
  });

  it('uses the given text when there is one', () => {
    const out = render({ html, text: 'Plain {{ first_name }}: https://example.com/blog' });
    expect(out.text).toBe('Plain Ada: https://t.example/c/0?r=1&s=2\n\nUnsubscribe: https://t.example/u?r=1&s=2\n');
  });
});
