import { apiTime } from '../../lib/time.js';
import { rate } from './campaign-row.js';
import type { CampaignStatsResponse, CampaignStatus } from './schema.js';
import { getCampaignRow, type CampaignDeps } from './service.js';
import { listCampaignLinks, listCampaignTimeline } from './store.js';

/**
 * Read from counters kept as events happen: three indexed reads whatever the campaign's size.
 * Opens are human opens only; machine opens (tracking/machine-opens.ts) are apart, and no rate counts them.
 */
export async function getCampaignStats(
  deps: Pick<CampaignDeps, 'database'>,
  workspaceId: string,
  id: string,
): Promise<CampaignStatsResponse> {
  const row = await getCampaignRow(deps, workspaceId, id);
  const [links, timeline] = await Promise.all([
    listCampaignLinks(deps.database.db, id),
    listCampaignTimeline(deps.database.db, id),
  ]);
  return {
    id: row.id,
    status: row.status as CampaignStatus,
    recipients: row.recipients,
    sent: row.sent,
    failed: row.failed,
    bounced: row.bounced,
    skipped: row.skipped,
    opens: row.opens,
    unique_opens: row.unique_opens,
    machine_opens: row.machine_opens,
    clicks: row.clicks,
    unique_clicks: row.unique_clicks,
    unsubscribes: row.unsubscribes,
    open_rate: rate(row.unique_opens, row.sent),
    click_rate: rate(row.unique_clicks, row.sent),
    links: links.map((l) => ({ url: l.url, clicks: l.clicks, unique_clicks: l.unique_clicks })),
    timeline: timeline.map((t) => ({
      hour: apiTime(t.hour),
      sent: t.sent,
      opens: t.opens,
      machine_opens: t.machine_opens,
      clicks: t.clicks,
    })),
  };
}
