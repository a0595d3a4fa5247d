import http from 'node:http';
import { afterEach } from 'vitest';
import type { AddressInfo } from 'node:net';

// A real website on loopback for the crawler's tests, where each route may take over its response.

/** How the test site answers one path. A function takes over the response completely. */
export type Route =
  | string
  | { status?: number; type?: string; body?: string | Buffer; headers?: Record<string, string> }
  | ((request: http.IncomingMessage, response: http.ServerResponse) => void);

/** A request the site received. */
export interface SiteRequest {
  path: string;
  at: number;
  headers: http.IncomingHttpHeaders;
}

/** A running test site. */
export interface TestSite {
  origin: string;
  port: number;
  url(path: string): string;
  routes: Map<string, Route>;
  requests: SiteRequest[];
  pathsRequested(): string[];
  close(): Promise<void>;
}

/** An HTML page linking to `links`. */
export function html(links: string[] = [], head = '', body = ''): string {
  const anchors = links.map((href) => `<a href="${href}">${href}</a>`).join('\n');
  return `<!doctype html><html><head><title>t</title>${head}</head><body>${body}${anchors}</body></html>`;
}

/** Serves `routes` on 127.0.0.1 (any free port); unknown paths are 404. */
export async function startTestSite(routes: Record<string, Route> = {}): Promise<TestSite> {
  const map = new Map(Object.entries(routes));
  const requests: SiteRequest[] = [];
  const server = http.createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, at: performance.now(), headers: request.headers });
    const route = map.get(path) ?? map.get(path.split('?')[0]!);
    if (typeof route === 'function') return route(request, response);
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      return response.end('Not found');
    }
    const spec = typeof route === 'string' ? { body: route } : route;
    const body = spec.body ?? '';
    response.writeHead(spec.status ?? 200, {
      'content-type': spec.type ?? 'text/html; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      ...spec.headers,
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => `${origin}${path}`,
    routes: map,
    requests,
    pathsRequested: () => requests.map((request) => request.path),
    close() {
      // Hanging test routes never end their responses: cut them off.
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Drains an async generator into an array. */
export async function collect<T>(events: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const event of events) all.push(event);
  return all;
}

/** Closes what each test of a file opened (its sites, its agents) once the test ends. */
export function useCleanup() {
  const tasks: (() => unknown)[] = [];
  afterEach(async () => {
    while (tasks.length) await tasks.pop()!();
  });
  const defer = (task: () => unknown) => void tasks.push(task);
  async function site(routes: Record<string, Route> = {}): Promise<TestSite> {
    const started = await startTestSite(routes);
    defer(() => started.close());
    return started;
  }
  return { site, defer };
}
