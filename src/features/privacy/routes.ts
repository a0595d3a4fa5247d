import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors, errorsOf } from '../../http/openapi.js';
import { requirePrincipal } from '../../http/principal.js';
import { ContactParams } from '../contacts/schema.js';
import { ContactDataExport, ErasureResponse } from './schema.js';
import { eraseContact, exportContactData, type PrivacyDeps } from './service.js';

const tags = ['Contacts'];

/** Data-subject requests: a person's data export, and their erasure. */
export function privacyRoutes(deps: PrivacyDeps): FastifyPluginAsyncZod {
  return async function privacy(app) {
    app.get('/contacts/:id/export', {
      config: { role: { least: 'admin', action: "export a contact's data" } },
      schema: {
        tags,
        operationId: 'exportContactData',
        summary: "Export a person's data",
        description:
          'Everything Grivo holds about the contact, as JSON: what to give a person who asks for their data (GDPR article 15).',
        params: ContactParams,
        response: {
          200: ContactDataExport,
          ...errors(errorsOf.read, errorsOf.role, { not_found: 'No contact with this id in your workspace.' }),
        },
      },
      handler: (request) => {
        const principal = requirePrincipal(request);
        return exportContactData(deps, principal.workspaceId, request.params.id, principal);
      },
    });

    app.post('/contacts/:id/erase', {
      schema: {
        tags,
        operationId: 'eraseContact',
        summary: 'Erase a person',
        description:
          "Removes the person everywhere (GDPR article 17): the contact with its attributes and tags, their consent record, their address in the campaigns sent to them (the campaigns' totals stay), what they wrote to chatbots, transactional emails to them, events that named them, stored Idempotency-Key responses about them, import row errors that quoted their address and their place in bulk actions (a match on their whole address or id, never a part of another's). The address is kept only as a hash, keyed with the server's secret, on the suppression list (reason `erased`), so no import, form or lead mails it again; DELETE /v1/suppressions/{email} with their address lifts it. Emits `contact.deleted` with the id only. Calling it again for the id answers the same.",
        params: ContactParams,
        response: {
          200: ErasureResponse,
          ...errors(errorsOf.change, { not_found: 'No contact with this id in your workspace (and none erased).' }),
        },
      },
      handler: (request) => {
        const principal = requirePrincipal(request);
        return eraseContact(deps, principal.workspaceId, request.params.id, principal);
      },
    });
  };
}
