// The shapes of the contacts API, as the OpenAPI document types them (packages/sdk/src/generated/openapi.ts).
import type { ResponseBody } from '@grivo/sdk';

/** A contact as GET /v1/contacts/:id answers it. */
export type Contact = ResponseBody<'/v1/contacts/{id}', 'get'>;
export type ContactStatus = Contact['status'];

/** Every status, in the order the filters and forms offer them. */
export const CONTACT_STATUSES = [
  'subscribed',
  'unsubscribed',
  'bounced',
  'complained',
  'pending',
  'non_subscribed',
] as const satisfies readonly ContactStatus[];

/** A CSV import and its progress, as GET /v1/contacts/imports/:id answers it. */
export type ContactImport = ResponseBody<'/v1/contacts/imports/{id}', 'get'>;
/** One row of a CSV the import could not take (the first 100 are kept). */
export type ImportRowError = ContactImport['errors'][number];

export const isRunning = (i: ContactImport) => i.status === 'queued' || i.status === 'processing';
