import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './api-error.js';

// The dashboard never runs another site's script and is never framed; email
// previews are shown in sandboxed srcdoc frames, which inherit this policy, so
// their images and inline styles are allowed.
const HTML_HEADERS: Record<string, string> = {
  'cache-control': 'no-cache',
  'content-security-policy': [
    "default-src 'self'",
    'img-src * data: blob:',
    "style-src 'self' 'unsafe-inline'",
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; '),
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/** Where the built dashboard is: dist/web beside dist/http (built) or the repository's dist/web (tsx, tests). */
export function dashboardRoot(): string {
  const fromBuild = fileURLToPath(new URL('../web/', import.meta.url));
  return fs.existsSync(`${fromBuild}index.html`)
    ? fromBuild
    : fileURLToPath(new URL('../../dist/web/', import.meta.url));
}

/**
 * Serves the dashboard's files at `/`: hashed assets cached for a year,
 * index.html revalidated every time.
 */
export async function registerDashboard(app: FastifyInstance): Promise<void> {
  await app.register(fastifyStatic, {
    root: dashboardRoot(),
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    schemaHide: true,
    cacheControl: false,
    setHeaders(res, file) {
      if (file.endsWith('.html')) for (const [name, value] of Object.entries(HTML_HEADERS)) res.setHeader(name, value);
      else if (file.includes('/assets/')) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    },
  });
}

const NOT_PAGES = /^\/(v1|dashboard|public|t|unsubscribe|docs|healthz|readyz|widget\.js)(\/|$)/;

/**
 * A browser asking for a dashboard address (`/contacts/ct_…`) gets index.html,
 * and the client-side router takes it from there. API paths never do.
 */
export function isDashboardPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '/';
  if (NOT_PAGES.test(path) || /\.[a-z0-9]+$/i.test(path)) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

export async function sendDashboardPage(reply: FastifyReply): Promise<FastifyReply> {
  if (!fs.existsSync(`${dashboardRoot()}index.html`))
    throw new ApiError('service_unavailable', 'The dashboard has not been built: run npm run build.');
  reply.headers(HTML_HEADERS);
  return reply.sendFile('index.html', { cacheControl: false });
}
