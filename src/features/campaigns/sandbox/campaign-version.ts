import type { CampaignRow } from '../store.js';
import type { MessageCampaign } from './tasks.js';

/** The fields a campaign's messages are built from, named by id and last change so sandbox threads compile it once. */
export function campaignVersion(row: CampaignRow): MessageCampaign {
  const { id, workspace_id, subject, html, text, from_name, from_email, reply_to, updated_at } = row;
  return { id, workspace_id, subject, html, text, from_name, from_email, reply_to, version: `${id}@${updated_at}` };
}
