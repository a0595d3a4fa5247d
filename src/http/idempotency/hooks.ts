import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { ApiError } from '../api-error.js';
import { sha256Hex } from '../../lib/ids.js';
import type { IdempotencyStore } from './store.js';

const TTL_MS = 24 * 60 * 60 * 1000;
const ABANDON_AFTER_MS = 5 * 60 * 1000;
const MAX_KEY_LENGTH = 255;

/**
 * `Idempotency-Key` on a POST: the first request's response is stored and
 * replayed for 24 hours to any retry with the same key and body. Server
 * errors are not stored, so a retry after one runs again. Returns an `onRoute`
 * hook that attaches the claim and the store to the POST routes.
 */
export function idempotency(store: IdempotencyStore): (route: RouteOptions) => void {
  async function claimIdempotency(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const key = request.headers['idempotency-key'];
    if (key === undefined || !request.principal) return;
    if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) {
      throw new ApiError(
        'invalid_request',
        `Idempotency-Key must be 1 to ${MAX_KEY_LENGTH} characters.`,
        'Idempotency-Key',
      );
    }
    const requestHash = sha256Hex(`${request.method} ${request.url}\n${bodyFingerprint(request)}`);
    const workspaceId = request.principal.workspaceId;
    const claim = await store.claim({
      workspaceId,
      key,
      requestHash,
      ttlMs: TTL_MS,
      abandonAfterMs: ABANDON_AFTER_MS,
    });
    switch (claim.kind) {
      case 'claimed':
        request.idempotencyKey = key;
        return;
      case 'in_progress':
        throw new ApiError(
          'idempotency_key_in_use',
          'A request with this Idempotency-Key is still being processed. Retry shortly.',
          'Idempotency-Key',
        );
      case 'mismatch':
        throw new ApiError(
          'idempotency_key_reused',
          'This Idempotency-Key was already used with a different request. Use a new key for a new request.',
          'Idempotency-Key',
        );
      case 'replay':
        return reply.code(claim.status).header('idempotent-replayed', 'true').type(claim.type).send(claim.body);
    }
  }

  async function storeIdempotentResponse(
    request: FastifyRequest,
    reply: FastifyReply,
    payload: unknown,
  ): Promise<unknown> {
    const key = request.idempotencyKey;
    if (!key || !request.principal) return payload;
    const workspaceId = request.principal.workspaceId;
    request.idempotencyKey = undefined;
    if (reply.statusCode >= 500 || typeof payload !== 'string') {
      await store.release({ workspaceId, key });
    } else {
      const type = String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8');
      await store.complete({ workspaceId, key, status: reply.statusCode, type, body: payload });
    }
    return payload;
  }

  /**
   * An `onRoute` hook: a POST route claims the key before its own preHandlers and stores
   * its response after the other onSend hooks; the other routes, whose requests can carry
   * no Idempotency-Key that counts, pay nothing for it.
   */
  function idempotentPosts(route: RouteOptions): void {
    const methods = ([] as string[]).concat(route.method);
    if (!methods.includes('POST')) return;
    route.preHandler = [claimIdempotency, ...hooksOf(route.preHandler)] as RouteOptions['preHandler'];
    route.onSend = [...hooksOf(route.onSend), storeIdempotentResponse] as RouteOptions['onSend'];
  }

  return idempotentPosts;
}

function hooksOf(hooks: unknown): unknown[] {
  return hooks === undefined ? [] : ([] as unknown[]).concat(hooks);
}

// A streamed upload is not read before the handler runs: it is known by its
// type and length instead of its bytes.
function bodyFingerprint(request: FastifyRequest): string {
  const body = request.body as { pipe?: unknown } | undefined;
  if (request.headers['content-type']?.startsWith('multipart/') || typeof body?.pipe === 'function') {
    return `stream ${request.headers['content-type'] ?? ''} ${request.headers['content-length'] ?? ''}`;
  }
  return JSON.stringify(body ?? null);
}
