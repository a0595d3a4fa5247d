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
  })
  .meta({
    id: 'Settings',
    description: "The workspace's settings.",
    examples: [{ default_from_name: 'Acme Tools', default_from_email: 'hello@acme-tools.com' }],
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
  })
  .meta({
    description: 'The settings to change; those left out stay as they are, null clears one.',
    examples: [{ default_from_name: 'Acme Tools', default_from_email: 'hello@acme-tools.com' }],
  });
export type UpdateSettingsBody = z.infer<typeof UpdateSettingsBody>;
