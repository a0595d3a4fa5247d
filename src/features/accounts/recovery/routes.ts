import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors, errorsOf } from '../../../http/openapi.js';
import { rateLimited } from '../../../http/rate-limit.js';
import { SessionResponse } from '../schema.js';
import { guard, security, sessionResponse, signedInReply, tags } from '../session-response.js';
import { updateAccount } from './account.js';
import { confirmPasswordReset, requestPasswordReset, type PasswordResetDeps } from './password-reset.js';
import { PasswordResetAccepted, PasswordResetBody, PasswordResetConfirmBody, UpdateAccountBody } from './schema.js';

const ACCEPTED =
  'If an account uses this address, we have sent it a link to choose a new password. It works for an hour. Check your spam folder if it does not arrive.';

/** Forgotten passwords and the signed-in user's own account (`/dashboard/password-reset…`, `/dashboard/account`). */
export function recoveryRoutes(deps: PasswordResetDeps): FastifyPluginAsyncZod {
  return async function recovery(app) {
    app.post('/password-reset', {
      config: { public: true },
      schema: {
        tags,
        operationId: 'requestPasswordReset',
        summary: 'Mail a link to choose a new password',
        description:
          'Always answers 202, whether or not the address has an account, so nobody learns who has one. When it has, a link that works for an hour is mailed to it; a newer request replaces the link. Requests are limited per IP address and per email address.',
        security: [],
        body: PasswordResetBody,
        response: {
          202: PasswordResetAccepted,
          ...errors(guard, errorsOf.json, {
            unknown_parameter: 'A body field this endpoint does not take; `param` names it.',
            rate_limit_exceeded: 'Too many requests from your address: retry after `Retry-After` seconds.',
          }),
        },
      },
      handler: async (request, reply) => {
        await requestPasswordReset(deps, { email: request.body.email, ip: request.ip }, (d) =>
          rateLimited(reply, d, 'Too many password reset requests from your address.'),
        );
        return reply.code(202).send({ message: ACCEPTED });
      },
    });

    app.post('/password-reset/confirm', {
      config: { public: true },
      schema: {
        tags,
        operationId: 'confirmPasswordReset',
        summary: 'Choose a new password with a reset link, and sign in',
        description:
          'Sets the new password, uses up the link, signs the account out everywhere and opens a new session (the grivo_session cookie).',
        security: [],
        body: PasswordResetConfirmBody,
        response: {
          200: SessionResponse,
          ...errors(guard, errorsOf.json, {
            unknown_parameter: 'A body field this endpoint does not take; `param` names it.',
            invalid_token: 'The link is not valid: expired, used, replaced by a newer one, or altered.',
            invalid_request: 'The new password is too short, too long or the email address itself.',
          }),
        },
      },
      handler: async (request, reply) =>
        signedInReply(await confirmPasswordReset(deps, request.body), request, reply, 200),
    });

    app.patch('/account', {
      schema: {
        tags,
        operationId: 'updateAccount',
        summary: 'Change your name, email address or password',
        description:
          'A new email address or password needs `current_password`. A new password signs out every other session of the account; this one stays.',
        security,
        body: UpdateAccountBody,
        response: {
          200: SessionResponse,
          ...errors(guard, errorsOf.session, errorsOf.sessionChange, errorsOf.json, {
            unknown_parameter: 'A body field this endpoint does not take; `param` names it.',
            invalid_request: 'A field is not valid, or the current password is missing or wrong; `param` names it.',
            account_exists: 'Another account uses this email address.',
          }),
        },
      },
      handler: async (request) =>
        sessionResponse(await updateAccount(deps.database.db, request.session!.token, request.body)),
    });
  };
}
