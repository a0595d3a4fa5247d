import type { Executor } from '../../storage/database.js';

type SendCounts = Record<'sent' | 'failed' | 'bounced' | 'skipped', number>;
type TrackingCounts = Record<
  'opens' | 'unique_opens' | 'machine_opens' | 'clicks' | 'unique_clicks' | 'unsubscribes',
  number
>;

// The campaign row's counters and its hourly timeline: every write to them is here.

/** Sets a campaign's recipient and send counts, as counted from its recipients, while `run` is its current send run; says whether it was. */
export async function setSendCounts(
  db: Executor,
  campaignId: string,
  run: number,
  counts: SendCounts & { recipients: number },
): Promise<boolean> {
  const result = await db
    .updateTable('campaigns')
    .set(counts)
    .where('id', '=', campaignId)
    .where('send_run', '=', run)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Records a chunk of the audience snapshot: `copied` more recipients, the cursor, and whether it is done. */
export async function advanceSnapshot(
  db: Executor,
  campaignId: string,
  run: number,
  chunk: { copied: number; after: string; done: boolean },
): Promise<void> {
  await db
    .updateTable('campaigns')
    .set((eb) => ({
      recipients: eb('recipients', '+', chunk.copied),
      snapshot_after: chunk.after,
      snapshot_done: chunk.done ? 1 : 0,
    }))
    .where('id', '=', campaignId)
    .where('send_run', '=', run)
    .execute();
}

/**
 * Adds to a campaign's counters — a send run's outcomes, or tracking's opens,
 * clicks and unsubscribes. With `run`, only while that is the campaign's
 * current send run; says whether the campaign took them.
 */
export async function addToCampaignCounters(
  db: Executor,
  campaignId: string,
  add: Partial<SendCounts & TrackingCounts>,
  options: { run?: number } = {},
): Promise<boolean> {
  const entries = Object.entries(add).filter(([, n]) => n !== 0) as Array<[keyof typeof add, number]>;
  if (entries.length === 0) return true;
  let update = db
    .updateTable('campaigns')
    .set((eb) => Object.fromEntries(entries.map(([column, n]) => [column, eb(column, '+', n)])))
    .where('id', '=', campaignId);
  if (options.run !== undefined) update = update.where('send_run', '=', options.run);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Adds to one hour of a campaign's timeline. */
export async function addToTimeline(
  db: Executor,
  campaign: { id: string; workspace_id: string },
  hour: string,
  add: Partial<Record<'sent' | 'opens' | 'machine_opens' | 'clicks', number>>,
): Promise<void> {
  const values = {
    sent: add.sent ?? 0,
    opens: add.opens ?? 0,
    machine_opens: add.machine_opens ?? 0,
    clicks: add.clicks ?? 0,
  };
  await db
    .insertInto('campaign_timeline')
    .values({ campaign_id: campaign.id, hour, workspace_id: campaign.workspace_id, ...values })
    .onConflict((oc) =>
      oc.columns(['campaign_id', 'hour']).doUpdateSet((eb) => ({
        sent: eb('campaign_timeline.sent', '+', eb.ref('excluded.sent')),
        opens: eb('campaign_timeline.opens', '+', eb.ref('excluded.opens')),
        machine_opens: eb('campaign_timeline.machine_opens', '+', eb.ref('excluded.machine_opens')),
        clicks: eb('campaign_timeline.clicks', '+', eb.ref('excluded.clicks')),
      })),
    )
    .execute();
}

/** Zeroes the sends of every hour of a campaign's timeline, before they are counted again. */
export async function clearTimelineSends(db: Executor, campaignId: string): Promise<void> {
  await db.updateTable('campaign_timeline').set({ sent: 0 }).where('campaign_id', '=', campaignId).execute();
}
