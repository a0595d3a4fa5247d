import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { notFound } from '../../../http/api-error.js';

/** The header a widget proves a conversation is its visitor's with. */
export const TOKEN_HEADER = 'x-conversation-token';

/**
 * What a widget conversation's visitor holds to continue it, read it back and
 * rate its answers: a MAC of its id under the server's secret, so nothing is
 * stored and nobody else can make one.
 */
export function conversationToken(secret: Buffer, conversationId: string): string {
  return createHmac('sha256', secret).update(`widget-conversation:${conversationId}`).digest('base64url');
}

/** Refuses (as not found, like an unknown id) a request without the conversation's token. */
export function requireConversationToken(secret: Buffer, request: FastifyRequest, conversationId: string): void {
  const given = Buffer.from(String(request.headers[TOKEN_HEADER] ?? ''));
  const wanted = Buffer.from(conversationToken(secret, conversationId));
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted))
    throw notFound('conversation', conversationId, ' for this chatbot');
}
