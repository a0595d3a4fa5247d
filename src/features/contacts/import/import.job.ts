import { z } from 'zod';
import { defineJobType } from '../../../jobs/queue.js';

/** Runs a contacts import; its handler is import.handler.ts. */
export const importContactsJob = defineJobType({
  name: 'contacts.import',
  schema: z.object({ importId: z.string() }),
});
