import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A response of the test site: HTML by default. */
export interface SitePage {
  body: string;
  type?: string;
  status?: number;
  headers?: Record<string, string>;
  /** Answers only after this long: a slow site. */
  delayMs?: number;
}

/** A real website on loopback, with ETags and conditional requests, whose pages a test can change. */
export interface TestSite {
  url: string;
  origin: string;
  /** Paths requested so far, with the status each got. */
  requests: { path: string; status: number }[];
  pages: Map<string, SitePage | string>;
  close(): Promise<void>;
}

export const page = (title: string, body: string, head = '') =>
  `<!doctype html><html><head><title>${title}</title>${head}</head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<main>${body}</main>
<footer>© Example Ltd — all rights reserved</footer></body></html>`;

/** A page that declares its language (`<html lang>`). */
export const pageIn = (language: string, title: string, body: string) =>
  page(title, body).replace('<html>', `<html lang="${language}">`);

export async function startSite(pages: Record<string, SitePage | string>): Promise<TestSite> {
  const map = new Map(Object.entries(pages));
  const requests: TestSite['requests'] = [];
  const server = http.createServer(async (request, response) => {
    const path = request.url ?? '/';
    const entry = map.get(path) ?? map.get(path.split('?')[0]!);
    const found: SitePage =
      entry === undefined
        ? { body: 'Not found', type: 'text/plain', status: 404 }
        : typeof entry === 'string'
          ? { body: entry }
          : entry;
    if (found.delayMs) await new Promise((resolve) => setTimeout(resolve, found.delayMs));
    const etag = `"${createHash('sha1').update(found.body).digest('hex')}"`;
    const status =
      found.status === undefined && request.headers['if-none-match'] === etag ? 304 : (found.status ?? 200);
    requests.push({ path, status });
    response.writeHead(status, { 'content-type': found.type ?? 'text/html; charset=utf-8', etag, ...found.headers });
    response.end(status === 304 ? undefined : found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    requests,
    pages: map,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
