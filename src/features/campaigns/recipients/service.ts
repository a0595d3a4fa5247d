import { stringify } from 'csv-stringify/sync';
import { offsetOf, toPage, type Page } from '../../../http/pagination.js';
import type { Principal } from '../../../http/principal.js';
import { apiTime } from '../../../lib/time.js';
import type { Database } from '../../../storage/database.js';
import { guardCell } from '../../contacts/csv/cells.js';
import { recordAudit } from '../../audit/record.js';
import { getCampaignRow } from '../service.js';
import {
  countRecipientEvents,
  listRecipientEventRows,
  streamRecipientEventRows,
  type RecipientEvent,
  type RecipientEventRow,
} from './recipients-store.js';
import type { CampaignRecipientResponse, RecipientEventQuery } from './schema.js';

/** What the recipients report needs. */
export interface RecipientDeps {
  database: Database;
}

/** How many times it happened to the recipient, where that is counted: their opens and their clicks. */
function countOf(row: RecipientEventRow, event: RecipientEvent): number | null {
  if (event === 'opened') return Number(row.opens);
  if (event === 'clicked') return Number(row.clicks ?? 0);
  return null;
}

function toResponse(row: RecipientEventRow, event: RecipientEvent): CampaignRecipientResponse {
  return {
    contact_id: row.contact_id,
    email: row.email,
    first_at: apiTime(row.first_at),
    count: countOf(row, event),
  };
}

/** The campaign's recipients to whom the event happened, newest first; the total equals the event's stat. */
export async function listCampaignRecipients(
  deps: RecipientDeps,
  workspaceId: string,
  campaignId: string,
  query: RecipientEventQuery,
): Promise<Page<CampaignRecipientResponse>> {
  await getCampaignRow(deps, workspaceId, campaignId);
  const where = { workspaceId, campaignId, event: query.event };
  const [rows, total] = await Promise.all([
    listRecipientEventRows(deps.database.db, where, { limit: query.per_page, offset: offsetOf(query) }),
    countRecipientEvents(deps.database.db, where),
  ]);
  return toPage(
    rows.map((row) => toResponse(row, query.event)),
    total,
    query,
  );
}

const HEADER = ['contact_id', 'email', 'event', 'first_at', 'count'];

/** Checks the campaign is the workspace's, then streams the report as CSV (cells guarded against formulas). */
/** Records the download in the audit log (it holds people's addresses), then streams the CSV. */
export async function exportCampaignRecipients(
  deps: RecipientDeps,
  principal: Principal,
  campaignId: string,
  event: RecipientEvent,
): Promise<AsyncGenerator<string>> {
  const { workspaceId } = principal;
  const campaign = await getCampaignRow(deps, workspaceId, campaignId);
  await recordAudit(deps.database.db, principal, {
    action: 'campaign.recipients_exported',
    resourceType: 'campaign',
    resourceId: campaignId,
    details: { name: campaign.name, event },
  });
  return csvOf(deps.database, { workspaceId, campaignId, event });
}

async function* csvOf(
  database: Database,
  where: { workspaceId: string; campaignId: string; event: RecipientEvent },
): AsyncGenerator<string> {
  yield stringify([HEADER]);
  for await (const rows of streamRecipientEventRows(database.db, where)) {
    yield stringify(
      rows.map((row) => {
        const r = toResponse(row, where.event);
        return [r.contact_id, guardCell(r.email), where.event, r.first_at ?? '', r.count ?? ''];
      }),
    );
  }
}
