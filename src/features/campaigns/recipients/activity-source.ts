import type { ActivityResponse, ActivitySource } from '../../contacts/activity/schema.js';
import { listContactCampaignRows } from './recipients-store.js';

type CampaignRow = Awaited<ReturnType<typeof listContactCampaignRows>>[number];

/** A contact's campaign messages in its timeline: sent, opened by a person, clicked, bounced, failed, unsubscribed. */
export const campaignActivity: ActivitySource = async (db, workspaceId, contact, limit) =>
  (await listContactCampaignRows(db, workspaceId, contact.id, limit)).flatMap(campaignItems);

function campaignItems(row: CampaignRow): ActivityResponse[] {
  const campaign = { campaign_id: row.campaign_id, campaign_name: row.campaign_name };
  // A bounce or failure at send time keeps no time of its own: the campaign's start stands in.
  const sentAt = row.sent_at ?? row.campaign_started_at;
  if (row.status === 'failed') {
    return sentAt ? [{ type: 'campaign.failed', at: sentAt, ...campaign, detail: row.error }] : [];
  }
  const items: ActivityResponse[] = [];
  if (row.sent_at) items.push({ type: 'campaign.sent', at: row.sent_at, ...campaign });
  if (row.status === 'bounced' && sentAt) {
    items.push({ type: 'campaign.bounced', at: sentAt, ...campaign, detail: row.error });
  }
  if (row.opened_at) items.push({ type: 'campaign.opened', at: row.opened_at, ...campaign });
  if (row.clicked_at) {
    items.push({ type: 'campaign.clicked', at: row.clicked_at, ...campaign, count: Number(row.clicks ?? 0) });
  }
  if (row.unsubscribed_at) items.push({ type: 'campaign.unsubscribed', at: row.unsubscribed_at, ...campaign });
  return items;
}
