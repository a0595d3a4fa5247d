import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_IDLE_MS } from './service.js';

/** The dashboard's session cookie. */
export const SESSION_COOKIE = 'grivo_session';

// HttpOnly: page scripts never read it. SameSite=Strict: no other site's page
// can make the browser send it (and the CSRF token guards the rest). Secure
// whenever the dashboard is reached over HTTPS.
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    maxAge: Math.floor(SESSION_IDLE_MS / 1000),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
  });
}
