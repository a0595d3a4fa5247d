import { z } from 'zod';
import { defineJobType } from '../../../jobs/queue.js';

/** Trains a chatbot on its website; its handler is train.handler.ts. */
export const trainChatbotJob = defineJobType({
  name: 'chatbots.train',
  schema: z.object({ chatbotId: z.string() }),
  maxAttempts: 3,
});
