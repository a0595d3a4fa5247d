import { describe, expect, it } from 'vitest';
import { retitle } from './index-page.js';
import { PageReaders, readPage } from './page-reader.js';

const html = `<!doctype html><html lang="en"><head><title>Returns — Acme</title>
  <link rel="canonical" href="/help/returns"></head><body><nav><a href="/home">Home</a></nav>
  <main><h1>Returns</h1><p>Send the parcel back within thirty days for a full refund.</p>
  <h2 id="label">Printing a label</h2><p>Print the prepaid label from your orders page.</p>
  <a href="/help/shipping#costs">Shipping costs</a></main></body></html>`;
const fetched = { html, url: 'https://acme.test/help/returns.html', contentLanguage: null };

describe('reading a fetched page', () => {
  it('gives the same links and chunks in a thread as in the caller’s thread, from one parse', async () => {
    const here = readPage(fetched);
    expect(here.links).toEqual({
      links: ['https://acme.test/home', 'https://acme.test/help/shipping'],
      canonical: 'https://acme.test/help/returns',
      noindex: false,
      nofollow: false,
    });
    expect(here.content.page?.chunks.map((c) => c.heading)).toEqual(['Returns', 'Returns › Printing a label']);
    const readers = new PageReaders(1);
    try {
      expect(await readers.read(fetched)).toEqual(here);
    } finally {
      await readers.close();
    }
  });

  it('reports a page it could not read instead of failing the crawl', async () => {
    const readers = new PageReaders(1);
    await readers.close();
    const read = await readers.read(fetched);
    expect(read.links.links).toEqual([]);
    expect(read.content.error).toMatch(/closed/);
  });

  it('titles an untitled page by the URL the crawl knows it under, as if read there', () => {
    const untitled = '<p>Send the parcel back within thirty days for a full refund.</p>';
    const read = readPage({ html: untitled, url: 'https://acme.test/help/returns-2024.html', contentLanguage: null });
    expect(read.content.page?.title).toBe('returns-2024');
    const canonical = 'https://acme.test/help/returns';
    expect(retitle(read.content.page!, canonical)).toEqual(
      readPage({ ...fetched, html: untitled, url: canonical }).content.page,
    );
    // A page that names its title keeps it, whatever its URL.
    const titled = readPage(fetched).content.page!;
    expect(retitle(titled, canonical)).toBe(titled);
  });
});
