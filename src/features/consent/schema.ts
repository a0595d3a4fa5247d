import { z } from 'zod';

export { ContactParams as ContactIdParams } from '../contacts/schema.js';

export const ResendConfirmationResponse = z
  .object({
    contact_id: z.string().describe('The contact the confirmation email is queued for.'),
    status: z.literal('pending').describe('The contact stays `pending` until they confirm.'),
    requested_at: z
      .string()
      .describe(
        'When the new confirmation was requested (ISO 8601); its link expires `confirmation_expiry_days` later.',
      ),
  })
  .meta({
    id: 'ResendConfirmation',
    description: 'A confirmation email was queued.',
    examples: [{ contact_id: 'ct_0dY3kQ2b7Fh3Xa9L', status: 'pending', requested_at: '2026-05-04T10:00:00.000Z' }],
  });
