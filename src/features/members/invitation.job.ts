import { z } from 'zod';
import { defineJobType } from '../../jobs/queue.js';

/** Mails one invitation link; its handler is invitation.handler.ts. */
export const sendInvitationJob = defineJobType({
  name: 'members.send_invitation',
  schema: z.object({ invitationId: z.string() }),
  maxAttempts: 5,
});
