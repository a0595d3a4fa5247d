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
}

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

/** Starts every site (or those whose `set.language` matches `only`) and returns them with a stop function. */
export async function startSites(
  only: (id: string) => boolean,
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
    .filter((l) => only(`company.${l}`))
    .sort();
  if (companyLanguages.length > 0) {
    const server = await startCompanySite();
    servers.push(server);
    for (const language of companyLanguages) {
      sites.push({
        set: 'company',
        language,
        startUrl: `${server.url}${language}/`,
        goldKey: (url) => splitUrl(url).path.split('/').filter(Boolean).slice(1).join('/'),
      });
    }
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
// page per topic with the site's navigation around a single paragraph.
async function startCompanySite(): Promise<Server> {
  const dir = path.join(import.meta.dirname, 'company');
  const byLanguage = new Map<string, CompanySite>(
    fs
      .readdirSync(dir)
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as CompanySite]),
  );
  const server = http.createServer((req, res) => {
    const [language, page] = (req.url ?? '/').split('?')[0]!.split('/').filter(Boolean);
    const site = language ? byLanguage.get(language) : undefined;
    const found =
      site && (page === undefined ? { title: site.site_name, text: '' } : site.pages.find((p) => p.path === page));
    if (!site || !found) return void res.writeHead(404).end();
    const nav = site.pages.map((p) => `<li><a href="/${language}/${p.path}">${escapeHtml(p.title)}</a></li>`).join('');
    const body = page === undefined ? '' : `<h1>${escapeHtml(found.title)}</h1><p>${escapeHtml(found.text)}</p>`;
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(found.title)} | ${escapeHtml(site.site_name)}</title></head>` +
          `<body><header><a href="/${language}/">${escapeHtml(site.site_name)}</a></header><nav><ul>${nav}</ul></nav><main>${body}</main>` +
          `<footer>© ${escapeHtml(site.site_name)}</footer></body></html>`,
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
