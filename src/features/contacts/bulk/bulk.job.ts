import { z } from 'zod';
import { defineJobType } from '../../../jobs/queue.js';

/** Runs a bulk action on contacts; its handler is bulk.handler.ts. */
export const contactBulkJob = defineJobType({
  name: 'contacts.bulk',
  schema: z.object({ bulkId: z.string() }),
});
