import { apiTime } from '../../lib/time.js';
import type { Database } from '../../storage/database.js';
import { rate } from '../campaigns/campaign-row.js';
import { listLatestStartedCampaigns } from '../campaigns/store.js';
import { workspaceDailyStats } from '../chatbots/analytics/stats-store.js';
import { chatbotUsage } from '../chatbots/store.js';
import { countNewContactsPerHour } from '../contacts/store.js';
import { readContactsCount } from '../workspaces/store.js';
import type { OverviewQuery, OverviewResponse } from './schema.js';

const DAY_MS = 86_400_000;
const LAST_CAMPAIGNS = 5;

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const share = (part: number, whole: number) => (whole === 0 ? null : rate(part, whole));

/**
 * The dashboard's home: a few figures of every area for the last `days` days,
 * read from the counters and indexes each area keeps, one query each.
 */
export async function getOverview(
  database: Database,
  workspaceId: string,
  query: OverviewQuery,
  now = Date.now(),
): Promise<OverviewResponse> {
  const days = Number(query.days);
  const to = dayOf(now);
  const from = dayOf(now - (days - 1) * DAY_MS);
  const { db, engine } = database;
  const [bots, chats, contactsTotal, newContacts, campaigns] = await Promise.all([
    chatbotUsage(db, workspaceId),
    workspaceDailyStats(db, workspaceId, from, to),
    readContactsCount(db, workspaceId),
    countNewContactsPerHour(db, engine, workspaceId, `${from}T00:00:00.000Z`),
    listLatestStartedCampaigns(db, workspaceId, LAST_CAMPAIGNS),
  ]);

  const daily = new Map<string, OverviewResponse['daily'][number]>();
  for (let i = days - 1; i >= 0; i--) {
    const date = dayOf(now - i * DAY_MS);
    daily.set(date, { date, conversations: 0, leads: 0, new_contacts: 0 });
  }
  for (const c of chats) {
    const day = daily.get(c.day);
    if (day) Object.assign(day, { conversations: c.conversations, leads: c.leads });
  }
  for (const h of newContacts) {
    const day = daily.get(dayOf(Date.parse(h.hour)));
    if (day) day.new_contacts += h.n;
  }
  const sum = (key: 'conversations' | 'questions' | 'answered' | 'leads') => chats.reduce((n, c) => n + c[key], 0);
  const questions = sum('questions');
  const answered = sum('answered');
  return {
    days,
    from,
    to,
    chatbots: {
      total: bots.chatbots,
      conversations: sum('conversations'),
      questions,
      answered,
      answered_rate: share(answered, questions),
      leads: sum('leads'),
    },
    contacts: { total: contactsTotal, new: [...daily.values()].reduce((n, d) => n + d.new_contacts, 0) },
    daily: [...daily.values()],
    campaigns: campaigns.map((c) => ({
      id: c.id,
      name: c.name,
      status: c.status,
      sent: c.sent,
      open_rate: share(c.unique_opens, c.sent),
      click_rate: share(c.unique_clicks, c.sent),
      started_at: apiTime(c.started_at!),
      finished_at: apiTime(c.finished_at),
    })),
  };
}
