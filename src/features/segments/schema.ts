import { z } from 'zod';
import { PageQuery } from '../../http/pagination.js';
import { requiredText } from '../../lib/text-fields.js';
import { ConditionInput, MAX_CONDITIONS } from './condition.js';
import { SEGMENT_OPS } from './fields.js';

export const SEGMENT_MATCHES = ['all', 'any'] as const;

const FIELDS_HELP =
  'field: email, first_name, last_name, phone, status, source, tags, created_at, attributes.<key>, or activity: opened, clicked, received. ' +
  'op per field — text fields (first_name, last_name, phone, attributes.<key>): eq, neq, contains, starts_with, exists, not_exists, in; email: eq, neq, contains, starts_with, in; ' +
  'status, source: eq, neq, in; tags: contains (has the tag), neq (does not have it), in (has any of them), exists (has a tag), not_exists (has none); ' +
  'created_at: before, after (an ISO 8601 date or time); attributes.<key> also gt, lt (a number: only attributes holding a JSON number match) and before, after (compared as text, so store dates as ISO 8601); ' +
  'opened, clicked, received: exists (did) or not_exists (did not), value optional {campaign_id?, within_days?}: one campaign, and/or within the last N days (opens are human opens; machine prefetches do not count). ' +
  'Text comparisons ignore case; neq and not_exists also match contacts without the value. in takes an array of 1 to 100 values.';

const Conditions = z
  .array(ConditionInput, { error: 'conditions must be an array of {field, op, value}.' })
  .max(MAX_CONDITIONS, `conditions can hold at most ${MAX_CONDITIONS} conditions.`)
  .describe(FIELDS_HELP);

const Match = z
  .enum(SEGMENT_MATCHES, { error: "match must be 'all' or 'any'." })
  .describe('all: a contact matches every condition; any: at least one. No conditions: every contact.');

const EXAMPLE = {
  name: 'Engaged customers',
  match: 'all' as const,
  conditions: [
    { field: 'tags', op: 'contains', value: 'customer' },
    { field: 'attributes.plan', op: 'in', value: ['pro', 'business'] },
    { field: 'opened', op: 'exists', value: { within_days: 30 } },
  ],
};

export const SegmentDefinition = z
  .strictObject({ match: Match.default('all'), conditions: Conditions.default([]) })
  .meta({
    description: 'Conditions to count the contacts of, without saving them.',
    examples: [{ match: EXAMPLE.match, conditions: EXAMPLE.conditions }],
  });
export type SegmentDefinition = z.infer<typeof SegmentDefinition>;

export const CreateSegmentBody = z
  .strictObject({
    name: requiredText('name', 200).describe('Shown to you, not to contacts.'),
    match: Match.default('all'),
    conditions: Conditions.default([]),
  })
  .meta({ description: 'The new segment.', examples: [EXAMPLE] });
export type CreateSegmentBody = z.infer<typeof CreateSegmentBody>;

export const UpdateSegmentBody = z
  .strictObject({
    name: requiredText('name', 200).optional(),
    match: Match.optional(),
    conditions: Conditions.optional().describe('Replaces every condition.'),
  })
  .meta({
    description: 'The fields to change; those left out stay as they are.',
    examples: [{ name: 'Engaged customers (90 days)' }],
  });
export type UpdateSegmentBody = z.infer<typeof UpdateSegmentBody>;

export const SegmentParams = z.strictObject({ id: z.string().max(64) });
export const ListSegmentsQuery = PageQuery;
export type ListSegmentsQuery = z.infer<typeof ListSegmentsQuery>;

const ConditionResponse = z.object({
  field: z.string(),
  op: z.enum(SEGMENT_OPS),
  value: z.unknown().optional(),
});

export const SegmentResponse = z
  .object({
    id: z.string().describe('Starts with seg_.'),
    name: z.string(),
    match: z.enum(SEGMENT_MATCHES),
    conditions: z.array(ConditionResponse),
    contacts: z
      .number()
      .int()
      .describe('Contacts matching now, whatever their status (campaigns send to the subscribed ones).'),
    created_at: z.string().describe('ISO 8601, UTC.'),
    updated_at: z.string().describe('ISO 8601, UTC.'),
  })
  .meta({
    id: 'Segment',
    description: 'A saved set of conditions; who matches is worked out each time it is used.',
    examples: [
      {
        id: 'seg_0VbQk2Lm8RtY3pWz',
        ...EXAMPLE,
        contacts: 412,
        created_at: '2026-03-15T10:30:00Z',
        updated_at: '2026-03-15T10:30:00Z',
      },
    ],
  });
export type SegmentResponse = z.infer<typeof SegmentResponse>;

export const SegmentCountResponse = z
  .object({
    contacts: z.number().int().describe('Contacts matching now, whatever their status.'),
    subscribed: z.number().int().describe('Of them, those a campaign would be sent to.'),
  })
  .meta({
    id: 'SegmentCount',
    description: 'How many contacts match.',
    examples: [{ contacts: 412, subscribed: 380 }],
  });
