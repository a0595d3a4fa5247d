import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { Executor } from '../../../storage/database.js';
import type { Tables } from '../../../storage/tables.js';

// Read-only views of campaign_recipients and campaign_clicks: who got, opened
// and clicked a campaign, and a contact's campaign history. Each event is the
// exact condition its counter in the stats counts, so the two always agree.

export const RECIPIENT_EVENTS = ['sent', 'opened', 'clicked', 'bounced', 'unsubscribed', 'failed'] as const;
export type RecipientEvent = (typeof RECIPIENT_EVENTS)[number];

type Eb = ExpressionBuilder<Tables, 'campaign_recipients'>;

/** When the event first happened to a recipient; null when that is not kept (a bounce or failure at send time). */
const FIRST_AT: Record<RecipientEvent, 'sent_at' | 'opened_at' | 'clicked_at' | 'unsubscribed_at'> = {
  sent: 'sent_at',
  opened: 'opened_at',
  clicked: 'clicked_at',
  bounced: 'sent_at',
  unsubscribed: 'unsubscribed_at',
  failed: 'sent_at',
};

function eventWhere(eb: Eb, event: RecipientEvent) {
  switch (event) {
    case 'sent':
    case 'bounced':
    case 'failed':
      return eb('campaign_recipients.status', '=', event);
    default:
      return eb(`campaign_recipients.${FIRST_AT[event]}`, 'is not', null);
  }
}

export interface RecipientEventRow {
  contact_id: string;
  email: string;
  first_at: string | null;
  /** The recipient's human opens (the stats' opens, person by person). */
  opens: number;
  clicks: number | null;
}

function recipientsOf(db: Executor, workspaceId: string, campaignId: string, event: RecipientEvent) {
  return db
    .selectFrom('campaign_recipients')
    .where('campaign_recipients.workspace_id', '=', workspaceId)
    .where('campaign_recipients.campaign_id', '=', campaignId)
    .where((eb) => eventWhere(eb, event));
}

function selectRow(
  query: SelectQueryBuilder<Tables, 'campaign_recipients', object>,
  event: RecipientEvent,
): SelectQueryBuilder<Tables, 'campaign_recipients', RecipientEventRow> {
  return query.select((eb) => [
    'campaign_recipients.contact_id',
    'campaign_recipients.email',
    eb.ref(`campaign_recipients.${FIRST_AT[event]}`).as('first_at'),
    'campaign_recipients.opens',
    eb
      .selectFrom('campaign_clicks')
      .select((c) => c.fn.sum<number>('campaign_clicks.clicks').as('n'))
      .whereRef('campaign_clicks.campaign_id', '=', 'campaign_recipients.campaign_id')
      .whereRef('campaign_clicks.contact_id', '=', 'campaign_recipients.contact_id')
      .as('clicks'),
  ]);
}

/** One page of a campaign's recipients to whom the event happened, newest first. */
export async function listRecipientEventRows(
  db: Executor,
  where: { workspaceId: string; campaignId: string; event: RecipientEvent },
  window: { limit: number; offset: number },
): Promise<RecipientEventRow[]> {
  return selectRow(recipientsOf(db, where.workspaceId, where.campaignId, where.event), where.event)
    .orderBy(`campaign_recipients.${FIRST_AT[where.event]}`, (ob) => ob.desc().nullsLast())
    .orderBy('campaign_recipients.contact_id', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countRecipientEvents(
  db: Executor,
  where: { workspaceId: string; campaignId: string; event: RecipientEvent },
): Promise<number> {
  const row = await recipientsOf(db, where.workspaceId, where.campaignId, where.event)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every recipient of the event, by contact id, a page at a time by keyset (for the CSV export). */
export async function* streamRecipientEventRows(
  db: Executor,
  where: { workspaceId: string; campaignId: string; event: RecipientEvent },
  batch = 1000,
): AsyncGenerator<RecipientEventRow[]> {
  let after = '';
  for (;;) {
    const rows = await selectRow(recipientsOf(db, where.workspaceId, where.campaignId, where.event), where.event)
      .where('campaign_recipients.contact_id', '>', after)
      .orderBy('campaign_recipients.contact_id', 'asc')
      .limit(batch)
      .execute();
    if (rows.length > 0) yield rows;
    if (rows.length < batch) return;
    after = rows[rows.length - 1]!.contact_id;
  }
}

/** A contact's campaign messages with the campaign's name, the latest `limit` campaigns (for the activity timeline). */
export async function listContactCampaignRows(db: Executor, workspaceId: string, contactId: string, limit: number) {
  return selectRow(
    db
      .selectFrom('campaign_recipients')
      .where('campaign_recipients.workspace_id', '=', workspaceId)
      .where('campaign_recipients.contact_id', '=', contactId),
    'sent',
  )
    .innerJoin('campaigns', 'campaigns.id', 'campaign_recipients.campaign_id')
    .select([
      'campaigns.id as campaign_id',
      'campaigns.name as campaign_name',
      'campaigns.started_at as campaign_started_at',
      'campaign_recipients.status',
      'campaign_recipients.error',
      'campaign_recipients.sent_at',
      'campaign_recipients.opened_at',
      'campaign_recipients.clicked_at',
      'campaign_recipients.unsubscribed_at',
    ])
    .where('campaign_recipients.status', 'in', ['sent', 'bounced', 'failed'])
    .orderBy('campaigns.created_at', 'desc')
    .limit(limit)
    .execute();
}
