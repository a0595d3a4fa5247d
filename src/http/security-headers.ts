import type { FastifyReply, FastifyRequest } from 'fastify';

/** A year, as browsers and the HSTS preload list expect. Subdomains are left alone: they may be other people's servers. */
const HSTS = 'max-age=31536000';

// Grivo's own small pages (unsubscribe, link errors): no script at all, their
// inline style, a form that posts back to itself, never framed.
const PAGE_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * Headers on every response: `nosniff`; HSTS when the request came over
 * HTTPS (itself, or through a trusted proxy's X-Forwarded-Proto); and on an
 * HTML page that set no policy of its own, a Content-Security-Policy and
 * X-Frame-Options that forbid scripts and framing.
 */
export async function securityHeaders(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
): Promise<unknown> {
  reply.header('x-content-type-options', 'nosniff');
  if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
  const type = reply.getHeader('content-type');
  if (typeof type === 'string' && type.startsWith('text/html')) {
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', PAGE_CSP);
    if (!reply.hasHeader('x-frame-options')) reply.header('x-frame-options', 'DENY');
  }
  return payload;
}

/** The API reference's policy: Swagger UI's own script and styles, nothing from elsewhere, never framed. */
export const DOCS_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
