import type { FastifyInstance, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors, errorsOf } from '../../http/openapi.js';
import { requirePrincipal } from '../../http/principal.js';
import type { Queue } from '../../jobs/queue.js';
import type { Database } from '../../storage/database.js';
import { confirmSubscription, describeConfirmation, resendConfirmation, type ConfirmationState } from './confirm.js';
import { askConfirmationPage, confirmedPage, expiredConfirmationPage, invalidConfirmationPage } from './pages.js';
import { ContactIdParams, ResendConfirmationResponse } from './schema.js';

interface TokenParams {
  Params: { token: string };
}

function show(reply: FastifyReply, result: ConfirmationState): FastifyReply {
  const [status, body] =
    result.state === 'ask'
      ? [200, askConfirmationPage(result.email, result.workspaceName)]
      : result.state === 'confirmed'
        ? [200, confirmedPage(result.email, result.workspaceName)]
        : result.state === 'expired'
          ? [400, expiredConfirmationPage()]
          : [404, invalidConfirmationPage()];
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
}

/**
 * `GET /confirm/:token` shows a button and changes nothing (link scanners
 * fetch every link in a message); `POST /confirm/:token` confirms. Public:
 * a forged or altered token is refused by its signature before any query.
 */
export function confirmationPageRoutes(deps: { database: Database; signer: { secret: Uint8Array } }) {
  return async function confirmationPages(app: FastifyInstance): Promise<void> {
    // The page's form posts an empty urlencoded body; nothing in it is read.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 16_384 }, (_request, _body, done) =>
      done(null, undefined),
    );
    app.get<TokenParams>('/confirm/:token', { schema: { hide: true } }, async (request, reply) =>
      show(reply, await describeConfirmation(deps, request.params.token)),
    );
    app.post<TokenParams>('/confirm/:token', { schema: { hide: true } }, async (request, reply) =>
      show(reply, await confirmSubscription(deps, request.params.token, request.ip)),
    );
  };
}

const tags = ['Contacts'];

/** `POST /v1/contacts/:id/resend-confirmation`. */
export function consentRoutes(deps: {
  database: Database;
  queue: Queue;
  signer: { secret: Uint8Array };
}): FastifyPluginAsyncZod {
  return async function consent(app) {
    app.post('/contacts/:id/resend-confirmation', {
      schema: {
        tags,
        operationId: 'resendConfirmation',
        summary: 'Send a pending contact a new confirmation email',
        description:
          'Queues a new double opt-in confirmation email to a `pending` contact, at most once every 5 minutes. A contact that is not pending answers 400; a suppressed address 409.',
        params: ContactIdParams,
        response: {
          202: ResendConfirmationResponse,
          ...errors(errorsOf.post, {
            not_found: 'No contact with this id in the workspace.',
            invalid_request: 'The contact is not pending.',
            suppressed: 'The address is on the suppression list.',
            rate_limit_exceeded: 'A confirmation email was sent to this contact less than 5 minutes ago.',
          }),
        },
      },
      handler: async (request, reply) => {
        const result = await resendConfirmation(deps, requirePrincipal(request).workspaceId, request.params.id);
        return reply.code(202).send(result);
      },
    });
  };
}
