import { trainChatbotJob } from '../features/chatbots/training/train.job.js';
import { sendCampaignJob } from '../features/campaigns/send/send.job.js';
import { importContactsJob } from '../features/contacts/import/import.job.js';
import type { Services } from '../services.js';
import { pruneJob } from './maintenance.job.js';
import type { JobDefinition } from './queue.js';

/** Every background job Grivo runs; a worker process works all of them. */
export function allJobs(services: Services): JobDefinition<any>[] {
  return [pruneJob(services), importContactsJob(services), sendCampaignJob(services), trainChatbotJob(services)];
}
