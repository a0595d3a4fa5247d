import { z } from 'zod';
import { defineJobType } from '../../../jobs/queue.js';

/** Trains one source of a chatbot, at one revision; its handler is train-source.handler.ts. */
export const trainSourceJob = defineJobType({
  name: 'chatbots.train-source',
  schema: z.object({ sourceId: z.string(), revision: z.number().int() }),
  maxAttempts: 3,
});
