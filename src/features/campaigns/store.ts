import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db, Executor } from '../../storage/database.js';
import type { CampaignsTable } from '../../storage/tables-campaigns.js';
import type { CampaignStatus } from './schema.js';

export type CampaignRow = Selectable<CampaignsTable>;

export async function insertCampaign(db: Executor, row: Insertable<CampaignsTable>): Promise<void> {
  await db.insertInto('campaigns').values(row).execute();
}

/** A campaign of a workspace; without a workspace (background jobs), any campaign. */
export async function findCampaign(
  db: Executor,
  workspaceId: string | undefined,
  id: string,
): Promise<CampaignRow | undefined> {
  return db
    .selectFrom('campaigns')
    .selectAll()
    .where('id', '=', id)
    .$if(workspaceId !== undefined, (q) => q.where('workspace_id', '=', workspaceId!))
    .executeTakeFirst();
}

export async function listCampaignRows(
  db: Db,
  workspaceId: string,
  filter: { status?: CampaignStatus },
  window: { limit: number; offset: number },
): Promise<CampaignRow[]> {
  return db
    .selectFrom('campaigns')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .$if(filter.status !== undefined, (q) => q.where('status', '=', filter.status!))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countCampaigns(
  db: Db,
  workspaceId: string,
  filter: { status?: CampaignStatus },
): Promise<number> {
  const row = await db
    .selectFrom('campaigns')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .$if(filter.status !== undefined, (q) => q.where('status', '=', filter.status!))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Updates a campaign only while its status is one of `from`: the check and
 * the write are one statement, so two callers cannot both move it on.
 * Returns whether it changed.
 */
export async function updateCampaignIf(
  db: Executor,
  where: { workspaceId?: string; id: string; from: readonly CampaignStatus[]; run?: number },
  values: Updateable<CampaignsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('campaigns')
    .set(values)
    .where('id', '=', where.id)
    .where('status', 'in', where.from)
    .$if(where.workspaceId !== undefined, (q) => q.where('workspace_id', '=', where.workspaceId!))
    .$if(where.run !== undefined, (q) => q.where('send_run', '=', where.run!))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteCampaignIf(
  db: Executor,
  workspaceId: string,
  id: string,
  from: readonly CampaignStatus[],
): Promise<boolean> {
  const result = await db
    .deleteFrom('campaigns')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The links click tracking may redirect to, replaced whenever the content changes. */
export async function replaceCampaignLinks(
  db: Executor,
  workspaceId: string,
  campaignId: string,
  urls: string[],
): Promise<void> {
  await db.deleteFrom('campaign_links').where('campaign_id', '=', campaignId).execute();
  if (urls.length === 0) return;
  await db
    .insertInto('campaign_links')
    .values(urls.map((url, idx) => ({ campaign_id: campaignId, idx, workspace_id: workspaceId, url })))
    .execute();
}

export async function listCampaignLinks(db: Executor, campaignId: string) {
  return db
    .selectFrom('campaign_links')
    .select(['idx', 'url', 'clicks', 'unique_clicks'])
    .where('campaign_id', '=', campaignId)
    .orderBy('idx')
    .execute();
}

export async function listCampaignTimeline(db: Executor, campaignId: string) {
  return db
    .selectFrom('campaign_timeline')
    .select(['hour', 'sent', 'opens', 'machine_opens', 'clicks'])
    .where('campaign_id', '=', campaignId)
    .orderBy('hour')
    .execute();
}

/** Starts a run of the send job: the campaign's run number goes up by one, and older runs stop. */
export async function beginSendRun(db: Db, campaignId: string): Promise<number | undefined> {
  const row = await db
    .updateTable('campaigns')
    .set((eb) => ({ send_run: eb('send_run', '+', 1) }))
    .where('id', '=', campaignId)
    .where('status', '=', 'sending')
    .returning('send_run')
    .executeTakeFirst();
  return row?.send_run;
}

/** Campaigns whose send job should be running: sending ones, and scheduled ones that are due. */
export async function listDueCampaignIds(db: Db, now: string): Promise<string[]> {
  const rows = await db
    .selectFrom('campaigns')
    .select('id')
    .where((eb) =>
      eb.or([eb('status', '=', 'sending'), eb.and([eb('status', '=', 'scheduled'), eb('scheduled_at', '<=', now)])]),
    )
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Emails a workspace's campaigns sent since `since`, read from the hourly
 * timeline, an indexed aggregate, never the per-recipient rows.
 */
export async function emailsSentSince(db: Db, workspaceId: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('campaign_timeline')
    .select((eb) => eb.fn.sum<number>('sent').as('sent'))
    .where('workspace_id', '=', workspaceId)
    .where('hour', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.sent ?? 0);
}

/** A workspace's campaigns that started sending, the latest first (the overview's "last campaigns"). */
export async function listLatestStartedCampaigns(db: Db, workspaceId: string, limit: number): Promise<CampaignRow[]> {
  return db
    .selectFrom('campaigns')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('started_at', 'is not', null)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
