import { z } from 'zod';
import { PageQuery } from '../../../http/pagination.js';

export const ListTagsQuery = PageQuery.extend({
  search: z
    .string()
    .trim()
    .min(1, 'search must not be empty.')
    .max(100, 'search must be at most 100 characters.')
    .optional()
    .describe('Only tags starting with this text, compared case-insensitively.'),
});
export type ListTagsQuery = z.infer<typeof ListTagsQuery>;

export const TagResponse = z
  .object({
    tag: z
      .string()
      .describe(
        'The tag as first written (on the oldest contact carrying it). Tags are compared case-insensitively: `VIP` and `vip` are one tag.',
      ),
    contacts: z.number().int().describe('How many contacts carry the tag.'),
  })
  .meta({
    id: 'Tag',
    description: 'A tag of the workspace and how many contacts carry it.',
    examples: [{ tag: 'customer', contacts: 1280 }],
  });
export type TagResponse = z.infer<typeof TagResponse>;
