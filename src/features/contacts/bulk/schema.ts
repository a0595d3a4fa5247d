import { z } from 'zod';
import { ContactFilter, MAX_TAGS, Tag } from '../schema.js';
import { mergeTags } from '../tags/keys.js';

export const MAX_BULK_IDS = 1000;
export const BULK_ACTIONS = ['tag', 'untag', 'unsubscribe', 'delete'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];
export const BULK_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type BulkStatus = (typeof BULK_STATUSES)[number];

/** Which contacts a bulk action applies to: exactly one of these. */
/** The list filters a bulk action takes (a segment is its own selector). */
export const BulkFilter = ContactFilter.pick({ search: true, tag: true, status: true });
export type BulkFilter = z.infer<typeof BulkFilter>;
export type BulkSelector = { ids: string[] } | { segment: string } | { filter: BulkFilter };

export const CreateBulkBody = z
  .strictObject({
    action: z.enum(BULK_ACTIONS, { error: `action must be one of: ${BULK_ACTIONS.join(', ')}.` }),
    tags: z
      .array(Tag, { error: 'tags must be an array of strings.' })
      .min(1, 'tags must name at least one tag.')
      .max(MAX_TAGS, `tags must name at most ${MAX_TAGS} tags.`)
      .transform((tags) => mergeTags(tags))
      .optional()
      .describe('For tag and untag: the tags to add or remove (compared case-insensitively).'),
    ids: z
      .array(z.string().max(64, 'each id must be at most 64 characters.'), {
        error: 'ids must be an array of contact ids.',
      })
      .min(1, 'ids must name at least one contact.')
      .max(MAX_BULK_IDS, `ids must name at most ${MAX_BULK_IDS} contacts; select more with filter or segment.`)
      .transform((ids) => [...new Set(ids)])
      .optional()
      .describe('These contacts (ids of other workspaces count as not found).'),
    segment: z
      .string()
      .max(64)
      .optional()
      .describe('The contacts of this segment (seg_…), as they are when the job runs.'),
    filter: BulkFilter.optional().describe(
      'The contacts the list would show with these filters (an empty object: every contact). Contacts added after the request are left alone.',
    ),
  })
  .superRefine((body, ctx) => {
    const given = (['ids', 'segment', 'filter'] as const).filter((k) => body[k] !== undefined);
    if (given.length !== 1)
      ctx.addIssue({
        code: 'custom',
        message:
          given.length === 0
            ? 'Select the contacts with one of ids, segment or filter.'
            : `Select the contacts with only one of ids, segment or filter (got ${given.join(' and ')}).`,
        path: [given[1] ?? 'ids'],
      });
    const needsTags = body.action === 'tag' || body.action === 'untag';
    if (needsTags && body.tags === undefined)
      ctx.addIssue({ code: 'custom', message: `tags is required for the ${body.action} action.`, path: ['tags'] });
    if (!needsTags && body.tags !== undefined)
      ctx.addIssue({ code: 'custom', message: `tags is not used by the ${body.action} action.`, path: ['tags'] });
  })
  .meta({
    description: 'The action and the contacts it applies to: exactly one of ids, segment or filter.',
    examples: [
      { action: 'tag', tags: ['vip'], filter: { tag: 'customer', status: 'subscribed' } },
      { action: 'unsubscribe', ids: ['ct_0VbPq7Tn4GxD8hRc'] },
    ],
  });
export type CreateBulkBody = z.infer<typeof CreateBulkBody>;

export const BulkParams = z.strictObject({ id: z.string().max(64) });

export const BulkResponse = z
  .object({
    id: z.string().describe('Starts with blk_.'),
    action: z.enum(BULK_ACTIONS),
    tags: z.array(z.string()).describe('The tags added or removed (empty for unsubscribe and delete).'),
    status: z
      .enum(BULK_STATUSES)
      .describe('queued, running, done, or failed (contacts handled before the failure keep the change).'),
    total: z.number().int().describe('How many contacts were selected when the action was asked for.'),
    processed: z.number().int().describe('How many of them have been handled so far.'),
    changed: z.number().int().describe('How many contacts the action changed (a contact already tagged is not).'),
    not_found: z.number().int().describe('Ids given that are not contacts of the workspace (any more).'),
    error: z.string().nullable(),
    created_at: z.string().describe('ISO 8601, UTC.'),
    finished_at: z.string().nullable().describe('ISO 8601, UTC; null until done or failed.'),
  })
  .meta({
    id: 'ContactBulkAction',
    description: 'A bulk action on contacts, run in the background in batches.',
    examples: [
      {
        id: 'blk_0VbPq7Tn4GxD8hRc',
        action: 'tag',
        tags: ['vip'],
        status: 'done',
        total: 1280,
        processed: 1280,
        changed: 1275,
        not_found: 0,
        error: null,
        created_at: '2026-03-15T10:30:00Z',
        finished_at: '2026-03-15T10:30:04Z',
      },
    ],
  });
export type BulkResponse = z.infer<typeof BulkResponse>;
