import { z } from 'zod';
import { defineJobType } from '../../../jobs/queue.js';

/** Mails one password-reset link; its handler is password-reset.handler.ts. */
export const sendPasswordResetJob = defineJobType({
  name: 'accounts.send_password_reset',
  schema: z.object({ resetId: z.string() }),
  maxAttempts: 5,
});
