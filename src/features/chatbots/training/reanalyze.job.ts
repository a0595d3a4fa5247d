import { z } from 'zod';
import { defineJobType } from '../../../jobs/queue.js';

/** Analyzes a chatbot's stored chunks again with today's analyzer; its handler is reanalyze.handler.ts. */
export const reanalyzeChatbotJob = defineJobType({
  name: 'chatbots.reanalyze',
  schema: z.object({ chatbotId: z.string() }),
  maxAttempts: 5,
});
