import { gunzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One page listed by a sitemap. */
export interface SitemapEntry {
  url: string;
  lastmod: string | null;
}

/** A parsed sitemap document: pages, nested sitemaps, or why it could not be read. */
export type ParsedSitemap =
  | { kind: 'urlset'; entries: SitemapEntry[] }
  | { kind: 'index'; sitemaps: string[] }
  | { kind: 'error'; detail: string };

// The sitemap protocol caps a file at 50 MB uncompressed.
const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

/**
 * Reads a sitemap in any of its forms: XML `urlset`, XML `sitemapindex`,
 * plain text (one URL a line), each possibly gzipped. Gzip is recognised by
 * its magic bytes, whatever the file is called or served as.
 */
export function parseSitemap(bytes: Buffer): ParsedSitemap {
  let data = bytes;
  if (data[0] === 0x1f && data[1] === 0x8b) {
    try {
      data = gunzipSync(data, { maxOutputLength: MAX_UNCOMPRESSED_BYTES });
    } catch (error) {
      return { kind: 'error', detail: `bad gzip: ${(error as Error).message}` };
    }
  }
  const text = data
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim();
  if (!text.startsWith('<')) return parseTextSitemap(text);
  return parseXmlSitemap(text);
}

function parseTextSitemap(text: string): ParsedSitemap {
  const entries = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => /^https?:\/\//i.test(line))
    .map((url) => ({ url, lastmod: null }));
  if (entries.length === 0 && text !== '') return { kind: 'error', detail: 'neither XML nor a list of URLs' };
  return { kind: 'urlset', entries };
}

function parseXmlSitemap(text: string): ParsedSitemap {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { kind: 'error', detail: `bad XML at line ${valid.err.line}: ${valid.err.msg}` };
  let document: Record<string, unknown>;
  try {
    document = parser.parse(text) as Record<string, unknown>;
  } catch (error) {
    return { kind: 'error', detail: `bad XML: ${(error as Error).message}` };
  }
  const urlset = document.urlset as { url?: unknown[] } | undefined;
  if (urlset !== undefined) {
    const entries = (urlset?.url ?? []).flatMap((item) => {
      const loc = textOf((item as Record<string, unknown>)?.loc);
      return loc ? [{ url: loc, lastmod: textOf((item as Record<string, unknown>).lastmod) }] : [];
    });
    return { kind: 'urlset', entries };
  }
  const index = document.sitemapindex as { sitemap?: unknown[] } | undefined;
  if (index !== undefined) {
    const sitemaps = (index?.sitemap ?? []).flatMap((item) => textOf((item as Record<string, unknown>)?.loc) ?? []);
    return { kind: 'index', sitemaps };
  }
  return { kind: 'error', detail: 'XML is neither a urlset nor a sitemapindex' };
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}
