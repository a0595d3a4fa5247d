import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createCrawlAgent } from './crawl-agent.js';
import { fetchResource, USER_AGENT, type FetchOptions } from './fetch-resource.js';
import { useCleanup } from '../../../test/helpers/crawler-site.js';

// Real HTTP against a site on loopback, hence allowPrivate.

const { site, defer } = useCleanup();

function options(extra: Partial<FetchOptions> = {}): FetchOptions {
  const agent = createCrawlAgent({ allowPrivate: true });
  defer(() => agent.destroy());
  return { agent, policy: { allowPrivate: true }, ...extra };
}

describe('fetchResource', () => {
  it('returns the body, type and validators, and identifies itself', async () => {
    const s = await site({
      '/': { body: '<p>hi</p>', headers: { etag: '"v1"', 'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT' } },
    });
    const result = await fetchResource(s.url('/'), options({ htmlOnly: true }));
    expect(result).toMatchObject({
      kind: 'ok',
      url: s.url('/'),
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<p>hi</p>',
      etag: '"v1"',
      lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT',
    });
    expect(s.requests[0]!.headers['user-agent']).toBe(USER_AGENT);
    expect(s.requests[0]!.headers['if-none-match']).toBeUndefined();
  });

  it('decodes by the header charset, else the meta charset, else UTF-8', async () => {
    const cafe = Buffer.from([0x63, 0x61, 0x66, 0xe9]); // "café" in Latin-1
    const s = await site({
      '/header': { body: cafe, type: 'text/html; charset=ISO-8859-1' },
      '/meta': { body: Buffer.concat([Buffer.from('<meta charset="windows-1252">'), cafe]), type: 'text/html' },
      '/utf8': { body: 'café', type: 'text/html' },
    });
    const opts = options({ htmlOnly: true });
    expect(await fetchResource(s.url('/header'), opts)).toMatchObject({ body: 'café' });
    expect(await fetchResource(s.url('/meta'), opts)).toMatchObject({ body: '<meta charset="windows-1252">café' });
    expect(await fetchResource(s.url('/utf8'), opts)).toMatchObject({ body: 'café' });
  });

  it('inflates a gzip Content-Encoding', async () => {
    const s = await site({ '/': { body: gzipSync('<p>zipped</p>'), headers: { 'content-encoding': 'gzip' } } });
    expect(await fetchResource(s.url('/'), options())).toMatchObject({ kind: 'ok', body: '<p>zipped</p>' });
    expect(s.requests[0]!.headers['accept-encoding']).toContain('gzip');
  });

  it('sends the conditional headers and reports a 304 as not_modified', async () => {
    const s = await site({
      '/': (request, response) => {
        const fresh =
          request.headers['if-none-match'] === '"v1"' &&
          request.headers['if-modified-since'] === 'Wed, 01 Jan 2025 00:00:00 GMT';
        response.writeHead(fresh ? 304 : 200, { etag: '"v1"' }).end(fresh ? undefined : 'changed');
      },
    });
    const result = await fetchResource(
      s.url('/'),
      options({ etag: '"v1"', lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT' }),
    );
    expect(result).toEqual({ kind: 'not_modified', url: s.url('/') });
  });

  it('reports a non-2xx status with a readable detail', async () => {
    const s = await site({ '/gone': { status: 410, body: 'gone' } });
    expect(await fetchResource(s.url('/missing'), options())).toMatchObject({
      kind: 'skipped',
      reason: 'http_status',
      detail: 'HTTP 404',
      status: 404,
    });
    expect(await fetchResource(s.url('/gone'), options())).toMatchObject({ reason: 'http_status', detail: 'HTTP 410' });
  });

  it('skips a non-HTML body without reading it, naming its type', async () => {
    const s = await site({ '/doc.pdf': { body: Buffer.alloc(1024 * 1024), type: 'application/pdf' } });
    const result = await fetchResource(s.url('/doc.pdf'), options({ htmlOnly: true }));
    expect(result).toMatchObject({ kind: 'skipped', reason: 'not_html', detail: 'content type application/pdf' });
  });

  it('stops at the size cap, declared or streamed', async () => {
    const big = 'x'.repeat(64 * 1024);
    const s = await site({
      '/declared': big,
      '/streamed': (_request, response) => {
        // Chunked, no Content-Length: the cap must be enforced while reading.
        response.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 8; i++) response.write(big);
        response.end();
      },
    });
    const opts = options({ maxBytes: 100 * 1024 });
    expect(await fetchResource(s.url('/declared'), { ...opts, maxBytes: 1000 })).toMatchObject({
      reason: 'too_large',
      detail: expect.stringContaining('65536 bytes'),
    });
    expect(await fetchResource(s.url('/streamed'), opts)).toMatchObject({ reason: 'too_large' });
  });

  it('gives up on a server that never answers, after timeoutMs', async () => {
    const s = await site({ '/hang': () => undefined });
    const started = performance.now();
    const result = await fetchResource(s.url('/hang'), options({ timeoutMs: 300 }));
    expect(result).toMatchObject({ kind: 'skipped', reason: 'timeout', detail: 'no complete response within 300 ms' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('times out a body that stalls half way', async () => {
    const s = await site({
      '/stall': (_request, response) => void response.writeHead(200, { 'content-type': 'text/html' }).write('<p>start'),
    });
    expect(await fetchResource(s.url('/stall'), options({ timeoutMs: 300 }))).toMatchObject({ reason: 'timeout' });
  });

  it('follows redirects, relative ones included, and reports the final URL', async () => {
    const s = await site({
      '/a': { status: 301, headers: { location: '/b' } },
      '/b': { status: 302, headers: { location: 'c?x=1' } },
      '/c': { status: 307, headers: { location: '/final' } },
      '/final': 'done',
    });
    expect(await fetchResource(s.url('/a'), options())).toMatchObject({
      kind: 'ok',
      url: s.url('/final'),
      body: 'done',
    });
    expect(s.pathsRequested()).toEqual(['/a', '/b', '/c?x=1', '/final']);
  });

  it('gives up after five redirects', async () => {
    const s = await site({ '/loop': { status: 302, headers: { location: '/loop' } } });
    expect(await fetchResource(s.url('/loop'), options())).toMatchObject({ reason: 'too_many_redirects' });
    expect(s.requests).toHaveLength(6);
  });

  it('refuses a redirect that isAllowedUrl rejects, without requesting it', async () => {
    const other = await site({ '/': 'elsewhere' });
    const s = await site({ '/away': { status: 302, headers: { location: other.url('/') } } });
    const result = await fetchResource(
      s.url('/away'),
      options({ isAllowedUrl: (url) => url.host === new URL(s.origin).host }),
    );
    expect(result).toMatchObject({ kind: 'skipped', reason: 'redirect_offsite', url: other.url('/') });
    expect(other.requests).toHaveLength(0);
  });

  it('reports a refused connection as a network error and a bad URL as invalid', async () => {
    const s = await site({});
    const port = s.port;
    await s.close();
    expect(await fetchResource(`http://127.0.0.1:${port}/`, options())).toMatchObject({
      reason: 'network_error',
      detail: expect.stringContaining('ECONNREFUSED'),
    });
    expect(await fetchResource('not a url', options())).toMatchObject({ reason: 'invalid_url' });
  });

  it('throws the abort reason when the caller cancels, rather than reporting the URL', async () => {
    const s = await site({ '/hang': () => undefined });
    const controller = new AbortController();
    const pending = fetchResource(s.url('/hang'), options({ signal: controller.signal }));
    setTimeout(() => controller.abort(new Error('cancelled by test')), 50);
    await expect(pending).rejects.toThrow('cancelled by test');
  });
});
