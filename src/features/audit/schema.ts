import { z } from 'zod';
import { PageQuery } from '../../http/pagination.js';
import { AUDIT_ACTIONS, AUDIT_ACTOR_TYPES, AUDIT_RESOURCE_TYPES } from './actions.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** An ISO 8601 date and time, or a date (UTC): `end` reads a date as its last millisecond. */
function Moment(name: string, end: boolean) {
  const message = `${name} must be an ISO 8601 date and time (2026-12-01T09:00:00Z) or a date (2026-12-01).`;
  return z.union([z.iso.datetime({ offset: true }), z.iso.date()], { error: message }).transform((value) => {
    const at = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
    return new Date(value.length === 10 && end ? at.getTime() + DAY_MS - 1 : at.getTime()).toISOString();
  });
}

export const ListAuditLogQuery = PageQuery.extend({
  action: z
    .enum(AUDIT_ACTIONS, { error: `action must be one of: ${AUDIT_ACTIONS.join(', ')}.` })
    .optional()
    .describe('Only entries of this action.'),
  actor_type: z
    .enum(AUDIT_ACTOR_TYPES, { error: `actor_type must be one of: ${AUDIT_ACTOR_TYPES.join(', ')}.` })
    .optional()
    .describe('Only what users (`user`), API keys (`api_key`) or Grivo itself (`system`) did.'),
  resource_type: z
    .enum(AUDIT_RESOURCE_TYPES, { error: `resource_type must be one of: ${AUDIT_RESOURCE_TYPES.join(', ')}.` })
    .optional()
    .describe('Only entries about this kind of resource.'),
  since: Moment('since', false)
    .optional()
    .describe('Only entries at or after this time; a date alone means its start (UTC).'),
  until: Moment('until', true)
    .optional()
    .describe('Only entries at or before this time; a date alone means its end (UTC).'),
}).refine((q) => !q.since || !q.until || q.since <= q.until, {
  message: 'since must not be after until.',
  path: ['since'],
});
export type ListAuditLogQuery = z.infer<typeof ListAuditLogQuery>;

export const AuditEntryResponse = z
  .object({
    id: z.string().describe('Starts with aud_.'),
    action: z.string().describe(`What was done, resource.verb: ${AUDIT_ACTIONS.join(', ')}.`),
    actor: z
      .object({
        type: z.enum(AUDIT_ACTOR_TYPES),
        id: z.string().nullable().describe("The user's (usr_…) or API key's (key_…) id; null for Grivo itself."),
        label: z.string().describe("The user's name or email, or the key's name, as it was then."),
      })
      .describe('Who did it.'),
    resource: z
      .object({
        type: z.enum(AUDIT_RESOURCE_TYPES),
        id: z.string().nullable().describe('Null for an action on many (an export of every contact).'),
      })
      .describe('What it was done to.'),
    details: z
      .record(z.string(), z.unknown())
      .describe("What else is worth knowing: names of the workspace's own things, ids, settings changed."),
    created_at: z.string().describe('ISO 8601, UTC.'),
  })
  .meta({
    id: 'AuditEntry',
    description: 'One thing done in the workspace, by whom, to what.',
    examples: [
      {
        id: 'aud_0VbTz7Aa0KqW5rJy',
        action: 'api_key.revoked',
        actor: { type: 'user', id: 'usr_0VbPq7Tn4GxD8hRc', label: 'Ana Silva' },
        resource: { type: 'api_key', id: 'key_0VbQx3Lk7pZm2RtN' },
        details: { name: 'CI' },
        created_at: '2026-03-20T14:05:00Z',
      },
    ],
  });
export type AuditEntryResponse = z.infer<typeof AuditEntryResponse>;
