import { z } from 'zod';
import { defineJobType } from '../../jobs/queue.js';

/** Hands one transactional email to the mail server; its handler is send.handler.ts. */
export const sendEmailJob = defineJobType({
  name: 'emails.send',
  schema: z.object({ emailId: z.string() }),
  // Temporary failures are retried by enqueueing again with a backoff (send.handler.ts), not by the queue.
  maxAttempts: 3,
});
