import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors, errorsOf, listOf } from '../../http/openapi.js';
import { requirePrincipal } from '../../http/principal.js';
import { EmailParams, EmailResponse, ListEmailsQuery, SendEmailBody } from './schema.js';
import { getEmail, listEmails, sendEmail, type EmailDeps } from './service.js';

const tags = ['Emails'];

/** `/v1/emails`: transactional email, one recipient at a time. */
export function emailRoutes(deps: EmailDeps): FastifyPluginAsyncZod {
  return async function emails(app) {
    const workspaceOf = (request: Parameters<typeof requirePrincipal>[0]) => requirePrincipal(request).workspaceId;

    app.post('/emails', {
      schema: {
        tags,
        operationId: 'sendEmail',
        summary: 'Send an email',
        description:
          'Renders the email now (Liquid over `data`, from the fields given or a template) and sends it in the background: ' +
          'answers 202 with status queued, or suppressed (nothing is sent, `error` says why) when the address is on the ' +
          "suppression list. The sender defaults to the workspace's (PATCH /v1/settings). Retry safely with an `Idempotency-Key`.",
        body: SendEmailBody,
        response: {
          202: EmailResponse,
          ...errors(errorsOf.postJson, {
            invalid_request:
              'A field is invalid, a subject or body is missing, or there is no sender (no from_email and no default); `param` names it.',
            invalid_template: 'A template does not parse or render; the message names the field, line and reason.',
            template_limit_exceeded: 'A template is too large or too slow to render; the message names the limit.',
            not_found: 'No template with template_id in your workspace.',
          }),
        },
      },
      handler: async (request, reply) =>
        reply.code(202).send(await sendEmail(deps, workspaceOf(request), request.body)),
    });

    app.get('/emails', {
      schema: {
        tags,
        operationId: 'listEmails',
        summary: 'List emails',
        description: 'Transactional emails, newest first, optionally only those in one status or to one address.',
        querystring: ListEmailsQuery,
        response: {
          200: listOf(EmailResponse),
          ...errors(errorsOf.read, { invalid_request: 'page, per_page, status or to is invalid; `param` names it.' }),
        },
      },
      handler: (request) => listEmails(deps, workspaceOf(request), request.query),
    });

    app.get('/emails/:id', {
      schema: {
        tags,
        operationId: 'getEmail',
        summary: 'Get an email',
        description: 'An email with its status and history: queued, sent, failed, delivered, bounced, complained.',
        params: EmailParams,
        response: {
          200: EmailResponse,
          ...errors(errorsOf.read, { not_found: 'No email with this id in your workspace.' }),
        },
      },
      handler: (request) => getEmail(deps, workspaceOf(request), request.params.id),
    });
  };
}
