import { z } from 'zod';
import { PageQuery } from '../../http/pagination.js';
import { jsonDepth } from '../../lib/well-formed.js';
import { EMAIL_MAX_LENGTH, normalizeEmail } from '../../lib/email.js';
import { ATTRIBUTE_KEY_MAX_LENGTH, normalizeAttributeKey } from '../../lib/attribute-key.js';
import { mergeTags } from './tags/keys.js';

export const CONTACT_STATUSES = [
  'subscribed',
  'unsubscribed',
  'bounced',
  'complained',
  'pending',
  'non_subscribed',
] as const;
export const ContactStatus = z.enum(CONTACT_STATUSES, {
  error: `status must be one of: ${CONTACT_STATUSES.join(', ')}.`,
});
export type ContactStatus = z.infer<typeof ContactStatus>;
export const CONTACT_SOURCES = ['api', 'import', 'chatbot', 'dashboard', 'form'] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

export const MAX_TAGS = 100;
export const MAX_ATTRIBUTES = 100;
const ATTRIBUTES_MAX_BYTES = 16_384;
/** How deep attributes may nest: `{"a": {"b": 1}}` is 2. Every engine stores and exports this much. */
export const ATTRIBUTES_MAX_DEPTH = 10;

export const EmailAddress = z
  .string({ error: (issue) => (issue.input === undefined ? undefined : 'email must be a string.') })
  .max(EMAIL_MAX_LENGTH, `email must be at most ${EMAIL_MAX_LENGTH} characters.`)
  .transform((value, ctx) => {
    const email = normalizeEmail(value);
    if (email === undefined) {
      ctx.addIssue({ code: 'custom', message: `email '${value}' is not a valid email address.` });
      return z.NEVER;
    }
    return email;
  });
const text = (name: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? undefined : `${name} must be a string.`) })
    .trim()
    .max(max, `${name} must be at most ${max} characters.`)
    .transform((v) => (v === '' ? null : v))
    .nullable();
export const Tag = z
  .string()
  .trim()
  .min(1, 'tags must not be empty strings.')
  .max(100, 'each tag must be at most 100 characters.');
const Tags = z
  .array(Tag, { error: 'tags must be an array of strings.' })
  .max(MAX_TAGS, `A contact can have at most ${MAX_TAGS} tags.`)
  .transform((tags) => mergeTags(tags));
const AttributeKey = z.string().min(1).max(ATTRIBUTE_KEY_MAX_LENGTH);
/** Any JSON value: a request body's values are JSON already, so nothing more is checked here. */
const AttributeValue = z.unknown().describe('Any JSON value.');
const Attributes = z
  .record(AttributeKey, AttributeValue, { error: 'attributes must be a JSON object.' })
  .refine((a) => Object.keys(a).length <= MAX_ATTRIBUTES, `A contact can have at most ${MAX_ATTRIBUTES} attributes.`)
  .refine(
    (a) => JSON.stringify(a).length <= ATTRIBUTES_MAX_BYTES,
    `attributes must be at most ${ATTRIBUTES_MAX_BYTES} bytes of JSON.`,
  )
  .refine(
    (a) => jsonDepth(a) <= ATTRIBUTES_MAX_DEPTH,
    `attributes must nest at most ${ATTRIBUTES_MAX_DEPTH} levels deep.`,
  )
  // One rule for keys, shared with imports and the dashboard (lib/attribute-key.ts).
  .transform((a, ctx) => {
    const entries: [string, unknown][] = [];
    const seen = new Set<string>();
    for (const [raw, value] of Object.entries(a)) {
      const key = normalizeAttributeKey(raw);
      if (key === '') ctx.addIssue({ code: 'custom', message: 'attribute names must not be blank.', path: [raw] });
      else if (seen.has(key))
        ctx.addIssue({ code: 'custom', message: `attribute name '${key}' is given twice.`, path: [key] });
      seen.add(key);
      entries.push([key, value]);
    }
    // fromEntries keeps a `__proto__` key as data, as JSON.parse does.
    return Object.fromEntries(entries);
  });
const ATTRIBUTES_HELP =
  'Custom fields: a JSON object of at most 100 keys. A key is kept as written, trimmed of surrounding whitespace (`favourite coffee` stays `favourite coffee`); CSV imports and the dashboard apply the same rule, and an export imports back under the same keys.';

/** The contact the documented examples create and show. */
const EXAMPLE_CONTACT = {
  email: 'jane@example.org',
  first_name: 'Jane',
  last_name: 'Doe',
  phone: '+1 415 555 0134',
  attributes: { company: 'Northwind', plan: 'pro' },
  tags: ['customer', 'newsletter'],
};

export const CreateContactBody = z
  .strictObject({
    email: EmailAddress.describe('Unique in the workspace, compared case-insensitively.'),
    first_name: text('first_name', 100).optional(),
    last_name: text('last_name', 100).optional(),
    phone: text('phone', 50).optional(),
    attributes: Attributes.optional().describe(ATTRIBUTES_HELP),
    tags: Tags.optional(),
    status: ContactStatus.optional().describe('Default subscribed.'),
  })
  .meta({
    description: 'The new contact.',
    examples: [
      {
        ...EXAMPLE_CONTACT,
      },
    ],
  });
export type CreateContactBody = z.infer<typeof CreateContactBody>;

export const UpdateContactBody = z
  .strictObject({
    email: EmailAddress.optional(),
    first_name: text('first_name', 100).optional(),
    last_name: text('last_name', 100).optional(),
    phone: text('phone', 50).optional(),
    attributes: Attributes.optional().describe(
      `Merged into the contact's attributes; a key set to null is removed. ${ATTRIBUTES_HELP}`,
    ),
    tags: Tags.optional().describe("Replaces the contact's tags."),
    status: ContactStatus.optional(),
  })
  .meta({
    description: 'The fields to change; those left out stay as they are.',
    examples: [{ last_name: 'Smith', attributes: { plan: 'business', trial_ends: null }, tags: ['customer'] }],
  });
export type UpdateContactBody = z.infer<typeof UpdateContactBody>;

export const CreateContactQuery = z.strictObject({
  upsert: z
    .enum(['true', 'false'], { error: 'upsert must be true or false.' })
    .default('false')
    .transform((v) => v === 'true')
    .describe('When a contact with this email exists, update it (200) instead of answering 409.'),
});

export const ContactFilter = z.strictObject({
  search: z
    .string()
    .trim()
    .max(254, 'search must be at most 254 characters.')
    .optional()
    .describe('Prefix of the email, first or last name; case-insensitive.'),
  tag: Tag.optional().describe('Only contacts with this tag, compared case-insensitively.'),
  status: ContactStatus.optional(),
});
export type ContactFilter = z.infer<typeof ContactFilter>;

export const ListContactsQuery = PageQuery.extend(ContactFilter.shape).extend({
  segment: z
    .string()
    .max(64, 'segment must be at most 64 characters.')
    .optional()
    .describe('A segment id (seg_…): only its contacts, combined with the other filters.'),
  starting_after: z
    .string()
    .max(64)
    .optional()
    .describe(
      'A contact id: list the contacts older than it (a page number cannot be given with it). Walks a list that is changing without skipping or repeating anyone.',
    ),
});
export type ListContactsQuery = z.infer<typeof ListContactsQuery>;

export const ContactResponse = z
  .object({
    id: z.string().describe('Starts with ct_.'),
    email: z.string(),
    first_name: z.string().nullable(),
    last_name: z.string().nullable(),
    phone: z.string().nullable(),
    attributes: z.record(z.string(), AttributeValue),
    tags: z.array(z.string()),
    status: ContactStatus,
    source: z.enum(CONTACT_SOURCES),
    created_at: z.string().describe('ISO 8601, UTC.'),
    updated_at: z.string().describe('ISO 8601, UTC.'),
  })
  .meta({
    id: 'Contact',
    description: 'A contact of the workspace.',
    examples: [
      {
        id: 'ct_0VbPq7Tn4GxD8hRc',
        ...EXAMPLE_CONTACT,
        status: 'subscribed',
        source: 'api',
        created_at: '2026-03-15T10:30:00Z',
        updated_at: '2026-03-15T10:30:00Z',
      },
    ],
  });
export type ContactResponse = z.infer<typeof ContactResponse>;

export const ContactParams = z.strictObject({ id: z.string().max(64) });
