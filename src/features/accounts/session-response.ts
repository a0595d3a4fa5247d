import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../http/principal.js';
import { apiTime } from '../../lib/time.js';
import { setSessionCookie } from './cookie.js';
import type { OpenedSession } from './service.js';
import type { SessionWithContext } from './store.js';

export const tags = ['Dashboard'];
export const security = [{ sessionCookie: [] }];
export const guard = { invalid_parameter: 'A header or parameter holds a NUL character or an unpaired surrogate.' };

/** What the dashboard is told of a session (`SessionResponse`). */
export function sessionResponse(s: SessionWithContext) {
  return {
    user: { id: s.user_id, email: s.email, name: s.name },
    workspace: {
      id: s.workspace_id,
      name: s.workspace_name,
      plan: s.plan,
      role: s.role as Role,
      time_zone: s.time_zone,
    },
    csrf_token: s.csrf_token,
    expires_at: apiTime(s.expires_at),
  };
}

/** Sets the cookie of a session just opened and answers what it is. */
export function signedInReply(opened: OpenedSession, request: FastifyRequest, reply: FastifyReply, status: number) {
  setSessionCookie(request, reply, opened.token);
  return reply.code(status).send(sessionResponse(opened.session));
}
