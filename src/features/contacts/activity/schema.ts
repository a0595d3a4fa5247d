import { z } from 'zod';
import { PageQuery } from '../../../http/pagination.js';
import type { Db } from '../../../storage/database.js';

export const ACTIVITY_TYPES = [
  'contact.created',
  // The CSV import that created the contact, and the one that last changed it.
  'import.created',
  'import.updated',
  'campaign.sent',
  'campaign.opened',
  'campaign.clicked',
  'campaign.bounced',
  'campaign.failed',
  'campaign.unsubscribed',
  // The history of a transactional email (emails/schema.ts EMAIL_EVENT_TYPES).
  'email.queued',
  'email.sent',
  'email.failed',
  'email.suppressed',
  'email.delivered',
  'email.bounced',
  'email.complained',
  'email.opened',
  'email.clicked',
  'chat.conversation',
  'chat.lead',
  'consent.requested',
  'consent.confirmed',
  'consent.expired',
  'consent.given',
  'consent.withdrawn',
  'suppressed',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ActivityQuery = PageQuery;
export type ActivityQuery = z.infer<typeof ActivityQuery>;

export const ActivityResponse = z
  .object({
    type: z
      .enum(ACTIVITY_TYPES)
      .describe(
        'contact.created (detail: its source); import.created (the CSV import that created the contact) and import.updated (the last import that changed its values; an import whose row changed nothing leaves none); campaign.* (a campaign message: sent, opened by a person or clicked, bounced, failed, unsubscribed); email.* (a transactional email to the address and what happened to it); chat.conversation (a chatbot conversation) and chat.lead (the visitor left their address); consent.* (consent asked, confirmed, given, withdrawn); suppressed (the address went on the suppression list; detail: why).',
      ),
    at: z.string().describe('ISO 8601, UTC.'),
    campaign_id: z.string().optional(),
    campaign_name: z.string().optional(),
    email_id: z.string().optional(),
    subject: z.string().optional(),
    chatbot_id: z.string().optional(),
    conversation_id: z.string().optional(),
    import_id: z
      .string()
      .optional()
      .describe('import.*: the import (imp_…), as GET /v1/contacts/imports/{id} gives it.'),
    filename: z.string().nullable().optional().describe("import.*: the imported file's name, when it had one."),
    count: z.number().int().optional().describe('campaign.clicked: the clicks on all its links.'),
    detail: z
      .string()
      .nullable()
      .optional()
      .describe('What else is known: a bounce or failure reason, a suppression reason, a first question, a source.'),
  })
  .meta({
    id: 'ContactActivity',
    description: 'One thing that happened to a contact.',
    examples: [
      {
        type: 'campaign.clicked',
        at: '2026-04-01T09:12:40Z',
        campaign_id: 'cmp_0VbTz6Kp2HnV9qDf',
        campaign_name: 'Spring news',
        count: 2,
      },
      { type: 'suppressed', at: '2026-04-02T08:00:00Z', detail: 'hard_bounce' },
      {
        type: 'import.updated',
        at: '2026-03-15T11:00:02Z',
        import_id: 'imp_0VbQ1eRt8LwC5mZa',
        filename: 'contacts.csv',
      },
    ],
  });
export type ActivityResponse = z.infer<typeof ActivityResponse>;

/** Whose activity a source reads: the contact, and its address lowercased. */
export interface ActivityContact {
  id: string;
  emailKey: string;
}

/**
 * One feature's part of a contact's timeline (campaigns, transactional emails,
 * chatbot conversations…), its latest `limit` records. The features above
 * contacts provide them and the root hands them in, so contacts imports none of them.
 */
export type ActivitySource = (
  db: Db,
  workspaceId: string,
  contact: ActivityContact,
  limit: number,
) => Promise<ActivityResponse[]>;
