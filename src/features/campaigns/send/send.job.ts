import { z } from 'zod';
import { defineJobType } from '../../../jobs/queue.js';

/** Sends a campaign; its handler is send.handler.ts. */
export const sendCampaignJob = defineJobType({
  name: 'campaigns.send',
  schema: z.object({ campaignId: z.string() }),
});
