import type { FastifyReply, FastifyRequest } from 'fastify';
import { stringProblem } from '../lib/well-formed.js';

const CORS_HEADERS = ['access-control-allow-origin', 'access-control-expose-headers'];
const PUBLIC_CHATBOT = /^\/public\/chatbots\/([^/?]+)/;

/**
 * CORS on the widget's routes only for the chatbot's allowed origins. The
 * widget routes offer every caller CORS headers so that an allowed page can
 * read their errors too; a success means the route admitted the origin, but
 * an error may have come before or instead of that check (a 403 for the
 * origin itself, an unknown chatbot, a bad body), so then the origin is
 * checked here and the headers removed unless it is allowed.
 */
export function widgetCors(deps: { isOriginAllowed(chatbotId: string, origin: string): Promise<boolean> }) {
  return async function widgetCors(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    if (reply.statusCode < 400 || !reply.hasHeader('access-control-allow-origin')) return payload;
    const id = PUBLIC_CHATBOT.exec(request.url)?.[1];
    const origin = request.headers.origin;
    let allowed = false;
    if (id && origin) {
      const chatbotId = safeDecode(id);
      allowed = chatbotId !== undefined && (await deps.isOriginAllowed(chatbotId, origin).catch(() => false));
    }
    if (!allowed) for (const name of CORS_HEADERS) reply.removeHeader(name);
    return payload;
  };
}

function safeDecode(segment: string): string | undefined {
  try {
    const id = decodeURIComponent(segment);
    return stringProblem(id) ? undefined : id;
  } catch {
    return undefined;
  }
}
