// The websites bench:answers trains chatbots on: real documentation from
// Debian's packages (scripts/fetch-docs.sh), served over loopback by the
// tests' static server, and the company site (company/*.json) in every
// language of company/, one paragraph a page with <html lang> set.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { startDocsSite, type DocsSite } from '../../test/helpers/docs-site.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const DOCS = path.join(ROOT, '.scratch', 'docs');
export const DEBIAN_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'ja', 'zh'];

/** One chatbot of the benchmark: where to train it, and how its cited URLs read as gold keys. */
export interface BenchSite {
  /** Question-set name (`debian-reference`, `python-docs`…). */
  set: string;
  language: string;
  startUrl: string;
  /** A cited URL (`…/ch02.de.html#_anchor`) as the question sets name it (`ch02#_anchor`). */
  goldKey(url: string): string;
  /** The question set asked of it, when not `set` (a small company site is asked the company's). */
  questions?: string;
  /** The gold keys of the pages it holds, when it holds only some of its question set's. */
  holds?: ReadonlySet<string>;
}

// A small company site: every sixth page of the company's (10 of 60), as a
// small business's site is, asked the company's questions. Those about its
// pages are answerable; those about the pages it lacks are about its
// business but not on its site, and should be refused like off-topic ones.
const SMALL_SITE_EVERY = 6;
const smallSitePages = <T>(pages: T[]): T[] => pages.filter((_, i) => i % SMALL_SITE_EVERY === 0);

interface Server {
  url: string;
  stop(): Promise<void>;
}

export const SITE_HINT =
  "the documentation is missing: run scripts/fetch-docs.sh (Debian's python3.11-doc, postgresql-doc-15 and debian-reference-* packages, unpacked into .scratch/)";

const splitUrl = (url: string) => {
  const hash = url.indexOf('#');
  return {
    path: new URL(hash >= 0 ? url.slice(0, hash) : url).pathname,
    anchor: hash >= 0 ? url.slice(hash + 1) : null,
  };
};
const withAnchor = (page: string, anchor: string | null) => (anchor ? `${page}#${anchor}` : page);

export function docsAvailable(): boolean {
  return (
    fs.existsSync(path.join(ROOT, '.scratch/pydoc-pkg/usr/share/doc/python3.11/html/index.html')) &&
    fs.existsSync(path.join(DOCS, 'postgresql-doc-15/usr/share/doc/postgresql-doc-15/html/index.html')) &&
    DEBIAN_LANGUAGES.every((l) => fs.existsSync(debianDir(l)))
  );
}

function debianDir(language: string): string {
  return path.join(DOCS, `debian-reference-${language === 'zh' ? 'zh-cn' : language}`, 'usr/share/debian-reference');
}

/**
 * Starts every site (or those whose `set.language` matches `only`) and returns
 * them with a stop function; `small`: the small company sites too.
 */
export async function startSites(
  only: (id: string) => boolean,
  small = false,
): Promise<{ sites: BenchSite[]; stop(): Promise<void> }> {
  const servers: (DocsSite | Server)[] = [];
  const sites: BenchSite[] = [];
  if (only('python-docs.en')) {
    const site = await startDocsSite(path.join(ROOT, '.scratch/pydoc-pkg/usr/share/doc/python3.11/html'));
    servers.push(site);
    sites.push({
      set: 'python-docs',
      language: 'en',
      startUrl: `${site.url}index.html`,
      goldKey: (url) => {
        const u = splitUrl(url);
        return withAnchor(u.path.slice(1), u.anchor);
      },
    });
  }
  if (only('postgresql-docs.en')) {
    const site = await startDocsSite(path.join(DOCS, 'postgresql-doc-15/usr/share/doc/postgresql-doc-15/html'));
    servers.push(site);
    sites.push({
      set: 'postgresql-docs',
      language: 'en',
      startUrl: `${site.url}index.html`,
      goldKey: (url) => {
        const u = splitUrl(url);
        return withAnchor(path.basename(u.path), u.anchor);
      },
    });
  }
  for (const language of DEBIAN_LANGUAGES.filter((l) => only(`debian-reference.${l}`))) {
    const site = await startDocsSite(debianDir(language));
    servers.push(site);
    const file = language === 'zh' ? 'zh-cn' : language;
    sites.push({
      set: 'debian-reference',
      language,
      startUrl: `${site.url}index.${file}.html`,
      goldKey: (url) => {
        const u = splitUrl(url);
        return withAnchor(path.basename(u.path).replace(/\.[a-z-]+\.html$/, ''), u.anchor);
      },
    });
  }
  const companyLanguages = fs
    .readdirSync(path.join(import.meta.dirname, 'company'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
  const full = companyLanguages.filter((l) => only(`company.${l}`));
  const smallOnes = small ? companyLanguages.filter((l) => only(`company-small.${l}`) || only(`company.${l}`)) : [];
  if (full.length + smallOnes.length > 0) {
    const { server, sites: company } = await startCompanySite();
    servers.push(server);
    // The path after /<language>/ (or /small/<language>/): `opening-hours`, '' for the home page.
    const pageOf = (prefix: number) => (url: string) =>
      splitUrl(url).path.split('/').filter(Boolean).slice(prefix).join('/');
    for (const language of full)
      sites.push({ set: 'company', language, startUrl: `${server.url}${language}/`, goldKey: pageOf(1) });
    for (const language of smallOnes)
      sites.push({
        set: 'company-small',
        language,
        startUrl: `${server.url}small/${language}/`,
        goldKey: pageOf(2),
        questions: 'company',
        holds: new Set(smallSitePages(company.get(language)!.pages).map((p) => p.path)),
      });
  }
  return { sites, stop: async () => void (await Promise.all(servers.map((s) => s.stop()))) };
}

interface CompanySite {
  language: string;
  site_name: string;
  pages: { path: string; title: string; text: string }[];
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

// Each language under /<language>/: a home page listing every page, and one
// page per topic with the site's navigation around a single paragraph; its
// small site under /small/<language>/, the same with a sixth of the pages.
async function startCompanySite(): Promise<{ server: Server; sites: Map<string, CompanySite> }> {
  const dir = path.join(import.meta.dirname, 'company');
  const byLanguage = new Map<string, CompanySite>(
    fs
      .readdirSync(dir)
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as CompanySite]),
  );
  const server = http.createServer((req, res) => {
    const parts = (req.url ?? '/').split('?')[0]!.split('/').filter(Boolean);
    const small = parts[0] === 'small';
    const [language, page] = small ? parts.slice(1) : parts;
    const whole = language ? byLanguage.get(language) : undefined;
    const site = whole && small ? { ...whole, pages: smallSitePages(whole.pages) } : whole;
    const found =
      site && (page === undefined ? { title: site.site_name, text: '' } : site.pages.find((p) => p.path === page));
    if (!site || !found) return void res.writeHead(404).end();
    const base = small ? `/small/${language}` : `/${language}`;
    const nav = site.pages.map((p) => `<li><a href="${base}/${p.path}">${escapeHtml(p.title)}</a></li>`).join('');
    const body = page === undefined ? '' : `<h1>${escapeHtml(found.title)}</h1><p>${escapeHtml(found.text)}</p>`;
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(found.title)} | ${escapeHtml(site.site_name)}</title></head>` +
          `<body><header><a href="${base}/">${escapeHtml(site.site_name)}</a></header><nav><ul>${nav}</ul></nav><main>${body}</main>` +
          `<footer>© ${escapeHtml(site.site_name)}</footer></body></html>`,
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server: {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      stop: () => new Promise((resolve) => server.close(() => resolve())),
    },
    sites: byLanguage,
  };
}
