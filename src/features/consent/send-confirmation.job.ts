import { z } from 'zod';
import { defineJobType } from '../../jobs/queue.js';

/** Sends the confirmation email of one consent request; its handler is send-confirmation.handler.ts. */
export const sendConfirmationJob = defineJobType({
  name: 'consent.send_confirmation',
  schema: z.object({ consentId: z.string() }),
  maxAttempts: 5,
});
