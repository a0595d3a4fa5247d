import { z } from 'zod';
import { emailAddressField } from './email-field.js';

/** The workspace's settings; new settings join this object (and the columns of `workspaces`). */
export const SettingsResponse = z
  .object({
    default_from_name: z.string().nullable().describe('The sender name of emails that give none.'),
    default_from_email: z
      .string()
      .nullable()
      .describe('The sender address of transactional emails that give none (POST /v1/emails).'),
    double_opt_in: z
      .boolean()
      .describe(
        'On (the default): people who sign up through a form or a chatbot lead become `pending` and are sent a confirmation email; they become `subscribed` when they confirm. Off: they are subscribed at once.',
      ),
    confirmation_subject: z
      .string()
      .nullable()
      .describe('Liquid subject of the confirmation email; null: the default one.'),
    confirmation_html: z
      .string()
      .nullable()
      .describe(
        'Liquid HTML of the confirmation email; null: the default one. Variables: `confirm_url` (required), `first_name`, `last_name`, `email`, `workspace_name`, `expiry_days`.',
      ),
    confirmation_expiry_days: z
      .number()
      .int()
      .describe('Days a confirmation link works; pending contacts that have not confirmed by then are deleted.'),
    postal_address: z
      .string()
      .nullable()
      .describe('The postal address shown in email footers and on the preference page.'),
  })
  .meta({
    id: 'Settings',
    description: "The workspace's settings.",
    examples: [
      {
        default_from_name: 'Acme Tools',
        default_from_email: 'hello@acme-tools.com',
        double_opt_in: true,
        confirmation_subject: null,
        confirmation_html: null,
        confirmation_expiry_days: 7,
        postal_address: 'Acme Tools, 1 Market Street, Springfield',
      },
    ],
  });
export type SettingsResponse = z.infer<typeof SettingsResponse>;

export const UpdateSettingsBody = z
  .strictObject({
    default_from_name: z
      .string({ error: 'default_from_name must be a string or null.' })
      .trim()
      .max(100, 'default_from_name must be at most 100 characters.')
      .transform((v) => (v === '' ? null : v))
      .nullable()
      .optional(),
    default_from_email: emailAddressField('default_from_email').nullable().optional(),
    double_opt_in: z.boolean({ error: 'double_opt_in must be true or false.' }).optional(),
    confirmation_subject: z
      .string({ error: 'confirmation_subject must be a string or null.' })
      .trim()
      .max(500, 'confirmation_subject must be at most 500 characters.')
      .transform((v) => (v === '' ? null : v))
      .nullable()
      .optional(),
    confirmation_html: z
      .string({ error: 'confirmation_html must be a string or null.' })
      .max(100_000, 'confirmation_html must be at most 100000 characters.')
      .transform((v) => (v.trim() === '' ? null : v))
      .refine(
        (v) => v === null || v.includes('confirm_url'),
        'confirmation_html must contain the link {{ confirm_url }}.',
      )
      .nullable()
      .optional(),
    confirmation_expiry_days: z
      .number({ error: 'confirmation_expiry_days must be a whole number of days from 1 to 90.' })
      .int('confirmation_expiry_days must be a whole number of days from 1 to 90.')
      .min(1, 'confirmation_expiry_days must be a whole number of days from 1 to 90.')
      .max(90, 'confirmation_expiry_days must be a whole number of days from 1 to 90.')
      .optional(),
    postal_address: z
      .string({ error: 'postal_address must be a string or null.' })
      .trim()
      .max(500, 'postal_address must be at most 500 characters.')
      .transform((v) => (v === '' ? null : v))
      .nullable()
      .optional(),
  })
  .meta({
    description: 'The settings to change; those left out stay as they are, null clears one.',
    examples: [{ default_from_name: 'Acme Tools', default_from_email: 'hello@acme-tools.com', double_opt_in: true }],
  });
export type UpdateSettingsBody = z.infer<typeof UpdateSettingsBody>;
