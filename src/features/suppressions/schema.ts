import { z } from 'zod';
import { PageQuery } from '../../http/pagination.js';
import { EMAIL_MAX_LENGTH, normalizeEmail } from '../../lib/email.js';

export const SUPPRESSION_REASONS = ['hard_bounce', 'soft_bounces', 'complaint', 'manual', 'unsubscribed'] as const;

const Email = z
  .string({ error: (issue) => (issue.input === undefined ? 'email is required.' : 'email must be a string.') })
  .max(EMAIL_MAX_LENGTH, `email must be at most ${EMAIL_MAX_LENGTH} characters.`)
  .transform((value, ctx) => {
    const email = normalizeEmail(value);
    if (email === undefined) {
      ctx.addIssue({ code: 'custom', message: `email '${value}' is not a valid email address.` });
      return z.NEVER;
    }
    return email;
  });

export const CreateSuppressionBody = z
  .strictObject({
    email: Email.describe('Compared case-insensitively.'),
    reason: z
      .enum(SUPPRESSION_REASONS, { error: `reason must be one of: ${SUPPRESSION_REASONS.join(', ')}.` })
      .default('manual')
      .describe('Default manual.'),
  })
  .meta({ description: 'The address never to mail again.', examples: [{ email: 'jane@example.org' }] });
export type CreateSuppressionBody = z.infer<typeof CreateSuppressionBody>;

export const ListSuppressionsQuery = PageQuery.extend({
  email: z
    .string()
    .trim()
    .min(1, 'email must not be empty.')
    .max(EMAIL_MAX_LENGTH, `email must be at most ${EMAIL_MAX_LENGTH} characters.`)
    .optional()
    .describe('An address, or the start of one: case-insensitive.'),
});
export type ListSuppressionsQuery = z.infer<typeof ListSuppressionsQuery>;

export const SuppressionParams = z.strictObject({
  email: z
    .string()
    .min(1)
    .max(EMAIL_MAX_LENGTH, `email must be at most ${EMAIL_MAX_LENGTH} characters.`)
    .meta({ format: 'email' })
    .describe(
      "The suppressed address, URL-encoded (jane%40example.org); an erased person's address lifts their hashed suppression.",
    ),
});

export const SuppressionResponse = z
  .object({
    email: z.string().nullable().describe('Null for an erased person: only `email_hash` is kept.'),
    email_hash: z
      .string()
      .nullable()
      .describe(
        "An erased person's address as a keyed hash (HMAC-SHA256, keyed with the server's secret); null for every other suppression. Lift it by removing the address.",
      ),
    reason: z.enum([...SUPPRESSION_REASONS, 'erased']),
    source: z
      .string()
      .describe('Who suppressed it: api, dashboard, ses, sendgrid, postmark, mailgun, generic, mailbox or erasure.'),
    created_at: z.string(),
  })
  .meta({
    id: 'Suppression',
    description: 'An address the workspace sends nothing to: no campaign, no transactional email.',
    examples: [
      {
        email: 'jane@example.org',
        email_hash: null,
        reason: 'hard_bounce',
        source: 'ses',
        created_at: '2026-03-15T10:30:00Z',
      },
    ],
  });
export type SuppressionResponse = z.infer<typeof SuppressionResponse>;
