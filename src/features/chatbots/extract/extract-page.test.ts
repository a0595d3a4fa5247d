import { describe, expect, it } from 'vitest';
import { cleanDocumentTitle, extractPage } from './extract-page.js';
import type { ExtractedPage } from './types.js';

const allText = (page: ExtractedPage): string =>
  page.sections.map((s) => `${s.headingPath.join(' / ')}\n${s.text}`).join('\n');
const sectionByHeading = (page: ExtractedPage, heading: string) =>
  page.sections.find((s) => s.headingPath[s.headingPath.length - 1] === heading);

describe('extractPage: boilerplate removal', () => {
  const html = `<!doctype html><html lang="en-GB"><head><title>Pricing | Acme</title>
    <style>.x{color:red}</style><script>var tracking = 'TRACKER';</script></head>
    <body class="cookie-consent-shown">
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="site-header"><a href="/">ACME LOGO</a><nav><a href="/a">Products menu</a></nav></header>
      <div id="onetrust-banner-sdk"><p>We use cookies to improve your experience.</p><button>Accept all</button></div>
      <div class="cookie-notice">COOKIE NOTICE TEXT</div>
      <div role="search"><input placeholder="Search the site"> SEARCH WIDGET</div>
      <main id="main">
        <nav aria-label="breadcrumb"><ol><li>Home</li><li>Pricing</li></ol></nav>
        <ol class="breadcrumbs"><li>BREADCRUMB TRAIL</li></ol>
        <article>
          <header><h1>Plans and pricing</h1><p>Updated every quarter.</p></header>
          <p>Our plans are billed monthly and can be cancelled at any time.</p>
          <div class="share-buttons">Share on Twitter Share on Facebook</div>
          <p hidden>HIDDEN ATTRIBUTE TEXT</p>
          <p style="color: red; display: none">HIDDEN STYLE TEXT</p>
          <span aria-hidden="true">ARIA HIDDEN TEXT</span>
          <noscript>Please enable JavaScript</noscript>
          <form><label>Email</label><input name="email"> NEWSLETTER FORM</form>
          <footer><p>Prices exclude VAT.</p></footer>
        </article>
        <section class="related-posts"><h2>Related posts</h2><p>RELATED POST TEASER</p></section>
      </main>
      <aside><p>SIDEBAR ADVERT</p></aside>
      <div role="complementary">COMPLEMENTARY BOX</div>
      <footer><p>© Acme Ltd. SITE FOOTER</p><nav>Privacy</nav></footer>
    </body></html>`;
  const page = extractPage(html, 'https://acme.test/pricing');
  const text = allText(page);

  it('keeps the article, including the header and footer inside it', () => {
    expect(text).toContain('Our plans are billed monthly and can be cancelled at any time.');
    expect(text).toContain('Updated every quarter.');
    expect(text).toContain('Prices exclude VAT.');
  });

  it('drops navigation, site header/footer, cookie banners, widgets, asides, hidden and script content', () => {
    for (const junk of [
      'Skip to content',
      'ACME LOGO',
      'Products menu',
      'We use cookies',
      'Accept all',
      'COOKIE NOTICE',
      'SEARCH WIDGET',
      'Home',
      'BREADCRUMB',
      'Share on',
      'HIDDEN',
      'Please enable JavaScript',
      'NEWSLETTER',
      'Email',
      'Related posts',
      'RELATED POST',
      'SIDEBAR',
      'COMPLEMENTARY',
      'SITE FOOTER',
      'Privacy',
      'TRACKER',
      'color:red',
    ]) {
      expect(text, junk).not.toContain(junk);
    }
  });

  it('keeps what a visitor opens: accordion questions and answers, tab panels, but not a hidden dialog', () => {
    const faq = allText(
      extractPage(
        `<html><body><main><h1>FAQ</h1>
          <h3><button aria-expanded="false" aria-controls="a1">Do I need my own mat?</button></h3>
          <div id="a1" role="region" hidden><p>No, we lend mats for free.</p></div>
          <h3><button aria-expanded="false">Is there parking?</button></h3>
          <div hidden="until-found"><p>Yes, two minutes away.</p></div>
          <div role="tabpanel" hidden><p>Tuesday: Vinyasa flow at 19:30.</p></div>
          <button class="open-modal" aria-controls="signup">Sign up</button>
          <div id="signup" role="dialog" hidden><p>NEWSLETTER DIALOG</p></div>
          <div id="promo" hidden><p>HIDDEN PROMO</p></div>
        </main></body></html>`,
        'https://yoga.test/faq',
      ),
    );
    expect(faq).toContain('FAQ / Do I need my own mat?\nNo, we lend mats for free.');
    expect(faq).toContain('FAQ / Is there parking?\nYes, two minutes away.\n\nTuesday: Vinyasa flow at 19:30.');
    expect(faq).not.toContain('NEWSLETTER');
    expect(faq).not.toContain('Sign up');
    expect(faq).not.toContain('HIDDEN');
  });

  it('takes the title from the h1 and the language from <html lang>', () => {
    expect(page.title).toBe('Plans and pricing');
    expect(page.lang).toBe('en-GB');
    expect(page.textLength).toBe(page.sections.reduce((n, s) => n + s.text.length, 0));
  });
});

describe('extractPage: headings and anchors', () => {
  const html = `<html><body><div role="main">
    <p>Welcome text before any heading.</p>
    <section id="guide"><span id="old-guide-id"></span><h1>Guide<a class="headerlink" href="#guide" title="Permalink">¶</a></h1>
      <p>Guide intro.</p>
      <h2 id="install">Installing</h2><p>Run the installer.</p>
      <h3><a name="linux"></a>On Linux</h3><p>Use the package manager.</p>
      <h3>On Windows <a id="user-content-on-windows" href="#on-windows" class="hash-link">#</a></h3><p>Use the MSI.</p>
      <section id="configure"><header><h2>Configuring</h2></header><p>Edit the file.</p>
        <a name="env-vars"></a><h3>Environment variables</h3><p>Set GRIVO_HOME.</p>
      </section>
      <div id="not-the-heading-anchor"><p>Some text first.</p><h2>Troubleshooting</h2><p>Read the logs.</p></div>
    </section>
  </div></body></html>`;
  const page = extractPage(html, 'https://docs.test/guide');

  it('puts text before the first heading in a headingless section without anchor', () => {
    expect(page.sections[0]).toEqual({ headingPath: [], anchor: null, text: 'Welcome text before any heading.' });
  });

  it('builds the heading path from the enclosing headings', () => {
    expect(page.sections.map((s) => s.headingPath)).toEqual([
      [],
      ['Guide'],
      ['Guide', 'Installing'],
      ['Guide', 'Installing', 'On Linux'],
      ['Guide', 'Installing', 'On Windows'],
      ['Guide', 'Configuring'],
      ['Guide', 'Configuring', 'Environment variables'],
      ['Guide', 'Troubleshooting'],
    ]);
  });

  it('finds anchors from ids, wrapping sections, named links, self-links and preceding markers', () => {
    expect(page.sections.map((s) => s.anchor)).toEqual([
      null,
      'guide',
      'install',
      'linux',
      'on-windows',
      'configure',
      'env-vars',
      null,
    ]);
  });

  it('removes permalink symbols from headings and text', () => {
    expect(page.title).toBe('Guide');
    expect(allText(page)).not.toMatch(/[¶#]/);
    expect(sectionByHeading(page, 'Troubleshooting')?.text).toBe('Read the logs.');
  });

  it('titles what a <details> opens by its summary, one level below its heading, and resumes the heading after it', () => {
    const page = extractPage(
      `<html><body><main><h1>Bakery</h1><h2 id="faq">FAQ</h2>
        <details id="gluten"><summary>Do you make gluten-free bread?</summary><p>Yes, on Thursdays.</p></details>
        <details><summary>Can I order a cake?</summary><p>With 48 hours' notice.</p>
          <details><summary>Which sizes?</summary><p>6 or 8 inches.</p></details></details>
        <details><summary><h3>Do you deliver?</h3></summary><p>Within Leeds.</p></details>
        <p>Still stuck? Call us.</p>
        <h2>Opening times</h2><p>Daily 8–17.</p></main></body></html>`,
      'https://bakery.test/',
    );
    expect(page.sections.map((s) => [s.headingPath.join(' / '), s.anchor, s.text])).toEqual([
      ['Bakery', null, ''],
      ['Bakery / FAQ', 'faq', ''],
      ['Bakery / FAQ / Do you make gluten-free bread?', 'gluten', 'Yes, on Thursdays.'],
      ['Bakery / FAQ / Can I order a cake?', null, "With 48 hours' notice."],
      ['Bakery / FAQ / Can I order a cake? / Which sizes?', null, '6 or 8 inches.'],
      ['Bakery / FAQ / Do you deliver?', null, 'Within Leeds.'],
      ['Bakery / FAQ', 'faq', 'Still stuck? Call us.'],
      ['Bakery / Opening times', null, 'Daily 8–17.'],
    ]);
  });
});

describe('extractPage: text layout', () => {
  const html = `<html><body><main><h1>Reference</h1>
    <p>First   paragraph
       spans lines.</p><p>Second&nbsp;paragraph.<br>With a break.</p>
    <ul><li>apples</li><li><p>pears</p><ul><li>conference</li></ul></li></ul>
    <ol><li>first step</li><li>second step</li></ol>
    <pre><code>def greet(name):
    return f"hi {name}"


print(greet("x"))   </code></pre>
    <table><tr><th>Operation</th><th>Result</th></tr><tr><td><code>x | y</code></td><td><p>bitwise <em>or</em></p></td></tr></table>
    <dl><dt>Monday</dt><dd>Closed</dd><div><dt>Tuesday</dt><dd>9:00–17:00</dd><dd>by <b>appointment</b></dd></div></dl>
    <dl><dt>term</dt><dd><p>A definition in prose.</p></dd></dl>
  </main></body></html>`;
  const text = extractPage(html, 'https://docs.test/ref').sections[0]!.text;

  it('separates paragraphs by blank lines and keeps list items, rows and code lines on their own lines', () => {
    // A <dl> of inline names and values (opening hours) is a table; one of prose definitions is paragraphs.
    expect(text).toBe(
      [
        'First paragraph spans lines.',
        'Second paragraph.\nWith a break.',
        '- apples\n- pears\n  - conference',
        '1. first step\n2. second step',
        '```\ndef greet(name):\n    return f"hi {name}"\n\nprint(greet("x"))\n```',
        // A cell's own "|" is escaped: the row has two cells, not three.
        'Operation | Result\nx \\| y | bitwise or',
        'Monday | Closed\nTuesday | 9:00–17:00 | by appointment',
        'term',
        'A definition in prose.',
      ].join('\n\n'),
    );
  });
});

describe('extractPage: words in boxes side by side', () => {
  const textOf = (body: string) =>
    extractPage(`<html><body><main>${body}</main></body></html>`, 'https://s.test/').sections[0]!.text;

  it('keeps apart the texts of boxes a flex or grid container, a block style or ARIA cells lay out', () => {
    expect(textOf('<div class="flex gap-2"><span>Phone</span><span>0113 496 0123</span></div>')).toBe(
      'Phone 0113 496 0123',
    );
    expect(textOf('<ul><li class="d-flex"><span>Email</span><span>a@b.test</span></li></ul>')).toBe('- Email a@b.test');
    expect(textOf('<div style="display: grid"><b>Size</b><i>M</i></div>')).toBe('Size M');
    expect(textOf('<p><span style="display:block">Open</span><span>9–17</span></p>')).toBe('Open 9–17');
    expect(
      textOf(
        '<div role="table"><div role="row"><span role="cell">Monday</span><span role="cell">Closed</span></div></div>',
      ),
    ).toBe('Monday Closed');
  });

  it('keeps a contact section whose phone and email are links: they reach a person, not a page', () => {
    expect(
      textOf(
        '<p>Phone: <a href="tel:+441134960123">0113 496 0123</a><br>Email: <a href="mailto:hi@shop.test">hi@shop.test</a></p>',
      ),
    ).toBe('Phone: 0113 496 0123\nEmail: hi@shop.test');
  });

  it('runs inline elements together as a browser does elsewhere: a word in two parts, a highlighted signature', () => {
    expect(textOf('<p><b>Hel</b>lo, <span>wor</span><em>ld</em>.</p>')).toBe('Hello, world.');
    expect(textOf('<p><span class="name">join</span><span class="paren">(</span><em>path</em>)</p>')).toBe(
      'join(path)',
    );
    expect(textOf('<div class="flex-1"><span>over</span><span>flow</span></div>')).toBe('overflow');
  });
});

describe('extractPage: a page laid out with a table', () => {
  it('reads a layout table’s cells as blocks and its headings as sections, not the page as one row', () => {
    const page = extractPage(
      `<html><body><table><tr><td>Smith &amp; Sons Plumbing</td></tr><tr><td><a href="/">Home</a><br><a href="/contact">Contact</a></td>
        <td><h1>Welcome</h1><p>We have served Sheffield since 1962.</p>
        <h2 id="emergency">Emergency call-outs</h2><p>We come out at any hour.</p><p>The call-out fee is £60.</p></td></tr></table></body></html>`,
      'https://plumber.test/',
    );
    const section = sectionByHeading(page, 'Emergency call-outs');
    expect(section).toMatchObject({
      anchor: 'emergency',
      text: 'We come out at any hour.\n\nThe call-out fee is £60.',
    });
    expect(sectionByHeading(page, 'Welcome')?.text).toBe('We have served Sheffield since 1962.');
    expect(allText(page)).not.toContain(' | ');
  });
});

describe('extractPage: hostile markup', () => {
  const html = `<html><head><title>x</title></head><body><main><h1 onclick="alert(1)">Safe</h1>
    <p>Hello <script>alert(1)</script>world<img src=x onerror=alert(1)>.</p>
    <p><a href="javascript:alert(1)">click</a> <svg onload="alert(1)"><text>svg text</text></svg></p>
    <iframe srcdoc="<p>alert(1)</p>"></iframe><template><p>template alert(1)</p></template>
    <style>body{background:url(javascript:alert(1))}</style><object data="x">object alert(1)</object>
  </main></body></html>`;
  const page = extractPage(html, 'https://evil.test/');

  it('yields plain text without any script content or markup', () => {
    const text = allText(page);
    expect(text).toContain('Hello world.');
    expect(text).toContain('click');
    expect(text).not.toContain('alert');
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toContain('svg text');
  });
});

describe('extractPage: main content selection fallbacks', () => {
  it('uses the body minus layout-named blocks when there is no main or article', () => {
    const html = `<html><body>
      <div class="site-header">HEADER BLOCK</div><div id="sidebar">SIDEBAR LINKS</div>
      <div class="wrapper"><h1>Plain page</h1><p>Only a short paragraph here.</p></div>
      <div class="page-footer">FOOTER BLOCK</div></body></html>`;
    const page = extractPage(html, 'https://plain.test/');
    expect(allText(page)).toContain('Only a short paragraph here.');
    expect(allText(page)).not.toMatch(/HEADER BLOCK|SIDEBAR|FOOTER BLOCK/);
  });

  it('keeps to a short page’s content wrapper when it holds the title, leaving unnamed chrome around it out', () => {
    const html = `<html><body><div class="notice-bar"><p>This website uses cookies. COOKIE NOTICE</p></div>
      <div class="top-strip"><span>Call 01632 960 123 TOP STRIP</span></div>
      <div id="content" class="page-content"><h1>Privacy policy</h1><p>We keep patient records for 11 years.</p></div>
      <div class="bottom-widgets"><h4>About us</h4><p>A friendly family practice since 1998. FOOTER WIDGET</p></div>
      <div class="copyright">© 2026 Harbour Dental Ltd. COPYRIGHT</div></body></html>`;
    const page = extractPage(html, 'https://dentist.test/privacy');
    expect(allText(page)).toBe('Privacy policy\nWe keep patient records for 11 years.');
  });

  it('falls back to the body when <main> is an almost empty shell', () => {
    const body = 'Real content lives outside main on this page. '.repeat(20);
    const html = `<html><body><main><p>Loading…</p></main><div><h2>Story</h2><p>${body}</p></div></body></html>`;
    const page = extractPage(html, 'https://shell.test/');
    expect(allText(page)).toContain('Real content lives outside main');
  });

  it('keeps every article of a listing page instead of picking one', () => {
    const post = (n: number) =>
      `<article><h2>Post ${n}</h2><p>${`Teaser text for post ${n}. `.repeat(10)}</p></article>`;
    const page = extractPage(`<html><body>${post(1)}${post(2)}${post(3)}</body></html>`, 'https://blog.test/');
    expect(page.sections.map((s) => s.headingPath[0])).toEqual(['Post 1', 'Post 2', 'Post 3']);
  });

  it('picks the innermost content wrapper that holds the text', () => {
    const html = `<html><body><div id="content"><div class="toolbar-ish">Edit</div>
      <div class="post-content"><h1>Deep</h1><p>${'Wrapped article text. '.repeat(40)}</p></div></div></body></html>`;
    const page = extractPage(html, 'https://cms.test/');
    expect(allText(page)).not.toContain('Edit');
    expect(page.title).toBe('Deep');
  });
});

describe('extractPage: titles', () => {
  it('prefers og:title, then <title> without the site suffix, then the URL', () => {
    const og = `<html><head><title>T — Site</title><meta property="og:title" content="OG title"></head><body><p>x</p></body></html>`;
    expect(extractPage(og, 'https://a.test/').title).toBe('OG title');
    const titled = `<html><head><title>4. More Control Flow Tools — Python 3.11.2 documentation</title></head><body><p>x</p></body></html>`;
    expect(extractPage(titled, 'https://a.test/').title).toBe('4. More Control Flow Tools');
    expect(extractPage('<p>x</p>', 'https://a.test/docs/getting-started.html').title).toBe('getting-started');
    expect(cleanDocumentTitle('Set-up - Step 2 - Acme Docs')).toBe('Set-up - Step 2');
    expect(cleanDocumentTitle('Acme')).toBe('Acme');
  });

  it('returns an empty page for empty or non-HTML input without throwing', () => {
    const page = extractPage('', 'https://a.test/');
    expect(page).toEqual({ title: 'a.test', titleFromUrl: true, lang: null, sections: [], textLength: 0 });
    expect(extractPage('just text, no tags', 'https://a.test/').sections[0]?.text).toBe('just text, no tags');
  });

  it('survives pathologically deep nesting', () => {
    const deep = `${'<div>'.repeat(20_000)}<p>bottom</p>`;
    expect(extractPage(deep, 'https://a.test/').sections[0]?.text).toBe('bottom');
  });
});
