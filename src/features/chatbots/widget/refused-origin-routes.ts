import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../../../http/api-error.js';
import { errors, errorsOf, listOf } from '../../../http/openapi.js';
import { requirePrincipal } from '../../../http/principal.js';
import type { Database } from '../../../storage/database.js';
import { getChatbotRow } from '../service.js';
import { listRefusedOrigins, REFUSED_ORIGINS_KEPT, removeRefusedOrigin } from './refused-origins-store.js';

const tags = ['Chatbots'];

export const RefusedOriginResponse = z
  .object({
    origin: z.string().describe('The website, as `https://host[:port]`, whose pages asked for the widget.'),
    count: z.number().int().describe('How many widget requests from it were refused.'),
    first_seen_at: z.string().describe('When it was first refused (ISO 8601).'),
    last_seen_at: z.string().describe('When it was last refused (ISO 8601).'),
  })
  .meta({
    id: 'RefusedOrigin',
    description: 'A website the widget was refused on.',
    examples: [
      {
        origin: 'https://shop.example.com',
        count: 14,
        first_seen_at: '2026-03-14T09:12:00Z',
        last_seen_at: '2026-03-15T17:40:03Z',
      },
    ],
  });

const RefusedOriginParams = z.strictObject({
  id: z.string().max(64),
  origin: z.string().max(300).describe('The refused origin, URL-encoded (`https%3A%2F%2Fshop.example.com`).'),
});

const RemovedOriginResponse = z.object({ origin: z.string(), deleted: z.literal(true) }).meta({
  description: 'The origin is off the list (until the widget is refused there again).',
  examples: [{ origin: 'https://shop.example.com', deleted: true }],
});

/**
 * The websites a chatbot's widget was refused on, for its owner to allow (by
 * adding the host to allowed_domains) or dismiss.
 */
export function refusedOriginRoutes(deps: { database: Database }): FastifyPluginAsyncZod {
  return async function refusedOrigins(app) {
    const targetOf = async (workspaceId: string, chatbotId: string) => {
      const chatbot = await getChatbotRow(deps, workspaceId, chatbotId);
      return { workspaceId, chatbotId: chatbot.id };
    };

    app.get('/chatbots/:id/refused-origins', {
      schema: {
        tags,
        operationId: 'listRefusedOrigins',
        summary: 'List refused widget origins',
        description: `The websites whose pages loaded the widget although they are not in the chatbot's allowed_domains, most recently seen first: the ${REFUSED_ORIGINS_KEPT} most recent are kept. A website that is not an origin's own page (no Origin header) is not listed.`,
        params: z.strictObject({ id: z.string().max(64) }),
        response: {
          200: listOf(RefusedOriginResponse),
          ...errors(errorsOf.read, { not_found: 'No chatbot with this id in your workspace.' }),
        },
      },
      handler: async (request) => {
        const target = await targetOf(requirePrincipal(request).workspaceId, request.params.id);
        const data = await listRefusedOrigins(deps.database.db, target);
        return { data, total: data.length, page: 1, per_page: REFUSED_ORIGINS_KEPT, has_more: false };
      },
    });

    app.delete('/chatbots/:id/refused-origins/:origin', {
      schema: {
        tags,
        operationId: 'deleteRefusedOrigin',
        summary: 'Dismiss a refused widget origin',
        description:
          'Takes the origin off the list (after allowing it, or to ignore it). It is listed again if its pages ask for the widget again while it is not allowed.',
        params: RefusedOriginParams,
        response: {
          200: RemovedOriginResponse,
          ...errors(errorsOf.change, {
            not_found: 'No chatbot with this id in your workspace, or this origin is not listed for it.',
          }),
        },
      },
      handler: async (request) => {
        const target = await targetOf(requirePrincipal(request).workspaceId, request.params.id);
        const { origin } = request.params;
        if (!(await removeRefusedOrigin(deps.database.db, target, origin)))
          throw new ApiError('not_found', `The origin '${origin}' is not listed for this chatbot.`, 'origin');
        return { origin, deleted: true as const };
      },
    });
  };
}
