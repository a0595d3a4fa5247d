import { apiTime } from '../../lib/time.js';
import { plainTextOf } from './render/template.js';
import type { Audience, CampaignResponse, CampaignStatus } from './schema.js';
import type { CampaignRow } from './store.js';

/** part / whole to four decimals; 0 when there is no whole. */
export const rate = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);

export function toCampaignResponse(row: CampaignRow): CampaignResponse {
  return {
    id: row.id,
    name: row.name,
    subject: row.subject,
    from_name: row.from_name,
    from_email: row.from_email,
    reply_to: row.reply_to,
    html: row.html,
    text: row.text ?? plainTextOf(row.html),
    text_generated: row.text === null,
    audience: JSON.parse(row.audience) as Audience,
    status: row.status as CampaignStatus,
    error: row.error,
    recipients: row.recipients,
    sent: row.sent,
    // From the counters on the row itself: a list stays one query.
    open_rate: row.sent === 0 ? null : rate(row.unique_opens, row.sent),
    click_rate: row.sent === 0 ? null : rate(row.unique_clicks, row.sent),
    scheduled_at: apiTime(row.scheduled_at),
    started_at: apiTime(row.started_at),
    finished_at: apiTime(row.finished_at),
    created_at: apiTime(row.created_at),
    updated_at: apiTime(row.updated_at),
  };
}
