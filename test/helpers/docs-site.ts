// The website `npm run bench:train` and the Python docs test train on: a folder of files served over
// loopback by a small node:http server in a process of its own, so serving
// the files takes no time from Grivo's event loop. It sends ETag (size and
// mtime) and Last-Modified, answers If-None-Match / If-Modified-Since with
// 304, serves index.html for folders, and knows no robots.txt or sitemap.
// Run directly (`tsx test/helpers/docs-site.ts DIR`) it serves DIR and reports its
// port and request counts over the IPC channel to the process that forked it.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.inv': 'application/octet-stream',
  '.gz': 'application/gzip',
  '.zip': 'application/zip',
};

/** Requests the site answered since the last reset, by status, and which were HTML pages. */
export interface SiteCounts {
  byStatus: Record<string, number>;
  /** 200s with a text/html body: pages the crawler had to read in full. */
  html200: number;
  /** Their paths, in the order they were served (what `npm run bench:train`'s baseline fetches again). */
  htmlPaths: string[];
  bytes: number;
  /** A few paths that got a 404, to tell a broken link from a skipped symlink. */
  notFound: string[];
}

/** The site, running in its own process. */
export interface DocsSite {
  url: string;
  pid: number;
  counts(): Promise<SiteCounts>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

const emptyCounts = (): SiteCounts => ({ byStatus: {}, html200: 0, htmlPaths: [], bytes: 0, notFound: [] });

/** Forks this file as a static server of `root`; resolves once it listens. */
export async function startDocsSite(root: string): Promise<DocsSite> {
  const child = fork(import.meta.filename, [root], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`the docs site exited with ${code} before listening`)));
  });
  const ask = <T>(type: string) =>
    new Promise<T>((resolve) => {
      child.once('message', (m: { reply: T }) => resolve(m.reply));
      child.send({ type });
    });
  return {
    url: `http://127.0.0.1:${port}/`,
    pid: child.pid!,
    counts: () => ask<SiteCounts>('counts'),
    reset: () => ask<void>('reset'),
    stop: () => stopChild(child),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function serve(root: string): void {
  let counts = emptyCounts();
  const answer = (
    response: http.ServerResponse,
    status: number,
    headers: http.OutgoingHttpHeaders = {},
    body?: Buffer | string,
  ) => {
    counts.byStatus[status] = (counts.byStatus[status] ?? 0) + 1;
    response.writeHead(status, headers).end(body);
  };
  const server = http.createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://site');
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(pathname);
    } catch {
      return answer(response, 400, { 'content-type': 'text/plain' }, 'Bad path');
    }
    let file = path.join(root, path.normalize(urlPath));
    if (!file.startsWith(root)) return answer(response, 404, { 'content-type': 'text/plain' }, 'Not found');
    let stat = await fs.promises.stat(file).catch(() => undefined);
    if (stat?.isDirectory()) {
      // As nginx and Apache do: a folder's relative links only resolve under its trailing slash.
      if (!pathname.endsWith('/')) return answer(response, 301, { location: `${pathname}/` });
      file = path.join(file, 'index.html');
      stat = await fs.promises.stat(file).catch(() => undefined);
    }
    // Broken symlinks (the Debian package links jQuery into /usr/share/javascript) are simply not found.
    const body = stat?.isFile() ? await fs.promises.readFile(file).catch(() => undefined) : undefined;
    if (!stat || !body) {
      if (counts.notFound.length < 10) counts.notFound.push(urlPath);
      return answer(response, 404, { 'content-type': 'text/plain' }, 'Not found');
    }
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const lastModified = stat.mtime.toUTCString();
    const validators = { etag, 'last-modified': lastModified };
    const inm = request.headers['if-none-match'];
    const ims = request.headers['if-modified-since'];
    const fresh =
      inm !== undefined
        ? inm.split(/\s*,\s*/).includes(etag) || inm === '*'
        : ims !== undefined && Date.parse(ims) >= Math.floor(stat.mtimeMs / 1000) * 1000;
    if (fresh) return answer(response, 304, validators);
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) {
      counts.html200++;
      counts.htmlPaths.push(pathname);
    }
    counts.bytes += body.length;
    answer(
      response,
      200,
      { ...validators, 'content-type': type, 'content-length': body.length },
      request.method === 'HEAD' ? undefined : body,
    );
  });
  server.keepAliveTimeout = 30_000;
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
  process.on('message', (m: { type: string }) => {
    if (m.type === 'counts') process.send!({ reply: counts });
    if (m.type === 'reset') {
      counts = emptyCounts();
      process.send!({ reply: null });
    }
  });
  process.on('disconnect', () => process.exit(0));
  process.on('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

if (process.argv[1] === import.meta.filename && process.send) serve(path.resolve(process.argv[2]!));
